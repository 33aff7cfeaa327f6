import RoadmapKit
import Testing

@testable import RoadmapUI

/// Dates in words: every month in every use and language, against tables written by hand
/// from each language's grammar (not produced by the code under test).
@Suite struct DayWordsTests {
  /// Kazakh months: nominative, ablative (-дан: since), dative (-ға: until), locative
  /// (-да), locative-attributive (-дағы: as of, of an event). By hand: vowel harmony from
  /// the last vowel, the ending's consonant from the last sound (қыркүйек ends voiceless:
  /// -тен, -ке, -те; желтоқсан, ақпан, қазан, маусым end in a nasal: -нан in the ablative).
  static let kazakh: [(String, String, String, String, String)] = [
    ("қаңтар", "қаңтардан", "қаңтарға", "қаңтарда", "қаңтардағы"),
    ("ақпан", "ақпаннан", "ақпанға", "ақпанда", "ақпандағы"),
    ("наурыз", "наурыздан", "наурызға", "наурызда", "наурыздағы"),
    ("сәуір", "сәуірден", "сәуірге", "сәуірде", "сәуірдегі"),
    ("мамыр", "мамырдан", "мамырға", "мамырда", "мамырдағы"),
    ("маусым", "маусымнан", "маусымға", "маусымда", "маусымдағы"),
    ("шілде", "шілдеден", "шілдеге", "шілдеде", "шілдедегі"),
    ("тамыз", "тамыздан", "тамызға", "тамызда", "тамыздағы"),
    ("қыркүйек", "қыркүйектен", "қыркүйекке", "қыркүйекте", "қыркүйектегі"),
    ("қазан", "қазаннан", "қазанға", "қазанда", "қазандағы"),
    ("қараша", "қарашадан", "қарашаға", "қарашада", "қарашадағы"),
    ("желтоқсан", "желтоқсаннан", "желтоқсанға", "желтоқсанда", "желтоқсандағы"),
  ]

