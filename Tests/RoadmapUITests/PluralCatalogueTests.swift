import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Messages that count something, in the form the count takes: Russian one / few / many,
/// English one / other, Kazakh one form. Expectations written by hand from the grammar.
@Suite struct PluralCatalogueTests {
  @Test func russianCountsAgreeWithTheirNoun() {
    func title(_ n: Int) -> String { Catalogue.counted(.carryOverTitle, n, .ru) }
    #expect(title(1) == "Перенос на следующий год: 1 мероприятие")
    #expect(title(2) == "Перенос на следующий год: 2 мероприятия")
    #expect(title(5) == "Перенос на следующий год: 5 мероприятий")
    #expect(title(11) == "Перенос на следующий год: 11 мероприятий")
    #expect(title(21) == "Перенос на следующий год: 21 мероприятие")
    #expect(title(22) == "Перенос на следующий год: 22 мероприятия")
    #expect(title(1710) == "Перенос на следующий год: 1 710 мероприятий")
    // After «у» the noun is in the genitive: у 1 мероприятия, у 2 / 5 мероприятий.
    #expect(Catalogue.counted(.statusSetFor, 1, .ru) == "статус изменён у 1 мероприятия")
    #expect(Catalogue.counted(.statusSetFor, 2, .ru) == "статус изменён у 2 мероприятий")
    #expect(Catalogue.counted(.statusSetFor, 21, .ru) == "статус изменён у 21 мероприятия")
    #expect(Catalogue.counted(.undone, 1, .ru) == "отменено 1 изменение")
    #expect(Catalogue.counted(.undone, 3, .ru) == "отменены 3 изменения")
    #expect(Catalogue.counted(.undone, 12, .ru) == "отменено 12 изменений")
    #expect(Catalogue.counted(.bulkStatusQuestion, 4, .ru, "исполнено")
      == "Отмечено 4 мероприятия; их статус станет «исполнено». Подтвердить?")
    #expect(Catalogue.counted(.promptForMany, 31, .ru, "Срок: ") == "Срок:  (31 мероприятие)")
  }

  @Test func englishCountsAgreeWithTheirNoun() {
    #expect(Catalogue.counted(.statusSetFor, 1, .en) == "status set for 1 activity")
    #expect(Catalogue.counted(.statusSetFor, 2, .en) == "status set for 2 activities")
    #expect(Catalogue.counted(.statusSetFor, 0, .en) == "status set for 0 activities")
    #expect(Catalogue.counted(.undone, 1, .en) == "undone: 1 change")
    #expect(Catalogue.counted(.undone, 21, .en) == "undone: 21 changes")
    #expect(Catalogue.counted(.quitQuestion, 1, .en) == "1 change is not on disk. Quit?")
    #expect(Catalogue.counted(.quitQuestion, 2, .en) == "2 changes are not on disk. Quit?")
    #expect(Catalogue.counted(.carryOverDone, 1_000, .en) == "1,000 activities carried over to next year")
  }

  @Test func kazakhKeepsOneFormAfterEveryNumber() {
    for n in [1, 2, 5, 11, 21] {
      #expect(Catalogue.counted(.carryOverTitle, n, .kk) == "Келесі жылға ауыстыру: \(n) іс-шара")
    }
    #expect(Catalogue.counted(.remainingCount, 7, .kk) == "7 қалды")
    #expect(Catalogue.counted(.undone, 2, .kk) == "кері қайтарылды: 2 өзгеріс")
  }

  @Test func formsAreCompleteAndPlaceholdersAgree() {
    for m in Message.allCases {
      let entries = Language.allCases.map { Catalogue.entries($0)[m] }
      let counted = entries.map { $0?.isCounted ?? false }
      #expect(Set(counted).count == 1, "\(m): {n} in some languages only")
      for (language, entry) in zip(Language.allCases, entries) {
        guard let entry else { continue }
        if case .forms(let f) = entry {
          // The categories each language's rule gives to whole counts.
          let needed: Set<PluralCategory> = language == .ru ? [.one, .few, .many] : language == .en ? [.one, .other] : []
          #expect(Set(f.keys) == needed, "\(m) in \(language): \(f.keys)")
          #expect(entry.isCounted, "\(m) in \(language): forms without {n}")
        }
        for t in entry.templates {
          #expect(t.components(separatedBy: "{n}").count == (counted[0] ? 2 : 1), "\(m) in \(language): \(t)")
        }
        let args = Set(entry.templates.map { $0.components(separatedBy: "{}").count })
        let english = Set(Catalogue.english[m]?.templates.map { $0.components(separatedBy: "{}").count } ?? [])
        #expect(args == english, "\(m) in \(language): {} differ")
      }
    }
  }

  @Test func aNoticeWithACountIsWordedInTheLanguageShown() {
    let n = Notice(.statusSetFor, count: 22)
    #expect(n.text(.ru) == "статус изменён у 22 мероприятий")
    #expect(n.text(.en) == "status set for 22 activities")
    #expect(n.text(.kk) == "22 іс-шараның мәртебесі өзгерді")
  }

  /// Calls of the catalogue in the sources: `word(`, `Catalogue.text(`, `Catalogue.format(`
  /// and `Notice(`, each with its whole argument text.
  static func catalogueCalls() throws -> [(path: String, call: String, message: String, arguments: String)] {
    var out: [(String, String, String, String)] = []
    for file in try sourceFiles() where !file.path.contains("Texts/") {
      let text = Array(file.text)
      for name in ["word(", "Catalogue.text(", "Catalogue.format(", "Notice("] {
        var from = file.text.startIndex
        while let r = file.text.range(of: name, range: from..<file.text.endIndex) {
          from = r.upperBound
          // Not a declaration, not a longer name (`counted(`, `heading(`).
          let before = file.text[file.text.startIndex..<r.lowerBound]
          if before.hasSuffix("func ") || before.last.map({ $0.isLetter || $0.isNumber }) == true { continue }
          var depth = 1
          var k = file.text.distance(from: file.text.startIndex, to: r.upperBound)
          let start = k
          while k < text.count, depth > 0 {
            if text[k] == "(" { depth += 1 } else if text[k] == ")" { depth -= 1 }
            k += 1
          }
          let args = String(text[start..<max(start, k - 1)]).trimmingCharacters(in: .whitespacesAndNewlines)
          guard args.hasPrefix(".") else { continue }
          let message = String(args.dropFirst().prefix { $0.isLetter || $0.isNumber })
          out.append((file.path, name, message, args))
        }
      }
    }
    return out
  }

  @Test func noMessageWithACountIsBuiltWithoutThePluralRule() throws {
    let counted = Set(Message.allCases.filter { Catalogue.kazakh[$0]?.isCounted == true }.map(\.rawValue))
    #expect(counted.isSuperset(of: ["statusSetFor", "carryOverTitle", "undone", "remainingCount", "totalCount"]))
    // Figures that count no thing: a percentage, plan and actual, the slide number, a size.
    let figures: Set<String> = ["percent", "planOfActual", "slideCounter", "tooSmall"]
    let calls = try Self.catalogueCalls()
    #expect(calls.count > 100, "the calls were found")
    for c in calls {
      if counted.contains(c.message) {
        #expect(c.call == "Notice(" && c.arguments.contains("count:"),
          "\(c.path): \(c.call)\(c.arguments)) counts without `counted`")
      }
      let number = c.arguments.range(of: #"(?<![\w.])(Formatting\.)?count\(|\bc\.count\(|(?<![\w.])n\("#,
        options: .regularExpression)
      if number != nil, !figures.contains(c.message) {
        Issue.record("\(c.path): \(c.call)\(c.arguments)) puts a count in a message that has no plural forms")
      }
    }
  }
}

