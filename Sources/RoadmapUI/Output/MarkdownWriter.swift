/// The one Markdown writer, used by `export --format md` and `report --format md`.
///
/// Text from the file is hostile input: a `|` would split a cell, a CR would end a table
/// row, `<script>` or `<img onerror=…>` would reach a renderer that passes HTML through,
/// `[x](javascript:…)` would become a link, a leading `#`, `-` or `1.` would start a
/// heading or a list, and a control character would reach the terminal of whoever runs
/// `cat` on the file. `inline(_:)` turns any text into one line of plain inline text
/// that CommonMark and GitHub-flavoured Markdown show exactly as the words it holds.
public enum MarkdownWriter {
  /// How a table column lines up.
  public enum Alignment: Sendable {
    /// Text: `---`.
    case left
    /// Figures: `---:`, as in a printed table.
    case right
  }

  /// A pipe table: heading line, alignment line, rows; cells already made inline.
  public static func table(
    columns: [String], alignments: [Alignment]? = nil, rows: [[String]]
  ) -> String {
    func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
    let aligns = alignments ?? columns.map { _ in .left }
    var out = line(columns)
    out += "|" + aligns.map { $0 == .right ? " ---: |" : " --- |" }.joined() + "\n"
    for r in rows { out += line(r) }
    return out
  }

  /// Text made inert: one line, every character that Markdown or HTML would act on
  /// escaped, invisible characters shown as U+FFFD.
  ///
  /// - `\ | * _ ` [ ] ( ) ! ~ #` get a backslash (emphasis, code, links, images,
  ///   strike-through, headings and cell borders cannot start);
  /// - `<`, `>`, `&` become `&lt;`, `&gt;`, `&amp;` (no tag, no autolink, no entity of
  ///   the file's own reaches a renderer);
  /// - CR, LF and TAB become spaces and the ends are trimmed (no row is split, no
  ///   indented code block starts);
  /// - a leading `-`, `+`, `=` or the `.` of a leading `1. ` is escaped (no list, no
  ///   setext underline or thematic break);
  /// - the `:` of `javascript:` and `vbscript:` is written `&#58;`, so that even a
  ///   renderer that links bare URLs finds no such scheme.
  public static func inline(_ text: String) -> String {
    var flat = ""
    for ch in text {
      switch ch {
      case "\n", "\r\n", "\r", "\t": flat.append(" ")
      default: flat.append(ch)
      }
    }
    let chars = Array(
      flat.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    var out = ""
    var recent = ""  // the last letters read, lowercased, to spot a script scheme
    var leadingDigits = 0
    for (k, ch) in chars.enumerated() {
      if ch.unicodeScalars.contains(where: SafeText.isInvisible) {
        out.append(SafeText.replacement)
        recent = ""
        leadingDigits = -1
        continue
      }
      // `1.` starts a list only when a space or the end follows; `5.6` stays as it is.
      let listDot = leadingDigits == k && k > 0 && (k + 1 == chars.count || chars[k + 1] == " ")
      if leadingDigits == k && ch.isASCII && ch.isNumber { leadingDigits += 1 }
      switch ch {
      case "\\", "|", "*", "_", "`", "[", "]", "(", ")", "!", "~", "#": out += "\\" + String(ch)
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "-", "+", "=": out += k == 0 ? "\\" + String(ch) : String(ch)
      case ".": out += listDot ? "\\." : "."
      case ":" where recent.hasSuffix("javascript") || recent.hasSuffix("vbscript"):
        out += "&#58;"
      default: out.append(ch)
      }
      if ch.isLetter {
        recent.append(contentsOf: ch.lowercased())
        if recent.count > 10 { recent.removeFirst() }
      } else {
        recent = ""
      }
    }
    return out
  }
}
