import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The slides at 40×12, 60×20, 80×24 and 120×40 and the overview at 40×12 and 60×20 in
/// each language (the overview at 80×24 and 120×40 is `SnapshotTests`' in Kazakh and
/// `LanguageSnapshotTests`' in Russian and English): golden frames of one slide of each
/// kind, and no word of the catalogue cut short on any slide.
@Suite struct SmallSlideTests {
  static let sizes = [(40, 12), (60, 20), (80, 24), (120, 40)]

  /// The region's slides a month later, compared with the file as it is: the changes slide
  /// has one of each change to show.
  static func compared(_ size: (Int, Int), _ language: Language) throws -> Presentation {
    var p = Presentation(
      try regionLater(), baseline: .copy(try regionRoadmap().roadmap),
      options: PresentationOptions(language: language, timeZone: TimeZone(identifier: "UTC")!, now: { meetingTime }))
    _ = p.handle(.resize(width: size.0, height: size.1))
    return p
  }

  /// The name of a slide kind in snapshot file names, for the kinds kept as golden frames.
  static func golden(_ s: Slide) -> String? {
    switch s {
    case .title: return "title"
    case .direction(0): return "direction-1"
    case .project(0, 2): return "project-1-3"
    case .changes: return "changes"
    case .unfinished(0, _): return "unfinished-1"
    default: return nil
    }
  }

  /// Words of the catalogue a slide shows as labels: none of them may end in «…».
  static func labels(_ language: Language) -> [String] {
    let words: [Message] = [
      .done, .inProgress, .pending, .total, .finished, .started, .carriedOver, .indicatorsMoved,
      .indicators, .projects, .changesTitle, .roadmapWord, .openItemsShort, .noChanges,
    ]
    return words.map { Catalogue.table(language)[$0]! }
  }

  /// Whether `text` shows the start of `word`, three letters or more from a word's start,
  /// cut with «…» («орында…»).
  static func cuts(_ text: String, _ word: String) -> Bool {
    let letters = Array(word)
    return (3..<letters.count).contains { n in
      let cut = String(letters[..<n]) + "…"
      var from = text.startIndex
      while let r = text.range(of: cut, range: from..<text.endIndex) {
        if r.lowerBound == text.startIndex || !text[text.index(before: r.lowerBound)].isLetter { return true }
        from = r.upperBound
      }
      return false
    }
  }

  @Test(arguments: sizes)
  func slidesInEachLanguage(size: (Int, Int)) throws {
    for language in [Language.kk, .ru, .en] {
      var p = try Self.compared(size, language)
      let asOf = Formatting.day(p.roadmap.asOf, language, .asOf)
      for slide in p.slides {
        defer { p.press(.right) }
        let g = p.grid()
        // The unfinished slides list the file's titles, cut to their column: only their
        // heading and footer are the catalogue's.
        let text = if case .unfinished = slide { g.rowText(0) + "\n" + g.rowText(g.height - 1) } else { g.plainText }
        #expect(wideCellsAreWhole(g) && !hasUnsafeScalar(g))
        for word in Self.labels(language) + [asOf] {
          #expect(!Self.cuts(text, word), "\(language) \(size) \(slide): «\(word)» cut\n\(text)")
        }
        if let name = Self.golden(slide) {
          assertSnapshot(g, named: "slide-\(name)-\(language.rawValue)-\(size.0)x\(size.1)")
        }
      }
    }
  }

  /// The changes slide shows its four figures either all big or all plain, never mixed.
  @Test(arguments: sizes)
  func theChangesSlideUsesOneFigureSize(size: (Int, Int)) throws {
    for language in [Language.kk, .ru, .en] {
      var p = try Self.compared(size, language)
      while p.current != .changes { p.press(.right) }
      let lines = p.grid().plainText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      let words = [Message.finished, .started, .carriedOver, .indicatorsMoved].map { Catalogue.table(language)[$0]! }
      // A plain figure stands before its word on the same line: «0  орындалды».
      let plain = words.filter { w in lines.contains { $0.hasSuffix(w) && $0.first?.isNumber == true } }
      let big = p.grid().plainText.contains("███")
      #expect(plain.count == 0 || plain.count == 4, "\(language) \(size)")
      #expect(big == plain.isEmpty, "\(language) \(size): big \(big), plain \(plain)")
    }
  }

  @Test(arguments: [(40, 12), (60, 20)])
  func theOverviewInEachLanguage(size: (Int, Int)) throws {
    for language in [Language.kk, .ru, .en] {
      let d = try regionDashboard(width: size.0, height: size.1, language: language)
      assertSnapshot(d.grid(), named: "overview-\(language.rawValue)-\(size.0)x\(size.1)")
    }
  }
}
