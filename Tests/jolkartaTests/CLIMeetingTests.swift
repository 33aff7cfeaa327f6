import Foundation
import Testing

/// `jolkarta meeting list`, and the report and slides measuring from the last meeting when
/// no `--since` or `--compare` is given. Expected texts come from the file (read with
/// JSONSerialization) or are the literals written in it.
@Suite struct CLIMeetingTests {
  /// The sample's legacy `meeting` block, read with JSONSerialization.
  static var legacyBlock: [String: Any] {
    let root = try! JSONSerialization.jsonObject(with: Data(CLI.sampleBytes)) as! [String: Any]
    return root["meeting"] as! [String: Any]
  }

  static func decision(_ language: String) -> String {
    (legacyBlock["decision"] as! [String: String])[language]!
  }

  /// The sample in version 2, with two meetings after its legacy block.
  static let version2: [UInt8] = {
    var text = String(decoding: CLI.sampleBytes, as: UTF8.self)
    text = text.replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 2,")
    let list = """
      "meetings": [
          {"id": "meeting.2024-05-30", "date": "2024-05-30", "chair": {"kk": "Төраға Қ.", "en": "Chair E."}, "decision": "Шешім"},
          {"id": "meeting.2024-11-28", "date": "2024-11-28", "speakers": ["А. Б.", "В. Г."]}
        ],
        "directions": [
      """
    text = text.replacingOccurrences(of: "\"directions\": [", with: list)
    return Array(text.utf8)
  }()

  @Test func listInEachLanguage() {
    let expected = [
      "kk": "2023 жылғы 30 қараша  meeting\n  Төраға: С. Ізмұханбетова\n  Баяндамашы: Н. Төреғалиев\n"
        + "  Сөз сөйлегендер: Ә. Әбенова\n  Шешім: \(Self.decision("kk"))\n",
      "ru": "30 ноября 2023 г.  meeting\n  Председатель: С. Ізмұханбетова\n  Докладчик: Н. Төреғалиев\n"
        + "  Выступили: Ә. Әбенова\n  Решение: \(Self.decision("ru"))\n",
      "en": "30 November 2023  meeting\n  Chair: С. Ізмұханбетова\n  Reporter: Н. Төреғалиев\n"
        + "  Speakers: Ә. Әбенова\n  Decision: \(Self.decision("en"))\n",
    ]
    for (lang, text) in expected {
      let r = CLI.run(["meeting", "list", CLI.samplePath, "--lang", lang])
      #expect(r.status == 0)
      #expect(r.stdout == text, "\(lang)")
    }
    // JOLKARTA_LANG is followed as by every command.
    #expect(CLI.run(["meeting", "list", CLI.samplePath], environment: ["JOLKARTA_LANG": "ru"]).stdout == expected["ru"])
  }

  @Test func listOfAVersion2FileInFileOrder() {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Self.version2)
    let r = CLI.run(["meeting", "list", path, "--lang", "en"])
    #expect(r.status == 0)
    let blocks = r.stdout.components(separatedBy: "\n\n")
    #expect(blocks.count == 3)
    #expect(blocks.dropFirst().joined(separator: "\n\n") == """
      30 May 2024  meeting.2024-05-30
        Chair: Chair E.
        Decision: Шешім

      28 November 2024  meeting.2024-11-28
        Speakers: А. Б., В. Г.

