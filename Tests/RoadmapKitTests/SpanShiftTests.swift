import Foundation
import Testing

@testable import RoadmapKit

/// Many saves in a row: spans move by recorded shifts, and a long session compacts them.
struct SpanShiftTests {
  @Test func sixHundredSavesMatchAFreshLoadEachTime() throws {
    var roadmap = try Sample.load()
    let ids = roadmap.allActivities.map(\.activity.id)
    var rng = SplitMix64(seed: 600)
    var note = 0
    for round in 0..<600 {
      let id = ids[Int(rng.next() % UInt64(ids.count))]
      if round % 3 == 0 {
        note += 1
        try roadmap.set(.note, of: id, to: .text(LocalizedText(String(repeating: "ә", count: note % 40))))
      } else {
        try roadmap.set(.status, of: id, to: .status(Status.allCases[Int(rng.next() % 3)]))
      }
      let bytes = roadmap.rebase()
      // Every 50 saves: the result loads, and equals the roadmap kept in memory.
      if round % 50 == 49 {
        let fresh = try RoadmapLoader.decode(bytes).roadmap
        for (loc, a) in roadmap.allActivities {
          #expect(fresh[loc] == a)
          #expect(roadmap.actualSpan(a) == fresh[loc].span, "\(a.id)")
        }
      }
    }
    #expect(roadmap.spanShifts.count <= 122 / 4 + 16, "compacted as it grew")
  }
}
