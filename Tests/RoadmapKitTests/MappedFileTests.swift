import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// The read-only commands' mapped read: a file that shrinks under it is noticed, not a
/// crash (SIGBUS), and what it loads is what `load` loads.
struct MappedFileTests {
  @Test func aFileTruncatedWhileMappedIsNoticedNotACrash() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("big.json", [UInt8](repeating: 0x78, count: 5 * 4096))
    let fd = open(path, O_RDWR)
    defer { close(fd) }
    let map = try #require(MappedFile(fd: fd, size: 5 * 4096))
    let whole = map.reading { $0.reduce(0) { $0 + Int($1) } }
    #expect(whole.shrank == false)
    #expect(whole.value == 5 * 4096 * 0x78)
    // Another program cuts the file to 100 bytes: the pages past its end are gone.
    #expect(ftruncate(fd, 100) == 0)
    let after = map.reading { $0.reduce(0) { $0 + Int($1) } }
    #expect(after.shrank == true)
    #expect(after.value == 100 * 0x78)
  }

  @Test func aShrunkFileIsReadAgainTheOrdinaryWay() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    // What the mapped read loads is what the ordinary load loads, warnings and problems alike.
    let full = try RoadmapLoader.load(path: path)
    let mapped = try RoadmapLoader.loadForReading(path: path)
    #expect(mapped.roadmap.directions == full.roadmap.directions)
    #expect(mapped.roadmap.activityIndex == full.roadmap.activityIndex)
    #expect(mapped.sourceBytes.isEmpty)
    let outside = Array(Sample.text.replacingOccurrences(of: "\"due\": \"2023-09-30\"", with: "\"due\": \"2031-09-30\"").utf8)
    let warned = dir.write("outside.json", outside)
    let expected = try RoadmapLoader.load(path: warned).warnings.map(\.description)
    #expect(!expected.isEmpty)
    #expect(try RoadmapLoader.loadFigures(path: warned).warnings.map(\.description) == expected)
    #expect(try RoadmapLoader.loadForReading(path: warned).warnings.map(\.description) == expected)
    let broken = dir.write("broken.json", Array(Sample.text.replacingOccurrences(of: "\"status\": \"done\"", with: "\"status\": \"finished\"").utf8))
    func problems(_ load: () throws(RoadmapLoadError) -> LoadedRoadmap) -> [String] {
      do { _ = try load(); return [] } catch { return error.problems.map(\.description) }
    }
    let refused = problems { () throws(RoadmapLoadError) in try RoadmapLoader.load(path: broken) }
    #expect(!refused.isEmpty)
    #expect(problems { () throws(RoadmapLoadError) in try RoadmapLoader.loadFigures(path: broken) } == refused)
    #expect(problems { () throws(RoadmapLoadError) in try RoadmapLoader.loadForReading(path: broken) } == refused)
    for gone in [dir.file("missing.json"), dir.path] {
      #expect(problems { () throws(RoadmapLoadError) in try RoadmapLoader.loadFigures(path: gone) }
        == problems { () throws(RoadmapLoadError) in try RoadmapLoader.load(path: gone) })
    }
  }
}
