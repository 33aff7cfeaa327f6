import Foundation
import Testing

/// The HTML report printed by headless Chromium to PDF, as a secretary prints it for the
/// minutes, and read back with poppler (`pdfinfo`, `pdftotext`); all three are installed
/// by `make deps`. Each print is bounded (`CLI.run` kills it after its timeout) and its
/// folder removed.
@Suite struct ReportPrintTests {
  /// The tools, found on PATH; a test fails (it is not skipped) when one is missing.
  static func tool(_ name: String) -> String? {
    for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) {
      return dir + "/" + name
    }
    return nil
  }

  /// A history of the sample for the progress chart: eight done activities were started
  /// and finished, on four days after the meeting of 2023-11-30.
  static func history() throws -> String {
    let done = statuses().filter { $0.status == "done" }.map(\.id)
    let days = ["2024-02-01", "2024-04-15", "2024-07-01", "2024-10-01"]
    var lines = ""
    for (i, id) in done.prefix(8).enumerated() {
      lines += #"{"time":"\#(days[i % 2])T09:00:0\#(i)Z","author":"А","id":"\#(id)","field":"status","old":"pending","new":"in_progress"}"# + "\n"
      lines += #"{"time":"\#(days[2 + i % 2])T09:00:0\#(i)Z","author":"А","id":"\#(id)","field":"status","old":"in_progress","new":"done"}"# + "\n"
    }
    return lines
  }

  /// The sample's activities (read with JSONSerialization): direction, id, status.
  static func statuses() -> [(direction: Int, id: String, status: String)] {
    let root = try! JSONSerialization.jsonObject(with: Data(CLI.sampleBytes)) as! [String: Any]
    var out: [(Int, String, String)] = []
    for (k, d) in (root["directions"] as! [[String: Any]]).enumerated() {
      for p in d["projects"] as! [[String: Any]] {
        for a in p["activities"] as! [[String: Any]] { out.append((k, a["id"] as! String, a["status"] as! String)) }
      }
    }
    return out
  }

  /// How many activities have `status`.
  static func count(_ status: String) -> Int { statuses().filter { $0.status == status }.count }

  /// `report --format html` of the sample (with `history` beside it when given) printed to
  /// PDF: the page count and the text of each page.
  func print(_ language: String, history: String?) throws -> (pages: Int, text: [String]) {
    let chromium = try #require(Self.tool("chromium"), "chromium is missing: run `make deps`")
    let pdfinfo = try #require(Self.tool("pdfinfo"), "poppler-utils is missing: run `make deps`")
    let pdftotext = try #require(Self.tool("pdftotext"), "poppler-utils is missing: run `make deps`")
    let dir = TempFolder()
    defer { dir.remove() }
    let roadmap = dir.write("roadmap.json", CLI.sampleBytes)
    if let history { dir.write("roadmap.history.jsonl", Array(history.utf8)) }
    let html = dir.file("report.html")
    let made = CLI.run(["report", roadmap, "--format", "html", "--lang", language, "--minutes-number", "5", "-o", html])
    try #require(made.status == 0, "\(made.stderr)")
    let pdf = dir.file("report.pdf")
    let printed = CLI.run(
      [], timeout: 45, program: chromium,
      prefix: ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + dir.file("profile"),
        "--print-to-pdf=" + pdf, "--no-pdf-header-footer", html])
    try #require(printed.status == 0 && FileManager.default.fileExists(atPath: pdf), "\(printed.stderr)")
    let info = CLI.run([], timeout: 20, program: pdfinfo, prefix: [pdf]).stdout
    let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
      .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) })
    let text = CLI.run([], timeout: 20, program: pdftotext, prefix: ["-layout", pdf, "-"]).stdout
    var perPage = text.components(separatedBy: "\u{0C}")
    if perPage.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { perPage.removeLast() }
    return (pages, perPage)
  }

  /// Words on a page with their line breaks and runs of spaces made single spaces, so that
  /// a heading wrapped in print is still found.
  func flat(_ s: String) -> String { s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }

  /// Every page says which it is and how many there are, in its bottom margin.
  func expectPageNumbers(_ text: [String], _ pages: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(text.count == pages, sourceLocation: sourceLocation)
    for (k, page) in text.enumerated() {
      let bottom = page.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
      let numbered = bottom.range(of: #"^\s*\#(k + 1)\s*/\s*\#(pages)\s*$"#, options: .regularExpression) != nil
      #expect(numbered, "page \(k + 1): \(bottom)", sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: [
    ("kk", ["Хаттамаға қосымша", "2023 жылғы 30 қарашадағы фракция отырысы, № 5", "Отырысқа арналған есеп",
      "Орындалмаған іс-шаралар: жауапты органдар бойынша", "Шешім:", "Бағыттар бойынша мәртебелер", "барлығы {first}",
      "Өзгерістер тарихында тек бір күн бар"]),
    ("ru", ["Приложение к протоколу", "Заседание фракции 30 ноября 2023 г., № 5", "Отчёт к заседанию",
      "Неисполненные мероприятия по исполнителям", "Решение:", "Статусы по направлениям", "всего {first}",
      "В истории изменений только один день"]),
    ("en", ["Annex to the minutes", "Faction meeting of 30 November 2023, No. 5", "Meeting report",
      "Unfinished activities by responsible agency", "Decision:", "Statuses by direction", "total {first}",
      "The history holds one day only"]),
  ])
  func theRegionsReportPrintsOnSixPagesAtMost(_ language: String, _ words: [String]) throws {
    let (pages, text) = try print(language, history: nil)
    #expect(pages <= 6, "\(language): \(pages) pages")
    expectPageNumbers(text, pages)
    let all = flat(text.joined(separator: "\n"))
    // The first direction's total, written at the end of its bar.
    let first = String(Self.statuses().filter { $0.direction == 0 }.count)
    for w in words.map({ $0.replacingOccurrences(of: "{first}", with: first) }) {
      #expect(all.contains(w), "\(language): \(w)")
    }
  }

  @Test func theProgressChartPrintsWithItsLabels() throws {
    let (pages, text) = try print("kk", history: try Self.history())
    #expect(pages <= 6, "\(pages) pages")
    expectPageNumbers(text, pages)
    let all = flat(text.joined(separator: "\n"))
    // The first and the last day under the axis, what they are, the bands named with the
    // counts of now (the file's, since the history ends in them).
    for w in ["Уақыт бойынша орындалу барысы", "2023 ж. 30 қараша", "2024 ж. 1 қазан", "отырыс", "қазір",
      "орындалды \(Self.count("done"))", "орындалуда \(Self.count("in_progress"))",
      "басталмаған \(Self.count("pending"))"]
    {
      #expect(all.contains(w), "\(w)")
    }
    #expect(!all.contains("Өзгерістер тарихында тек бір күн бар"))
  }
}