  /// Russian months in the genitive, as a date says them.
  static let russian = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря",
  ]

  static let english = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  @Test("every month in every use, in Kazakh", arguments: 1...12)
  func kazakhMonth(_ month: Int) {
    let (nominative, ablative, dative, _, attributive) = Self.kazakh[month - 1]
    let d = Day(year: 2023, month: month, day: 1)!
    #expect(Formatting.day(d, .kk) == "2023 жылғы 1 \(nominative)")
    #expect(Formatting.day(d, .kk, .asOf) == "2023 жылғы 1 \(attributive) жағдай бойынша")
    #expect(Formatting.day(d, .kk, .since) == "2023 жылғы 1 \(ablative) бастап")
    #expect(Formatting.day(d, .kk, .until) == "2023 жылғы 1 \(dative) дейін")
    #expect(Formatting.day(d, .kk, .comparedWith) == "2023 жылғы 1 \(attributive) нұсқамен салыстырғанда")
    #expect(Formatting.day(d, .kk, .event) == "2023 жылғы 1 \(attributive)")
    // A column keeps CLDR's own form, the year abbreviated.
    #expect(Formatting.day(d, .kk, .column) == "2023 ж. 1 \(nominative)")
  }

  @Test("every month in every use, in Russian", arguments: 1...12)
  func russianMonth(_ month: Int) {
    let m = Self.russian[month - 1]
    let d = Day(year: 2023, month: month, day: 30 - (month == 2 ? 2 : 0))!
    let day = d.day
    #expect(Formatting.day(d, .ru) == "\(day) \(m) 2023 г.")
    #expect(Formatting.day(d, .ru, .column) == "\(day) \(m) 2023 г.")
    #expect(Formatting.day(d, .ru, .asOf) == "по состоянию на \(day) \(m) 2023 г.")
    #expect(Formatting.day(d, .ru, .since) == "с \(day) \(m) 2023 г.")
    #expect(Formatting.day(d, .ru, .until) == "до \(day) \(m) 2023 г.")
    #expect(Formatting.day(d, .ru, .comparedWith) == "по сравнению с версией на \(day) \(m) 2023 г.")
    #expect(Formatting.day(d, .ru, .event) == "\(day) \(m) 2023 г.")
  }

  @Test("every month in every use, in English", arguments: 1...12)
  func englishMonth(_ month: Int) {
    let m = Self.english[month - 1]
    let d = Day(year: 2024, month: month, day: 9)!
    #expect(Formatting.day(d, .en) == "9 \(m) 2024")
    #expect(Formatting.day(d, .en, .column) == "9 \(m) 2024")
    #expect(Formatting.day(d, .en, .asOf) == "as of 9 \(m) 2024")
    #expect(Formatting.day(d, .en, .since) == "since 9 \(m) 2024")
    #expect(Formatting.day(d, .en, .until) == "by 9 \(m) 2024")
    #expect(Formatting.day(d, .en, .comparedWith) == "compared with the copy as of 9 \(m) 2024")
    #expect(Formatting.day(d, .en, .event) == "9 \(m) 2024")
  }

  @Test func theBriefsExamples() {
    let d30 = Day("2023-11-30")!, d1 = Day("2023-11-01")!, d31 = Day("2023-12-31")!
    #expect(Formatting.day(d30, .kk, .asOf) == "2023 жылғы 30 қарашадағы жағдай бойынша")
    #expect(Formatting.day(d1, .kk, .since) == "2023 жылғы 1 қарашадан бастап")
    #expect(Formatting.day(d31, .kk, .until) == "2023 жылғы 31 желтоқсанға дейін")
    #expect(Formatting.day(d30, .ru, .asOf) == "по состоянию на 30 ноября 2023 г.")
    #expect(Formatting.day(d1, .ru, .since) == "с 1 ноября 2023 г.")
    #expect(Formatting.day(d31, .ru, .until) == "до 31 декабря 2023 г.")
    #expect(Formatting.day(d30, .en, .asOf) == "as of 30 November 2023")
  }

  @Test func russianSinceTheSecondIsSo() {
    // «со второго»: с before the cluster вт- is со; every other day keeps с.
    #expect(Formatting.day(Day("2024-05-02")!, .ru, .since) == "со 2 мая 2024 г.")
    #expect(Formatting.day(Day("2024-05-12")!, .ru, .since) == "с 12 мая 2024 г.")
    #expect(Formatting.day(Day("2024-05-20")!, .ru, .since) == "с 20 мая 2024 г.")
    #expect(Formatting.day(Day("2024-05-22")!, .ru, .since) == "с 22 мая 2024 г.")
    #expect(Formatting.day(Day("2024-05-07")!, .ru, .since) == "с 7 мая 2024 г.")
  }

  @Test func theRuleHoldsForWordsBeyondTheMonths() {
    // By hand: back and front vowels; a voiceless end (сабақ, мектеп, and б said so: клуб),
    // a nasal (дүкен), a vowel (қала), a sonorant (көл, үй).
    let words: [(String, String, String, String, String)] = [
      ("жыл", "жылдан", "жылға", "жылда", "жылдағы"),
      ("мектеп", "мектептен", "мектепке", "мектепте", "мектептегі"),
      ("сабақ", "сабақтан", "сабаққа", "сабақта", "сабақтағы"),
      ("қала", "қаладан", "қалаға", "қалада", "қаладағы"),
      ("көл", "көлден", "көлге", "көлде", "көлдегі"),
      ("үй", "үйден", "үйге", "үйде", "үйдегі"),
      ("кітап", "кітаптан", "кітапқа", "кітапта", "кітаптағы"),
      ("дүкен", "дүкеннен", "дүкенге", "дүкенде", "дүкендегі"),
      ("әкімдік", "әкімдіктен", "әкімдікке", "әкімдікте", "әкімдіктегі"),
      ("клуб", "клубтан", "клубқа", "клубта", "клубтағы"),
    ]
    for (w, abl, dat, loc, attr) in words {
      #expect(KazakhGrammar.decline(w, .nominative) == w)
      #expect(KazakhGrammar.decline(w, .ablative) == abl, "\(w)")
      #expect(KazakhGrammar.decline(w, .dative) == dat, "\(w)")
      #expect(KazakhGrammar.decline(w, .locative) == loc, "\(w)")
      #expect(KazakhGrammar.decline(w, .locativeAttributive) == attr, "\(w)")
    }
  }

  @Test func theMonthsComeFromCLDRAndTheLocativeFromTheRule() {
    #expect(Formatting.kazakhMonths == Self.kazakh.map(\.0))
    for (n, l, _, loc, _) in Self.kazakh { #expect(KazakhGrammar.decline(n, .locative) == loc, "\(l)") }
  }

  @Test func theSentencesThatCarryADate() {
    let m = Meeting(id: "m", date: Day("2024-09-05")!)
    #expect(m.heading(.kk) == "2024 жылғы 5 қыркүйектегі фракция отырысы")
    #expect(m.heading(.ru) == "Заседание фракции 5 сентября 2024 г.")
    #expect(m.heading(.en) == "Faction meeting of 5 September 2024")
    #expect(ChangeSummary.Baseline.meeting(m).words(.kk) == "2024 жылғы 5 қыркүйектегі отырыстан бері")
    #expect(ChangeSummary.Baseline.meeting(m).words(.ru) == "с заседания 5 сентября 2024 г.")
    #expect(ChangeSummary.Baseline.since(Day("2024-04-01")!).words(.kk) == "2024 жылғы 1 сәуірден бастап")
    #expect(ChangeSummary.Baseline.since(Day("2024-04-01")!).words(.ru) == "с 1 апреля 2024 г.")
    #expect(ChangeSummary.Baseline.since(Day("2024-04-01")!).words(.en) == "since 1 April 2024")
    let copy = ChangeSummary.Baseline.copy(asOf: Day("2023-06-30")!)
    #expect(copy.words(.kk) == "2023 жылғы 30 маусымдағы нұсқамен салыстырғанда")
    #expect(copy.words(.ru) == "по сравнению с версией на 30 июня 2023 г.")
    #expect(copy.words(.en) == "compared with the copy as of 30 June 2023")
    #expect(m.items(.kk).first?.value == "2024 жылғы 5 қыркүйек")
    let carry = Catalogue.text(.carryOver, .kk, Formatting.day(Day("2024-12-31")!, .kk, .until))
    #expect(carry == "келесі жылға ауыстыру: 2024 жылғы 31 желтоқсанға дейін")
  }

  @Test func aColumnHoldsTheWidestDateOfItsLanguage() {
    // By hand: «2000 ж. 28 желтоқсан» is 20 wide, «28 сентября 2000 г.» 19, "28 September
    // 2000" 17.
    #expect(Formatting.widestDay(.kk, .column) == 20)
    #expect(Formatting.widestDay(.ru, .column) == 19)
    #expect(Formatting.widestDay(.en, .column) == 17)
  }

  @Test func noDateIsBuiltOutsideTheOnePlace() throws {
    // Every date in words comes from `Formatting.day`: nothing else names a month. The
    // import's reader of due dates is the one exception: it reads months (in every case
    // ending, folded), it never writes one.
    let exempt = ["Texts/DayWords.swift", "RoadmapImport/DueDates.swift"]
    for file in try sourceFiles() where !exempt.contains(where: file.path.hasSuffix) {
      for month in Self.russian + Self.english + Self.kazakh.map(\.0) where file.text.contains("\"\(month)") {
        Issue.record("\(file.path) spells the month \(month)")
      }
    }
  }
}
