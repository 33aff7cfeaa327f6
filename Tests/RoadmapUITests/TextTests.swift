import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

@Suite struct DisplayWidthTests {
  @Test func cyrillicAndKazakhLettersAreOneColumn() {
    for c in "әғқңөұүһіӘҒҚҢӨҰҮҺІабвЖжЁё" { #expect(DisplayWidth.of(c) == 1, "\(c)") }
    #expect(DisplayWidth.of("Ауыл аманаты") == 12)
  }

  @Test func combiningMarksBelongToTheirLetter() {
    let e: Character = "e\u{0301}"
    #expect(DisplayWidth.of(e) == 1)
    #expect(DisplayWidth.of("и\u{0306}") == 1)
  }

  @Test func wideLettersAndEmojiAreTwoColumns() {
    for c: Character in ["中", "한", "Ａ", "😀", "🇰🇿", "❤\u{FE0F}"] { #expect(DisplayWidth.of(c) == 2, "\(c)") }
    #expect(DisplayWidth.of("❤") == 1)
    #expect(DisplayWidth.of("█") == 1)
  }

  @Test func controlsTakeNoColumnBeforeSanitising() {
    #expect(DisplayWidth.of("\u{1B}" as Character) == 0)
    #expect(DisplayWidth.of("\u{200D}" as Character) == 0)
  }
}

@Suite struct SanitisingTests {
  func shown(_ s: String, ascii: Bool = false) -> String {
    String(SafeText.glyphs(s, asciiOnly: ascii).map(\.character))
  }

  @Test func c0ControlsBecomeTheReplacementCharacter() {
    #expect(shown("a\u{1B}[31mb") == "a\u{FFFD}[31mb")
    #expect(shown("\u{07}") == "\u{FFFD}")
    #expect(shown("x\u{7F}") == "x\u{FFFD}")
    #expect(shown("\r\n") == "\u{FFFD}\u{FFFD}")
  }

  @Test func c1BidiAndFormatCharactersBecomeReplacement() {
    #expect(shown("a\u{9B}b") == "a\u{FFFD}b")
    #expect(shown("a\u{202E}b") == "a\u{FFFD}b")
    #expect(shown("a\u{2066}b\u{200F}") == "a\u{FFFD}b\u{FFFD}")
    #expect(shown("👨\u{200D}👩") == "👨\u{FFFD}👩")
    #expect(shown("soft\u{AD}hyphen") == "soft\u{FFFD}hyphen")
  }

  /// The placeholder a hand-written code point must become: U+FFFD for every one (the
  /// Control Pictures hold a C1 byte in UTF-8).
  func expectedPlaceholder(_ v: UInt32) -> Character { "\u{FFFD}" }

  @Test("every code point on the hand-written list is replaced, between letters and alone")
  func everyListedCodePointBecomesAVisiblePlaceholder() {
    for (group, scalars) in handWrittenUnsafeScalars {
      let wrong = scalars.filter { v in
        let s = String(Unicode.Scalar(v)!), p = expectedPlaceholder(v)
        let between = SafeText.glyphs("a" + s + "Ә", asciiOnly: false)
        return SafeText.glyphs(s, asciiOnly: false).map(\.character) != [p]
          || between.map(\.character) != ["a", p, "Ә"] || !between.allSatisfy { $0.width == 1 }
          || SafeText.glyphs(s, asciiOnly: true).map(\.character) != ["?"]
      }
      #expect(wrong.isEmpty, "\(group): not made a placeholder: \(wrong.map { "U+" + hex($0) })")
    }
  }

  @Test("spaces, marks and emoji selectors that are seen stay as they are")
  func visibleNeighboursOfTheListAreKept() {
    for text in ["a\u{A0}b", "1\u{2007}2", "e\u{301}", "❤\u{FE0F}", "Ұлт", "a\u{2010}b"] {
      #expect(shown(text) == text, "\(text.unicodeScalars.map { hex($0.value) })")
    }
  }

  func hex(_ v: UInt32) -> String { String(v, radix: 16, uppercase: true) }

  @Test("no placeholder holds a byte a terminal could read as a C1 control")
  func placeholdersHoldNoC1Byte() {
    for v: UInt32 in [0x00, 0x07, 0x1B, 0x7F, 0x9B, 0x202E, 0x200D, 0xFEFF] {
      let p = SafeText.placeholder(for: Unicode.Scalar(v)!)
      #expect(!String(p).utf8.contains { (0x80...0x9F).contains($0) }, "U+\(hex(v))")
    }
  }

  @Test func osc52ClipboardSequenceIsShownNotObeyed() {
    let osc = "\u{1B}]52;c;aGVsbG8=\u{07}"
    let out = SafeText.glyphs(osc, asciiOnly: false)
    #expect(!out.contains { $0.character.unicodeScalars.contains(where: mustNotReachTheTerminal) })
    #expect(out.first?.character == "\u{FFFD}")
    #expect(out.last?.character == "\u{FFFD}")
  }

  @Test func asciiOnlyGivesOneQuestionMarkPerGrapheme() {
    #expect(shown("Ауыл e\u{0301} ok", ascii: true) == "???? ? ok")
    #expect(shown("a\u{1B}b", ascii: true) == "a?b")
  }

  @Test func loneCombiningMarkIsDrawnOnADottedCircle() {
    let g = SafeText.glyphs("\u{0301}", asciiOnly: false)
    #expect(g.count == 1 && g[0].width == 1)
  }
}

@Suite struct TruncationTests {
  let ellipsis = Glyph(character: "…", width: 1)

  func text(_ g: [Glyph]) -> String { String(g.map(\.character)) }

  @Test func cutsWithEllipsisWithoutSplittingGraphemes() {
    let g = SafeText.glyphs("Ұлттық мұра", asciiOnly: false)
    #expect(text(TextFit.truncate(g, to: 20, ellipsis: ellipsis)) == "Ұлттық мұра")
    #expect(text(TextFit.truncate(g, to: 7, ellipsis: ellipsis)) == "Ұлттық…")
    let e = SafeText.glyphs("e\u{0301}e\u{0301}e\u{0301}", asciiOnly: false)
    #expect(text(TextFit.truncate(e, to: 2, ellipsis: ellipsis)) == "e\u{0301}…")
  }

  @Test func aHeadingIsCutAfterAWholeWord() {
    func cut(_ s: String, _ n: Int) -> String {
      text(TextFit.truncateAtWord(SafeText.glyphs(s, asciiOnly: false), to: n, ellipsis: ellipsis))
    }
    let kk = "«AMANAT» партиясының сайлауалды бағдарламасы"
    #expect(cut(kk, 14) == "«AMANAT»…")  // not «AMANAT» парт…
    #expect(cut("Дорожная карта по реализации", 13) == "Дорожная…")
    #expect(cut("Дорожная карта по реализации", 15) == "Дорожная карта…")  // the cut at a space
    #expect(cut("Дорожная карта по реализации", 16) == "Дорожная карта…")  // after the space
    // One long word: cut inside it, as `truncate` cuts.
    #expect(cut("Жаңғыртылатындардың", 6) == "Жаңғы…")
    // Nothing to cut, or no room for a letter: as `truncate`.
    #expect(cut("Ұлттық мұра", 11) == "Ұлттық мұра")
    #expect(cut("Ұлттық мұра", 1) == "…")
    #expect(cut("Ұлттық мұра", 0) == "")
  }

  @Test func wideGraphemeThatDoesNotFitIsDropped() {
    let g = SafeText.glyphs("a中文", asciiOnly: false)
    let cut = TextFit.truncate(g, to: 3, ellipsis: ellipsis)
    #expect(text(cut) == "a…")
    #expect(TextFit.width(cut) <= 3)
    #expect(TextFit.truncate(g, to: 0, ellipsis: ellipsis).isEmpty)
  }

  @Test func wrapsAtSpacesAndBreaksLongWords() {
    let g = SafeText.glyphs("Ауыл аманаты жобасы", asciiOnly: false)
    #expect(TextFit.wrap(g, to: 12).map(text) == ["Ауыл аманаты", "жобасы"])
    #expect(TextFit.wrap(g, to: 11).map(text) == ["Ауыл", "аманаты", "жобасы"])
    let long = SafeText.glyphs(String(repeating: "ә", count: 25), asciiOnly: false)
    #expect(TextFit.wrap(long, to: 10).map { $0.count } == [10, 10, 5])
    #expect(TextFit.wrap(long, to: 0).isEmpty)
  }

  @Test func gridKeepsWideGraphemesWhole() {
    var grid = Grid(width: 3, height: 1)
    grid.draw(SafeText.glyphs("a中文", asciiOnly: false), x: 0, y: 0, clip: grid.bounds, style: .plain)
    #expect(grid.rowText(0) == "a中")
    grid.put(Glyph(character: "x", width: 1), x: 2, y: 0, style: .plain)
    #expect(grid.rowText(0) == "a x")
    #expect(wideCellsAreWhole(grid))
  }
}

@Suite struct FormattingTests {
  @Test func kazakhAndRussianGroupWithAPlainSpaceAndUseADecimalComma() {
    for l in [Language.kk, .ru] {
      #expect(Formatting.count(1710, l) == "1 710")
      #expect(Formatting.number(460_000, l) == "460 000")
      #expect(Formatting.number(5.6, l) == "5,6")
      #expect(Formatting.number(837, l) == "837")
      #expect(!Formatting.count(1710, l).unicodeScalars.contains { $0.value == 0xA0 || $0.value == 0x202F })
    }
  }

  @Test func smallCountsAreWrittenAsTheLocalesFormatterWritesThem() {
    // The counts below a thousand skip the formatter: they must read as it writes them.
    for l in Language.allCases {
      let style = IntegerFormatStyle<Int>.number.locale(Formatting.locale(l))
      for n in [-1000, -5, 0, 1, 7, 42, 999, 1000, 1001, 1710, 12_345] {
        let foundation = n.formatted(style).replacingOccurrences(of: "\u{A0}", with: " ")
          .replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(Formatting.count(n, l) == foundation, "\(n) in \(l)")
      }
    }
  }

  @Test func englishGroupsWithACommaAndUsesADecimalPoint() {
    #expect(Formatting.count(1710, .en) == "1,710")
    #expect(Formatting.number(460_000, .en) == "460,000")
    #expect(Formatting.number(5.6, .en) == "5.6")
  }

  @Test func datesInAllThreeLanguages() {
    let d = Day("2023-11-30")!
    #expect(Formatting.day(d, .kk) == "2023 жылғы 30 қараша")
    #expect(Formatting.day(d, .ru) == "30 ноября 2023 г.")
    #expect(Formatting.day(d, .en) == "30 November 2023")
  }

  @Test func kazakhMonthNames() {
    let months = (1...12).map { Formatting.day(Day(year: 2024, month: $0, day: 1)!, .kk).split(separator: " ")[3] }
    #expect(months == ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
      "қыркүйек", "қазан", "қараша", "желтоқсан"])
  }
}

