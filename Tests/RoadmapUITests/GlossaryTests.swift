import Foundation
import Testing

@testable import RoadmapUI

/// The catalogues follow docs/GLOSSARY.md: each term in its message, no rejected word.
@Suite struct GlossaryTests {
  /// The glossary's rows of terms: concept | kk | ru | en | message | not.
  static func rows() throws -> [[String]] {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("docs/GLOSSARY.md"), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("| "), !line.hasPrefix("| ---"), !line.hasPrefix("| concept") else { return nil }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
        .map { $0.trimmingCharacters(in: .whitespaces) }
      return cells.count == 6 ? cells : nil
    }
  }

  /// Every text of a language's catalogue, every form.
  static func texts(_ l: Language) -> [String] {
    Catalogue.entries(l).values.flatMap(\.templates) + DayUse.allCases.map { Catalogue.dayPhrase($0, l) }
  }

  @Test func eachTermIsTheOneItsMessageUses() throws {
    let rows = try Self.rows()
    #expect(rows.count >= 40)
    for row in rows where row[4].hasPrefix("`") {
      let name = row[4].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
      let message = try #require(Message(rawValue: name), "\(name)")
      for (column, language) in zip(1...3, Language.allCases) {
        let term = row[column].components(separatedBy: " (").first!.lowercased()
        let text = Catalogue.table(language)[message]!.lowercased()
        #expect(text.contains(term), "\(row[0]) in \(language): «\(term)» not in «\(text)»")
      }
    }
  }

  @Test func noRejectedWordIsUsed() throws {
    var checked = 0
    for row in try Self.rows() {
      let rejected = try Regex(#"\b(kk|ru|en) [«"]([^»"]+)[»"]"#)
      for match in row[5].matches(of: rejected) {
        let language = Language(rawValue: String(match.output[1].substring!))!
        let word = String(match.output[2].substring!).lowercased()
        checked += 1
        for text in Self.texts(language) {
          // At the start of a word: «жиналыс» also rejects «жиналыстан», "finished" not "unfinished".
          let lower = text.lowercased()
          var from = lower.startIndex
          while let r = lower.range(of: word, range: from..<lower.endIndex) {
            let before = r.lowerBound == lower.startIndex ? nil : lower[lower.index(before: r.lowerBound)]
            let atWordStart = before.map { !$0.isLetter } ?? true
            #expect(!atWordStart, "\(language) uses the rejected «\(word)»: \(text)")
            from = r.upperBound
          }
        }
      }
    }
    #expect(checked >= 12)
  }
}
