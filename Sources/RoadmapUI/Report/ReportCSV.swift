import RoadmapKit

/// The meeting report as CSV for a spreadsheet, through the one `CSVWriter`.
///
/// Decisions, also stated in `jolkarta report --help`:
/// - UTF-8 with a byte-order mark, quoting, CRLF, the delimiter and its decimal mark, ISO
///   dates, formulas neutralised in every text field: see `CSVWriter`.
/// - The whole report is one file, its tables stacked, because a CSV holds one sheet: the
///   heading lines first, then the last meeting when there is one (its heading, then a
///   label and value line per thing it records), an empty line; then one section per
///   table: a line with the table's title, its notes, its heading line, its rows, an
///   empty line. Whoever wants one table to sort and filter asks for it (`table(_:)`,
///   `report --table KEY`): its heading line and rows alone, nothing above them.
/// - Figures as plain numbers (`460000`, `5,6`), so that the spreadsheet can add them up;
///   bars and gauges are left out (their figures are in the other columns).
public enum ReportCSV {
  /// The byte-order mark the output starts with.
  public static let byteOrderMark = CSVWriter.byteOrderMark

  /// The whole report.
  public static func render(_ r: MeetingReport, delimiter: CSVDelimiter) -> String {
    CSVWriter.document(lines(r), delimiter: delimiter)
  }

  /// The whole report's lines, which the national report stacks region after region.
  static func lines(_ r: MeetingReport) -> [[CSVField]] {
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
      lines.append(text(t.title))
      for n in t.notes { lines.append(text(n)) }
      if !t.rows.isEmpty { lines += records(t) }
      lines.append([])
    }
    return lines
  }

  /// One table alone: its heading line and its rows (none but the heading when empty).
  public static func table(_ t: ReportTable, delimiter: CSVDelimiter) -> String {
    CSVWriter.document(records(t), delimiter: delimiter)
  }

  /// The heading line and rows of a table, without the columns of bars.
  static func records(_ t: ReportTable) -> [[CSVField]] {
    let keep = t.keptColumns
    return [keep.map { .text(t.columns[$0]) }] + t.rows.map { row in keep.map { value(row[$0]) } }
  }

  /// The value of a cell as the spreadsheet should read it.
  static func value(_ c: ReportCell) -> CSVField {
    switch c {
    case .text(let s): return .text(s)
    case .number(let v, _): return .number(v)
    case .date(let d, _): return .day(d)
    case .bar, .gauge, .empty: return .text("")
    }
  }
}

extension ReportTable {
  /// The columns a spreadsheet gets: all but those of bars and gauges, which only a
  /// drawing format can show (their figures are in the other columns).
  public var keptColumns: [Int] {
    columns.indices.filter { c in
      !rows.contains { row in
        switch row[c] {
        case .bar, .gauge: return true
        default: return false
        }
      }
    }
  }
}
