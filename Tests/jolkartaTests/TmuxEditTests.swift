import Foundation
import RoadmapKit
import Testing

extension TmuxEndToEnd {
  /// Two dashboards on one file in two real terminals: an edit in one shows in the other.
  @Suite(.serialized)
  struct LiveEditing {
    func temporaryCopy() throws -> String { try temporaryRoadmapCopy("tmux-edit") }

    /// A dashboard on `path` showing the «Ауыл аманаты» project (4 of 7 done).
    func dashboard(_ path: String, author: String) throws -> TmuxSession {
      let session = try TmuxSession(
        width: 120, height: 40, arguments: [path, "--lang", "kk", "--author", author])
      try session.waitFor("the overview") { $0.contains("122") }
      try session.send("2", "Enter")
      try session.waitFor("the project") { $0.contains("✓ орындалды 4 (57%)") }
      return session
    }

    @Test("a status set in one dashboard appears in the other within a second; undo too")
    func statusFollowsAcrossDashboards() throws {
      let path = try temporaryCopy()
      defer {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
      }
      let first = try dashboard(path, author: "бірінші")
      defer { first.close() }
      let second = try dashboard(path, author: "екінші")
      defer { second.close() }

      // The fifth row, in progress, is marked done in the first.
      try first.send("Down", "Down", "Down", "Down", "d")
      try first.waitFor("the save", timeout: 2) {
        $0.contains("✓ орындалды 5 (") && $0.contains("сақталды")
      }
      try second.waitFor("the change from the other dashboard", timeout: 1) {
        $0.contains("✓ орындалды 5 (")
      }
      let disk = try RoadmapLoader.load(path: path).roadmap
      #expect(disk.activity(id: "d2.auyl_amanaty.05")?.status == .done)
      let history = HistoryEntry.read(path: RoadmapStore(path: path).historyPath).entries
      #expect(history.map(\.author) == ["бірінші"])

      // Undo in the first: both go back.
      try first.send("u")
      try first.waitFor("the undo", timeout: 2) { $0.contains("✓ орындалды 4 (57%)") }
      try second.waitFor("the undo from the other dashboard", timeout: 1) {
        $0.contains("✓ орындалды 4 (57%)")
      }
      #expect(
        try RoadmapLoader.load(path: path).roadmap.activity(id: "d2.auyl_amanaty.05")?.status
          == .inProgress)

      try first.send("q")
      try second.send("q")
      #expect(try first.waitForExit().status == 0)
      #expect(try second.waitForExit().status == 0)
    }
  }
}
