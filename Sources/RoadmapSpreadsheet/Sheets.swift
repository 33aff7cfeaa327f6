import RoadmapKit
import RoadmapUI

/// The sheets of `export --format xlsx` and `report --format xlsx`, from the same tables
/// the other formats write.
public enum Sheets {
  /// The export: one sheet of activities, the columns of `ExportColumn` with their
  /// headings in the table's language; statuses and yes/no as the catalogue's words, due
  /// dates as dates.
  public static func export(_ t: ExportTable) -> [Sheet] {
    let rows = t.rows.map { r in
      r.map { v -> SheetCell in
        switch v {
        case .day(let d): return d.map(SheetCell.date) ?? .empty
        case .text(let s) where s.isEmpty: return .empty
        default: return .text(v.words(t.language))
        }
      }
    }
    let title = Formatting.capitalized(Catalogue.text(.activities, t.language))
    return [Sheet(title: title, fallbackName: "activities", columns: t.headings, rows: rows)]
  }

  /// The report: one sheet per table in `MeetingReport.tables`' order (overview, each
  /// direction, indicators, agencies, changes, unfinished), each under its title and
  /// notes; the first sheet starts with the report's heading, the roadmap and the meeting.
  /// Bars and gauges are left out, as in CSV (their figures are in the other columns).
  /// `only` keeps the tables of those keys.
  public static func report(_ r: MeetingReport, only: Set<String>? = nil) -> [Sheet] {
    var heading: [[SheetCell]] = [[.text(r.heading)], [.text(r.title)], [.text(r.region)]]
    if let p = r.program { heading.append([.text(p)]) }
    heading.append([.text(r.asOf)])
    if let m = r.meeting {
      heading.append([.text(m.title)])
      heading += m.items.map { [.text($0.label), .text($0.value)] }
    }
    var sheets: [Sheet] = []
    for t in r.tables where only?.contains(t.key) ?? true {
      let keep = t.keptColumns
      var preamble = sheets.isEmpty ? heading + [[]] : []
      preamble.append([.text(t.title)])
      preamble += t.notes.map { [.text($0)] }
      sheets.append(Sheet(
        title: t.title, fallbackName: t.key, preamble: preamble, columns: keep.map { t.columns[$0] },
        rows: t.rows.map { row in keep.map { cell(row[$0]) } }))
    }
    return sheets
  }

  /// A report cell as a sheet holds it.
  static func cell(_ c: ReportCell) -> SheetCell {
    switch c {
    case .text(let s): return .text(s)
    case .number(let v, _): return .number(v)
    case .date(let d, _): return .date(d)
    case .bar, .gauge, .empty: return .empty
    }
  }
}
