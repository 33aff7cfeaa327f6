import ArgumentParser
import Foundation
import RoadmapKit

/// `jolkarta export`: one row per activity, as CSV, Markdown or JSON.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Export every activity with its direction, project, status, owner and due date.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, md, json }

  @OptionGroup var roadmap: RoadmapFileArgument

  @Option(help: "csv, md or json.")
  var format: Format

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "Language of titles: kk, ru or en.")
  var lang: LanguageOption?

  func run() throws {
    let loaded = try roadmap.load()
    let rows = ExportTable.rows(loaded.roadmap, language: LanguageOption.resolve(lang).rawValue)
    let text: String
    switch format {
    case .csv: text = ExportTable.csv(rows)
    case .md: text = ExportTable.markdown(rows)
    case .json: text = ExportTable.json(rows)
    }
    if let output {
      do { try AtomicFile.write(Array(text.utf8), to: output) } catch {
        printError(error.description)
        throw ExitCode(1)
      }
    } else {
      print(text, terminator: "")
    }
  }
}

/// The export's rows and their three renderings.
enum ExportTable {
  static let columns = ["id", "direction", "project", "title", "status", "owner", "due", "overdue"]

  static func rows(_ r: Roadmap, language: String) -> [[String]] {
    r.allActivities.map { loc, a in
      let d = r.directions[loc.direction]
      let p = d.projects[loc.project]
      return [
        a.id, d.title.resolved(language), p.title.resolved(language), a.title.resolved(language),
        a.status.rawValue, a.owner?.resolved(language) ?? "", a.due?.description ?? "",
        a.isOverdue(asOf: r.asOf) ? "yes" : "no",
      ]
    }
  }

  /// RFC 4180: fields with a comma, quote or line break quoted, quotes doubled; CRLF rows.
  static func csv(_ rows: [[String]]) -> String {
    func field(_ s: String) -> String {
      s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
    return ([columns] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// A Markdown table; pipes and line breaks in cells escaped.
  static func markdown(_ rows: [[String]]) -> String {
    func cell(_ s: String) -> String {
      s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
        .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
    var out = "| " + columns.joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: columns.count) + "\n"
    for r in rows { out += "| " + r.map(cell).joined(separator: " | ") + " |\n" }
    return out
  }

  /// An array of objects, keys as the CSV columns.
  static func json(_ rows: [[String]]) -> String {
    JSONWriter.canonicalString(JSON(.array(rows.map { r in
      JSON(.object(zip(columns, r).map { k, v in
        JSON.Member(key: k, value: k == "overdue" ? JSON(.bool(v == "yes")) : .string(v))
      }))
    })))
  }
}