@Suite struct CatalogueTests {
  @Test func everyMessageExistsInEveryLanguage() {
    for language in Language.allCases {
      let table = Catalogue.table(language)
      let missing = Message.allCases.filter { (table[$0] ?? "").isEmpty }
      #expect(missing.isEmpty, "\(language) lacks \(missing)")
    }
  }

  @Test func placeholdersAgreeAcrossLanguages() {
    for m in Message.allCases {
      let counts = Language.allCases.map { Catalogue.table($0)[m]?.components(separatedBy: "{}").count }
      #expect(Set(counts).count == 1, "\(m)")
    }
  }

  @Test func languagesFromLocaleCodes() {
    #expect(Language(code: "ru_RU.UTF-8") == .ru)
    #expect(Language(code: "kk") == .kk)
    #expect(Language(code: "EN") == .en)
    #expect(Language(code: "de_DE") == nil)
    #expect(Language.kk.next == .ru && Language.ru.next == .en && Language.en.next == .kk)
  }

  @Test func argumentsAreInsertedOnceLeftToRight() {
    #expect(Catalogue.text(.planOfActual, .en, "{}", "14") == "{} / 14")
  }
}

/// The search's lowercasing agrees with Swift's on every letter it maps itself.
struct FastLowercaseTests {
  @Test func cyrillicAndASCIIMatchStringLowercased() {
    var all = ""
    for v in UInt32(0x20)..<0x7F { all.unicodeScalars.append(Unicode.Scalar(v)!) }
    for v in UInt32(0xA0)...0xFF { all.unicodeScalars.append(Unicode.Scalar(v)!) }
    for v in UInt32(0x400)...0x4FF { all.unicodeScalars.append(Unicode.Scalar(v)!) }
    for v in UInt32(0x2010)...0x20BF { all.unicodeScalars.append(Unicode.Scalar(v)!) }
    var fast: [UInt8] = []
    FastLowercase.append(all, to: &fast)
    #expect(String(decoding: fast, as: UTF8.self) == all.lowercased())
    var kazakh: [UInt8] = []
    FastLowercase.append("ӘҒҚҢӨҰҮҺІ «ҰЛТТЫҚ МҰРА»", to: &kazakh)
    #expect(String(decoding: kazakh, as: UTF8.self) == "әғқңөұүһі «ұлттық мұра»")
    var other: [UInt8] = []
    FastLowercase.append("ÉCOLE Ωμέγα", to: &other)
    #expect(String(decoding: other, as: UTF8.self) == "école ωμέγα")
  }
}

