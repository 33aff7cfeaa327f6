import Foundation
import Testing

/// `export` and `report` for spreadsheets: the CSV's delimiter and decimal mark per
/// language, one table alone, and the xlsx workbook's way out.
@Suite struct CLISpreadsheetTests {
  /// The records of a CSV document as Python's csv module reads them, and whether every
  /// record ended in CRLF.
  static func records(_ bytes: [UInt8], delimiter: String) throws -> [[String]] {
    let script = """
      import csv, io, json, sys
      d = sys.stdin.buffer.read()
      assert d.startswith(b'\\xef\\xbb\\xbf'), 'no byte-order mark'
      t = d.decode('utf-8-sig')
      assert t.endswith('\\r\\n'), 'no CRLF at the end'
      json.dump(list(csv.reader(io.StringIO(t, newline=''), delimiter=sys.argv[1], strict=True)), sys.stdout)
      """
    let dir = TempFolder()
    defer { dir.remove() }
    let input = dir.write("in.csv", bytes)
    let r = try runPython(script, [delimiter], stdin: input)
    try #require(r.status == 0, "\(r.err)")
    return try JSONDecoder().decode([[String]].self, from: Data(r.out.utf8))
  }

  /// `/usr/bin/python3 -c script args…` reading `stdin`.
  static func runPython(_ script: String, _ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = ["-c", script] + args
    if let stdin { p.standardInput = FileHandle(forReadingAtPath: stdin) }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }

  /// The sample's activities read without jolkarta: id → (status, due).
  static func sample() throws -> [(id: String, status: String, due: String?)] {
    let root = try #require(try JSONSerialization.jsonObject(with: Data(CLI.sampleBytes)) as? [String: Any])
    var out: [(String, String, String?)] = []
    for d in root["directions"] as! [[String: Any]] {
      for p in d["projects"] as! [[String: Any]] {
        for a in p["activities"] as! [[String: Any]] {
          out.append((a["id"] as! String, a["status"] as! String, a["due"] as? String))
        }
      }
    }
    return out
  }

  @Test(arguments: [("ru", nil, ";"), ("kk", nil, ";"), ("en", nil, ","), ("ru", ",", ","), ("en", ";", ";")])
  func exportCSVInTheLanguageWithItsDelimiter(_ lang: String, _ asked: String?, _ delimiter: String) throws {
    let r = CLI.run(["export", CLI.samplePath, "--format", "csv", "--lang", lang] + (asked.map { ["--delimiter", $0] } ?? []))
    #expect(r.status == 0, "\(r.stderr)")
    let rows = try Self.records(r.out, delimiter: delimiter)
    let headings = [
      "ru": ["Код", "Направление", "Проект", "Название", "Статус", "Ответственный исполнитель", "Срок", "Просрочено", "Примечание"],
      "kk": ["Коды", "Бағыт", "Жоба", "Атауы", "Мәртебесі", "Жауапты орган", "Мерзімі", "Мерзімі өткен", "Ескертпе"],
      "en": ["ID", "Direction", "Project", "Title", "Status", "Responsible agency", "Due date", "Overdue", "Note"],
    ]
    #expect(rows[0] == headings[lang])
    let words = [
      "ru": ["done": "исполнено", "in_progress": "исполняется", "pending": "не начато"],
      "kk": ["done": "орындалды", "in_progress": "орындалуда", "pending": "басталмаған"],
      "en": ["done": "done", "in_progress": "in progress", "pending": "not started"],
    ][lang]!
    let sample = try Self.sample()
    try #require(rows.count == sample.count + 1)
    for (row, a) in zip(rows.dropFirst(), sample) {
      #expect(row.count == 9)
      #expect(row[0] == a.id && row[4] == words[a.status] && row[6] == (a.due ?? ""), "\(row)")
    }
    let yes = ["ru": "да", "kk": "иә", "en": "yes"][lang]!
    let overdue = sample.filter { $0.status != "done" && ($0.due.map { $0 < "2023-11-30" } ?? false) }
    #expect(rows.filter { $0[7] == yes }.count == overdue.count)
  }

  @Test(arguments: [(";", "5,6"), (",", "5.6")])
  func reportNumbersTakeTheDelimitersDecimalMark(_ delimiter: String, _ loans: String) throws {
    let r = CLI.run(["report", CLI.samplePath, "--format", "csv", "--lang", "ru", "--delimiter", delimiter])
    #expect(r.status == 0, "\(r.stderr)")
    let rows = try Self.records(r.out, delimiter: delimiter)
    // 5.6 bn ₸ of loans, 460 000 m² of housing: plain numbers, the decimal mark the
    // delimiter's locale reads.
    #expect(rows.contains { $0.contains(loans) })
    #expect(rows.contains { $0.contains("460000") })
    #expect(!rows.joined().contains(delimiter == ";" ? "5.6" : "5,6"))
    // Dates in the unfinished table as ISO days.
    #expect(rows.contains { $0.contains("2024-12-31") })
  }

