import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// A malformed file's message in Kazakh and Russian: every sentence the JSON parser writes
/// has its rule, so no English is left in the line (checked on the loader's own output).
@Suite struct JSONSyntaxWordsTests {
  /// Texts that each make the parser say something else, and a word of its English sentence.
  static let broken: [(String, String)] = [
    ("\u{FEFF}{}", "byte order mark"), ("", "empty"), ("  \n ", "white space"), ("{} x", "after the end"),
    ("[1,", "a value is missing"), ("{\"a\": 1", "object opened"), ("[1", "array opened"),
    ("{\"a\": ]", "expected a value"), ("{1: 2}", "member name in double"), ("{\"a\" 1}", "expected ':'"),
    ("{\"a\": 1 \"b\": 2}", "after an object member"), ("[1 2]", "after an array element"),
    ("[tru]", "invalid literal"), (String(repeating: "[", count: 600), "nesting deeper"),
    ("{\"a\": 1,}", "trailing comma"), ("[1,]", "trailing comma"), ("{\"a\": 1, \"a\": 2}", "duplicate member"),
    ("[-x]", "must follow '-'"), ("[01]", "leading zeros"), ("[1.]", "decimal point"), ("[1e]", "exponent"),
    ("[1e999999]", "too large"), ("[\"\u{7}\"]", "control character"), ("[\"abc", "unterminated"),
    ("[\"\\q\"]", "invalid escape"), ("[\"\\u12\"]", "four hex digits"), ("[\"\\uD800\"]", "lone surrogate"),
    ("[\"\\uD800\\u0041\"]", "lone surrogate"), ("[\"\\uDC00\"]", "lone surrogate"), ("[@]", "character '@'"),
    ("[\u{1}]", "control character"), ("[é]", "U+00E9"),
  ]

  @Test func everyParserSentenceInKazakhAndRussian() throws {
    var bad = Self.broken.map { (Array($0.0.utf8), $0.1) }
    bad.append(([0x5B, 0x22, 0xFF, 0x22, 0x5D], "invalid UTF-8"))
    bad.append(([0x5B, 0xFF, 0x5D], "not valid UTF-8"))
    for (bytes, said) in bad {
      do throws(RoadmapLoadError) {
        _ = try RoadmapLoader.decode(bytes, file: "r.json")
        Issue.record("\(said): loaded")
      } catch {
        let english = error.problems.map(\.description).joined(separator: "\n")
        #expect(english.contains(said), "the parser no longer says «\(said)»: \(english)")
        for language in [Language.kk, .ru] {
          for p in error.problems {
            let line = ProblemWords.line(p, language)
            // What is left of the parser's English: words of four Latin letters or more,
            // other than the format's own names.
            let words = line.split { !$0.isASCII || !$0.isLetter }.filter { $0.count >= 4 }
              .filter { !["json", "utf", "true", "false", "null", "uxxxx"].contains($0.lowercased()) }
            #expect(words.isEmpty, "\(language): \(line)")
          }
        }
      }
    }
  }
}
