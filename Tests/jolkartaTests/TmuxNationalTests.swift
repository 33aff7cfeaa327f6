import Foundation
import RoadmapKit
import Testing

extension TmuxEndToEnd {
  /// `jolkarta DIR` in a real terminal: the national overview, sorted, a region opened and
  /// left, and quitting.
  @Suite(.serialized)
  struct National {
    /// A folder of the region's file, a generated one and, when asked, a broken one.
    static func folder(broken: Bool) throws -> String {
      let dir = NSTemporaryDirectory() + "jolkarta-tmux-national-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: TmuxSession.packageRoot.appendingPathComponent("data/roadmap.json").path, toPath: dir + "/wko.json")
      try Data(SyntheticRoadmap(activities: 40, seed: 7).bytes()).write(to: URL(fileURLWithPath: dir + "/a.json"))
      if broken { try Data("{".utf8).write(to: URL(fileURLWithPath: dir + "/broken.json")) }
      return dir
    }

    @Test("a folder at 80x24: s sorts by region, Enter opens it, Esc comes back, q quits")
    func sortOpenBackQuit() throws {
      guard let release = TmuxSession.releaseBinary(for: "opens a folder with") else { return }
      let dir = try Self.folder(broken: true)
      defer { try? FileManager.default.removeItem(atPath: dir) }
      let session = try TmuxSession(width: 80, height: 24, arguments: ["--lang", "en", dir], binary: release)
      defer { session.close() }
      let first = try session.waitFor("the national overview") { $0.contains("All regions") && $0.contains("2 regions") }
      #expect(first.contains("▼No."))
      #expect(first.contains("broken.json"))
      try session.send("s")
      try session.waitFor("sorted by region") { $0.contains("▼Region") }
      try session.send("Enter")
      // The whole frame, footer included: tmux may show a frame drawn only in part.
      try session.waitFor("the region's dashboard, with the way back in its footer") {
        $0.contains("as of") && $0.contains("Overview") && $0.contains("Esc all regions")
      }
      try session.send("Escape")
      try session.waitFor("the national overview again") { $0.contains("All regions") && $0.contains("▼Region") }
      try session.send("q")
      let exit = try session.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
    }

    @Test("the mouse at 80x24: a heading sorts, a click selects, a double click opens the region")
    func mouse() throws {
      guard let release = TmuxSession.releaseBinary(for: "clicks in the national overview with") else { return }
      let dir = try Self.folder(broken: false)
      defer { try? FileManager.default.removeItem(atPath: dir) }
      let session = try TmuxSession(width: 80, height: 24, arguments: ["--lang", "en", dir], binary: release)
      defer { session.close() }
      let first = try session.waitFor("the national overview") { $0.contains("All regions") && $0.contains("2 regions") }
      // A click sent before the program asked for the mouse is lost to the terminal.
      try session.waitForPane("mouse_any_flag", "1")
      let lines = first.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let heading = try #require(lines.firstIndex { $0.contains("▼No.") })
      let x = try #require(lines[heading].firstIndex(of: "Σ").map { lines[heading].distance(from: lines[heading].startIndex, to: $0) })
      try session.click(x: x, y: heading)
      try session.waitFor("sorted by the total") { $0.contains("▼Σ") && !$0.contains("▼No.") }
      // The second row: selected by a click, opened by a double click.
      try session.click(x: 10, y: heading + 2)
      try session.click(x: 10, y: heading + 2)
      try session.waitFor("the region's dashboard") {
        $0.contains("as of") && $0.contains("Esc all regions")
      }
      try session.send("Escape")
      try session.waitFor("the national overview again") { $0.contains("All regions") && $0.contains("▼Σ") }
      try session.send("q")
      let exit = try session.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
    }
  }
}
