import Testing

@testable import RoadmapUI

/// The byte-by-byte path of `SafeText.glyphs` (ASCII and Cyrillic letters) gives the same
/// glyphs as Swift's grapheme breaking on any text, including the scalars that join a
/// letter to its neighbours.
@Suite struct SafeTextFastPathTests {
  /// The `Character` path alone: the oracle.
  func slow(_ s: String, _ ascii: Bool, _ max: Int = Int.max) -> [Glyph] {
    var out: [Glyph] = []
    return SafeText.characterGlyphs(s, asciiOnly: ascii, maxColumns: max, into: &out)
  }

  /// Pieces that are easy for the fast path, and pieces that join, split or widen.
  static let pieces = [
    "a", "Z", " ", "~", "Білім", "басқармасы", "әғқңөұүһі", "ЁёЪ", "é", "ß", "ʰ", "Ӂ", "Ԯ",
    "\u{301}", "\u{483}", "\u{489}", "\u{200D}", "\u{FE0F}", "\u{1F3FD}", "\u{1F468}", "🇰🇿",
    "👨‍👩‍👧", "中", "한", "\r", "\n", "\r\n", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{AD}", "\u{202E}",
    "\u{2028}", "\u{378}", "…", "№", "─", "\u{FFFD}", "\u{E000}", "\u{0600}", "\u{1100}\u{1161}",
  ]

  @Test func sameGlyphsAsTheCharacterPath() {
    var texts = Self.pieces.flatMap { p in Self.pieces.map { p + $0 } }
    // Longer mixes, made the same way each run.
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3000 {
      var s = ""
      for _ in 0..<8 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        s += Self.pieces[Int(seed >> 33) % Self.pieces.count]
      }
      texts.append(s)
    }
    texts += ["", "Батыс Қазақстан облысының білім басқармасы", "Ауыл аманаты\u{301}", "abc\r\ndef"]
    var checked = 0
    for s in texts {
      for ascii in [false, true] {
        #expect(SafeText.glyphs(s, asciiOnly: ascii) == slow(s, ascii), "\(s.unicodeScalars.map(\.value))")
        for max in [0, 1, 3, 7] {
          #expect(SafeText.glyphs(s, asciiOnly: ascii, maxColumns: max) == slow(s, ascii, max))
        }
        // A Substring in the middle of a string.
        let wide = "x" + s + "y"
        let sub = Substring(wide.utf8.dropFirst().dropLast())
        #expect(SafeText.glyphs(sub, asciiOnly: ascii) == slow(s, ascii))
        checked += 1
      }
    }
    #expect(checked > 6000)
  }

  @Test func aTextIsAsWideAsItsGraphemesOnBothPaths() {
    var texts = Self.pieces.flatMap { p in Self.pieces.map { p + $0 } }
    texts += ["", "Батыс Қазақстан облысының білім басқармасы", "a\u{301}", "Ӂ\u{483}", "x\r\ny"]
    for s in texts {
      // The oracle: grapheme by grapheme, the `Character` measure.
      let graphemes = s.reduce(0) { $0 + DisplayWidth.of($1) }
      #expect(DisplayWidth.of(s) == graphemes, "\(s.unicodeScalars.map(\.value))")
      // A Substring in the middle of a string (its ends may join «» to a mark).
      let wide = "«" + s + "»"
      let sub = wide.dropFirst().dropLast()
      #expect(DisplayWidth.of(sub) == sub.reduce(0) { $0 + DisplayWidth.of($1) })
    }
    #expect(DisplayWidth.of("Ауыл аманаты") == 12)
  }

  @Test func aLetterFollowedByAMarkIsOneGlyph() {
    let g = SafeText.glyphs("Ба\u{301}й", asciiOnly: false)
    #expect(g.map(\.character) == ["Б", "а\u{301}", "й"])
    #expect(SafeText.glyphs("е\u{308}", asciiOnly: true).map(\.character) == ["?"])
  }
}
