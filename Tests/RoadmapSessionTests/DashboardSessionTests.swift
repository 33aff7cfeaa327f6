import Foundation
import RoadmapKit
import RoadmapUI
import Testing

@testable import RoadmapSession

/// The real dashboard in a live session on a temporary copy of the region's file: a key
/// press ends up in the file and its history, and two sessions follow each other.
@Suite struct DashboardSessionTests {
  /// A session of the dashboard on `path`, sized, on the «Ауыл аманаты» project.
  func session(_ path: String, author: String) throws -> LiveSession<Dashboard> {
    let loaded = try RoadmapLoader.load(path: path)
    var s = LiveSession(
      app: Dashboard(loaded, options: DashboardOptions(today: Day("2023-11-30"))), path: path,
      loaded: loaded,
      author: author)
    _ = s.handle(.resize(width: 120, height: 40))
    for key: Key in [.character("2"), .enter] { _ = s.handle(.key(key)) }
    let settled = s.settle()
    #expect(settled)
    return s
  }

  /// Presses the keys, then waits (bounded) for the saves they started to land.
  func press(_ s: inout LiveSession<Dashboard>, _ keys: Key...) {
    for k in keys { _ = s.handle(.key(k)) }
    let settled = s.settle()
    #expect(settled, "the saves landed in time")
  }

  /// A tick, and the look at the file it starts, finished.
  func tick(_ s: inout LiveSession<Dashboard>) {
    _ = s.handle(.tick)
    let settled = s.settle()
    #expect(settled, "the file was looked at in time")
  }

  func statusOnDisk(_ path: String, _ id: String) throws -> Status? {
    try RoadmapLoader.load(path: path).roadmap.activity(id: id)?.status
  }

  @Test func aKeyPressEndsUpInTheFileAndItsHistory() throws {
    let (_, path) = try temporaryRoadmap()
    var s = try session(path, author: "Ізмұханбетова")
    let id = "d2.auyl_amanaty.05"
    press(&s, .down, .down, .down, .down, .character("d"))
    #expect(try statusOnDisk(path, id) == .done)
    let history = HistoryEntry.read(path: s.store.historyPath).entries
    #expect(history.map(\.id) == [id])
    #expect(history.first?.author == "Ізмұханбетова")
    #expect(history.first?.old == .status(.inProgress) && history.first?.new == .status(.done))
    #expect(s.app.state.edit.notice == Notice(.statusSaved))
    // Undo writes the inverse, a second history line.
    press(&s, .character("u"))
    #expect(try statusOnDisk(path, id) == .inProgress)
    #expect(HistoryEntry.read(path: s.store.historyPath).entries.count == 2)
  }

  @Test func theNoteTypedInKazakhIsWrittenAndShownInTheActivityHistory() throws {
    let (_, path) = try temporaryRoadmap()
    var s = try session(path, author: "staff")
    press(&s, .enter)  // the first activity's screen
    press(&s, .character("e"))
    for c in "Ұлттық мұра" { press(&s, .character(c)) }
    press(&s, .enter)
    let note = try RoadmapLoader.load(path: path).roadmap.activity(id: "d2.auyl_amanaty.01")?.note
    #expect(note == LocalizedText("Ұлттық мұра"))
    // The history was read back after the save and is on the activity screen.
    var g = Grid(width: 120, height: 40)
    s.render(into: &g)
    #expect(g.plainText.contains("staff"))
    #expect(g.plainText.contains("Ұлттық мұра"))
  }

  @Test func twoSessionsOnOneFileFollowEachOther() throws {
    let (_, path) = try temporaryRoadmap()
    var a = try session(path, author: "a")
    var b = try session(path, author: "b")
    let id = "d2.auyl_amanaty.06"
    press(&a, .down, .down, .down, .down, .down, .character("d"))
    #expect(b.app.state.roadmap.activity(id: id)?.status == .pending)
    tick(&b)
    #expect(b.app.state.roadmap.activity(id: id)?.status == .done)
    #expect(b.app.state.edit.flashes[id] != nil)
    // b edits another one; a sees it, and both are on disk.
    press(&b, .character("p"))
    tick(&a)
    #expect(a.app.state.roadmap.activity(id: "d2.auyl_amanaty.01")?.status == .pending)
    #expect(try statusOnDisk(path, id) == .done)
    #expect(try statusOnDisk(path, "d2.auyl_amanaty.01") == .pending)
    // Undo in a shows in b.
    press(&a, .character("u"))
    tick(&b)
    #expect(b.app.state.roadmap.activity(id: id)?.status == .pending)
    #expect(b.app.state.roadmap.activity(id: "d2.auyl_amanaty.01")?.status == .pending)
  }

  @Test func bothChangingTheSameFieldAsksTheSecond() throws {
    let (_, path) = try temporaryRoadmap()
    var a = try session(path, author: "a")
    var b = try session(path, author: "b")
    let id = "d2.auyl_amanaty.05"
    press(&a, .down, .down, .down, .down, .character("d"))
    press(&b, .down, .down, .down, .down, .character("p"))  // before b saw a's change
    #expect(b.app.state.edit.prompt == .conflict)
    #expect(try statusOnDisk(path, id) == .done)
    press(&b, .character("y"))
    #expect(try statusOnDisk(path, id) == .pending)
    tick(&a)
    #expect(a.app.state.roadmap.activity(id: id)?.status == .pending)
  }

  @Test func aFailedSaveKeepsTheEditAndRetrySavesIt() throws {
    let (_, path) = try temporaryRoadmap()
    var s = try session(path, author: "a")
    let id = "d2.auyl_amanaty.05"
    // The file is moved away and a folder put in its place: reading it to save fails,
    // whoever runs the test (permissions would not stop root).
    let fm = FileManager.default
    try fm.moveItem(atPath: path, toPath: path + ".away")
    try fm.createDirectory(atPath: path, withIntermediateDirectories: false)
    press(&s, .down, .down, .down, .down, .character("d"))
    #expect(s.app.state.edit.unsaved.count == 1)
    #expect(s.app.state.edit.notice?.kind == .error)
    #expect(s.app.state.roadmap.activity(id: id)?.status == .done)
    try fm.removeItem(atPath: path)
    try fm.moveItem(atPath: path + ".away", toPath: path)
    #expect(try statusOnDisk(path, id) == .inProgress)
    press(&s, .character("r"))
    #expect(try statusOnDisk(path, id) == .done)
    #expect(s.app.state.edit.unsaved.isEmpty)
    #expect(HistoryEntry.read(path: s.store.historyPath).entries.count == 1)
  }
}
