import Foundation
import RoadmapKit
import RoadmapUI
import Testing

@testable import RoadmapSpreadsheet

/// `export --format xlsx`'s workbook, read back by openpyxl and checked against the
/// roadmap read as plain JSON.
@Suite struct XLSXExportTests {
  /// The headings of each language, as the glossary words them.
  static let headings: [Language: [String]] = [
    .kk: ["Коды", "Бағыт", "Жоба", "Атауы", "Мәртебесі", "Жауапты орган", "Мерзімі", "Мерзімі өткен", "Ескертпе"],
    .ru: ["Код", "Направление", "Проект", "Название", "Статус", "Ответственный исполнитель", "Срок", "Просрочено",
      "Примечание"],
    .en: ["ID", "Direction", "Project", "Title", "Status", "Responsible agency", "Due date", "Overdue", "Note"],
  ]
  /// The status words of each language, by the file's code.
  static let statuses: [Language: [String: String]] = [
    .kk: ["done": "орындалды", "in_progress": "орындалуда", "pending": "басталмаған"],
    .ru: ["done": "исполнено", "in_progress": "исполняется", "pending": "не начато"],
    .en: ["done": "done", "in_progress": "in progress", "pending": "not started"],
  ]
  static let sheetNames: [Language: String] = [.kk: "Іс-шаралар", .ru: "Мероприятия", .en: "Activities"]

  static func workbook(_ roadmap: Roadmap, _ language: Language) throws -> ReadBack {
    try ReadBack.read(XLSXFile.bytes(Sheets.export(ExportTable(roadmap, language: language)), language: language))
  }

  @Test(arguments: Language.allCases)
  func everyActivityWithItsTypesInTheLanguage(_ language: Language) throws {
    let roadmap = try RoadmapLoader.load(path: packageRoot.appendingPathComponent("data/roadmap.json").path).roadmap
    let book = try Self.workbook(roadmap, language)
    let activities = try regionActivities()
    try #require(book.sheets.count == 1)
    let s = book.sheets[0]
    #expect(s.name == Self.sheetNames[language])
    #expect(s.rows[0] == Self.headings[language]!.map { ReadBack.Cell("s", $0) })
    #expect(s.bold[0].allSatisfy { $0 } && !s.bold[1].contains(true))
    #expect(s.freeze == "A2")
    #expect(s.filter == "A1:I\(activities.count + 1)")
    try #require(s.rows.count == activities.count + 1)
    let dateFormat = language == .en ? "yyyy-mm-dd" : "dd.mm.yyyy"
    for (k, a) in activities.enumerated() {
      let row = s.rows[k + 1]
      #expect(row[0] == ReadBack.Cell("s", a["id"] as! String))
      #expect(row[4] == ReadBack.Cell("s", Self.statuses[language]![a["status"] as! String]!))
      if let due = a["due"] as? String {
        #expect(row[6] == ReadBack.Cell("d", due), "\(a["id"]!)")
        #expect(s.formats[k + 1][6] == dateFormat)
      } else {
        #expect(row[6].type == "e")
      }
    }
    // Overdue is yes or no in words; the sample counts 11 overdue on its as-of day.
    let yes = Catalogue.text(.yes, language)
    let overdue = activities.filter { a in
      (a["status"] as? String) != "done" && ((a["due"] as? String).map { $0 < "2023-11-30" } ?? false)
    }
    #expect(s.rows.dropFirst().filter { $0[7] == ReadBack.Cell("s", yes) }.count == overdue.count)
    // Columns fit the text: the title column is as wide as the longest title, up to 80.
    let longest = s.rows.dropFirst().map { DisplayWidth.of($0[3].value) }.max()!
    #expect(s.widths["D"]! >= Double(min(longest, 79)))
  }

