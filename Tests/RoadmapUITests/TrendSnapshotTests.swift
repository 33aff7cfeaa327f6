import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Golden frames of the trend view and the trend slide, drawn from `TrendFixture`.
@Suite struct TrendSnapshotTests {
  @Test(arguments: [(80, 24), (120, 40)], [Language.kk, .ru, .en])
  func theTrendView(_ size: (Int, Int), _ language: Language) throws {
    let d = try TrendFixture.dashboard(width: size.0, height: size.1, language: language)
    let g = d.grid()
    #expect(wideCellsAreWhole(g) && !hasUnsafeScalar(g))
    assertSnapshot(g, named: "trend-\(language.rawValue)-\(size.0)x\(size.1)")
  }

  /// The slide after the title, opened from the dashboard (which hands it its history).
  @Test(arguments: [(40, 12), (80, 24), (120, 40)])
  func theTrendSlide(_ size: (Int, Int)) throws {
    var d = try TrendFixture.dashboard(width: size.0, height: size.1, language: .kk)
    d.press(.escape, .character("P"))
    var p = try #require(d.state.presentation)
    #expect(p.slides.prefix(2) == [.title, .trend])
    p = Presentation(
      roadmap: p.roadmap, baseline: p.baseline,
      options: PresentationOptions(language: .kk, timeZone: TimeZone(identifier: "UTC")!, now: { meetingTime }),
      history: p.history)
    _ = p.handle(.resize(width: size.0, height: size.1))
    p.press(.right)
    #expect(p.current == .trend)
    let g = p.grid()
    #expect(wideCellsAreWhole(g) && !hasUnsafeScalar(g))
    assertSnapshot(g, named: "slide-trend-kk-\(size.0)x\(size.1)")
  }
}
