import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Issue 12, every screen whole at 80×24: the agency's full name, the form's fields from
/// their start, dates kept whole on slides, Esc taking a form's refusal with it, an empty
/// filter result said in words, the national columns steady under the sort mark, and one
/// way to write a signed change on the screen and in the report.
@Suite struct ScreensWholeTests {
  /// The rows of a grid, trailing spaces trimmed.
  static func rows(_ g: Grid) -> [String] {
    (0..<g.height).map { y in
      var row = g.rowText(y)
      while row.last == " " { row.removeLast() }
      return row
    }
  }

  @Test func theAgencyScreenNamesTheAgencyWholeOverLinesAt80Columns() throws {
    var d = try regionDashboard(width: 80, height: 24, language: .en)
    d.press(.character("a"), .down, .enter)
    let full = "Department of Natural Resources and Environmental Management, West Kazakhstan Region"
    let rows = Self.rows(d.grid())
    // Wrapped between words below the breadcrumb, which names it by what tells it apart.
    #expect(rows[2] == "Department of Natural Resources and Environmental Management, West Kazakhstan")
    #expect(rows[3] == "Region")
    #expect(rows[2] + " " + rows[3] == full)
    // The list moves down by the name's lines, and the mouse and paging with it.
    #expect(rows[6] == "Activities")
    #expect(Layout.list(d.state).y == 7)
    #expect(rows[7].hasPrefix("◐ Build a municipal solid waste sorting"), "\(rows[7])")
  }

  @Test(arguments: [Language.kk, .ru])
  func theAgencyScreenKeepsKazakhAndRussianNamesWhole(_ language: Language) throws {
    var d = try regionDashboard(width: 80, height: 24, language: language)
    d.press(.character("a"), .down, .enter)
    guard case .agency(let a) = d.state.current.screen else { Issue.record("no agency screen"); return }
    let name = try #require(a.owner?.resolved(language.rawValue))
    let rows = Self.rows(d.grid())
    let shown = rows[2...].prefix { !$0.isEmpty && !$0.hasPrefix("█") }.joined(separator: " ")
    #expect(shown == name, "\(rows)")
  }

  @Test func aFieldNotBeingEditedShowsItsStartNotItsEnd() throws {
    var d = try regionDashboard(width: 80, height: 24, language: .kk)
    // d4.waste.01: a title longer than the form's boxes in Kazakh and Russian.
    d.press(.character("4"), .enter, .enter, .character("t"))
    let rows = Self.rows(d.grid())
    let ru = try #require(rows.first { $0.contains("ru орысша") })
    #expect(ru.contains("ru орысша    Строительство комплекса по сортировке"), "\(ru)")
    #expect(ru.contains("…"), "cut with an ellipsis: \(ru)")
    // The field being edited shows its cursor at the end and as much before it as fits.
    let kk = try #require(rows.first { $0.contains("kk қазақша") })
    #expect(kk.contains("кешенін салу"), "\(kk)")
  }

  @Test func theLineEditorDrawsAFieldWithoutCursorFromItsStart() {
    let editor = LineEditor("Бөкей ордасы және Жаңақала аудандарында")
    var g = Grid(width: 12, height: 1)
    editor.draw(in: Rect(x: 0, y: 0, width: 12, height: 1), theme: Theme(asciiOnly: false, colors: true), showsCursor: false, into: &g)
    #expect(g.rowText(0) == "Бөкей ордас…")
    var h = Grid(width: 12, height: 1)
    editor.draw(in: Rect(x: 0, y: 0, width: 12, height: 1), theme: Theme(asciiOnly: false, colors: true), into: &h)
    #expect(h.rowText(0) == "удандарында ", "the cursor at the end, in view")
  }