  @Test func oneTableAloneIsItsHeadingAndRows() throws {
    let r = CLI.run(["report", CLI.samplePath, "--format", "csv", "--lang", "en", "--table", "unfinished"])
    #expect(r.status == 0, "\(r.stderr)")
    let rows = try Self.records(r.out, delimiter: ",")
    #expect(rows[0] == ["Responsible agency", "ID", "Title", "Status", "Due date", "Overdue"])
    let open = try Self.sample().filter { $0.status != "done" }
    #expect(rows.count == open.count + 1)
    #expect(Set(rows.dropFirst().map { $0[1] }) == Set(open.map(\.id)))
  }

  @Test func usageErrorsSayWhatIsWrong() {
    let table = CLI.run(["report", CLI.samplePath, "--format", "csv", "--lang", "en", "--table", "nope"])
    #expect(table.status == 2)
    #expect(table.stderr.contains("no table \"nope\"; there are: overview, direction-1") && table.stdout.isEmpty)
    let md = CLI.run(["report", CLI.samplePath, "--format", "md", "--table", "agencies", "--lang", "en"])
    #expect(md.status == 2 && md.stderr.contains("--table goes with --format csv or xlsx only"))
    let delimiter = CLI.run(["export", CLI.samplePath, "--format", "json", "--delimiter", ";", "--lang", "ru"])
    #expect(delimiter.status == 2 && delimiter.stderr.contains("--delimiter — только для --format csv"))
    let bad = CLI.run(["export", CLI.samplePath, "--format", "csv", "--delimiter", "|"])
    #expect(bad.status == 2)
  }

  @Test(arguments: ["export", "report"])
  func aWorkbookIsNotWrittenToATerminal(_ command: String) throws {
    let r = PTY.run([command, CLI.samplePath, "--format", "xlsx", "--lang", "en"])
    #expect(r.status == 2)
    #expect(r.stdout.contains("an xlsx workbook is binary and is not written to a terminal; give -o FILE.xlsx"))
    #expect(!r.out.starts(with: Array("PK".utf8)))
    // A pipe takes it, as any other format.
    let piped = CLI.run([command, CLI.samplePath, "--format", "xlsx"])
    #expect(piped.status == 0 && piped.out.starts(with: [0x50, 0x4B, 0x03, 0x04]))
  }

  @Test func exportWorkbookReadBackByOpenpyxl() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let out = dir.file("out.xlsx")
    let r = CLI.run(["export", CLI.samplePath, "--format", "xlsx", "--lang", "ru", "-o", out])
    #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
    let script = """
      import json, sys, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
      rows = list(ws.iter_rows(values_only=True))
      json.dump([wb.sheetnames, list(rows[0]), ws.freeze_panes, ws.auto_filter.ref, len(rows),
                 type(rows[1][6]).__name__], sys.stdout, ensure_ascii=False)
      """
    let read = try Self.runPython(script, [out])
    try #require(read.status == 0, "\(read.err)")
    let n = try Self.sample().count
    #expect(read.out == #"[["Мероприятия"], ["Код", "Направление", "Проект", "Название", "Статус", "# + "\"Ответственный исполнитель\", \"Срок\", \"Просрочено\", \"Примечание\"], \"A2\", \"A1:I\(n + 1)\", \(n + 1), \"datetime\"]")
  }

  @Test func aWorkbookThatCannotBeWrittenLeavesNoFile() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let long = String(repeating: "x", count: 40_000)
    let text = String(decoding: CLI.sampleBytes, as: UTF8.self).replacingOccurrences(
      of: "\"en\": \"Build 5 multi-storey apartment blocks in Oral\"", with: "\"en\": \"\(long)\"")
    let path = dir.write("r.json", Array(text.utf8))
    let out = dir.file("out.xlsx")
    let r = CLI.run(["export", path, "--format", "xlsx", "--lang", "en", "-o", out])
    #expect(r.status == 1)
    #expect(r.stderr.contains("cannot write the xlsx workbook: sheet «Activities», row 2, column 4: String exceeds Excel's limit of 32,767 characters."), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.json"])
  }
}
