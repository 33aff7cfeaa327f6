import Foundation
import Testing

/// `--version`, and the documented shape of `summary --json`.
struct CLIVersionTests {
  /// The rows of README's `summary --json` table: key → the backticked names in its value.
  static func readmeShape() throws -> [(key: String, names: [String])] {
    let readme = try String(
      contentsOf: CLI.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.components(separatedBy: "### `summary --json`").dropFirst().first)
    var rows: [(String, [String])] = []
    for line in section.split(separator: "\n") {
      if line.hasPrefix("## ") || line.hasPrefix("### ") { break }
      guard line.hasPrefix("| `") else { continue }
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      let names = cells[1].components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }
        .map(\.element)
      rows.append((cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), names))
    }
    return rows
  }

  /// The top-level keys in the order the program writes them (JSONSerialization loses it).
  static func topLevelKeys(_ text: String) -> [String] {
    var keys: [String] = []
    var depth = 0
    var inString = false
    var escaped = false
    var current = ""
    var afterString = false
    for c in text {
      if inString {
        if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" {
          inString = false
          afterString = true
          continue
        }
        current.append(c)
        continue
      }
      if c == "\"" {
        inString = true
        current = ""
        continue
      }
      if c == ":" && afterString && depth == 1 { keys.append(current) }
      if !c.isWhitespace { afterString = false }
      if c == "{" || c == "[" { depth += 1 }
      if c == "}" || c == "]" { depth -= 1 }
    }
    return keys
  }

  @Test func versionIsPrintedAndIsTheOneSummaryCarries() throws {
    let r = CLI.run(["--version"])
    #expect(r.status == 0)
    let version = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(version.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
    let s = CLI.run(["summary", "--json", CLI.samplePath])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [String: Any])
    #expect(json["program"] as? String == version)
    #expect(json["version"] as? Int == 1)
  }

  @Test func asOfUsedIsTheFilesDayOrToday() throws {
    let plain = CLI.run(["summary", "--json", CLI.samplePath])
    let a = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
    #expect(a["as_of"] as? String == "2023-11-30")
    #expect(a["as_of_used"] as? String == "2023-11-30")
    func day(_ d: Date) -> String {
      let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: d)
      return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
    let before = day(Date())
    let today = CLI.run(["summary", "--json", "--today", CLI.samplePath])
    let after = day(Date())
    let b = try #require(try JSONSerialization.jsonObject(with: Data(today.stdout.utf8)) as? [String: Any])
    #expect(b["as_of"] as? String == "2023-11-30")
    let used = try #require(b["as_of_used"] as? String)
    #expect(used == before || used == after)
    let overdueToday = (b["activities"] as? [String: Any])?["overdue"] as? Int
    let overdueThen = (a["activities"] as? [String: Any])?["overdue"] as? Int
    #expect(overdueThen == 11)
    #expect(overdueToday != nil && overdueToday! >= overdueThen!)
  }

  /// README's table names every key, in the program's order, and the members of each object.
  @Test func readmeDocumentsTheShapeTheProgramWrites() throws {
    let rows = try Self.readmeShape()
    let s = CLI.run(["summary", "--json", CLI.samplePath])
    #expect(rows.filter { !$0.key.contains(".") }.map(\.key) == Self.topLevelKeys(s.stdout))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [String: Any])
    func documented(_ key: String) -> Set<String> {
      Set(rows.first { $0.key == key }?.names.filter { !$0.contains("\"") && !$0.hasPrefix("-") && $0 != key } ?? [])
    }
    let activities = try #require(json["activities"] as? [String: Any])
    #expect(Set(activities.keys) == documented("activities"))
    let percent = try #require(activities["percent"] as? [String: Any])
    #expect(Set(percent.keys) == documented("activities.percent"))
    let direction = try #require((json["directions"] as? [[String: Any]])?.first)
    #expect(Set(direction.keys) == documented("directions"))
    let project = try #require((direction["projects"] as? [[String: Any]])?.first)
    #expect(Set(project.keys) == documented("directions[].projects"))
    let indicators = try #require(json["indicators"] as? [[String: Any]])
    var seen = Set<String>()
    for i in indicators { seen.formUnion(i.keys) }
    #expect(seen == documented("indicators"))
  }
}
