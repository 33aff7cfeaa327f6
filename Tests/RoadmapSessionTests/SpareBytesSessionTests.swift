import Foundation
import RoadmapUI
import Testing

@testable import RoadmapKit
@testable import RoadmapSession

/// A session of a large file swaps two buffers: each save's bytes go into the buffer the
/// save before last wrote (its pages already the process's), not into fresh memory.
@Suite struct SpareBytesSessionTests {
  /// Where an array's bytes are, without keeping the array.
  func address(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
  }

  /// A session of the dashboard on a generated file above the spare's threshold, in the
  /// first project's activities.
  func largeSession() throws -> (session: LiveSession<Dashboard>, dir: String, path: String, loadedAt: Int) {
    let dir = NSTemporaryDirectory() + "jolkarta-spare-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = dir + "/roadmap.json"
    let bytes = SyntheticRoadmap(activities: 12_000, seed: 11).bytes()
    try #require(bytes.count > SpareBytes.threshold)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let loaded = try RoadmapLoader.load(path: path)
    var s = LiveSession(
      app: Dashboard(loaded, options: DashboardOptions(today: loaded.roadmap.asOf)), path: path,
      loaded: loaded, author: "тест")
    _ = s.handle(.resize(width: 120, height: 40))
    for key: Key in [.character("1"), .enter, .enter] { _ = s.handle(.key(key)) }
    let settled = s.settle()
    #expect(settled)
    return (s, dir, path, address(loaded.sourceBytes))
  }

  @Test func eachSaveIsWrittenIntoTheBufferTheSaveBeforeLastWrote() throws {
    var (s, dir, path, loadedAt) = try largeSession()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // Prepared once the file was loaded, for the first save.
    let size = s.app.state.roadmap.source.count
    #expect((s.spare.heldCapacity ?? 0) >= size)
    let prepared = s.spare.heldAddress
    var saved: [Int] = []
    let history = RoadmapStore(path: path).historyPath
    for key in "dpdpdp" {
      let before = HistoryEntry.read(path: history).entries.count
      _ = s.handle(.key(.character(key)))
      let settled = s.settle()
      #expect(settled)
      // Only the keys that changed the status saved.
      if HistoryEntry.read(path: history).entries.count > before {
        saved.append(address(s.app.state.roadmap.source))
      }
    }
    try #require(saved.count >= 5)
    #expect(saved[0] == prepared)
    // The second into the bytes the file was loaded from: neither the dashboard nor the
    // session kept them.
    #expect(saved[1] == loadedAt)
    // The first save's bytes went into the prepared spare; from then on each save's
    // into the bytes the one before last wrote, which that save offered back.
    for k in 1..<(saved.count - 2) {
      #expect(saved[k + 2] == saved[k], "save \(k + 3) reused the buffer of save \(k + 1)")
      #expect(saved[k + 1] != saved[k])
    }
    // And the file is what the dashboard holds: nothing of the old bytes leaked in.
    let onDisk = try RoadmapLoader.readFile(path)
    #expect(onDisk == s.app.state.roadmap.source)
    #expect(try RoadmapLoader.load(path: path).roadmap == s.app.state.roadmap)
  }

  @Test func aReloadAfterAnotherProcessSaveIsReadIntoTheSpare() throws {
    var (s, dir, path, _) = try largeSession()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // Two saves of ours: the spare then holds the bytes the second replaced.
    for key in "dp" {
      _ = s.handle(.key(.character(key)))
      let settled = s.settle()
      #expect(settled)
    }
    let held = try #require(s.spare.heldCapacity)
    #expect(held >= s.app.state.roadmap.source.count)
    let spareAt = try #require(s.spare.heldAddress)
    // Another writer changes an activity's status.
    var other = try RoadmapLoader.load(path: path).roadmap
    let id = try #require(other.activityIndex.keys.sorted().last)
    let status: Status = other.activity(id: id)!.status == .done ? .pending : .done
    let change = try other.set(.status, of: id, to: .status(status))
    _ = try RoadmapStore(path: path).commit([change], author: "другой")
    s.pollNow()
    #expect(s.app.state.roadmap.activity(id: id)?.status == status)
    #expect(try RoadmapLoader.readFile(path) == s.app.state.roadmap.source)
    // The file was read into the spare, and the bytes it replaced are the spare now.
    #expect(address(s.app.state.roadmap.source) == spareAt)
    #expect(s.spare.heldAddress != nil && s.spare.heldAddress != spareAt)
  }
}
