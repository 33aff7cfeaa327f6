import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// What a commit refuses or redoes: a read-only file, a file another program (not
/// taking the lock) changed between the merge and the rename.
struct StoreGuardTests {
  static let mine = Change(
    id: "d1.roads.06", field: .status, old: .status(.inProgress), new: .status(.done))

  @Test func aReadOnlyFileIsNotRewrittenEvenByRoot() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let store = RoadmapStore(path: path)
    #expect(store.readOnlyReason == nil)
    #expect(chmod(path, 0o444) == 0)
    #expect(store.readOnlyReason == .mode(path: path, mode: "0444"))
    #expect(store.readOnlyReason?.description == "\(path) is read-only (mode 0444)")
    #expect(RoadmapStore.readOnlyReason(path) == store.readOnlyReason)
    do {
      _ = try store.commit([Self.mine], author: "t")
      Issue.record("a read-only file was written")
    } catch {
      #expect(error.message == "cannot save: \(path) is read-only (mode 0444); nothing was written")
    }
    #expect(readBytes(path) == Sample.bytes)
    #expect(!FileManager.default.fileExists(atPath: store.historyPath))
    #expect(RoadmapStore.readOnlyReason(dir.file("none.json")) == nil)
  }

  /// The sample with d4.air.05 (done) set to pending, as vim would write it: in place.
  static func theirEdit(_ path: String) {
    let theirs = replacing(
      String(decoding: readBytes(path), as: UTF8.self), "\"status\": \"done\"",
      with: "\"status\": \"pending\"", after: "\"id\": \"d4.air.05\",")
    let fd = open(path, O_WRONLY | O_TRUNC)
    _ = Array(theirs.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
  }

  @Test func aWriterWithoutTheLockBetweenMergeAndRenameIsMergedAgain() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let loaded = try RoadmapLoader.load(path: path)
    var r = loaded.roadmap
    try r.apply(Self.mine)
    var store = RoadmapStore(path: path)
    let attempts = Counter()
    store.beforeFinalCheck = { attempt in
      attempts.add()
      if attempt == 0 { Self.theirEdit(path) }
    }
    let result = try store.commit(
      [Self.mine], author: "me", base: loaded.sourceBytes, current: r,
      policy: .merge(keepMine: { _, _ in true }))
    #expect(attempts.value == 2)
    #expect(result.merged)
    let now = try RoadmapLoader.load(path: path).roadmap
    #expect(now.activity(id: "d1.roads.06")?.status == .done, "mine")
    #expect(now.activity(id: "d4.air.05")?.status == .pending, "theirs, not lost")
    #expect(readBytes(path) == result.loaded.sourceBytes)
    // The first try's line is marked as not written; the history claims one change.
    let history = HistoryEntry.read(path: store.historyPath)
    #expect(history.entries.map(\.id) == ["d1.roads.06"])
    #expect(
      String(decoding: readBytes(store.historyPath), as: UTF8.self).contains(#""committed":false}"#)
    )
  }

  @Test func underRefuseTheSaveIsRefusedInstead() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let loaded = try RoadmapLoader.load(path: path)
    var r = loaded.roadmap
    try r.apply(Self.mine)
    var store = RoadmapStore(path: path)
    store.beforeFinalCheck = { attempt in if attempt == 0 { Self.theirEdit(path) } }
    do {
      _ = try store.commit(
        [Self.mine], author: "me", base: loaded.sourceBytes, current: r, policy: .refuse)
      Issue.record("expected a refusal")
    } catch {
      #expect(error.changedOnDisk)
    }
    #expect(
      try RoadmapLoader.load(path: path).roadmap.activity(id: "d4.air.05")?.status == .pending)
    #expect(HistoryEntry.read(path: store.historyPath).entries.isEmpty)
  }

  @Test func aFileThatKeepsChangingIsGivenUpOn() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    var store = RoadmapStore(path: path)
    let flip = Counter()
    store.beforeFinalCheck = { _ in
      flip.add()
      // A same-size edit each time: caught by the content, not only the size.
      let text = String(decoding: readBytes(path), as: UTF8.self)
      let next =
        flip.value % 2 == 1
        ? replacing(text, "\"as_of\": \"2023-11-30\"", with: "\"as_of\": \"2023-11-29\"")
        : replacing(text, "\"as_of\": \"2023-11-29\"", with: "\"as_of\": \"2023-11-30\"")
      let fd = open(path, O_WRONLY | O_TRUNC)
      _ = Array(next.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      close(fd)
    }
    do {
      _ = try store.commit([Self.mine], author: "me")
      Issue.record("expected to give up")
    } catch {
      #expect(error.changedOnDisk && error.message.contains("kept being changed"))
    }
    #expect(flip.value == RoadmapStore.attempts)
    #expect(HistoryEntry.read(path: store.historyPath).entries.isEmpty)
    #expect(
      try RoadmapLoader.load(path: path).roadmap.activity(id: "d1.roads.06")?.status == .inProgress)
  }
}

/// A thread-safe counter for callbacks.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var n = 0
  func add() {
    lock.lock()
    n += 1
    lock.unlock()
  }
  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return n
  }
}
