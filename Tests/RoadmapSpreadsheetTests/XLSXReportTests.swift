import Foundation
import RoadmapKit
import RoadmapUI
import Testing

@testable import RoadmapSpreadsheet

/// `report --format xlsx`'s workbook: one sheet per table, read back by openpyxl.
@Suite struct XLSXReportTests {
  static func report(_ language: Language) throws -> MeetingReport {
    let roadmap = try RoadmapLoader.load(path: packageRoot.appendingPathComponent("data/roadmap.json").path).roadmap
    return MeetingReport(roadmap, language: language, changes: nil)
  }

  /// The row of `sheet` that holds `columns`, the table's heading row.
  static func headingRow(_ sheet: ReadBack.Sheet, _ columns: [String]) -> Int? {
    sheet.rows.firstIndex { row in row.prefix(columns.count).map(\.value) == columns }
  }

  @Test(arguments: Language.allCases)
  func oneSheetPerTableWithItsHeadingFrozenAndFiltered(_ language: Language) throws {
    let r = try Self.report(language)
    let book = try ReadBack.read(XLSXFile.bytes(Sheets.report(r), language: language))
    try #require(book.sheets.count == r.tables.count)
    let letters = Array("ABCDEFGHIJ")
    for (t, s) in zip(r.tables, book.sheets) {
      // Named after the table, within Excel's 31 characters.
      #expect(s.name.utf16.count <= 31)
      // ":" and the other characters Excel refuses become spaces.
      #expect(SheetNames.cleaned(t.title).hasPrefix(s.name.hasSuffix("…") ? String(s.name.dropLast()) : s.name), "\(s.name)")
      let columns = t.keptColumns.map { t.columns[$0] }
      let top = try #require(Self.headingRow(s, columns), "\(t.key): no heading row")
      #expect(s.bold[top].prefix(columns.count).allSatisfy { $0 })
      #expect(s.freeze == "A\(top + 2)", "\(t.key)")
      #expect(s.filter == "A\(top + 1):\(letters[columns.count - 1])\(top + 1 + t.rows.count)", "\(t.key)")
      #expect(s.rows.count == top + 1 + t.rows.count, "\(t.key)")
      // The title above the table, in its words.
      #expect(s.rows[..<top].contains { $0.first?.value == t.title })
    }
    // The first sheet starts with the report's heading and names the meeting.
    let first = book.sheets[0]
    #expect(first.rows[0][0] == ReadBack.Cell("s", r.heading))
    let meeting = try #require(r.meeting)
    #expect(first.rows.contains { $0[0].value == meeting.title })
    #expect(first.rows.contains { $0.count > 1 && $0[0].value == meeting.items[1].label && $0[1].value == meeting.items[1].value })
  }

  @Test func figuresAreNumbersAndDaysAreDates() throws {
    let r = try Self.report(.ru)
    let book = try ReadBack.read(XLSXFile.bytes(Sheets.report(r), language: .ru))
    let activities = try regionActivities()
    // The overview's counts, as numbers equal to the file's own counts.
    let overview = book.sheets[0]
    let top = try #require(Self.headingRow(overview, ["Статус", "Мероприятия", "Доля, %"]))
    let counts = ["done", "in_progress", "pending"].map { s in activities.filter { $0["status"] as? String == s }.count }
    for (k, n) in counts.enumerated() {
      #expect(overview.rows[top + 1 + k][1] == ReadBack.Cell("n", repr(Double(n))))
      #expect(overview.formats[top + 1 + k][1] == "#,##0")
    }
    #expect(overview.rows[top + 4][1] == ReadBack.Cell("n", repr(Double(activities.count))))
    // Indicators keep their fractions: 5.6 bn ₸ is the number 5.6.
    let indicators = try #require(book.sheets.first { $0.name == "Показатели" })
    #expect(indicators.rows.joined().contains(ReadBack.Cell("n", "5.6")))
    // The unfinished list: every due day a date cell equal to the file's.
    let unfinished = book.sheets.last!
    let due = Dictionary(uniqueKeysWithValues: activities.map { ($0["id"] as! String, $0["due"] as? String) })
    let open = activities.filter { $0["status"] as? String != "done" }
    let rows = unfinished.rows.filter { row in row.count > 1 && due.keys.contains(row[1].value) }
    #expect(rows.count == open.count)
    for row in rows {
      if let d = due[row[1].value] ?? nil {
        #expect(row[4] == ReadBack.Cell("d", d))
        #expect(unfinished.formats[unfinished.rows.firstIndex(of: row)!][4] == "dd.mm.yyyy")
      }
    }
  }

  @Test func oneTableAlone() throws {
    let r = try Self.report(.en)
    let book = try ReadBack.read(XLSXFile.bytes(Sheets.report(r, only: ["agencies"]), language: .en))
    #expect(book.sheets.map(\.name) == ["Responsible agencies"])
  }

  /// How Python's repr writes a float.
  func repr(_ v: Double) -> String { v == v.rounded() ? String(format: "%.1f", v) : String(v) }
}