  @Test func hostileTitlesStayStringsAndNeverFormulas() throws {
    let hostile = [
      #"=HYPERLINK("http://x","y")"#, "+1+1", "-5", "@SUM(A1:A9)", "=1+1", "\t=cmd", "a\u{0}b", "'quoted",
    ]
    let json = """
      {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
       "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30",
       "directions": [{"id": "=d", "title": "=D()", "projects": [{"id": "p", "title": "@P", "activities": [
       \(hostile.enumerated().map { k, t in
         "{\"id\": \"=a\(k)\", \"title\": \(JSONWriter.canonicalString(.string(t))), \"status\": \"done\", \"note\": \"=N()\"}"
       }.joined(separator: ",\n"))]}]}]}
      """
    let roadmap = try RoadmapLoader.decode(Array(json.utf8)).roadmap
    let s = try Self.workbook(roadmap, .en).sheets[0]
    try #require(s.rows.count == hostile.count + 1)
    for (k, t) in hostile.enumerated() {
      let row = s.rows[k + 1]
      // Exactly the text, not prefixed with ' as CSV must, since a string cell never runs;
      // a NUL, which a C string would cut at, is shown as U+FFFD.
      #expect(row[3] == ReadBack.Cell("s", t.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")))
      #expect(row[0] == ReadBack.Cell("s", "=a\(k)"))
      #expect(row[1] == ReadBack.Cell("s", "=D()") && row[2] == ReadBack.Cell("s", "@P"))
      #expect(row[8] == ReadBack.Cell("s", "=N()"))
    }
    #expect(!s.rows.joined().contains { $0.type == "f" })
  }

  @Test func aTextPastExcelsLimitIsAnErrorWithItsPlaceAndNoFile() throws {
    let long = String(repeating: "ә", count: 32_768)
    let sheet = Sheet(title: "Іс-шаралар", fallbackName: "x", columns: ["a", "b"], rows: [[.text("ok"), .text(long)]])
    #expect {
      try XLSXFile.bytes([sheet], language: .kk)
    } throws: { e in
      let d = (e as? SpreadsheetError)?.description ?? ""
      return d.contains("sheet «Іс-шаралар», row 2, column 2") && d.contains("32,767")
    }
    // Excel holds exactly 32,767 characters.
    let fits = Sheet(
      title: "x", fallbackName: "x", columns: ["a"], rows: [[.text(String(repeating: "ә", count: 32_767))]])
    #expect(try ReadBack.read(XLSXFile.bytes([fits], language: .kk)).sheets[0].rows[1][0].value.count == 32_767)
  }

  @Test func widthsCountWideLettersTwiceAndStayWithinBounds() {
    let s = Sheet(
      title: "x", fallbackName: "x", columns: ["Коды", "Атауы", "n"],
      rows: [[.text("d1"), .text("漢字漢字漢字漢字漢字"), .number(460_000)], [.text("d2"), .text(String(repeating: "x", count: 500)), .number(5.6)]])
    let w = s.widths(dateWidth: 10)
    // "Коды" plus room for the filter button; the wide letters count 2 each; the long
    // title is held at 80.
    #expect(w[0] == Double(4 + 3))
    #expect(w[1] == 80)
    let narrow = Sheet(title: "x", fallbackName: "x", columns: ["T"], rows: [[.text("漢字漢字漢字漢字漢字")]])
    #expect(narrow.widths(dateWidth: 10)[0] == Double(20 + 1))
    #expect(w[2] >= Double("460000".count))
    // The quick measure agrees with the grapheme one where it answers, and leaves the rest.
    for t in ["Ауыл аманаты «Құрылыс» – № 5", "Ωmega ±", "漢字", "e\u{301}", "a\u{200B}b", "\u{1B}[2J"] {
      if let quick = Sheet.quickWidth(t) { #expect(quick == DisplayWidth.of(t), "\(t)") }
    }
    #expect(Sheet.quickWidth("Ауыл аманаты «Құрылыс» – № 5") != nil)
    #expect(Sheet.quickWidth("漢字") == nil && Sheet.quickWidth("e\u{301}") == nil)
  }
}
