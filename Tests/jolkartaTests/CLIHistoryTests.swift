import Foundation
import Testing

/// `history --json`, damaged history lines, and `set-status` on a read-only roadmap.
struct CLIHistoryTests {
  @Test func historyAsJSONLines() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("r.json", CLI.sampleBytes)
    #expect(
      CLI.run(["set-status", "d1.roads.06", "done", path, "--author", "Ә. Әбенова"]).status == 0)
    #expect(CLI.run(["set-status", "d4.air.05", "pending", path, "--author", "b"]).status == 0)
    let all = CLI.run(["history", "--json", path])
    #expect(all.status == 0 && all.stderr.isEmpty)
    let lines = all.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    for line in lines {
      // Exactly these members, in this order (the stored save id is not shown).
      let keys = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      ).keys
      #expect(Set(keys) == ["time", "author", "id", "field", "old", "new"])
      #expect(line.hasPrefix(#"{"time":""#) && line.contains(#"","author":""#))
    }
    #expect(
      lines[0].hasSuffix(
        #","author":"Ә. Әбенова","id":"d1.roads.06","field":"status","old":"in_progress","new":"done"}"#
      ))
    let one = CLI.run(["history", "--json", "d4.air.05", path])
    #expect(one.stdout.split(separator: "\n").count == 1)
    #expect(
      one.stdout.hasSuffix(
        #""id":"d4.air.05","field":"status","old":"done","new":"pending"}"# + "\n"))
    // The text form is still there.
    #expect(
      CLI.run(["history", path, "--lang", "en"]).stdout.contains(
        "Ә. Әбенова  d1.roads.06  status: in progress → done"))
  }

  /// The text form dates a change in local time, to the minute, as the history screen
  /// does (a secretary in Oral reads 20:41, not 15:41Z); `--json` keeps UTC as stored.
  @Test func theTextFormIsInLocalTime() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("r.json", CLI.sampleBytes)
    #expect(CLI.run(["set-status", "d1.roads.06", "done", path, "--author", "a"]).status == 0)
    let json = CLI.run(["history", "--json", path]).stdout
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let stored = try #require(object["time"] as? String)
    let utc = try #require(ISO8601DateFormatter().date(from: stored))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "Asia/Oral"))
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: utc)
    let local = String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    let text = CLI.run(["history", path, "--lang", "en"], environment: ["TZ": "Asia/Oral"]).stdout
    #expect(text.hasPrefix(local + "  a  d1.roads.06  status: in progress → done"), "\(text)")
    #expect(!text.contains(stored))
  }

  @Test func aDamagedLineIsReportedAndTheOthersPrinted() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("r.json", CLI.sampleBytes)
    #expect(CLI.run(["set-status", "d1.roads.06", "done", path]).status == 0)
    // A crash cut the next line short.
    let history = dir.file("r.history.jsonl")
    let handle = try #require(FileHandle(forWritingAtPath: history))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"time":"2023"#.utf8))
    try handle.close()
    #expect(CLI.run(["set-status", "d4.air.05", "pending", path]).status == 0)
    let h = CLI.run(["history", "--json", path, "--lang", "en"])
    #expect(h.status == 0)
    #expect(h.stdout.split(separator: "\n").count == 2)
    #expect(h.stderr.contains("r.history.jsonl:2:1: warning: not a history entry; skipped"))
  }

  @Test func setStatusRefusesAReadOnlyRoadmap() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("r.json", CLI.sampleBytes)
    #expect(chmod(path, 0o444) == 0)
    let r = CLI.run(["set-status", "d1.roads.06", "done", path, "--lang", "en"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("\(path) is read-only (mode 0444)"))
    #expect(dir.read("r.json") == CLI.sampleBytes)
    #expect(!FileManager.default.fileExists(atPath: dir.file("r.history.jsonl")))
  }
}
