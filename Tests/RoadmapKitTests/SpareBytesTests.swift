import Foundation
import Testing

@testable import RoadmapKit

/// The spare buffer is reused only when nothing else holds it, never changes bytes
/// someone still reads, and a save through it writes the same file as one without.
@Suite struct SpareBytesTests {
  let size = SpareBytes.threshold + 12_345

  func address(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
  }

  @Test func aBufferNothingElseHoldsIsTakenInPlace() throws {
    let spare = SpareBytes()
    var old = [UInt8](repeating: 7, count: size)
    let at = address(old)
    spare.retire(old)
    old = []
    let filled = SpareBytes.filled(size: size, from: spare) { buf in
      for i in buf.indices { buf[i] = UInt8(truncatingIfNeeded: i) }
    }
    #expect(address(filled) == at)
    #expect(filled.count == size)
    #expect(filled[0] == 0 && filled[size - 1] == UInt8(truncatingIfNeeded: size - 1))
    #expect(spare.heldCapacity == nil)
  }

  @Test func aBufferStillReadElsewhereIsLeftAlone() throws {
    let spare = SpareBytes()
    let stillRead = [UInt8](repeating: 7, count: size)
    spare.retire(stillRead)
    let filled = SpareBytes.filled(size: size, from: spare) { buf in
      for i in buf.indices { buf[i] = 1 }
    }
    #expect(address(filled) != address(stillRead))
    #expect(stillRead.allSatisfy { $0 == 7 })
    #expect(filled.allSatisfy { $0 == 1 })
  }

  @Test func smallAndTooSmallBuffersAreNotUsed() throws {
    let spare = SpareBytes()
    spare.retire([UInt8](repeating: 1, count: 1000))
    #expect(spare.heldCapacity == nil)
    var short = [UInt8](repeating: 1, count: SpareBytes.threshold)
    short.removeAll(keepingCapacity: true)
    spare.retire(short)
    short = []
    let bigger = SpareBytes.threshold * 3
    let filled = SpareBytes.filled(size: bigger, from: spare) { buf in
      for i in buf.indices { buf[i] = 2 }
    }
    #expect(filled.count == bigger && filled.allSatisfy { $0 == 2 })
    // Left in the slot for a size it fits.
    #expect(spare.heldCapacity != nil)
  }

  @Test func freshLargeBuffersHaveRoomToGrowIntoAndPreparedOnesFit() throws {
    let fresh = SpareBytes.filled(size: size, from: nil) { buf in
      for i in buf.indices { buf[i] = 3 }
    }
    #expect(fresh.count == size)
    #expect(fresh.capacity >= size + (1 << 16))
    let spare = SpareBytes()
    spare.prepare(size: size)
    #expect((spare.heldCapacity ?? 0) >= size + (1 << 16))
    let at = spare.heldAddress
    let taken = SpareBytes.filled(size: size + 100, from: spare) { buf in
      for i in buf.indices { buf[i] = 4 }
    }
    #expect(address(taken) == at)
  }

  @Test func aSaveThroughTheSpareWritesTheSameFileAsOneWithout() throws {
    let dir = NSTemporaryDirectory() + "jolkarta-spare-kit-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let bytes = SyntheticRoadmap(activities: 12_000, seed: 5).bytes()
    try #require(bytes.count > SpareBytes.threshold)
    var written: [[UInt8]] = []
    for useSpare in [false, true] {
      let path = dir + "/\(useSpare).json"
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let spare = useSpare ? SpareBytes() : nil
      spare?.prepare(size: bytes.count)
      var roadmap = try RoadmapLoader.load(path: path).roadmap
      for id in roadmap.activityIndex.keys.sorted().prefix(4) {
        let status: Status = roadmap.activity(id: id)!.status == .done ? .pending : .done
        let change = try roadmap.set(.status, of: id, to: .status(status))
        let replaced = roadmap.origin
        roadmap = try RoadmapStore(path: path, spare: spare).commit(
          [change], author: "тест", base: roadmap.origin, current: roadmap
        ).loaded.roadmap
        spare?.retire(replaced)
        #expect(try RoadmapLoader.readFile(path) == roadmap.source)
      }
      written.append(try RoadmapLoader.readFile(path))
    }
    #expect(written[0] == written[1])
  }
}
