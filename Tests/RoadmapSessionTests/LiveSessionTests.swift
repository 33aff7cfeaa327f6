import Foundation
import RoadmapUI
import Testing

@testable import RoadmapKit
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

  @Test func aFileRemovedUnderTheSessionIsReportedAsAProblemNotAnEnglishSentence() throws {
    let (dir, path) = try temporaryRoadmap()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let loaded = try RoadmapLoader.load(path: path)
    var session = LiveSession(app: RecordingApp(loaded.roadmap), path: path, loaded: loaded, author: "a")
    try FileManager.default.removeItem(atPath: path)
    session.pollNow()
    let problems = session.app.feedback.compactMap { f -> [Problem]? in
      if case .invalidOnDisk(let p) = f { return p }
      return nil
    }
    #expect(problems == [[Problem(file: path, .noSuchFile)]])
  }

  @Test func aSaveAKilledWriterLeftIsFinishedAtStartAndSaidToTheApp() throws {
    let (dir, path) = try temporaryRoadmap()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // Two names of one file: saved by overwriting in place, from a complete copy beside
    // it named with the old content's hash; the writer was killed before the overwrite.
    #expect(link(path, dir + "/other.json") == 0)
    let old = try RoadmapLoader.readFile(path)
    var changed = try RoadmapLoader.load(path: path).roadmap
    let id = "d1.housing.01"
    _ = try changed.set(.status, of: id, to: .status(.pending))
    let new = changed.serializedBytes()
    let hash = old.withUnsafeBytes { String(AtomicFile.contentHash($0), radix: 16) }
    let copy = ".roadmap.json.new-\(Int32.max - 1)-7-\(hash)"
    try Data(new).write(to: URL(fileURLWithPath: dir + "/" + copy))
    let loaded = try RoadmapLoader.load(path: path)
    var session = LiveSession(app: RecordingApp(loaded.roadmap), path: path, loaded: loaded, author: "a")
    let settled = session.settle()
    #expect(settled)
    let notes = session.app.feedback.compactMap { f -> [RecoveryNote]? in
      if case .interruptedSaveRecovered(let n) = f { return n }
      return nil
    }
    #expect(notes == [[RecoveryNote(file: path, copy: copy, outcome: .finished)]])
    #expect(try RoadmapLoader.readFile(path) == new)
  }
}

