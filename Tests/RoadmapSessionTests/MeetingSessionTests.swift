import Foundation
import RoadmapKit
import RoadmapUI
import Testing

@testable import RoadmapSession

/// The change marks of a real session: the history is read through the effect loop at
/// open and again after a save, never on the UI thread.
@Suite struct MeetingSessionTests {
  @Test func theHistoryIsReadAtOpenAndAfterASave() throws {
    let (dir, path) = try temporaryRoadmap()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // .01 changed before the meeting of 2023-11-30 (no mark), .02 on its day (a mark).
    let lines = """
      {"time":"2023-11-20T09:00:00Z","author":"А","id":"d2.auyl_amanaty.01","field":"status","old":"in_progress","new":"done"}
      {"time":"2023-11-30T10:15:00Z","author":"А","id":"d2.auyl_amanaty.02","field":"status","old":"in_progress","new":"done"}

      """
    try lines.write(toFile: dir + "/roadmap.history.jsonl", atomically: true, encoding: .utf8)
    let loaded = try RoadmapLoader.load(path: path)
    var s = LiveSession(
      app: Dashboard(loaded, options: DashboardOptions(today: Day("2023-11-30"))), path: path, loaded: loaded,
      author: "Тест")
    #expect(s.app.state.edit.changedSinceMeeting.isEmpty, "nothing is read on the UI thread at start")
    let opened = s.settle()
    #expect(opened)
    #expect(s.app.state.edit.changedSinceMeeting == ["d2.auyl_amanaty.02"])
    // A status set now (after the meeting) is marked once its save landed.
    _ = s.handle(.resize(width: 120, height: 40))
    for key: Key in [.character("2"), .enter, .down, .down, .down, .down, .down, .character("d")] {
      _ = s.handle(.key(key))
    }
    let saved = s.settle()
    #expect(saved)
    #expect(s.app.state.edit.changedSinceMeeting == ["d2.auyl_amanaty.02", "d2.auyl_amanaty.06"])
  }
}
