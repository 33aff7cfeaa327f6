import RoadmapKit

/// One CSV field, told apart by where it comes from.
///
/// Text (from the roadmap file, or a word of the catalogue) may be hostile and is
/// neutralised when a spreadsheet would read it as a formula; a number is a figure and a
/// day a date, both written by jolkarta in the form a spreadsheet reads as such.
public enum CSVField: Hashable, Sendable {
  /// Words: a title, an id, an owner, a heading.
  case text(String)
  /// A figure, written with the delimiter's decimal mark (`5,6` after `;`, `5.6` after `,`).
  case number(Double)
  /// A date, written `2024-12-31`.
  case day(Day)
}

/// What separates the fields of a CSV record.
///
/// Excel splits a CSV at the list separator of the system's locale: `;` wherever the
/// decimal mark is a comma (Russian, Kazakh), `,` where it is a point (English). A
/// number has to be written with that locale's decimal mark to be read as a number, so
/// the delimiter decides the mark too: `;` goes with `5,6`, `,` with `5.6`.
public enum CSVDelimiter: String, CaseIterable, Sendable {
  /// `,` with the decimal point: English-locale spreadsheets, RFC 4180.
  case comma = ","
  /// `;` with the decimal comma: Russian- and Kazakh-locale spreadsheets.
  case semicolon = ";"

  /// The delimiter a spreadsheet in `language`'s locale expects: `;` for kk and ru, `,`
  /// for en.
  public static func standard(for language: Language) -> CSVDelimiter {
    language == .en ? .comma : .semicolon
  }

  /// The decimal mark that goes with it.
  public var decimalMark: String { self == .comma ? "." : "," }
}

/// The one CSV writer, used by `export --format csv` and `report --format csv`.
///
/// Decisions (also stated in `jolkarta export --help`, `report --help` and docs/FORMAT.md):
/// - UTF-8 with a byte-order mark: Excel reads a CSV without one in the system's ANSI
///   code page and turns Kazakh and Russian letters into mojibake; LibreOffice and
///   Numbers accept the mark.
/// - RFC 4180 with a chosen delimiter (`CSVDelimiter`): CRLF line ends, a field quoted
///   when it holds the delimiter, a quote, CR or LF, quotes doubled.
/// - Numbers without grouping, with the delimiter's decimal mark (`460000`, `5,6` or
///   `5.6`); dates as ISO `2024-12-31`, which Excel and LibreOffice read as a date in
///   every locale (`31.12.2024` would be a date only where the locale writes it so).
/// - Formula neutralisation (OWASP's "CSV injection"): a text field whose first
///   character, after any leading spaces, is `=`, `+`, `-`, `@`, TAB or CR gets a `'` in
///   front, so `=HYPERLINK(…)`, `+cmd|…` or `@SUM(…)` from the file stay text in Excel,
///   LibreOffice and Google Sheets. Numbers jolkarta writes itself are left alone; a
///   title that merely looks like a number (`-5`) is text and is prefixed too.
public enum CSVWriter {
  /// The byte-order mark the output starts with.
  public static let byteOrderMark = "\u{FEFF}"

  /// A whole document: the mark, then each record ended by CRLF.
  public static func document(_ records: [[CSVField]], delimiter: CSVDelimiter) -> String {
    var out = byteOrderMark
    for r in records { out += record(r, delimiter: delimiter) }
    return out
  }

  /// One record and its CRLF; an empty record is an empty line.
  public static func record(_ fields: [CSVField], delimiter: CSVDelimiter) -> String {
    fields.map { field($0, delimiter: delimiter) }.joined(separator: delimiter.rawValue) + "\r\n"
  }

  /// One field as written: neutralised when it is text, quoted when needed.
  public static func field(_ f: CSVField, delimiter: CSVDelimiter) -> String {
    switch f {
    case .text(let s): return quoted(neutralised(s), delimiter)
    case .number(let v): return number(v, delimiter)
    case .day(let d): return d.description
    }
  }

  /// A figure as a spreadsheet of the delimiter's locale reads it: whole numbers in
  /// digits (`460000`), others in the shortest form that reads back the same (`5,6`).
  public static func number(_ v: Double, _ delimiter: CSVDelimiter) -> String {
    // Below 2^53 every whole double is exact as an Int; above, the exponent form
    // (`1e+20`) is what spreadsheets read, where 21 digits would lose nothing but look odd.
    if v == v.rounded() && abs(v) < 9.0e15 { return String(Int(v)) }
    let plain = String(v)
    return delimiter == .comma ? plain : plain.replacingOccurrences(of: ".", with: ",")
  }

  /// `s` with a `'` in front when a spreadsheet would take it for a formula.
  public static func neutralised(_ s: String) -> String {
    // Spreadsheets skip leading spaces before looking for `=`; TAB and CR are triggers
    // of their own (they are how `\t=cmd` slips past a check of the first character).
    guard let first = s.unicodeScalars.first(where: { $0 != " " }) else { return s }
    switch first {
    case "=", "+", "-", "@", "\t", "\r": return "'" + s
    default: return s
    }
  }

  /// `s` in quotes, quotes doubled, when it holds the delimiter, a quote, CR or LF.
  static func quoted(_ s: String, _ delimiter: CSVDelimiter) -> String {
    let mark = delimiter.rawValue.utf8.first!
    let special = s.utf8.contains { $0 == mark || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard special else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
