import RoadmapKit

/// The meeting report as CSV for a spreadsheet, through the one `CSVWriter`.
///
/// Decisions, also stated in `jolkarta report --help`:
/// - UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF, formulas neutralised in every
///   text field: see `CSVWriter`.
/// - The last meeting first, when there is one: its heading, then a "label,value" line per
///   thing it records (date, chair, reporter, speakers, decision), then an empty line.
/// - One section per table: a line with the table's title, its heading line, its rows,
///   then an empty line. Notes (e.g. "nothing to compare with") are lines of their own.
/// - Figures as plain numbers (`460000`, `5.6`), so that the spreadsheet can add them
///   up; bars and gauges are left out (their figures are in the other columns).
public enum ReportCSV {
  /// The byte-order mark the output starts with.
  public static let byteOrderMark = CSVWriter.byteOrderMark

  /// The whole report.
  public static func render(_ r: MeetingReport) -> String {
    func text(_ s: String) -> [CSVField] { [.text(s)] }
    var lines: [[CSVField]] = [text(r.heading), text(r.title), text(r.region)]
    if let p = r.program { lines.append(text(p)) }
    lines.append(text(r.asOf))
    lines.append([])
    if let m = r.meeting {
      lines.append(text(m.title))
      for item in m.items { lines.append([.text(item.label), .text(item.value)]) }
      lines.append([])
    }
    for t in r.tables {
      let keep = t.columns.indices.filter { c in
        !t.rows.contains { row in
          switch row[c] {
          case .bar, .gauge: return true
          default: return false
          }
        }
      }
      lines.append(text(t.title))
      for n in t.notes { lines.append(text(n)) }
      if !t.rows.isEmpty {
        lines.append(keep.map { .text(t.columns[$0]) })
        for row in t.rows { lines.append(keep.map { value(row[$0]) }) }
      }
      lines.append([])
    }
    return CSVWriter.document(lines)
  }

  /// The value of a cell as the spreadsheet should read it.
  static func value(_ c: ReportCell) -> CSVField {
    switch c {
    case .text(let s): return .text(s)
    case .number(let v, _):
      return .number(v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v))
    case .bar, .gauge, .empty: return .text("")
    }
  }
}
