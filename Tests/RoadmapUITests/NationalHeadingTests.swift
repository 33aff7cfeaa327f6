import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The figures' headings: words on one line, on two split between words, glyphs only
/// when even two lines do not fit.
@Suite struct NationalHeadingTests {
  /// Each figure column's heading lines at a size and language, over the fixture.
  static func headings(_ language: Language, _ width: Int, _ height: Int) throws -> (NationalColumns, [[String]]) {
    let s = try NationalViewTests.state(language, width, height)
    let c = s.view.columns
    return (c, c.lines.flatMap { $0.map(\.heading) })
  }

  @Test func aHeadingIsSplitBetweenWordsOnly() {
    #expect(NationalLayout.split("Орындалғаны, %") == ["Орындалғаны,", "%"])
    #expect(NationalLayout.split("Мерзімі өткен") == ["Мерзімі", "өткен"])
    // One word stays whole however long it is.
    #expect(NationalLayout.split("Басталмаған") == ["Басталмаған"])
    // The split that makes the wider line narrowest.
    #expect(NationalLayout.split("aaaa b cc") == ["aaaa", "b cc"])
    #expect(NationalLayout.split("a b cccc") == ["a b", "cccc"])
  }

  @Test func kazakhGetsWordsAt120x40() throws {
    let (c, headings) = try Self.headings(.kk, 120, 40)
    #expect(c.inline && c.inlineHeadingLines == 2)
    // Every heading is the catalogue's words, re-joined as they were split.
    let words = [Message.colDone, .colInProgress, .colPending, .colTotal, .colPercent, .colOverdue, .colSinceMeeting]
      .map { Painter(theme: Theme(asciiOnly: false, colors: true), language: .kk).word($0) }
    let joined = headings.map { $0.joined(separator: " ") }
    #expect(joined.map { $0.replacingOccurrences(of: "▼", with: "") } == words)
    for (h, f) in zip(headings, c.lines[0]) { #expect(h.allSatisfy { DisplayWidth.of($0) <= f.width }) }
    // The grid shows both lines, the list starting below them.
    let g = NationalViewTests.grid(try NationalViewTests.state(.kk, 120, 40))
    #expect(g.rowText(NationalLayout.headingY).contains("Орындалғаны,"))
    #expect(g.rowText(NationalLayout.headingY + 1).contains("Орындалды"))
  }

  @Test func englishAndRussianKeepOneLineAt120x40() throws {
    for lang in [Language.en, .ru] {
      let (c, headings) = try Self.headings(lang, 120, 40)
      #expect(c.inlineHeadingLines == 1 && headings.allSatisfy { $0.count == 1 })
    }
  }

  @Test func glyphsOnlyWhereTwoLinesDoNotFit() throws {
    let (c, headings) = try Self.headings(.kk, 80, 24)
    #expect(c.inlineHeadingLines == 1)
    #expect(headings.map { $0.joined() }.contains("✓") || headings.map { $0.joined() }.contains("▼✓"))
  }
}
