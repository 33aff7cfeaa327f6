import Foundation
import RoadmapUI
import Testing

/// The one CSV writer and the one Markdown writer, read back by real parsers: Python's
/// csv module, and markdown-it (CommonMark with GitHub's tables) whose HTML is then
/// read with Python's html.parser.
@Suite struct ReportWriterTests {
  /// Text cells a spreadsheet would run, and characters that break quoting.
  static let formulas = [
    "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
    "\t=1+1", "\r=1+1", "  =1+1", " \t-1", "=", "@",
  ]
  static let awkward = ["a,b", "say \"hi\"", "two\nlines", "bare\rcr", "crlf\r\nend", "", " x "]

  @Test(arguments: CSVDelimiter.allCases)
  func csvReadBackByPythonKeepsEveryFieldAndDefusesFormulas(_ delimiter: CSVDelimiter) throws {
    let texts = Self.formulas + Self.awkward + ["plain", "Ауыл аманаты", "a;b", "a,b;c"]
    let records: [[CSVField]] = texts.map { [.text($0), .number(-5), .number(5.6)] }
    let csv = CSVWriter.document([[.text("title"), .text("n"), .text("x")]] + records, delimiter: delimiter)
    #expect(csv.hasPrefix("\u{FEFF}"))
    let rows = try Python.csvRows(csv, delimiter: delimiter.rawValue)
    try #require(rows.count == texts.count + 1)
    #expect(rows[0] == ["title", "n", "x"])
    for (k, t) in texts.enumerated() {
      let first = t.unicodeScalars.first { $0 != " " }
      let trigger = first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
      // The decimal mark goes with the delimiter: `5,6` after `;`, `5.6` after `,`.
      let decimal = delimiter == .semicolon ? "5,6" : "5.6"
      #expect(rows[k + 1] == [(trigger ? "'" : "") + t, "-5", decimal], "\(t.debugDescription)")
    }
    // Every record ends in CRLF; a bare LF or CR appears only inside quotes.
    #expect(csv.hasSuffix("\r\n"))
  }

  /// Text that Markdown or HTML would act on.
  static let hostileMarkdown = [
    "a | b", "line\rbreak", "x\ny", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))", "![img](http://evil.example/p.png)", "`code`",
    "**bold** _it_ ~~gone~~", "# heading", "> quote", "- item", "* item", "+ item", "1. item",
    "1) item", "&lt;b&gt; &#60;", "back\\slash\\", "    indented", "---", "===", "JavaScript:x",
    "<http://auto.example>", "x<!-- c -->y", "5.6 and 1. not a list", "\u{1B}[2J\u{202E}",
  ]

  /// What a reader should see: the text on one line, trimmed, invisible characters as U+FFFD.
  static func shown(_ s: String) -> String {
    let flat = String(s.map { "\n\r\t\r\n".contains($0) ? " " : $0 })
    let trimmed = flat.trimmingCharacters(in: .init(charactersIn: " "))
    return String(trimmed.unicodeScalars.map { s in
      s.value < 0x20 || s.value == 0x7F || s.value == 0x202E ? "\u{FFFD}" : Character(s)
    })
  }

  @Test func markdownTableCellsRenderAsExactlyTheirText() throws {
    let rows = Self.hostileMarkdown.map { [MarkdownWriter.inline($0), "end"] }
    let md = MarkdownWriter.table(columns: ["text", "after"], rows: rows)
    let html = try Python.renderMarkdown(md)
    let tableTags: Set = ["table", "thead", "tbody", "tr", "th", "td"]
    #expect(html.tags.subtracting(tableTags).isEmpty, "\(html.tags)")
    #expect(html.attributes.isEmpty, "\(html.attributes)")
    try #require(html.rows.count == rows.count + 1, "\(html.rows)")
    for (k, s) in Self.hostileMarkdown.enumerated() {
      #expect(html.rows[k + 1] == [Self.shown(s), "end"], "\(s.debugDescription)")
    }
  }

  @Test func markdownParagraphsStartNoBlockAndHoldNoMarkup() throws {
    for s in Self.hostileMarkdown {
      let html = try Python.renderMarkdown(MarkdownWriter.inline(s) + "\n")
      #expect(html.tags.subtracting(["p"]).isEmpty, "\(s.debugDescription): \(html.tags)")
      #expect(html.paragraphs == [Self.shown(s)], "\(s.debugDescription)")
    }
    // Defence in depth for renderers that link bare URLs: no script scheme is left.
    for s in ["javascript:alert(1)", "JaVaScRiPt:x", "vbscript:msgbox"] {
      #expect(!MarkdownWriter.inline(s).lowercased().contains("script:"), "\(s)")
    }
  }
}