      """)
  }

  @Test func listAsJSON() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Self.version2)
    let r = CLI.run(["meeting", "list", path, "--json"])
    #expect(r.status == 0)
    let got = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(Self.version2)) as? [String: Any])
    var legacy = Self.legacyBlock
    legacy["id"] = "meeting"
    let expected = [legacy] + (root["meetings"] as! [[String: Any]])
    #expect(got as NSArray == expected as NSArray)
    // Members in the format's order: id, date, chair, reporter, speakers, decision.
    #expect(r.stdout.hasPrefix("[\n  {\n    \"id\": \"meeting\",\n    \"date\": \"2023-11-30\",\n    \"chair\": "))
  }

  @Test func aRoadmapWithoutMeetings() {
    let dir = TempFolder()
    defer { dir.remove() }
    var text = String(decoding: CLI.sampleBytes, as: UTF8.self)
    let start = text.range(of: "  \"meeting\": {")!.lowerBound
    text.removeSubrange(start..<text.range(of: "  \"source\": {")!.lowerBound)
    let path = dir.write("roadmap.json", Array(text.utf8))
    let r = CLI.run(["meeting", "list", path, "--lang", "en"])
    #expect(r.status == 0)
    #expect(r.stdout == "The roadmap has no meetings\n")
    #expect(CLI.run(["meeting", "list", path, "--json"]).stdout == "[]\n")
    // The report has nothing to measure from: the hint stays.
    let report = CLI.run(["report", path, "--format", "md", "--lang", "en"])
    #expect(report.stdout.contains("Nothing to compare with"))
    #expect(report.stdout.contains("--since DATE"))
    #expect(!report.stdout.contains("Faction meeting"))
  }

  /// A history around the meeting of 2023-11-30: .01 done before it, .02 done on its day,
  /// .05 started after it.
  static let history = """
    {"time":"2023-11-20T09:00:00Z","author":"А","id":"d2.auyl_amanaty.01","field":"status","old":"in_progress","new":"done"}
    {"time":"2023-11-30T10:15:00Z","author":"А","id":"d2.auyl_amanaty.02","field":"status","old":"in_progress","new":"done"}
    {"time":"2023-12-01T08:00:00Z","author":"Б","id":"d2.auyl_amanaty.05","field":"status","old":"pending","new":"in_progress"}