/// Units from the file agree with the figure they follow, on every screen.
@Suite struct UnitFormTests {
  func gauge(_ id: String, _ language: Language) throws -> String {
    let roadmap = try regionRoadmap().roadmap
    let indicator = try #require(roadmap.allIndicators.first { $0.id == id })
    var grid = Grid(width: 60, height: 1)
    Painter(theme: Theme(asciiOnly: false, colors: false), language: language)
      .gauge(indicator, in: Rect(x: 0, y: 0, width: 60, height: 1), into: &grid)
    return grid.rowText(0)
  }

  @Test func theRegionsUnitsInRussianAndEnglish() throws {
    // By hand: 2 амбулатории, 4 ФАП (the same in every form), 82 мероприятия, 837
    // кредитов, 26 площадок; with a plan, the unit goes with the plan: 7 / 14 школ.
    #expect(try gauge("d1.health.clinics", .ru).hasSuffix("2 амбулатории"))
    #expect(try gauge("d1.health.fap", .ru).hasSuffix("4 ФАП"))
    #expect(try gauge("d3.heritage.events", .ru).hasSuffix("82 мероприятия"))
    #expect(try gauge("d2.auyl_amanaty.loans", .ru).hasSuffix("837 кредитов"))
    #expect(try gauge("d3.sport.grounds", .ru).hasSuffix("26 площадок"))
    #expect(try gauge("d1.schools.commissioned", .ru).contains("7 / 14 школ"))
    #expect(try gauge("d1.health.facilities", .ru).contains("6 / 12 объектов"))
    #expect(try gauge("d1.health.clinics", .en).hasSuffix("2 clinics"))
    #expect(try gauge("d1.health.fap", .en).hasSuffix("4 FAPs"))
    #expect(try gauge("d1.health.clinics", .kk).hasSuffix("2 амбулатория"))
  }

  @Test func aFigureShownWithADecimalTakesTheFormOfFractions() throws {
    let forms = PluralText(translations: [
      .init(language: "ru", value: .forms([.init(.one, "амбулатория"), .init(.few, "амбулатории"), .init(.many, "амбулаторий")])),
      .init(language: "en", value: .forms([.init(.one, "clinic"), .init(.other, "clinics")])),
    ])
    #expect(Formatting.figure(1, forms, .ru) == "1 амбулатория")
    #expect(Formatting.figure(21, forms, .ru) == "21 амбулатория")
    #expect(Formatting.figure(5, forms, .ru) == "5 амбулаторий")
    #expect(Formatting.figure(1.5, forms, .ru) == "1,5 амбулатории")
    // Shown as "1": the form of 1.
    #expect(Formatting.figure(1.04, forms, .ru) == "1 амбулатория")
    #expect(Formatting.figure(1, forms, .en) == "1 clinic")
    #expect(Formatting.figure(1.5, forms, .en) == "1.5 clinics")
    #expect(Formatting.figure(1_000_000, forms, .en) == "1,000,000 clinics")
  }
}

/// The command line's help catalogue: every text in every language, Kazakh and Russian
/// their own words.
@Suite struct HelpCatalogueTests {
  @Test func everyHelpTextInEveryLanguage() {
    for language in Language.allCases {
      let table = Catalogue.helpTable(language)
      for key in HelpText.allCases {
        #expect(!(table[key] ?? "").isEmpty, "\(key) has no \(language) text")
      }
    }
    for key in HelpText.allCases {
      let en = Catalogue.help(key, .en)
      #expect(Catalogue.help(key, .kk) != en, "\(key): the Kazakh help is the English one")
      #expect(Catalogue.help(key, .ru) != en, "\(key): the Russian help is the English one")
    }
  }
}
