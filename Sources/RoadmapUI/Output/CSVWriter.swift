/// One CSV field, told apart by where it comes from.
///
/// Text (from the roadmap file, or a word of the catalogue) may be hostile and is
/// neutralised when a spreadsheet would read it as a formula; a number is a figure
/// jolkarta formats itself (`-5`, `5.6`) and is written as it is, so that the
/// spreadsheet can add it up.
public enum CSVField: Hashable, Sendable {
  /// Words: a title, an id, an owner, a heading.
  case text(String)
  /// A figure jolkarta wrote: digits, an optional sign and decimal point.
  case number(String)
}

/// The one CSV writer, used by `export --format csv` and `report --format csv`.
///
/// Decisions (also stated in `jolkarta report --help` and docs/FORMAT.md):
/// - UTF-8 with a byte-order mark: Excel reads a CSV without one in the system's ANSI
///   code page and turns Kazakh and Russian letters into mojibake; LibreOffice and
///   Numbers accept the mark.
/// - RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
///   quote, CR or LF, quotes doubled.
/// - Formula neutralisation (OWASP's "CSV injection"): a text field whose first
///   character, after any leading spaces, is `=`, `+`, `-`, `@`, TAB or CR gets a `'` in
///   front, so `=HYPERLINK(…)`, `+cmd|…` or `@SUM(…)` from the file stay text in Excel,
///   LibreOffice and Google Sheets. Numbers jolkarta writes itself are left alone; a
///   title that merely looks like a number (`-5`) is text and is prefixed too.
public enum CSVWriter {
  /// The byte-order mark the output starts with.
  public static let byteOrderMark = "\u{FEFF}"

  /// A whole document: the mark, then each record ended by CRLF.
  public static func document(_ records: [[CSVField]]) -> String {
    var out = byteOrderMark
    for r in records { out += record(r) }
    return out
  }

  /// One record and its CRLF; an empty record is an empty line.
  public static func record(_ fields: [CSVField]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field as written: neutralised when it is text, quoted when needed.
  public static func field(_ f: CSVField) -> String {
    switch f {
    case .text(let s): return quoted(neutralised(s))
    case .number(let s): return quoted(s)
    }
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

  /// `s` in quotes, quotes doubled, when it holds a comma, quote, CR or LF.
  static func quoted(_ s: String) -> String {
    let special = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard special else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
