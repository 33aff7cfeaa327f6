/// Reads a CSV into one sheet: `,` or `;` (whichever the first lines use), RFC 4180 quotes.
///
/// Excel in Russian and Kazakh locales writes `;`, elsewhere `,`; the delimiter is the one
/// of the two that occurs more often outside quotes in the first lines. A field may span
/// lines inside quotes; CRLF, LF and CR all end a record.
public enum CSVReader {
  /// The book of one sheet named `sheet`.
  public static func read(_ bytes: [UInt8], sheet: String) -> TableBook {
    let text = TextDecoding.decode(bytes).text
    let delimiter = sniffDelimiter(text)
    var rows: [TableRow] = []
    for (index, record) in records(text, delimiter: delimiter).enumerated() {
      var cells: [Int: CellValue] = [:]
      for (column, field) in record.enumerated() where !field.isEmpty {
        cells[column] = .text(defused(field))
      }
      if !cells.isEmpty { rows.append(TableRow(number: index + 1, cells: cells)) }
    }
    return TableBook(sheets: [TableSheet(name: sheet, rows: rows)])
  }

  /// `;` when it occurs more often than `,` outside quotes in the first 20 lines.
  public static func sniffDelimiter(_ text: String) -> Character {
    var commas = 0, semicolons = 0, lines = 0, quoted = false
    for c in text.unicodeScalars {
      if c == "\"" { quoted.toggle() }
      guard !quoted else { continue }
      if c == "," { commas += 1 } else if c == ";" { semicolons += 1 } else if c == "\n" {
        lines += 1
        if lines >= 20 { break }
      }
    }
    return semicolons > commas ? ";" : ","
  }

  /// The records of `text`, each a list of fields, quotes undone.
  static func records(_ text: String, delimiter: Character) -> [[String]] {
    var out: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var afterQuote = false
    var chars = Array(text.unicodeScalars)[...]
    let d = delimiter.unicodeScalars.first!
    func endRecord() {
      record.append(field)
      out.append(record)
      record = []
      field = ""
    }
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.unicodeScalars.append("\"")
            chars.removeFirst()
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"" where field.isEmpty && !afterQuote: quoted = true
      case d:
        record.append(field)
        field = ""
        afterQuote = false
      case "\r", "\n":
        if c == "\r", chars.first == "\n" { chars.removeFirst() }
        endRecord()
        afterQuote = false
      default: field.unicodeScalars.append(c)
      }
    }
    if !field.isEmpty || !record.isEmpty { endRecord() }
    return out
  }

  /// A field as it was before a CSV writer defused it: `'=…` (jolkarta's and OWASP's
  /// guard against formulas) back to `=…`, so that an export imports as it was.
  static func defused(_ field: String) -> String {
    guard field.hasPrefix("'") else { return field }
    let rest = field.dropFirst()
    guard let first = rest.unicodeScalars.first(where: { $0 != " " }) else { return field }
    switch first {
    case "=", "+", "-", "@", "\t", "\r": return String(rest)
    default: return field
    }
  }
}
