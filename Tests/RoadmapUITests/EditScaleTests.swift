import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Editing keeps the digest by what changed, not by walking the roadmap again.
@Suite struct EditScaleTests {
  /// Status keys, marks, undo and redo with a frame each cost about the same on a roadmap
  /// 100 times larger (a digest recomputed per key would make them 100 times slower).
  @Test func anEditKeystrokeCostDoesNotGrowWithTheRoadmap() throws {
    func walk(_ loaded: LoadedRoadmap) -> Double {
      var d = TestDashboard(loaded, options: DashboardOptions(today: snapshotDay))
      _ = d.handle(.resize(width: 120, height: 40))
      d.press(.character("1"), .enter)
      let keys: [Key] = [
        .character("d"), .down, .character("p"), .character(" "), .character("x"), .character("x"),
        .character("i"), .character("u"), .character("u"), .control("r"), .character("i"),
      ]
      let start = DispatchTime.now().uptimeNanoseconds
      for k in keys {
        _ = d.handle(.key(k))
        _ = d.takeEffects()
        _ = d.grid()
      }
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      #expect(digestIsFresh(d))
      return elapsed
    }
    let small = try largeRoadmap(projects: 10, activities: 10)  // 400 activities
    let large = try largeRoadmap(projects: 100, activities: 100)  // 40,000 activities
    _ = walk(small)
    let t1 = (0..<3).map { _ in walk(small) }.min()!
    let t2 = (0..<3).map { _ in walk(large) }.min()!
    print(
      "11 edit keys + frames: 400 activities \(t1 * 1000) ms, 40,000 activities \(t2 * 1000) ms")
    #expect(t2 < t1 * 20, "\(t2) s vs \(t1) s")
  }
}