/// Python 3 run as a child process, for parsers the tests trust more than their own.
enum Python {
  /// An interpreter with markdown-it (python3-markdown-it, installed by `make deps`).
  static let withMarkdownIt: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "python3"]
    .first { python in
      (try? run(python, ["-c", "import markdown_it"], input: "")).map { $0.status == 0 } ?? false
    }

  /// `python arguments…` with `input` on its standard input: its status and output.
  static func run(
    _ python: String, _ arguments: [String], input: String
  ) throws -> (status: Int32, out: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [python] + arguments
    let stdin = Pipe(), stdout = Pipe()
    p.standardInput = stdin
    p.standardOutput = stdout
    try p.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: out, as: UTF8.self))
  }

  /// The records of a CSV document, as Python's csv module reads them.
  static func csvRows(_ csv: String, delimiter: String = ",") throws -> [[String]] {
    let script = """
      import csv, io, json, sys
      data = sys.stdin.buffer.read().decode('utf-8-sig')
      json.dump(list(csv.reader(io.StringIO(data, newline=''), delimiter=\(delimiter.debugDescription), strict=True)), sys.stdout)
      """
    let r = try run("python3", ["-c", script], input: csv)
    try #require(r.status == 0)
    return try JSONDecoder().decode([[String]].self, from: Data(r.out.utf8))
  }

  /// What a Markdown text renders to: its tags, attributes, table rows and paragraphs.
  struct Rendered: Decodable {
    var tags: Set<String>
    var attributes: [String]
    var rows: [[String]]
    var paragraphs: [String]
  }

  /// `md` rendered by markdown-it (CommonMark and tables), then read by html.parser.
  static func renderMarkdown(_ md: String) throws -> Rendered {
    let python = try #require(withMarkdownIt, "python3-markdown-it is missing: run `make deps`")
    let script = """
      import json, sys
      from html.parser import HTMLParser
      from markdown_it import MarkdownIt
      html = MarkdownIt('commonmark').enable('table').render(sys.stdin.read())
      class P(HTMLParser):
          def __init__(self):
              super().__init__(convert_charrefs=True)
              self.tags, self.attrs, self.rows, self.paras, self.text = set(), [], [], [], None
          def handle_starttag(self, tag, attrs):
              self.tags.add(tag)
              # GitHub's alignment is the only attribute a table may carry.
              self.attrs += [k + '=' + (v or '') for k, v in attrs if k != 'style']
              if tag == 'tr': self.rows.append([])
              if tag in ('td', 'th', 'p'): self.text = ''
          def handle_endtag(self, tag):
              if tag in ('td', 'th'): self.rows[-1].append(self.text)
              if tag == 'p': self.paras.append(self.text)
              if tag in ('td', 'th', 'p'): self.text = None
          def handle_data(self, data):
              if self.text is not None: self.text += data
          def handle_comment(self, data): self.tags.add('!--')
      p = P(); p.feed(html)
      out = {'tags': sorted(p.tags), 'attributes': p.attrs, 'rows': p.rows, 'paragraphs': p.paras}
      json.dump(out, sys.stdout)
      """
    let r = try run(python, ["-c", script], input: md)
    try #require(r.status == 0)
    return try JSONDecoder().decode(Rendered.self, from: Data(r.out.utf8))
  }
}
