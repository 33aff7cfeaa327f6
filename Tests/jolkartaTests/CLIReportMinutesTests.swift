import Foundation
import Testing

/// `jolkarta report` for the minutes: `--annex`, `--minutes-number`, and the history read
/// once for both the changes and the progress over time.
@Suite struct CLIReportMinutesTests {
  @Test func theAnnexLineIsAskedFor() {
    let plain = CLI.run(["report", CLI.samplePath, "--format", "md", "--lang", "kk"])
    #expect(plain.status == 0 && plain.stdout.hasPrefix("# Отырысқа арналған есеп\n"))
    let annex = CLI.run(["report", CLI.samplePath, "--format", "md", "--lang", "kk", "--annex"])
    #expect(annex.stdout.hasPrefix("**Хаттамаға қосымша**: 2023 жылғы 30 қарашадағы фракция отырысы\n\n# "))
    let numbered = CLI.run(["report", CLI.samplePath, "--format", "md", "--lang", "ru", "--minutes-number", "12/3"])
    #expect(numbered.stdout.hasPrefix("**Приложение к протоколу**: Заседание фракции 30 ноября 2023 г., № 12/3\n\n# "))
    let empty = CLI.run(["report", CLI.samplePath, "--format", "md", "--minutes-number", " "])
    #expect(empty.status == 2 && empty.stdout.isEmpty, "a usage error")
    #expect(empty.stderr.contains("--minutes-number бос болмауы керек"))
    let emptyRu = CLI.run(["report", CLI.samplePath, "--format", "md", "--lang", "ru", "--minutes-number", ""])
    #expect(emptyRu.status == 2 && emptyRu.stderr.contains("--minutes-number не может быть пустым"))
  }

  @Test func theHistoryIsReadOnceForTheChangesAndTheSeries() {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("r.json", CLI.sampleBytes)
    let root = try! JSONSerialization.jsonObject(with: Data(CLI.sampleBytes)) as! [String: Any]
    let first = (((root["directions"] as! [[String: Any]])[0]["projects"] as! [[String: Any]])[0]["activities"]
      as! [[String: Any]]).first { $0["status"] as? String == "done" }!["id"] as! String
    let history = "not json\n"
      + #"{"time":"2024-03-01T09:00:00Z","author":"А","id":"\#(first)","field":"status","old":"in_progress","new":"done"}"#
      + "\n"
    dir.write("r.history.jsonl", Array(history.utf8))
    let r = CLI.run(["report", path, "--format", "md", "--lang", "en"])
    #expect(r.status == 0)
    #expect(r.stderr.components(separatedBy: "r.history.jsonl:1:1:").count == 2, "\(r.stderr)")
    // The series: the meeting and the day of the change, which is now.
    #expect(r.stdout.contains("| 30 November 2023 \\(meeting\\) |"))
    #expect(r.stdout.contains("| 1 March 2024 \\(now\\) |"))
    // And the same entry is the change since the meeting.
    #expect(r.stdout.contains("| \(first.replacingOccurrences(of: "_", with: "\\_")) |"))
  }
}