/// The search's folding: every letter, by a table written by hand.
struct SearchFoldTests {
  /// The Kazakh letters and ё, upper and lower case, and what each is searched as.
  static let folds: [(String, String)] = [
    ("ә", "а"), ("Ә", "а"), ("ғ", "г"), ("Ғ", "г"), ("қ", "к"), ("Қ", "к"), ("ң", "н"), ("Ң", "н"),
    ("ө", "о"), ("Ө", "о"), ("ұ", "у"), ("Ұ", "у"), ("ү", "у"), ("Ү", "у"), ("һ", "х"), ("Һ", "х"),
    ("і", "и"), ("І", "и"), ("ё", "е"), ("Ё", "е"),
  ]

  func folded(_ s: String) -> String {
    var out: [UInt8] = []
    FastLowercase.append(s, to: &out, folding: true)
    return String(decoding: out, as: UTF8.self)
  }

  @Test func eachLetterFoldsToTheRussianKeyboards() {
    for (letter, plain) in Self.folds { #expect(folded(letter) == plain, "\(letter)") }
    #expect(folded("ҚҰРЫЛЫС") == "курылыс")
    #expect(folded("Молодёжная") == "молодежная")
    #expect(folded("«Ұлттық мұра» — 2023") == "«улттык мура» — 2023")
    // Letters that are the same on both keyboards, and other scripts, stay.
    #expect(folded("абвгдежзийклмнопрстуфхцчшщъыьэюя") == "абвгдежзийклмнопрстуфхцчшщъыьэюя")
    #expect(folded("ÉCOLE") == "école")
  }

  @Test func theSlowPathFoldsTheSame() {
    // A letter outside the byte-by-byte table (Ω) sends the whole text to lowercased().
    #expect(folded("Ω ҚҰРЫЛЫС Ё") == "ω курылыс е")
  }

  @Test func withoutFoldingTheLettersStay() {
    var out: [UInt8] = []
    FastLowercase.append("ҚҰРЫЛЫС Ё", to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "құрылыс ё")
  }
}

