import Foundation
import Testing

/// Every command, with its output on a terminal, shows the file's hostile text as
/// placeholders; through a pipe it passes the data on as it is.
@Suite struct CLITerminalOutputTests {
  /// One command line of the corpus: `$F` the hostile roadmap, `$I` an invalid one, `$ID`
  /// a hostile activity id, `$X` an unknown hostile id.
  struct Case: Sendable, CustomTestStringConvertible {
    var words: [String]
    var status: Int32
    var testDescription: String { words.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(words: ["summary", "$F"], status: 0),
    Case(words: ["summary", "$F", "--json"], status: 0),
    Case(words: ["summary", "$F", "--lang", "en"], status: 0),
    Case(words: ["export", "$F", "--format", "csv"], status: 0),
    Case(words: ["export", "$F", "--format", "md"], status: 0),
    Case(words: ["export", "$F", "--format", "json"], status: 0),
    Case(words: ["export", "$F", "--format", "csv", "-o", "-"], status: 0),
    Case(words: ["report", "$F", "--format", "md", "--since", "2000-01-01"], status: 0),
    Case(words: ["report", "$F", "--format", "csv"], status: 0),
    Case(words: ["report", "$F", "--format", "html"], status: 0),
    Case(words: ["history", "$F"], status: 0),
    Case(words: ["history", "$F", "--json"], status: 0),
    Case(words: ["history", "$ID", "$F"], status: 0),
    Case(words: ["set-status", "$ID", "done", "$F", "--author", "$A"], status: 0),
    Case(words: ["set-status", "$X", "done", "$F"], status: 1),
    Case(words: ["set", "$ID", "note", "$A", "$F", "--author", "$A"], status: 0),
    Case(words: ["set", "$ID", "status", "pending", "$F"], status: 0),
    Case(words: ["set", "$X", "note", "x", "$F"], status: 1),
    Case(words: ["set", "$ID", "$A", "x", "$F"], status: 2),
    Case(words: ["set", "$P", "status", "done", "$F"], status: 1),
    Case(words: ["add", "activity", "--project", "$P", "--title", "$A", "$F"], status: 0),
    Case(words: ["add", "$A"], status: 2),
    Case(words: ["remove", "$ID", "$F"], status: 0),
    Case(words: ["move", "$ID", "--to", "$P", "$F"], status: 0),
    Case(words: ["move", "$ID", "--to", "$X", "$F"], status: 1),
    Case(words: ["validate", "$I", "$F"], status: 1),
    Case(words: ["summary", "$I"], status: 1),
    Case(words: ["$I"], status: 1),
    Case(words: ["present", "$I"], status: 1),
  ]

  /// A folder with the corpus: the roadmap, its history (a hostile author changed a
  /// hostile id), and an invalid roadmap.
  static func corpus() throws -> (TempFolder, [String: String]) {
    let dir = TempFolder()
    let file = dir.write("r.json", Array(HostileCorpus.roadmap().utf8))
    let invalid = dir.write("i.json", Array(HostileCorpus.invalidRoadmap().utf8))
    let made = CLI.run(
      ["set-status", HostileCorpus.activityID, "in_progress", file, "--author", HostileCorpus.text])
    #expect(made.status == 0, "\(made.stderr)")
    let words = [
      "$F": file, "$I": invalid, "$ID": HostileCorpus.activityID, "$A": HostileCorpus.text,
      "$X": "zz" + HostileCorpus.text, "$P": "p1" + HostileCorpus.text,
    ]
    return (dir, words)
  }

  @Test(arguments: cases)
  func onATerminalNothingFromTheFileIsObeyed(_ c: Case) throws {
    let (dir, words) = try Self.corpus()
    defer { dir.remove() }
    let r = PTY.run(c.words.map { words[$0] ?? $0 })
    #expect(r.status == c.status, "\(r.stdout)")
    #expect(HostileCorpus.problem(inTerminalBytes: r.out) == nil, "\(r.stdout.debugDescription)")
    // The text is shown, not dropped: what is left of the sequences is visible.
    #expect(r.stdout.contains("[2J") && r.stdout.contains("52;c;SGVsbG8="), "\(r.stdout)")
  }

  @Test(arguments: [
    ["summary", "$F"], ["history", "$F"], ["validate", "$I"], ["export", "$F", "--format", "md"],
  ])
  func aTerminalInAnEightBitLocaleGetsASCII(_ line: [String]) throws {
    let (dir, words) = try Self.corpus()
    defer { dir.remove() }
    let r = PTY.run(line.map { words[$0] ?? $0 }, environment: try EightBitLocale.environment())
    #expect(HostileCorpus.problem(inTerminalBytes: r.out, asciiOnly: true) == nil, "\(r.stdout)")
    #expect(r.stdout.contains("[2J"))
  }

  @Test(arguments: [["summary", "$F"], ["history", "$F"], ["validate", "$I"]])
  func aTerminalWithNoLocaleGetsInertUTF8(_ line: [String]) throws {
    let (dir, words) = try Self.corpus()
    defer { dir.remove() }
    let r = PTY.run(line.map { words[$0] ?? $0 }, environment: ["LANG": "C"])
    #expect(HostileCorpus.problem(inTerminalBytes: r.out) == nil, "\(r.stdout)")
    #expect(r.stdout.contains("[2J") && r.stdout.contains("\u{FFFD}"), "\(r.stdout)")
  }

  @Test func throughAPipeTheDataIsAsItIs() throws {
    let (dir, words) = try Self.corpus()
    defer { dir.remove() }
    let file = words["$F"]!
    let osc = "\u{1B}]52;c;SGVsbG8=\u{07}"
    let summary = CLI.run(["summary", file])
    #expect(summary.stdout.contains("T " + HostileCorpus.text))
    let history = CLI.run(["history", file])
    #expect(history.stdout.contains(HostileCorpus.text + "  " + HostileCorpus.activityID))
    let invalid = CLI.run(["validate", words["$I"]!])
    #expect(invalid.status == 1 && invalid.stderr.contains("x" + HostileCorpus.text))
    let csv = CLI.run(["export", file, "--format", "csv"])
    #expect(csv.stdout.contains(osc))
    // Markdown keeps itself safe wherever it goes: invisible characters become U+FFFD.
    let md = CLI.run(["export", file, "--format", "md"])
    #expect(!md.stdout.contains("\u{1B}") && md.stdout.contains("\u{FFFD}\\]52;c;SGVsbG8="))
  }
}

/// A KOI8-R locale built for the tests with `localedef` (this machine ships only C and
/// C.UTF-8), to try a terminal that is really not UTF-8.
enum EightBitLocale {
  nonisolated(unsafe) private static var built: String?
  private static let lock = NSLock()

  /// `LOCPATH`, `LANG` and `LC_ALL` for `ru_RU.KOI8-R`.
  static func environment() throws -> [String: String] {
    let dir = try lock.withLock { () throws -> String in
      if let built { return built }
      let dir = NSTemporaryDirectory() + "jolkarta-locale-\(getpid())"
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      let r = try runProcess(
        "/usr/bin/localedef", ["-i", "ru_RU", "-f", "KOI8-R", dir + "/ru_RU.KOI8-R"])
      try #require(r.status == 0, "localedef built ru_RU.KOI8-R")
      built = dir
      return dir
    }
    return ["LOCPATH": dir, "LANG": "ru_RU.KOI8-R", "LC_ALL": "ru_RU.KOI8-R"]
  }
}
