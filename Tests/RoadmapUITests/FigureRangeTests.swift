import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Indicator figures across everything the format accepts (`plan` > 0, `actual` ≥ 0,
/// both finite): every screen, slide and report draws without a trap and says sensible
/// things (bars never over- or under-filled, no "nan" or "inf", no negative percentage).
@Suite struct FigureRangeTests {
  /// The figures tried: powers of ten from the smallest double to the largest, the
  /// boundaries, and seeded random fractions.
  static func figures(_ rng: inout SplitMix64) -> [String] {
    var out = ["0", "-0", "4.9e-324", "5e-324", "2.2250738585072014e-308", "1", "0.5",
      "1.7976931348623157e308", "1e308", "9007199254740993", "9223372036854775807", "1e20"]
    out += stride(from: -323, through: 308, by: 7).map { "1e\($0)" }
    out += (0..<8).map { _ in String(Double.random(in: 0..<1, using: &rng) * 1000) }
    return out
  }

  /// The sample with every indicator's figures replaced: a plan (or none) and an actual
  /// drawn from `figures`; a plan is never 0 (outside the format).
  static func roadmap(_ rng: inout SplitMix64, _ pool: [String]) throws -> LoadedRoadmap {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("data/roadmap.json"), encoding: .utf8)
    let figure = try Regex(#"("plan":\s*[-0-9.eE+]+,\s*)?"actual":\s*[-0-9.eE+]+"#)
    let out = text.replacing(figure) { _ in
      let actual = pool.randomElement(using: &rng)!
      let plans = pool.filter { Double($0)! > 0 }
      guard Int.random(in: 0..<4, using: &rng) > 0 else { return "\"actual\": \(actual)" }
      return "\"plan\": \(plans.randomElement(using: &rng)!), \"actual\": \(actual)"
    }
    return try RoadmapLoader.decode(Array(out.utf8), file: "figures.json")
  }

  /// Nothing a reader could take for a broken figure.
  static func sensible(_ text: String, _ label: String) {
    #expect(!text.contains(/(?i)\b(nan|inf|infinity)\b/), "\(label): a NaN or an infinity in the text")
    #expect(!text.contains(/-\d+\s?%/), "\(label): a negative percentage")
  }

  @Test func everyViewDrawsEveryAcceptedFigure() throws {
    var rng = SplitMix64(seed: 0x6669_6775_7265)
    let pool = Self.figures(&rng)
    for round in 0..<10 {
      let loaded = try Self.roadmap(&rng, pool)
      let label = "round \(round)"
      for (w, h) in [(80, 24), (120, 40)] {
        for keys: [Key] in [[], [.character("1")], [.character("2"), .enter], [.character("2"), .enter, .enter],
          [.character("2"), .enter, .enter, .enter]]
        {
          var d = TestDashboard(loaded, options: DashboardOptions(language: .kk, today: snapshotDay))
          _ = d.handle(.resize(width: w, height: h))
          for k in keys { _ = d.handle(.key(k)) }
          Self.sensible(d.grid().plainText, "\(label) \(w)×\(h) \(keys)")
        }
        var p = Presentation(loaded, options: PresentationOptions(language: .en, timeZone: TimeZone(identifier: "UTC")!))
        _ = p.handle(.resize(width: w, height: h))
        for slide in p.slides.indices {
          Self.sensible(p.grid().plainText, "\(label) slide \(slide) \(w)×\(h)")
          p.press(.right)
        }
      }
      let report = MeetingReport(loaded.roadmap, language: .ru, changes: nil)
      let md = ReportMarkdown.render(report)
      Self.sensible(md, "\(label) md")
      // Each gauge cell is exactly half a bar of full and empty blocks.
      for gauge in md.matches(of: /`([█░]+)`/) where !gauge.1.contains("▒") {
        #expect(gauge.1.count == ReportMarkdown.barWidth / 2, "\(label) md gauge \(gauge.1)")
      }
      let html = ReportHTML.render(report)
      Self.sensible(html, "\(label) html")
      for width in html.matches(of: /width:(-?\d+)%/) {
        #expect((0...100).contains(Int(width.1)!), "\(label) html gauge \(width.1)%")
      }
      Self.sensible(ReportCSV.render(report, delimiter: .semicolon), "\(label) csv")
    }
  }

  @Test func sharesAndPercentagesAreTotal() {
    let huge = Indicator(id: "i", title: LocalizedText("t"), unit: LocalizedText("u"), plan: 5e-324, actual: 1e308)
    #expect(huge.fractionOfPlan == Indicator.largestFraction)
    #expect(huge.percentOfPlan == Indicator.percentCeiling)
    #expect(Share.percentFigure(huge, .en) == ">999,999")
    #expect(huge.filledShare == 1)
    let half = Indicator(id: "i", title: LocalizedText("t"), unit: LocalizedText("u"), plan: 14, actual: 7)
    #expect(half.percentOfPlan == 50 && Share.cells(half.fractionOfPlan!, of: 12) == 6)
    // Made in memory, outside the format: still no trap, nothing filled.
    let odd = Indicator(id: "i", title: LocalizedText("t"), unit: LocalizedText("u"), plan: 0, actual: -7)
    #expect(odd.fractionOfPlan == nil && odd.percentOfPlan == nil)
    for share in [Double.nan, -.infinity, -1, 0, 0.04, 0.5, 1, 2, .infinity, .greatestFiniteMagnitude] {
      for width in [-1, 0, 1, 12, 100] {
        #expect((0...max(0, width)).contains(Share.cells(share, of: width)), "\(share) of \(width)")
      }
    }
  }
}
