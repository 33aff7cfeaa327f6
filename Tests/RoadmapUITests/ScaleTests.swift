import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// A roadmap of 4 directions × `projects` projects × `activities` activities each.
func largeRoadmap(projects: Int, activities: Int) throws -> LoadedRoadmap {
  var out = """
    {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
     "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30", "directions": [
    """
  let statuses = ["done", "in_progress", "pending"]
  for d in 0..<4 {
    out += d > 0 ? "," : ""
    out += "{\"id\": \"d\(d)\", \"title\": \"Бағыт \(d)\", \"projects\": ["
    for p in 0..<projects {
      out += p > 0 ? "," : ""
      out += "{\"id\": \"d\(d).p\(p)\", \"title\": \"Жоба \(p)\", \"activities\": ["
      for a in 0..<activities {
        out += a > 0 ? "," : ""
        out += "{\"id\": \"d\(d).p\(p).a\(a)\", \"title\": \"Іс-шара \(d)-\(p)-\(a)\", "
          + "\"status\": \"\(statuses[(a + p) % 3])\", \"owner\": \"Орган \(a % 40)\", \"due\": \"2023-06-01\"}"
      }
      out += "]}"
    }
    out += "]}"
  }
  return try RoadmapLoader.decode(Array((out + "]}").utf8))
}

@Suite struct ScaleTests {
  /// Time of `body` in seconds on the monotonic clock.
  func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// A keystroke and a frame cost what is visible, not the size of the roadmap.
  ///
  /// The same walk through the screens on a roadmap 100 times larger must not take
  /// anywhere near 100 times longer (O(total) per key would).
  @Test func keystrokeCostDoesNotGrowWithTheRoadmap() throws {
    func walk(_ loaded: LoadedRoadmap) -> Double {
      var d = TestDashboard(loaded, options: DashboardOptions(today: snapshotDay))
      _ = d.handle(.resize(width: 120, height: 40))
      return seconds {
        for keys: [Key] in [[.tab], [.tab], [.character("1")], [.down], [.enter], [.pageDown], [.down],
          [.escape], [.escape], [.character("f")], [.character("f")], [.character("f")], [.character("f")]] {
          for k in keys { _ = d.handle(.key(k)) }
          _ = d.grid()
        }
      }
    }
    try expectCostDoesNotGrow("13 keys + frames", walk)
  }
}

/// Times `walk` (seconds) on 400 and on 40,000 activities, best of three after a warm-up,
/// and expects the larger to take less than 20 times as long (O(total) per key would make
/// it about 100 times).
func expectCostDoesNotGrow(
  _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
  _ walk: (LoadedRoadmap) -> Double
) throws {
  let small = try largeRoadmap(projects: 10, activities: 10)  // 400 activities
  let large = try largeRoadmap(projects: 100, activities: 100)  // 40,000 activities
  _ = walk(small)
  let t1 = (0..<3).map { _ in walk(small) }.min()!
  let t2 = (0..<3).map { _ in walk(large) }.min()!
  print("\(what): 400 activities \(t1 * 1000) ms, 40,000 activities \(t2 * 1000) ms")
  #expect(t2 < t1 * 20, "\(t2) s vs \(t1) s", sourceLocation: sourceLocation)
}
