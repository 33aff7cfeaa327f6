import Foundation
import Testing

@testable import RoadmapKit

/// Loading is linear in the size of the file, whatever its shape.
///
/// Each shape is loaded at n and 4n: linear work takes about 4 times as long, quadratic
/// 16 times. The bound (8×) is generous against a busy machine, each time is the best
/// of five, so a pause in one run does not count, and the shapes run one at a time.
@Suite(.serialized) struct LinearLoadTests {
  /// A valid roadmap whose first activity carries `body` as extra members.
  static func roadmap(activityExtra body: String) -> [UInt8] {
    Array("""
      {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
       "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30",
       "directions": [{"id": "d", "title": "D", "projects": [{"id": "p", "title": "P",
         "activities": [{"id": "a", "title": "A", "status": "done", \(body)}]}]}]}
      """.utf8)
  }

  /// The shapes, each as a file of about `n` units.
  static let shapes: [(String, @Sendable (Int) -> [UInt8])] = [
    ("members in one object", { n in roadmap(activityExtra: (0..<n).map { "\"x\($0)\": \($0)" }.joined(separator: ",")) }),
    ("a long array", { n in roadmap(activityExtra: "\"x\": [" + (0..<n).map(String.init).joined(separator: ",") + "]") }),
    ("a long string", { n in roadmap(activityExtra: "\"x\": \"" + String(repeating: "ab\\u0430 ", count: n / 4) + "\"") }),
    ("deep nesting", { n in
      roadmap(activityExtra: (0..<n / 100).map { "\"x\($0)\": " + String(repeating: "[", count: 190) + String(repeating: "]", count: 190) }
        .joined(separator: ","))
    }),
    ("many translations", { n in
      roadmap(activityExtra: "\"x\": 0}, {\"id\": \"b\", \"status\": \"done\", \"title\": {" + (0..<n / 4).map { "\"l\($0)\": \"t\"" }.joined(separator: ",") + "}")
    }),
    ("many owners", { n in
      let acts = (0..<n / 8).map { "{\"id\": \"o\($0)\", \"title\": \"T\", \"status\": \"done\", \"owner\": \"O\($0)\"}" }
      return roadmap(activityExtra: "\"x\": 0}, " + acts.joined(separator: ", ") + ", {\"id\": \"z\", \"title\": \"Z\", \"status\": \"done\"")
    }),
  ]

  /// Best of five loads, in seconds.
  static func time(_ bytes: [UInt8]) throws -> Double {
    var best = Double.infinity
    for _ in 0..<5 {
      let start = ContinuousClock.now
      _ = try RoadmapLoader.decode(bytes)
      let d = ContinuousClock.now - start
      best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }
    return best
  }

  @Test(arguments: 0..<6)
  func fourTimesTheSizeTakesAboutFourTimesAsLong(shape: Int) throws {
    let (name, make) = Self.shapes[shape]
    // Below some 20 ms a busy machine's noise dominates: grow n until the load is longer
    // (a string of 160 000 units loads in about 11 ms, and fresh memory for its 4× then
    // cost 9× in one CI run: the cap leaves room to reach 20 ms).
    var n = 10_000
    var small = try Self.time(make(n))
    while small < 0.02 && n < 1_280_000 {
      n *= 2
      small = try Self.time(make(n))
    }
    let large = try Self.time(make(4 * n))
    #expect(large < 8 * small, "\(name): \(small) s for \(n), \(large) s for \(4 * n)")
  }
}