  @Test func aSlideNeverBreaksADate() {
    let text = SafeText.glyphs("Changes since 1 December 2023", asciiOnly: false)
    func lines(_ keep: Bool) -> [String] {
      TextFit.wrap(text, to: 26, figuresWithWords: keep).map { String($0.map(\.character)) }
    }
    #expect(lines(false) == ["Changes since 1 December", "2023"])
    #expect(lines(true) == ["Changes since", "1 December 2023"])
    // A word before a figure stays free to break when no figure comes before the word.
    let title = SafeText.glyphs("«AMANAT» партиясының 2023–2027 жылдарға", asciiOnly: false)
    #expect(TextFit.wrap(title, to: 30, figuresWithWords: true).map { String($0.map(\.character)) }
      == ["«AMANAT» партиясының", "2023–2027 жылдарға"])
  }

  @Test(arguments: [Language.kk, .ru, .en], [(40, 12), (80, 24), (120, 40)])
  func theChangesSlidesBaselineKeepsItsDateWhole(_ language: Language, _ size: (Int, Int)) throws {
    let day = Day("2023-12-01")!
    var p = try regionPresentation(width: size.0, height: size.1, language: language, baseline: .history([], since: day))
    try #require(p.slides.contains(.changes))
    p.press(.end)
    for _ in 0..<p.slides.count where p.current != .changes { p.press(.left) }
    try #require(p.current == .changes)
    let words = Formatting.capitalized(ChangeSummary.Baseline.since(day).words(language))
    let text = Self.rows(p.grid()).joined(separator: "\n")
    // On one line, or on two with no line ending inside the date.
    let date = Formatting.day(day, language, .column).split(separator: " ")
    for (a, b) in zip(date, date.dropFirst()) {
      #expect(!text.contains("\(a)\n\(b)"), "\(text)")
    }
    #expect(text.contains(words) || size.0 < 60, "\(words)\n\(text)")
  }

  @Test func escClearsTheMeetingFormsDateError() throws {
    var d = try regionDashboard(width: 80, height: 24, language: .en)
    d.press(.character("M"), .home)
    d.type("x")
    d.press(.enter)
    let refusal = try #require(d.state.edit.notice)
    #expect(refusal.kind == .warning)
    let words = Catalogue.format(refusal.message, .en, refusal.arguments)
    d.press(.escape)
    #expect(d.state.edit.prompt == nil)
    #expect(d.state.edit.notice == nil)
    #expect(!d.text.contains(words), "\(d.text)")
  }

  @Test func escClearsTheDueDateEditorsError() throws {
    var d = try regionDashboard(width: 80, height: 24, language: .en)
    d.press(.character("1"), .enter, .down, .character("D"), .control("a"))
    d.type("31.31.")
    d.press(.enter)
    #expect(d.state.edit.notice?.kind == .warning)
    d.press(.escape)
    #expect(d.state.edit.notice == nil)
  }

  @Test(arguments: [
    (Language.kk, "Сүзгіге сәйкес келетін іс-шара жоқ", "f мәртебе сүзгісі"),
    (.ru, "Нет мероприятий, подходящих под фильтр", "f фильтр по статусу"),
    (.en, "No activities match the filter", "f filter by status"),
  ])
  func anEmptyFilterResultSaysSoAndDrawsNoZeroBar(_ language: Language, _ words: String, _ key: String) throws {
    var d = try regionDashboard(width: 80, height: 24, language: language)
    // Done and overdue: nothing can be both.
    d.press(.character("f"), .character("!"))
    let rows = Self.rows(d.grid())
    #expect(rows[2] == words, "\(rows)")
    #expect(rows.contains("  " + key))
    #expect(rows.contains { $0.hasPrefix("  !") })
    // No bar, no «0 %» and no pane of zeros.
    #expect(!rows.contains { $0.contains("░") || $0.contains("0%") || $0.contains("0 %") }, "\(rows)")
    // A project's list says so too, under no bar of its own.
    d.press(.character("1"), .enter)
    let project = Self.rows(d.grid())
    #expect(project.contains(words), "\(project)")
    #expect(!project.contains { $0.contains("░") || $0.contains("(0%)") || $0.contains("(0 %)") }, "\(project)")
  }

  @Test func aListWithoutAFilterIsStillJustEmpty() throws {
    var d = try regionDashboard(width: 80, height: 24, language: .en)
    d.press(.character("!"))
    #expect(!d.text.contains("No activities match the filter"))
  }

  @Test func theNationalReportSignsTheChangeAsTheScreenDoes() throws {
    let dir = try NationalFixture.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let files = RegionFolder.load(RegionFolder.roadmapFiles(in: dir))
    let report = NationalReport(files, language: .en)
    let ranking = try #require(report.table("ranking"))
    let row = try #require(ranking.rows.first { $0.contains(.text("akmola.json")) })
    #expect(row[9] == .number(2, "+2"))
    var s = NationalState(options: NationalOptions(language: .en))
    _ = s.update(.files(files))
    let akmola = try #require(s.rows.first { $0.file == "akmola.json" })
    #expect(NationalLayout.value(.sinceMeeting, akmola, s) == "+2")
    #expect(NationalMarkdown.render(report).contains("| +2 |") || NationalMarkdown.render(report).contains("\\+2"))
    #expect(NationalHTML.render(report).contains("<td class=\"num\">+2</td>"))
    // CSV keeps the number a spreadsheet computes with.
    let csv = ReportCSV.table(ranking, delimiter: .comma)
    #expect(csv.contains("akmola.json,29,16,6,51,57,4,2\n") || csv.contains("akmola.json,29,16,6,51,57,4,2\r\n"), "\(csv)")
    #expect(!csv.contains("+2"))
  }
}
