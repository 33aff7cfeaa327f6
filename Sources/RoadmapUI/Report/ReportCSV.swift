import RoadmapKit

/// The meeting report as CSV for a spreadsheet.
///
/// Decisions, also stated in `jolkarta report --help`:
/// - UTF-8 with a byte-order mark: Excel reads a CSV without one in the system's ANSI
///   code page and turns Kazakh and Russian letters into mojibake; LibreOffice and
///   Numbers accept the mark.
/// - RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
///   quote or line break, quotes doubled.
/// - One section per table: a line with the table's title, its heading line, its rows,
///   then an empty line. Notes (e.g. "nothing to compare with") are lines of their own.
/// - Figures as plain numbers (`460000`, `5.6`), so that the spreadsheet can add them
///   up; bars and gauges are left out (their figures are in the other columns).
/// - A field starting with `=`, `+`, `-` or `@` is prefixed with `'` so a hostile title
///   cannot become a formula.
public enum ReportCSV {
  /// The byte-order mark the output starts with.
  public static let byteOrderMark = "\u{FEFF}"

  /// The whole report.
  public static func render(_ r: MeetingReport) -> String {
    var lines: [[String]] = [[r.heading], [r.title], [r.region]]
    if let p = r.program { lines.append([p]) }
    lines.append([r.asOf])
    lines.append([])
    for t in r.tables {
      let keep = t.columns.indices.filter { c in
        !t.rows.contains { row in
          switch row[c] {
          case .bar, .gauge: return true
          default: return false
          }
        }
      }
      lines.append([t.title])
      for n in t.notes { lines.append([n]) }
      if !t.rows.isEmpty {
        lines.append(keep.map { t.columns[$0] })
        for row in t.rows { lines.append(keep.map { value(row[$0]) }) }
      }
      lines.append([])
    }
    return byteOrderMark + lines.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// The value of a cell as the spreadsheet should read it.
  static func value(_ c: ReportCell) -> String {
    switch c {
    case .text(let s): return s
    case .number(let v, _):
      return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    case .bar, .gauge, .empty: return ""
    }
  }

  /// One field, quoted when needed; formulas defused.
  static func field(_ raw: String) -> String {
    var s = raw
    if let first = s.first, "=+-@".contains(first), Double(s) == nil { s = "'" + s }
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return s
    }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
