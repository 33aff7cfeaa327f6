import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// What a save at a million activities no longer does (read and decode the file again
/// to decide nothing, compare element by element, wait for the old file's pages), with
/// every guarantee of the ordinary save kept.
struct SaveCostTests {
  /// A roadmap large enough (about 5 MB) for the save's two-core path.
  static func large() -> (TempDir, String) {
    let dir = TempDir()
    return (dir, dir.write("big.json", SyntheticRoadmap(activities: 12_000, seed: 7).bytes()))
  }

  @Test func theRoadmapIsReadToDecideALastSaveOnlyWhenItHasNoOutcome() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let store = RoadmapStore(path: path)
    let killed = HistoryIntegrityTests.line("done", "pending", save: "k", id: "d4.air.05")
    _ = dir.write(
      "roadmap.history.jsonl", Array((killed + "\n" + #"{"save":"k","committed":false}"# + "\n").utf8))
    var loads = 0
    let counting: (String) -> Roadmap? = { p in
      loads += 1
      return try? RoadmapLoader.load(path: p).roadmap
    }
    AtomicFile.decideInterruptedSave(of: path, load: counting)
    #expect(loads == 0)
    // Without its outcome: the file is read, once, and the save decided against it.
    _ = dir.write("roadmap.history.jsonl", Array((killed + "\n").utf8))
    AtomicFile.decideInterruptedSave(of: path, load: counting)
    #expect(loads == 1)
    let raw = String(decoding: readBytes(store.historyPath), as: UTF8.self)
    #expect(raw.split(separator: "\n").last == #"{"save":"k","committed":false}"#)
  }

  @Test func aWriterLeavesTheLastSaveToItsOwnDecision() throws {
    let (dir, path, store) = HistoryIntegrityTests.killedSave()
    defer { dir.remove() }
    AtomicFile.recoverLocked(of: path, decidingLastSave: false)
    #expect(readBytes(store.historyPath).split(separator: 0x0A).count == 1)
    AtomicFile.recoverLocked(of: path)
    #expect(readBytes(store.historyPath).split(separator: 0x0A).count == 2)
  }

  @Test func theDashboardsSaveStillDecidesAKilledWritersSave() throws {
    // The dashboard's path (base and current given), which used to rely on the
    // recovery before it to decide the killed save.
    let (dir, path, store) = HistoryIntegrityTests.killedSave()
    defer { dir.remove() }
    var roadmap = try RoadmapLoader.load(path: path).roadmap
    let change = try roadmap.set(.status, of: "d1.roads.06", to: .status(.done))
    _ = try store.commit([change], author: "t", base: roadmap.origin, current: roadmap)
    let raw = String(decoding: readBytes(store.historyPath), as: UTF8.self)
    #expect(raw.split(separator: "\n")[1] == #"{"save":"k","committed":false}"#)
    #expect(store.readHistory().entries.map(\.id) == ["d1.roads.06"])
  }

  @Test func aLargeSaveWritesTheRebasedBytesAndMergesWhenTheDiskChanged() throws {
    let (dir, path) = Self.large()
    defer { dir.remove() }
    let store = RoadmapStore(path: path)
    var mine = try RoadmapLoader.load(path: path).roadmap
    let ids = Array(mine.activityIndex.keys.sorted().prefix(2))
    let stale = mine
    let first = try mine.set(.status, of: ids[0], to: .status(.pending))
    let saved = try store.commit([first], author: "t", base: mine.origin, current: mine)
    #expect(!saved.merged)
    #expect(readBytes(path) == saved.loaded.sourceBytes)
    #expect(saved.loaded.roadmap.source == saved.loaded.sourceBytes)
    // From the state before that save: the disk no longer holds its base, so what was
    // rebased on the side is not used; the save is merged over the disk's.
    var other = stale
    let second = try other.set(.status, of: ids[1], to: .status(.pending))
    let merged = try store.commit(
      [second], author: "t", base: other.origin, current: other, policy: .merge(keepMine: { _, _ in true }))
    #expect(merged.merged)
    let disk = try RoadmapLoader.load(path: path).roadmap
    #expect(disk.activity(id: ids[0])?.status == .pending)
    #expect(disk.activity(id: ids[1])?.status == .pending)
  }

  @Test func aReplacedFileIsClosedAfterTheSave() throws {
    let (dir, path) = Self.large()
    defer { dir.remove() }
    // Descriptors of this process still on the replaced (now nameless) file.
    func heldOpen() -> Int {
      let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
      return fds.filter { fd in
        let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + fd)
        return target == AtomicFile.resolve(path) + " (deleted)"
      }.count
    }
    var roadmap = try RoadmapLoader.load(path: path).roadmap
    let id = roadmap.activityIndex.keys.sorted()[0]
    let change = try roadmap.set(.status, of: id, to: .status(.pending))
    _ = try RoadmapStore(path: path).commit([change], author: "t", base: roadmap.origin, current: roadmap)
    // Closed on another thread: waited for, with a bound.
    let deadline = Date().addingTimeInterval(5)
    while heldOpen() > 0 && Date() < deadline { usleep(2_000) }
    #expect(heldOpen() == 0)
  }

  @Test func aLargeFileWhoseCacheIsGivenBackIsReplacedWhole() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let size = AtomicFile.dropCacheFrom + 4097
    let old = [UInt8](repeating: 0x61, count: size)
    var new = [UInt8](repeating: 0x62, count: size + 3)
    new[size] = 0x0A
    let path = dir.write("big.json", old)
    let reader = Glibc.open(path, O_RDONLY)
    defer { close(reader) }
    try AtomicFile.write(new, to: path)
    #expect(readBytes(path) == new)
    // A reader of the old file still reads all of it, from the disk now.
    var tail = [UInt8](repeating: 0, count: 4097)
    #expect(pread(reader, &tail, 4097, off_t(size - 4097)) == 4097)
    #expect(tail == [UInt8](repeating: 0x61, count: 4097))
  }

  @Test func sameBytesComparesLengthAndEveryByte() {
    #expect(RoadmapLoader.sameBytes([], []))
    #expect(RoadmapLoader.sameBytes([1, 2, 3], [1, 2, 3]))
    #expect(!RoadmapLoader.sameBytes([1, 2, 3], [1, 2]))
    #expect(!RoadmapLoader.sameBytes([1, 2, 3], [1, 2, 4]))
    #expect(!RoadmapLoader.sameBytes([0], []))
  }
}