    """

  /// The ids in the changes section of a Markdown report, in order.
  static func changedIDs(_ md: String) -> [String] {
    guard let start = md.range(of: "## Changes since the last meeting") else { return [] }
    let section = md[start.upperBound...].prefix { _ in true }
    let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
    return section[..<end].split(separator: "\n").compactMap { line in
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      return cells.count > 2 && cells[1].hasPrefix("d2.") ? cells[1].replacingOccurrences(of: "\\_", with: "_") : nil
    }
  }

  @Test func theReportMeasuresFromTheLastMeetingAndNamesIt() {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", CLI.sampleBytes)
    dir.write("roadmap.history.jsonl", Array(Self.history.utf8))
    let r = CLI.run(["report", path, "--format", "md", "--lang", "en"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Since the meeting of 30 November 2023"))
    #expect(!r.stdout.contains("--since"))
    #expect(Self.changedIDs(r.stdout) == ["d2.auyl_amanaty.02", "d2.auyl_amanaty.05"])
    // The heading block: the meeting (its date in the title), who, then the decision.
    #expect(r.stdout.hasPrefix("# Meeting report\n\n**Faction meeting of 30 November 2023**\n\n"))
    #expect(r.stdout.contains("- **Chair:** С. Ізмұханбетова\n- **Reporter:** Н. Төреғалиев\n"))
    #expect(r.stdout.contains("> **Decision:** \(Self.decision("en"))"))
    // --since still says otherwise.
    let since = CLI.run(["report", path, "--format", "md", "--lang", "en", "--since", "2023-11-01"])
    #expect(Self.changedIDs(since.stdout) == ["d2.auyl_amanaty.01", "d2.auyl_amanaty.02", "d2.auyl_amanaty.05"])
    #expect(since.stdout.contains("Since 1 November 2023"))
    // A later meeting in a version 2 file moves the baseline: nothing since 28 November 2024.
    let v2 = dir.write("v2.json", Self.version2)
    dir.write("v2.history.jsonl", Array(Self.history.utf8))
    let later = CLI.run(["report", v2, "--format", "md", "--lang", "en"])
    #expect(later.stdout.contains("Since the meeting of 28 November 2024"))
    #expect(later.stdout.contains("**Faction meeting of 28 November 2024**"))
    #expect(Self.changedIDs(later.stdout) == [])
  }
}

extension TmuxEndToEnd.Present {
  /// `jolkarta present` without `--since`: the changes slide is that of the last meeting.
  @Test func theChangesSlideIsSinceTheLastMeeting() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    dir.write("roadmap.json", CLI.sampleBytes)
    dir.write("roadmap.history.jsonl", Array(CLIMeetingTests.history.utf8))
    let pane = try TmuxSession(
      width: 100, height: 30, arguments: ["present", "roadmap.json", "--lang", "en"], directory: dir.path)
    defer { pane.close() }
    try pane.waitFor("the title slide") { Self.counter($0)?.0 == 1 }
    // The changes slide comes before the unfinished ones: walk back from the end.
    for _ in 0..<20 { try pane.send("Right") }
    try pane.waitFor("the last slide") { Self.counter($0).map { $0.0 == $0.1 } ?? false }
    var screen = ""
    for _ in 0..<8 {
      screen = try pane.screen()
      if screen.contains("Changes since the last meeting") { break }
      try pane.send("Left")
      Thread.sleep(forTimeInterval: 0.2)
    }
    #expect(screen.contains("Since the meeting of 30 November 2023"), "\(screen)")
    #expect(screen.contains("Issue 220 Auyl Amanaty loans"), "\(screen)")
    #expect(!screen.contains("Issue 250"), "a change before the meeting is left out")
    try pane.send("q")
    #expect(try pane.waitForExit().status == 0)
  }
}

/// `jolkarta meeting add`: the file checked with JSONSerialization, the history line by line.
@Suite struct CLIMeetingAddTests {
  @Test func aMeetingRecordedWithItsCarryOver() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("r.json", CLI.sampleBytes)
    let r = CLI.run([
      "meeting", "add", "--date", "2024-11-28", "--chair", "С. Ізмұханбетова", "--speaker", "Ә. Әбенова",
      "--speaker", "Б. Бекова", "--decision", "Есеп қабылдансын", "--carry-over", path, "--author", "хатшы",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "meeting.2024-11-28\n")
    let before = try JSONSerialization.jsonObject(with: Data(CLI.sampleBytes)) as! [String: Any]
    let after = try JSONSerialization.jsonObject(with: Data(dir.read("r.json"))) as! [String: Any]
    #expect(after["version"] as? Int == 2)
    #expect(after["as_of"] as? String == "2024-11-28")
    let meetings = try #require(after["meetings"] as? [[String: Any]])
    #expect(meetings.count == 1)
    #expect(meetings[0]["id"] as? String == "meeting.2024-11-28")
    #expect(meetings[0]["speakers"] as? [String] == ["Ә. Әбенова", "Б. Бекова"])
    #expect(meetings[0]["reporter"] == nil)
    // The carry-over: exactly the unfinished activities due in 2024, a year later.
    func activities(_ root: [String: Any]) -> [String: [String: Any]] {
      var out: [String: [String: Any]] = [:]
      for d in root["directions"] as! [[String: Any]] {
        for p in d["projects"] as! [[String: Any]] {
          for a in p["activities"] as! [[String: Any]] { out[a["id"] as! String] = a }
        }
      }
      return out
    }
    let old = activities(before), new = activities(after)
    let due2024 = old.filter { ($0.value["status"] as? String) != "done" && ($0.value["due"] as? String)?.hasPrefix("2024-") == true }
    #expect(!due2024.isEmpty)
    for (id, a) in old {
      let was = a["due"] as? String
      let expected = due2024[id] != nil ? "2025" + was!.dropFirst(4) : was
      #expect(new[id]?["due"] as? String == expected, "\(id)")
    }
    // One history line per change: version, the meeting, as of, then each carried over.
    let lines = String(decoding: dir.read("r.history.jsonl"), as: UTF8.self).split(separator: "\n")
    let entries = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    #expect(entries.map { $0["field"] as! String } == ["version", "entry", "as_of"] + Array(repeating: "due", count: due2024.count))
    #expect(entries.allSatisfy { $0["author"] as? String == "хатшы" })
    #expect(CLI.run(["history", path, "--lang", "en"]).stdout.contains("  meeting.2024-11-28  recorded the meeting of 28 November 2024\n"))
    #expect(CLI.run(["history", path, "--lang", "kk"]).stdout.contains("  meeting.2024-11-28  2024 жылғы 28 қарашадағы отырыс жазылды\n"))
    #expect(CLI.run(["history", path, "--lang", "ru"]).stdout.contains("  meeting.2024-11-28  записано заседание 28 ноября 2024 г.\n"))
    // Listed, and the report measures from it now.
    let list = CLI.run(["meeting", "list", "--lang", "en", path])
    #expect(list.stdout.contains("28 November 2024  meeting.2024-11-28"))
  }

  @Test func aBadDateIsAUsageErrorAndWritesNothing() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("r.json", CLI.sampleBytes)
    let r = CLI.run(["meeting", "add", "--date", "2024-02-30", path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("2024-02-30"))
    #expect(dir.read("r.json") == CLI.sampleBytes)
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/r.history.jsonl"))
  }
}
