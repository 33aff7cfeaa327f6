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

  /// From 40×12 to 200×60 the slide cuts nothing: no text ends in an ellipsis, the now row
  /// and its figures, the axis' top count and the legend are all there, and the dates too.
  @Test func theTrendSlideCutsNothingAtAnySize() throws {
    var d = try TrendFixture.dashboard(width: 80, height: 24, language: .kk)
    d.press(.escape, .character("P"))
    var p = try #require(d.state.presentation)
    p.press(.right)
    #expect(p.current == .trend)
    for (w, h) in [(40, 12), (44, 14), (52, 16), (64, 20), (80, 24), (100, 30), (120, 40), (160, 48), (200, 60)] {
      _ = p.handle(.resize(width: w, height: h))
      let g = p.grid()
      // The slide's own rows: between the heading band and the footer.
      let body = (2..<(h - 2)).map { g.rowText($0) }
      for line in body {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        #expect(!trimmed.contains("…") || trimmed.hasPrefix("… тағы"), "\(w)×\(h): «\(trimmed)»")
      }
      let text = body.joined(separator: "\n")
      #expect(text.contains("Қазір") && text.contains("60  52  10") && text.contains("+17 ✓"), "\(w)×\(h)")
      #expect(text.contains("122┤") && text.contains("█ ✓")
        && (text.contains("30.11") || text.contains("2023 ж. 30 қараша")), "\(w)×\(h)")
      #expect(wideCellsAreWhole(g), "\(w)×\(h)")
    }
  }
}
