import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Slides at small sizes: one size of figure per slide, and no status word cut short.
@Suite struct SlideSizeTests {
  static let sizes = [(40, 12), (60, 20), (80, 24), (100, 30)]

  /// Whether `text` shows a cut start of `word` («орында…»).
  static func cutsWord(_ text: String, _ word: String) -> Bool {
    let letters = Array(word)
    return (2..<letters.count).contains { text.contains(String(letters[..<$0]) + "…") }
  }

  @Test(arguments: sizes)
  func titleSlideCutsNoStatusWord(size: (Int, Int)) throws {
    for language in [Language.kk, .ru, .en] {
      let p = try regionPresentation(width: size.0, height: size.1, language: language)
      let g = p.grid()
      let words = [Message.done, .inProgress, .pending, .total].map { Catalogue.table(language)[$0]! }
      for w in words { #expect(!Self.cutsWord(g.plainText, w), "\(language) \(size): «\(w)» cut\n\(g.plainText)") }
      #expect(wideCellsAreWhole(g))
    }
  }

  /// On each project slide the indicators are either all big figures or all one-line gauges.
  @Test(arguments: sizes)
  func projectSlidesUseOneFigureSize(size: (Int, Int)) throws {
    var p = try regionPresentation(width: size.0, height: size.1)
    for slide in p.slides {
      defer { p.press(.right) }
      guard case .project(let d, let i) = slide else { continue }
      let project = p.roadmap.directions[d].projects[i]
      let lines = p.grid().plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      var kinds = Set<Bool>()
      var from = 0
      // The indicators come in order, one below the other: each is looked for below the last.
      for ind in project.indicators {
        let title = String(ind.title.resolved("kk").prefix(10))
        guard let n = lines.indices.first(where: { $0 >= from && lines[$0].contains(title) }),
          let at = lines[n].range(of: title)
        else { continue }
        from = n + 1
        kinds.insert(lines[n][..<at.lowerBound].contains("█"))
      }
      #expect(kinds.count <= 1, "project \(d + 1).\(i + 1) at \(size) mixes big and small figures")
    }
  }
}
