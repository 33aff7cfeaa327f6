import Foundation
import Testing

/// The command line as a user and a script see it: exit statuses, outputs, files.
struct CLITests {
  // MARK: - validate

  @Test func validateExitStatuses() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let ok = CLI.run(["validate", CLI.samplePath, "--lang", "en"])
    #expect(ok.status == 0)
    #expect(ok.stdout == "\(CLI.samplePath): valid (122 activities)\n")
    #expect(ok.stderr == "")

    let text = String(decoding: CLI.sampleBytes, as: UTF8.self)
    let bad = text.replacingOccurrences(of: "\"id\": \"d1.roads.06\",", with: "\"id\": \"d1.roads.05\",")
    let badPath = dir.write("bad.json", Array(bad.utf8))
    let invalid = CLI.run(["validate", badPath, "--lang", "en"])
    #expect(invalid.status == 1)
    #expect(invalid.stdout == "")
    #expect(invalid.stderr.contains("\(badPath):342:21: error: directions[0].projects[1].activities[5].id (id \"d1.roads.05\"): duplicate id \"d1.roads.05\": already used by directions[0].projects[1].activities[4] at "))

    // Several files: each reported, 1 when any is invalid.
    let both = CLI.run(["validate", CLI.samplePath, badPath, dir.file("missing.json"), "--lang", "en"])
    #expect(both.status == 1)
    #expect(both.stdout.contains("valid (122 activities)"))
    #expect(both.stderr.contains("\(dir.file("missing.json")): error: no such file"))
    #expect(both.stderr.contains("duplicate id"))

    let malformed = dir.write("m.json", Array("{\n  \"format\": ,\n}".utf8))
    let m = CLI.run(["validate", malformed, "--lang", "en"])
    #expect(m.status == 1)
    #expect(m.stderr.hasPrefix("\(malformed):2:13: error: malformed JSON: unexpected character ','"))

    // A warning alone does not fail validation.
    let late = text.replacingOccurrences(of: "\"due\": \"2023-09-30\"", with: "\"due\": \"2029-09-30\"")
    let w = CLI.run(["validate", dir.write("late.json", Array(late.utf8)), "--lang", "en"])
    #expect(w.status == 0)
    #expect(w.stderr.contains(": warning: "))
    #expect(w.stderr.contains("outside the programme period 2023–2027"))

