import Foundation
import RoadmapKit
import RoadmapSpreadsheet
import RoadmapUI
import Testing

/// `report DIR`: the national report's figures against Python's sums of the same files,
/// in every format (Markdown, HTML, CSV read by Python's csv module, xlsx by openpyxl),
/// with a hostile region name kept as data. Here rather than in RoadmapUITests because the
/// xlsx writer is this target's and the four formats share one fixture.
@Suite struct NationalReportTests {
  static func report(_ folder: NationalFolder, _ language: Language = .en) -> NationalReport {
    NationalReport(RegionFolder.load(RegionFolder.roadmapFiles(in: folder.path)), language: language)
  }

  @Test func csvRankingAndTotalsAgreeWithPythonsSums() throws {
    let folder = try NationalFolder()
    defer { folder.remove() }
    let n = Self.report(folder, .en)
    let ranking = try #require(n.table("ranking"))
    let csv = ReportCSV.table(ranking, delimiter: .comma)
    let o = try folder.oracle(csv: csv, delimiter: ",")
    #expect(o.invalid == ["broken.json"])
    let rows = try #require(o.csv)
    #expect(rows.first == ["Place", "Region", "File", "Done", "In progress", "Not started", "Total", "Done, %",
      "Overdue", "Done since the meeting"])
    // One row per valid file, best first, then the sums.
    #expect(rows.dropFirst().dropLast().map { $0[2] } == o.ranking)
    for (k, row) in rows.dropFirst().dropLast().enumerated() {
      let c = try #require(o.files[row[2]])
      #expect(row[0] == String(k + 1))
      #expect([row[3], row[4], row[5], row[6], row[8]] == [c.done, c.in_progress, c.pending, c.total, c.overdue].map(String.init))
    }
    let sums = try #require(rows.last)
    let t = o.totals
    #expect([sums[3], sums[4], sums[5], sums[6], sums[7], sums[8]]
      == [t.done, t.in_progress, t.pending, t.total, o.percent[0], t.overdue].map(String.init))
    // The hostile name reaches the spreadsheet as text, never as a formula.
    let zko = try #require(rows.first { $0[2] == "zko.json" })
    #expect(zko[1] == NationalFolder.hostile)

    let totals = try #require(n.table("totals"))
    let o2 = try folder.oracle(csv: ReportCSV.table(totals, delimiter: .comma), delimiter: ",")
    let tr = try #require(o2.csv)
    #expect(tr.dropFirst().map { $0[1] } == [t.done, t.in_progress, t.pending, t.total, t.overdue].map(String.init))
    #expect(tr.dropFirst().prefix(3).map { $0[2] } == o.percent.map(String.init))
    #expect(o.percent.reduce(0, +) == 100)
  }

  @Test func markdownAndHTMLKeepTheHostileNameAsText() throws {
    let folder = try NationalFolder()
    defer { folder.remove() }
    let n = Self.report(folder, .kk)
    let md = NationalMarkdown.render(n)
    #expect(!md.contains("<script>"))
    #expect(md.contains("&lt;script&gt;") || md.contains("\\<script\\>"))
    #expect(!md.contains("| *x* |"))
    // The title too: inert wherever the region's report names it.
    #expect(md.contains("**T " + ReportMarkdown.inline(NationalFolder.hostile) + "**"))
    #expect(!md.contains("[a](b)"))
    #expect(md.contains("## Өңірлер рейтингі"))
    #expect(md.contains("## Оқылмаған файлдар"))
    #expect(md.contains("| broken.json | "))
    // Each region's own report, one heading level down, once per region.
    #expect(md.components(separatedBy: "\n### Іс-шаралар мәртебесі бойынша\n").count == 5)
    let html = NationalHTML.render(n)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("<p class=\"title\">T " + ReportHTML.escape(NationalFolder.hostile) + "</p>"))
    #expect(html.contains("&amp;amp;"))
    #expect(html.components(separatedBy: "<article class=\"region\"").count == 5)
    // Well-formed as XML, as the single report is (Python's expat, strict).
    let page = folder.file("report.html.txt")
    try Data(html.utf8).write(to: URL(fileURLWithPath: page))
    let check = Process()
    check.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    check.arguments = ["-c", "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])", page]
    try check.run()
    check.waitUntilExit()
    #expect(check.terminationStatus == 0)
    // Ids stay unique though every region has the same sections and chart patterns.
    let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(Set(ids).count == ids.count)
  }

  @Test func xlsxHasTheRankingSheetAndOneSheetPerRegion() throws {
    let folder = try NationalFolder()
    defer { folder.remove() }
    let n = Self.report(folder, .en)
    let o = try folder.oracle()
    let book = try ReadBack.read(try XLSXFile.bytes(Sheets.national(n), language: .en))
    #expect(book.sheets.count == 1 + o.files.count)
    let names = book.sheets.map(\.name)
    #expect(Set(names.map { $0.lowercased() }).count == names.count)
    #expect(names.allSatisfy { $0.utf16.count <= 31 && !$0.contains(where: { "[]:*?/\\".contains($0) }) })
    let first = book.sheets[0]
    #expect(first.name == "Ranking of regions")
    let headingRow = try #require(first.rows.firstIndex { $0.first == ReadBack.Cell("s", "Place") })
    #expect(first.freeze == "A\(headingRow + 2)")
    let ranked = first.rows[(headingRow + 1)...].prefix(o.files.count)
    #expect(ranked.map { $0[2].value } == o.ranking)
    for row in ranked {
      let c = try #require(o.files[row[2].value])
      #expect(row[3] == ReadBack.Cell("n", repr(c.done)))
      #expect(row[6] == ReadBack.Cell("n", repr(c.total)))
      #expect(row[8] == ReadBack.Cell("n", repr(c.overdue)))
    }
    // No cell anywhere is a formula, the hostile name included.
    #expect(book.sheets.allSatisfy { s in s.rows.allSatisfy { $0.allSatisfy { $0.type != "f" } } })
    #expect(first.rows.contains { $0.contains(ReadBack.Cell("s", NationalFolder.hostile)) })
    // Below the ranking: the totals and the file not read.
    let all = first.rows.flatMap { $0 }
    #expect(all.contains(ReadBack.Cell("s", "broken.json")))
    let totalRow = try #require(first.rows.last { $0.first == ReadBack.Cell("s", "Total") })
    #expect(totalRow[1] == ReadBack.Cell("n", repr(o.totals.total)))
    // A region's sheet holds its tables one below the other, starting with its counts.
    let atyrau = try #require(book.sheet("Atyrau Region"))
    let done = try #require(atyrau.rows.first { $0.first == ReadBack.Cell("s", "Done") })
    #expect(done[1] == ReadBack.Cell("n", repr(o.files["atyrau.json"]!.done)))
    #expect(atyrau.rows.contains { $0.first == ReadBack.Cell("s", "5. Digitalisation") })
  }

  /// Two copies of one region's file: their sheets are named by their files, not «(2)».
  @Test func twoCopiesOfARegionGetSheetsNamedByTheirFiles() throws {
    let folder = try NationalFolder()
    defer { folder.remove() }
    try FileManager.default.copyItem(atPath: folder.path + "/atyrau.json", toPath: folder.path + "/atyrau-copy.json")
    let book = try ReadBack.read(try XLSXFile.bytes(Sheets.national(Self.report(folder, .en)), language: .en))
    #expect(book.sheet("atyrau.json") != nil && book.sheet("atyrau-copy.json") != nil, "\(book.sheets.map(\.name))")
    #expect(book.sheet("Atyrau Region") == nil && book.sheet("Atyrau Region (2)") == nil)
  }

  func repr(_ n: Int) -> String { "\(Double(n))" }
}
