import RoadmapKit

/// The meeting report as Markdown: headings and pipe tables (GitHub-flavoured).
public enum ReportMarkdown {
  /// Width of the text bars, in characters.
  static let barWidth = 20

  /// The whole report.
  public static func render(_ r: MeetingReport) -> String {
    var out = "# " + inline(r.heading) + "\n\n"
    out += "**" + inline(r.title) + "**\n\n"
    out += inline(r.region) + "\n\n"
    if let p = r.program { out += inline(p) + "\n\n" }
    out += "*" + inline(r.asOf) + "*\n\n"
    out += "`" + bar(r.counts) + "`\n\n"
    for t in r.tables { out += table(t) }
    return out
  }

  /// One table under its heading, its notes first.
  static func table(_ t: ReportTable) -> String {
    var out = "## " + inline(t.title) + "\n\n"
    for n in t.notes { out += inline(n) + "\n\n" }
    guard !t.rows.isEmpty else { return out }
    out += "| " + t.columns.map(inline).joined(separator: " | ") + " |\n"
    // Figures right-aligned, as in a printed table.
    let aligns = t.columns.indices.map { c in
      t.rows.allSatisfy { row in if case .number = row[c] { return true } else { return row[c] == .empty } }
        ? " ---: |" : " --- |"
    }
    out += "|" + aligns.joined() + "\n"
    for row in t.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
    return out + "\n"
  }

  /// A cell as Markdown text.
  static func cell(_ c: ReportCell) -> String {
    switch c {
    case .text(let s): return inline(s)
    case .number(_, let s): return inline(s)
    case .bar(let counts): return "`" + bar(counts) + "`"
    case .gauge(let f):
      let full = Share.cells(f, of: barWidth / 2)
      return "`" + String(repeating: "█", count: full) + String(repeating: "░", count: barWidth / 2 - full) + "`"
    case .empty: return ""
    }
  }

  /// A stacked bar of block characters: █ done, ▒ in progress, ░ pending.
  static func bar(_ c: StatusCounts) -> String {
    let w = StatusCounts.largestRemainder([c.done, c.inProgress, c.pending], total: barWidth)
    return String(repeating: "█", count: w[0]) + String(repeating: "▒", count: w[1])
      + String(repeating: "░", count: w[2])
  }

  /// Text from the file made inert: Markdown and HTML syntax escaped, one line.
  ///
  /// Titles are hostile input: a `|` would split a cell, `<script>` would reach a
  /// renderer that passes HTML through, a control character would reach a terminal.
  public static func inline(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "\\", "|", "*", "_", "`", "[", "]", "#": out += "\\" + String(ch)
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\n", "\r\n", "\r", "\t": out += " "
      default:
        if ch.unicodeScalars.contains(where: SafeText.isInvisible) { out.append(SafeText.replacement) } else { out.append(ch) }
      }
    }
    return out
  }
}