    let usage = CLI.run(["validate", "--lang", "en"])
    #expect(usage.status == 2)
    #expect(usage.stderr.contains("Missing expected argument"))
    // argument-parser's own words in the interface language, the argument as it is.
    let kk = CLI.run(["validate"])
    #expect(kk.status == 2)
    #expect(kk.stderr.hasPrefix("Қате: '<ФАЙЛ> ...' аргументі берілмеген\n"), "\(kk.stderr)")
  }

  @Test(arguments: [
    ["summary", "--bogus"], ["validate", "--bogus", "x.json"], ["set-status"], ["set-status", "d1.roads.06", "finished"],
    ["export", "--format", "xml"], ["init", "a", "b"], ["history", "a", "b", "c"], ["summary", "--lang", "fr"],
    ["frobnicate", "now"], ["--bogus"],
  ])
  func usageErrorsExit2(arguments: [String]) throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let r = CLI.run(arguments, cwd: dir.path)
    #expect(r.status == 2, "\(arguments): \(r.stderr)")
    // Kazakh, the default language: argument-parser's "Error:" in its words.
    #expect(r.stderr.hasPrefix("Қате: "), "\(r.stderr)")
    #expect(!r.stderr.contains("Error:") && !r.stderr.contains("Usage:"), "\(r.stderr)")
    #expect(r.stdout == "")
  }

  @Test func unknownSubcommandIsAUsageError() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let r = CLI.run(["frobnicate"], cwd: dir.path, environment: ["JOLKARTA_LANG": "en"])
    #expect(r.status == 2)
    let ru = CLI.run(["frobnicate"], cwd: dir.path, environment: ["JOLKARTA_LANG": "ru"])
    #expect(ru.status == 2)
    #expect(ru.stderr.hasPrefix("Ошибка: 'frobnicate' — не подкоманда и не файл дорожной карты"), "\(ru.stderr)")
    #expect(ru.stderr.contains("Использование: jolkarta open") && ru.stderr.contains("  Подробнее: 'jolkarta open --help'."))
    #expect(r.stderr.contains("frobnicate"))
    #expect(r.stderr.contains("subcommand"))
  }

  @Test func helpListsAtLeastTheFoundationSubcommands() throws {
    let r = CLI.run(["--help"], environment: ["JOLKARTA_LANG": "en"])
    #expect(r.status == 0)
    let listed = Self.subcommands()
    for name in ["open", "summary", "validate", "set-status", "history", "export", "init"] {
      #expect(listed.contains(name), "\(name) missing from --help")
    }
  }

  /// The subcommands `jolkarta --help` lists, so a new one is covered by the help test.
  static func subcommands() -> [String] {
    let help = CLI.run(["--help"], environment: ["JOLKARTA_LANG": "en"]).stdout
    guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
    return help[start.upperBound...].split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first else { return nil }
      return word == "See" ? nil : String(word)
    }
  }

  @Test(arguments: [[]] + subcommands().map { [$0] })
  func helpOnEverySubcommand(sub: [String]) throws {
    let r = CLI.run(sub + ["--help"], environment: ["JOLKARTA_LANG": "en"])
    #expect(r.status == 0, "\(sub)")
    #expect(r.stdout.contains("USAGE:"), "\(sub)")
    #expect(r.stdout.contains(sub.isEmpty ? "SUBCOMMANDS:" : "jolkarta \(sub[0])"), "\(sub)")
    let h = CLI.run(["help"] + sub)
    #expect(h.status == 0, "help \(sub)")
    // In Kazakh (the default) and Russian, argument-parser's headings are in the language.
    #expect(h.stdout.contains("ҚОЛДАНУ: jolkarta") && !h.stdout.contains("USAGE:"), "help \(sub)")
    let ru = CLI.run(sub + ["--help", "--lang", "ru"])
    #expect(ru.stdout.contains("ИСПОЛЬЗОВАНИЕ: jolkarta") && !ru.stdout.contains("OPTIONS:"), "\(sub) ru")
  }

  // MARK: - summary

  @Test func summaryJSON() throws {
    let r = CLI.run(["summary", CLI.samplePath, "--json"])
    #expect(r.status == 0)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(r.out)) as? [String: Any])
    let a = try #require(root["activities"] as? [String: Any])
    #expect(a["total"] as? Int == 122)
    #expect(a["done"] as? Int == 60)
    #expect(a["in_progress"] as? Int == 52)
    #expect(a["pending"] as? Int == 10)
    #expect(a["overdue"] as? Int == 11)
    let dirs = try #require(root["directions"] as? [[String: Any]])
    #expect(dirs.map { $0["id"] as? String } == ["d1", "d2", "d3", "d4"])
    #expect(dirs.map { $0["total"] as? Int } == [45, 28, 29, 20])
    #expect(dirs.map { $0["done"] as? Int } == [23, 15, 14, 8])
    #expect(dirs.map { $0["in_progress"] as? Int } == [18, 11, 12, 11])
    #expect(dirs.map { $0["pending"] as? Int } == [4, 2, 3, 1])
    #expect(dirs.allSatisfy { ($0["title"] as? String)?.isEmpty == false })
    #expect(dirs[0]["title"] as? String == "Өмір сапасын арттыру")
    // The percentages by largest remainder.
    let pct = a["percent"] as? [String: Any]
    #expect(pct?["done"] as? Int == 49)
    #expect(pct?["in_progress"] as? Int == 43)
    #expect(pct?["pending"] as? Int == 8)

    let en = CLI.run(["summary", CLI.samplePath, "--json", "--lang", "en"])
    let enRoot = try #require(try JSONSerialization.jsonObject(with: Data(en.out)) as? [String: Any])
    #expect((enRoot["directions"] as? [[String: Any]])?.first?["title"] as? String == "Raising the quality of life")
  }

  @Test func summaryText() throws {
    let r = CLI.run(["summary", CLI.samplePath, "--lang", "en"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Total 122 · done 60 (49%) · in progress 52 (43%) · not started 10 (8%) · overdue: 11"))
    // Units in the form their figure takes: 2 clinics, 4 FAPs; with a plan, the plan's.
    #expect(r.stdout.contains("2 clinics") && r.stdout.contains("4 FAPs") && r.stdout.contains("7 / 14 schools"))
    #expect(r.stdout.contains("\nAs of 30 November 2023\n"))  // a line of its own
    for figure in ["460,000", "291", "7 / 14", "6 / 12", "837", "5.6", "82", "26"] {
      #expect(r.stdout.contains(figure), "\(figure)")
    }
    // Overdue against today: counted here from the raw JSON with today's local date.
    let today = CLI.run(["summary", CLI.samplePath, "--json", "--today"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(today.out)) as? [String: Any])
    let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    let day = String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    let raw = try #require(try JSONSerialization.jsonObject(with: Data(CLI.sampleBytes)) as? [String: Any])
    var expected = 0
    for d in raw["directions"] as? [[String: Any]] ?? [] {
      for p in d["projects"] as? [[String: Any]] ?? [] {
        for a in p["activities"] as? [[String: Any]] ?? [] {
          if a["status"] as? String != "done", let due = a["due"] as? String, due < day { expected += 1 }
        }
      }
    }
    #expect(expected >= 11)
    #expect((root["activities"] as? [String: Any])?["overdue"] as? Int == expected)
  }

  @Test func missingDefaultFile() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    for sub in [["summary"], [], ["export", "--format", "csv"], ["set-status", "d1.roads.06", "done"]] {
      let r = CLI.run(sub, cwd: dir.path, environment: ["JOLKARTA_LANG": "en"])
      #expect(r.status == 1, "\(sub)")
      #expect(r.stderr.contains("no roadmap at data/roadmap.json"), "\(sub): \(r.stderr)")
      let kk = CLI.run(sub, cwd: dir.path)
      #expect(kk.stderr.contains("бұл қалтада data/roadmap.json жол картасы жоқ"), "\(sub): \(kk.stderr)")
      #expect(r.stderr.contains("jolkarta init"), "\(sub)")
      #expect(r.stderr.contains("Pass a file"), "\(sub)")
    }
    // With the default file present, it is used.
    dir.write("data/roadmap.json", CLI.sampleBytes)
    let r = CLI.run(["summary", "--json"], cwd: dir.path)
    #expect(r.status == 0)
  }

  // MARK: - export

  @Test func exportCSV() throws {
    let r = CLI.run(["export", CLI.samplePath, "--format", "csv", "--lang", "en"])
    #expect(r.status == 0)
    let rows = r.stdout.components(separatedBy: "\r\n")
    #expect(rows.count == 124 && rows.last == "")
    #expect(rows[0] == "\u{FEFF}ID,Direction,Project,Title,Status,Responsible agency,Due date,Overdue,Note")
    #expect(rows[1].hasPrefix("d1.housing.01,Raising the quality of life,"))
    #expect(rows.filter { $0.contains(",yes,") }.count == 11)
    #expect(rows.dropFirst().filter { $0.contains(",done,") }.count == 60)
    #expect(rows.dropFirst().filter { $0.contains(",in progress,") }.count == 52)
  }

  @Test func exportMarkdown() throws {
    let r = CLI.run(["export", CLI.samplePath, "--format", "md"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 124)  // header, separator, 122 rows
    #expect(lines[0] == "| Коды | Бағыт | Жоба | Атауы | Мәртебесі | Жауапты орган | Мерзімі | Мерзімі өткен | Ескертпе |")
    #expect(lines[1] == "| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    #expect(lines.dropFirst(2).allSatisfy { $0.hasPrefix("| d") && $0.hasSuffix(" |") })
  }

  @Test func exportQuotesAndEscapes() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let text = String(decoding: CLI.sampleBytes, as: UTF8.self).replacingOccurrences(
      of: "\"en\": \"Build 5 multi-storey apartment blocks in Oral\"", with: "\"en\": \"Build 5, \\\"big\\\" | blocks\\nin Oral\"")
    let path = dir.write("r.json", Array(text.utf8))
    let csv = CLI.run(["export", path, "--format", "csv", "--lang", "en"])
    #expect(csv.stdout.contains("\r\nd1.housing.01,Raising the quality of life,Housing construction,\"Build 5, \"\"big\"\" | blocks\nin Oral\",done,\"Department of Construction, West Kazakhstan Region\",2023-09-30,no,\r\n"))
    let md = CLI.run(["export", path, "--format", "md", "--lang", "en"])
    #expect(md.stdout.contains("| d1.housing.01 | Raising the quality of life | Housing construction | Build 5, \"big\" \\| blocks in Oral | done |"))
    let json = CLI.run(["export", path, "--format", "json", "--lang", "en"])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out)) as? [[String: Any]])
    #expect(rows.first?["title"] as? String == "Build 5, \"big\" | blocks\nin Oral")
  }

  @Test func exportJSONToAFile() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let r = CLI.run(["export", CLI.samplePath, "--format", "json", "-o", dir.file("out.json")])
    #expect(r.status == 0)
    #expect(r.stdout == "")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(dir.read("out.json"))) as? [[String: Any]])
    #expect(rows.count == 122)
    #expect(rows.filter { $0["status"] as? String == "in_progress" }.count == 52)
    #expect(rows.filter { $0["overdue"] as? Bool == true }.count == 11)
    #expect(Set(rows[0].keys) == ["id", "direction", "project", "title", "status", "owner", "due", "overdue", "note"])
  }

  // MARK: - init

  @Test func initWritesTheSample() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let r = CLI.run(["init"], cwd: dir.path)
    #expect(r.status == 0)
    #expect(dir.read("data/roadmap.json") == CLI.sampleBytes)
    let again = CLI.run(["init"], cwd: dir.path)
    #expect(again.status == 1)
    #expect(again.stderr.contains("data/roadmap.json бар; үстінен жазу үшін --force қосыңыз"), "\(again.stderr)")
    dir.write("data/roadmap.json", [0x7B])
    #expect(CLI.run(["init", "--force"], cwd: dir.path).status == 0)
    #expect(dir.read("data/roadmap.json") == CLI.sampleBytes)
    let other = CLI.run(["init", dir.file("deep/er/r.json")])
    #expect(other.status == 0)
    #expect(dir.read("deep/er/r.json") == CLI.sampleBytes)
  }

  // MARK: - set-status and history

  @Test func setStatusAndHistory() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("r.json", CLI.sampleBytes)
    let r = CLI.run(["set-status", "d1.roads.06", "done", path, "--author", "Ә. Әбенова", "--lang", "en"])
    #expect(r.status == 0)
    #expect(r.stdout == "d1.roads.06: in progress → done\n")
    let after = String(decoding: dir.read("r.json"), as: UTF8.self)
    let before = String(decoding: CLI.sampleBytes, as: UTF8.self)
    let diff = zip(before.split(separator: "\n"), after.split(separator: "\n")).filter { $0 != $1 }
    #expect(diff.count == 1)
    #expect(diff.first?.1.trimmingCharacters(in: .whitespaces) == "\"status\": \"done\",")

    let env = CLI.run(["set-status", "d1.roads.06", "pending", path], environment: ["JOLKARTA_AUTHOR": "env-author"])
    #expect(env.status == 0)
    let login = CLI.run(["set-status", "d1.roads.06", "in_progress", path])
    #expect(login.status == 0)
    #expect(dir.read("r.json") == CLI.sampleBytes)

    let lines = String(decoding: dir.read("r.history.jsonl"), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 3)
    let entries = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(entries.map { $0["author"] as? String }[0..<2] == ["Ә. Әбенова", "env-author"])
    #expect(entries[2]["author"] as? String != nil && entries[2]["author"] as? String != "")
    #expect(entries.map { $0["old"] as? String } == ["in_progress", "done", "pending"])
    #expect(entries.map { $0["new"] as? String } == ["done", "pending", "in_progress"])
    #expect(entries.allSatisfy { $0["id"] as? String == "d1.roads.06" && $0["field"] as? String == "status" })
    #expect(entries.allSatisfy { ($0["time"] as? String)?.hasSuffix("Z") == true })
    #expect(lines.allSatisfy { $0.hasPrefix("{\"time\":") })

    let h = CLI.run(["history", "d1.roads.06", path, "--lang", "en"])
    #expect(h.status == 0)
    #expect(h.stdout.split(separator: "\n").count == 3)
    #expect(h.stdout.contains("Ә. Әбенова  d1.roads.06  status: in progress → done"))

    // The same status again: nothing written, no history line.
    let same = CLI.run(["set-status", "d1.roads.06", "in_progress", path])
    #expect(same.status == 0)
    #expect(String(decoding: dir.read("r.history.jsonl"), as: UTF8.self).split(separator: "\n").count == 3)

    let unknown = CLI.run(["set-status", "nope", "done", path, "--lang", "en"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no activity has the id \"nope\""))
    #expect(dir.read("r.json") == CLI.sampleBytes)
    // A slip gets the nearest ids.
    let slip = CLI.run(["set-status", "d1.roads.6", "done", path, "--lang", "en"])
    #expect(slip.status == 1)
    #expect(slip.stderr.contains("no activity has the id \"d1.roads.6\"; did you mean d1.roads.06"), "\(slip.stderr)")
    #expect(dir.read("r.json") == CLI.sampleBytes)
  }

  @Test func setStatusRefusesAnInvalidFile() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let text = String(decoding: CLI.sampleBytes, as: UTF8.self).replacingOccurrences(of: "\"as_of\": \"2023-11-30\"", with: "\"as_of\": \"2023-11-31\"")
    let path = dir.write("r.json", Array(text.utf8))
    let r = CLI.run(["set-status", "d1.roads.06", "done", path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("as_of"))
    #expect(dir.read("r.json") == Array(text.utf8))
    #expect(!FileManager.default.fileExists(atPath: dir.file("r.history.jsonl")))
  }
}
