import Foundation
import RoadmapKit
import RoadmapUI
import Testing

@testable import RoadmapSession

/// Saving through the session, and following others' changes.
struct LiveSessionTests {
  @Test func saveWritesOneLineAndHistory() throws {
    let (_, path) = try temporaryRoadmap()
    let loaded = try RoadmapLoader.load(path: path)
    var session = LiveSession(app: RecordingApp(loaded.roadmap), path: path, loaded: loaded, author: "тест")
    try session.app.edit("d1.housing.01", .pending)
    session.runEffects()
    let before = String(decoding: loaded.sourceBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let after = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(zip(before, after).filter { $0 != $1 }.count == 1)
    let history = HistoryEntry.read(path: session.store.historyPath).entries
    #expect(history.count == 1)
    #expect(history.first?.author == "тест")
    // Our own save is not reported back as a reload.
    session.pollNow()
    #expect(!session.app.feedback.contains { if case .reloaded = $0 { return true } else { return false } })
  }

  @Test func othersChangesAreMergedAndReloaded() throws {
    let (_, path) = try temporaryRoadmap()
    let loaded = try RoadmapLoader.load(path: path)
    var session = LiveSession(app: RecordingApp(loaded.roadmap), path: path, loaded: loaded, author: "a")
    // Someone else changes another activity on disk.
    _ = try RoadmapStore(path: path).commit(
      [Change(id: "d2.auyl_amanaty.01", field: .status, old: nil, new: .status(.pending))], author: "b")
    try session.app.edit("d1.housing.01", .pending)
    session.runEffects()
    let disk = try RoadmapLoader.load(path: path).roadmap
    #expect(disk.activity(id: "d1.housing.01")?.status == .pending)
    #expect(disk.activity(id: "d2.auyl_amanaty.01")?.status == .pending)
    #expect(session.app.roadmap.activity(id: "d2.auyl_amanaty.01")?.status == .pending)
    // A later outside change is noticed and reported with its id.
    _ = try RoadmapStore(path: path).commit(
      [Change(id: "d3.heritage.01", field: .status, old: nil, new: .status(.pending))], author: "b")
    session.pollNow()
    let ids = session.app.feedback.compactMap { f -> Set<String>? in
      if case .reloaded(_, let ids) = f { return ids }
      return nil
    }
    #expect(ids == [["d3.heritage.01"]])
  }

  @Test func sameFieldChangedOnDiskIsAConflict() throws {
    let (_, path) = try temporaryRoadmap()
    let loaded = try RoadmapLoader.load(path: path)
    var session = LiveSession(app: RecordingApp(loaded.roadmap), path: path, loaded: loaded, author: "a")
    _ = try RoadmapStore(path: path).commit(
      [Change(id: "d1.housing.01", field: .status, old: nil, new: .status(.inProgress))], author: "b")
    try session.app.edit("d1.housing.01", .pending)
    session.runEffects()
    let conflicts = session.app.feedback.compactMap { f -> [Conflict]? in
      if case .conflicts(let c) = f { return c }
      return nil
    }.flatMap { $0 }
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.theirs == .status(.inProgress))
    #expect(try RoadmapLoader.load(path: path).roadmap.activity(id: "d1.housing.01")?.status == .inProgress)
    // The user keeps theirs... or overrides: ours wins.
    try session.app.edit("d1.housing.01", .pending, override: true)
    session.runEffects()
    #expect(try RoadmapLoader.load(path: path).roadmap.activity(id: "d1.housing.01")?.status == .pending)
  }

  @Test func aFileBrokenOnDiskKeepsTheLastGoodStateAndIsNotWritten() throws {
    let (_, path) = try temporaryRoadmap()
    let loaded = try RoadmapLoader.load(path: path)
    var session = LiveSession(app: RecordingApp(loaded.roadmap), path: path, loaded: loaded, author: "a")
    try Data("{ broken".utf8).write(to: URL(fileURLWithPath: path))
    session.pollNow()
    #expect(session.app.feedback.contains { if case .invalidOnDisk = $0 { return true } else { return false } })
    try session.app.edit("d1.housing.01", .pending)
    session.runEffects()
    #expect(session.app.feedback.contains { if case .saveFailed = $0 { return true } else { return false } })
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ broken")
  }
}
