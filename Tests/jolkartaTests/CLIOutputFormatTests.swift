import Foundation
import Testing

/// `export` and `report` write CSV and Markdown through the same writers, so they agree
/// on what is made safe.
@Suite struct CLIOutputFormatTests {
  /// JSON-escaped formula payloads, one per field a spreadsheet would run.
  static let formulas = [
    #"=HYPERLINK(\"http://evil.example\",\"x\")"#, #"+cmd|' /C calc'!A0"#, "@SUM(A1:A9)",
    #"\t=1+1"#, #"\r=2+2"#, "  -3+3",
  ]

  static func roadmap() -> String {
    let f = formulas
    return """
      {"format": "jolkarta-roadmap", "version": 1, "title": "\(f[0])", "region": "\(f[1])",
       "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30",
       "directions": [{"id": "\(f[2])", "title": "\(f[3])",
         "indicators": [
           {"id": "i1", "title": "\(f[4])", "unit": "\(f[5])", "plan": 10, "actual": 15}],
         "projects": [{"id": "\(f[1])p", "title": "\(f[5])", "activities": [
           {"id": "\(f[0])a", "title": "\(f[0])", "status": "pending", "owner": "\(f[2])",
            "due": "2023-01-01"},
           {"id": "a2", "title": "<script>x</script> line\\rbreak [l](javascript:alert(1))",
            "status": "in_progress", "owner": "<img src=x onerror=alert(1)>"}]}]}]}
      """
  }

  /// The fields of a CSV document as Python's csv module reads them.
  static func fields(_ bytes: [UInt8], delimiter: String = ",") throws -> [String] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", "-c",
      "import csv,io,json,sys; d=sys.stdin.buffer.read().decode('utf-8-sig'); "
        + "rows = csv.reader(io.StringIO(d, newline=''), delimiter=\(delimiter.debugDescription), strict=True); "
        + "json.dump([f for r in rows for f in r], sys.stdout)",
    ]
    let input = Pipe(), output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    try p.run()
    input.fileHandleForWriting.write(Data(bytes))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    try #require(p.terminationStatus == 0)
    return try JSONDecoder().decode([String].self, from: out)
  }

  @Test(arguments: [
    ["export", "--format", "csv"], ["export", "--format", "csv", "--delimiter", ","],
    ["report", "--format", "csv", "--lang", "en"], ["report", "--format", "csv", "--lang", "ru"],
  ])
  func everyTextFieldThatCouldRunIsDefused(_ command: [String]) throws {
    // `;` unless asked otherwise or in English (kk is the language without --lang).
    let delimiter = command.firstIndex(of: "--delimiter").map { command[$0 + 1] }
      ?? (command.contains("en") ? "," : ";")
    let dir = TempFolder()
    defer { dir.remove() }
    let file = dir.write("r.json", Array(Self.roadmap().utf8))
    let r = CLI.run([command[0], file] + command.dropFirst())
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.out.starts(with: [0xEF, 0xBB, 0xBF]))
    let fields = try Self.fields(r.out, delimiter: delimiter)
    let starts = ["=", "+", "-", "@", "\t", "\r"]
    let dangerous = fields.filter { f in
      let s = f.drop { $0 == " " }
      return starts.contains { s.hasPrefix($0) } && Double(f) == nil
    }
    #expect(dangerous.isEmpty, "\(dangerous)")
    // What the file holds is all there, behind its quote.
    var held = ["=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(A1:A9)", "\t=1+1"]
    if command[0] == "report" { held.append("+cmd|' /C calc'!A0") }  // the region
    for f in held {
      #expect(fields.contains { $0.hasPrefix("'" + f) }, "\(f.debugDescription)")
    }
    if command[0] == "report" {
      // Figures are not text from the file: no quote (negative ones cannot be in a file).
      #expect(fields.contains("15"), "a figure jolkarta writes stays a number")
    }
  }

  @Test(arguments: ["export", "report"])
  func markdownRowsStayWholeAndHoldNoMarkup(_ command: String) throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let file = dir.write("r.json", Array(Self.roadmap().utf8))
    let r = CLI.run([command, file, "--format", "md", "--lang", "en"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stdout.contains("\r"), "a bare CR would end the table row")
    for bad in ["<script", "<img", "](javascript", "javascript:"] {
      #expect(!r.stdout.contains(bad), "\(bad)")
    }
    let rows = r.stdout.split(separator: "\n").filter { $0.contains("script") }
    #expect(!rows.isEmpty)
    for row in rows where row.hasPrefix("|") {
      #expect(row.hasSuffix(" |") && row.contains("line break"), "\(row)")
    }
  }
}
