import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The meeting report of the region's roadmap in Markdown, HTML and CSV.
@Suite struct ReportTests {
  func report(_ language: Language = .kk, changes: ChangeSummary? = nil) throws -> MeetingReport {
    MeetingReport(try regionRoadmap().roadmap, language: language, changes: changes)
  }

  /// The rows of a table by its key.
  func rows(_ r: MeetingReport, _ key: String) -> [[ReportCell]] {
    r.tables.first { $0.key == key }?.rows ?? []
  }

  func value(_ c: ReportCell) -> Double? {
    if case .number(let v, _) = c { return v }
    return nil
  }

  @Test func figuresOfTheRegion() throws {
    let r = try report()
    let overview = rows(r, "overview").map { $0.dropFirst().compactMap(value) }
    #expect(overview == [[60, 49], [52, 43], [10, 8], [122, 100], [11]])
    let totals = r.tables.filter { $0.key.hasPrefix("direction-") }.map { $0.rows.last!.dropFirst().prefix(4).compactMap(value) }
    #expect(totals == [[23, 18, 4, 45], [15, 11, 2, 28], [14, 12, 3, 29], [8, 11, 1, 20]])
    let agencies = rows(r, "agencies")
    #expect(agencies.compactMap { value($0[5]) }.reduce(0, +) == 122)
    #expect(agencies.compactMap { value($0[1]) }.reduce(0, +) == 60)
    #expect(agencies.compactMap { value($0[4]) }.reduce(0, +) == 11)
    let left = agencies.compactMap { value($0[6]) }
    #expect(left == left.sorted(by: >), "agencies are sorted by what is left")
    #expect(rows(r, "unfinished").count == 62)
    let indicators = rows(r, "indicators").compactMap { value($0[4]) }
    #expect(indicators.contains(837) && indicators.contains(5.6) && indicators.contains(460_000))
  }

  @Test func markdownHasTheFiguresInProperTables() throws {
    let md = ReportMarkdown.render(try report(.ru))
    for needle in ["| Исполнено | 60 | 49% |", "| Исполняется | 52 | 43% |", "| Не начато | 10 | 8% |",
      "| **Всего** | **122** | **100%** |", "| 837 |", "| 5,6 |", "| 460 000 |", "По состоянию на 30 ноября 2023 г.",
      "| Единица измерения |", "| амбулатория |"]
    {
      #expect(md.contains(needle), "\(needle)")
    }
    // Every table line has as many cells as its heading line.
    for block in md.components(separatedBy: "\n\n") where block.hasPrefix("| ") {
      let lines = block.split(separator: "\n")
      let cells = lines.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
      #expect(Set(cells).count == 1, "\(lines.first ?? "")")
    }
  }

  @Test func htmlIsWellFormedSelfContainedAndHasTheTotals() throws {
    let html = ReportHTML.render(try report(.en))
    let root = try parseStrictly(html)
    #expect(root.name == "html" && root.attributes["lang"] == "en")
    // Nothing fetched: the only address is the SVG namespace, a name and never loaded.
    let addresses = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
    #expect(root.all("script").isEmpty && !addresses.contains("http://") && !addresses.contains("https://"))
    #expect(html.contains("@media print") && html.contains("size: A4"))
    let overview = root.all("section").first { $0.attributes["id"] == "overview" }!
    let cells = overview.all("td").map(\.allText)
    #expect(cells.starts(with: ["Done", "60", "49%", "In progress", "52", "43%", "Not started", "10", "8%", "Total", "122"]))
    let agencies = root.all("section").first { $0.attributes["id"] == "agencies" }!
    let totals = agencies.all("tr").dropFirst().compactMap { Int($0.all("td")[5].allText) }
    #expect(totals.reduce(0, +) == 122)
    let figures = root.all("td").map(\.allText)
    #expect(figures.contains("837") && figures.contains("5.6") && figures.contains("460,000"))
  }

  @Test func theStrictCheckFailsOnBrokenMarkup() {
    for broken in ["<html><p></html>", "<html><p a=b></p></html>", "<html>a & b</html>", "<html>a < b</html>",
      "<html></html><html></html>", "<html><p>", "<html>\u{1B}[2J</html>", "<html>&nbsp;</html>"]
    {
      #expect(throws: MarkupError.self, "\(broken)") { try parseStrictly(broken) }
    }
    #expect(throws: Never.self) { try parseStrictly("<!DOCTYPE html>\n<html lang=\"kk\"><br /><p>&amp;&#39;</p></html>\n") }
  }

