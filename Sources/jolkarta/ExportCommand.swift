import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapUI

/// `jolkarta export`: one row per activity, as CSV, Markdown or JSON.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export every activity with its direction, project, status, owner and due date.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, md, json }

  @OptionGroup var roadmap: RoadmapFileArgument

  @Option(help: "csv, md or json.")
  var format: Format

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to this file (replaced atomically) instead of standard output; - or /dev/stdout "
        + "mean standard output, a FIFO or a device is written into.", valueName: "OUT"))
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
    try OutputFile.write(text, to: output)
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

  /// CSV through the one writer (`CSVWriter`: BOM, CRLF, RFC 4180, formulas defused);
  /// every column is text from the file or a word, so every field is neutralised.
  static func csv(_ rows: [[String]]) -> String {
    CSVWriter.document(([columns] + rows).map { $0.map(CSVField.text) })
  }

  /// A Markdown table through the one writer (`MarkdownWriter`: every cell inert).
  static func markdown(_ rows: [[String]]) -> String {
    MarkdownWriter.table(
      columns: columns, rows: rows.map { $0.map(MarkdownWriter.inline) })
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
