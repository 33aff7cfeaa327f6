import Foundation
import Testing

@testable import RoadmapKit

/// The region's data as the model reads it, and the lossless save of it.
struct SampleRoundTripTests {
  static let samplePath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("data/roadmap.json").path

  @Test func sampleHasTheReportsTotals() throws {
    let r = try RoadmapLoader.load(path: Self.samplePath).roadmap
    #expect(r.counts == StatusCounts(done: 60, inProgress: 52, pending: 10))
    #expect(r.directions.count == 4)
    #expect(r.counts.percentages == (49, 43, 8))
  }

  @Test func canonicalSampleSavesByteForByte() throws {
    let loaded = try RoadmapLoader.load(path: Self.samplePath)
    #expect(JSONWriter.canonicalBytes(loaded.roadmap.document) == loaded.sourceBytes)
  }
}