  @Test func csvHasABOMCyrillicAndRFC4180Quoting() throws {
    let csv = ReportCSV.render(try report(.ru), delimiter: .comma)
    #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let lines = csv.dropFirst().components(separatedBy: "\r\n")
    // Row labels and headings with a capital; the percentage column says what it is.
    #expect(lines.contains("Исполнено,60,49"))
    #expect(lines.contains("Всего,122,100"))
    #expect(lines.contains("Статус,Мероприятия,\"Доля, %\""))
    #expect(lines.contains { $0.hasPrefix("Проект,Исполнено,Исполняется,Не начато,Всего,\"Исполнено, %\"") })
    #expect(lines.contains { $0.hasPrefix("\"Предвыборная") } == false)
    #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF only inside quotes")
    #expect(lines.contains { $0.contains(",837") } && lines.contains { $0.contains(",5.6") })
    #expect(CSVWriter.field(.text("a,\"b\""), delimiter: .comma) == "\"a,\"\"b\"\"\"")
    #expect(CSVWriter.field(.text("a,b"), delimiter: .semicolon) == "a,b")
    #expect(CSVWriter.field(.text("a;b"), delimiter: .semicolon) == "\"a;b\"")
    #expect(CSVWriter.field(.text("=HYPERLINK(1)"), delimiter: .comma) == "'=HYPERLINK(1)")
    #expect(CSVWriter.field(.number(-5), delimiter: .comma) == "-5")
    #expect(CSVWriter.field(.number(5.6), delimiter: .semicolon) == "5,6")
  }

  @Test func hostileTitlesAreEscapedEverywhere() throws {
    let hostile = #""<script>alert('x')</script> | *b* \" & \u001b[31m \u202e""#
    var roadmap = try tinyRoadmap(title: hostile).roadmap
    try roadmap.set(.status, of: "a0", to: .status(.pending))  // listed among the unfinished
    let r = MeetingReport(roadmap, language: .en, changes: nil)
    let html = ReportHTML.render(r)
    let root = try parseStrictly(html)
    #expect(root.all("script").isEmpty && !html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(!html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    let md = ReportMarkdown.render(r)
    #expect(md.contains("&lt;script&gt;") && md.contains("\\| \\*b\\*") && !md.contains("<script"))
    #expect(!md.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    let table = md.components(separatedBy: "\n").filter { $0.contains("alert") }
    #expect(!table.isEmpty)
    // The unfinished list of its agency: id, title, status, due (the agency is its heading).
    for line in table { #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 5) }
  }

  @Test func eachLanguageHasItsWordsAndNumbers() throws {
    let kk = ReportMarkdown.render(try report(.kk))
    let ru = ReportMarkdown.render(try report(.ru))
    let en = ReportMarkdown.render(try report(.en))
    #expect(kk.contains("# Отырысқа арналған есеп") && kk.contains("2023 жылғы 30 қарашадағы жағдай бойынша"))
    #expect(kk.contains("| 460 000 |"))
    #expect(ru.contains("# Отчёт к заседанию") && ru.contains("По состоянию на 30 ноября 2023 г.") && ru.contains("| 5,6 |"))
    #expect(en.contains("# Meeting report") && en.contains("30 November 2023") && en.contains("| 460,000 |"))
    #expect(en.contains("| 5.6 |") && en.contains("Auyl Amanaty"))
    #expect(ReportHTML.render(try report(.ru)).contains("<html lang=\"ru\">"))
  }

  @Test func changesAreListedOrExplained() throws {
    let none = try report(.en)
    let notes = none.tables.first { $0.key == "changes" }!.notes
    #expect(notes.first == "Nothing to compare with" && notes.last!.contains("--since"))
    var later = try regionRoadmap().roadmap
    try later.set(.status, of: "d1.roads.10", to: .status(.done))
    let changes = ChangeSummary.compare(try regionRoadmap().roadmap, later)
    let r = MeetingReport(later, language: .en, changes: changes)
    let rows = r.tables.first { $0.key == "changes" }!.rows
    #expect(rows.count == 1 && rows[0][0] == .text("Done") && rows[0][1] == .text("d1.roads.10"))
    #expect(rows[0][4] == .text("not started") && rows[0][5] == .text("done"))
    #expect(ReportHTML.render(r).contains("d1.roads.10"))
  }
}
