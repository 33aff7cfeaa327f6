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
    if let m = r.meeting {
      out += "## " + inline(m.title) + "\n\n"
      for item in m.items { out += "- **" + inline(item.label) + ":** " + inline(item.value) + "\n" }
      out += "\n"
    }
    for t in r.tables { out += table(t) }
    return out
  }

  /// One table under its heading, its notes first.
  static func table(_ t: ReportTable) -> String {
    var out = "## " + inline(t.title) + "\n\n"
    for n in t.notes { out += inline(n) + "\n\n" }
    guard !t.rows.isEmpty else { return out }
    // Figures right-aligned, as in a printed table.
    let aligns: [MarkdownWriter.Alignment] = t.columns.indices.map { c in
      t.rows.allSatisfy { row in
        if case .number = row[c] { return true } else { return row[c] == .empty }
      }
        ? .right : .left
    }
    out += MarkdownWriter.table(
      columns: t.columns.map(inline), alignments: aligns, rows: t.rows.map { $0.map(cell) })
    return out + "\n"
  }

  /// A cell as Markdown text.
  static func cell(_ c: ReportCell) -> String {
    switch c {
    case .text(let s), .date(_, let s): return inline(s)
    case .number(_, let s): return inline(s)
    case .bar(let counts): return "`" + bar(counts) + "`"
    case .gauge(let f):
      // Share keeps any accepted figure (past the plan, tiny, huge) within the gauge.
      let full = Share.cells(f, of: barWidth / 2)
      return "`" + String(repeating: "█", count: full)
        + String(repeating: "░", count: barWidth / 2 - full) + "`"
    case .empty: return ""
    }
  }

  /// A stacked bar of block characters: █ done, ▒ in progress, ░ pending.
  static func bar(_ c: StatusCounts) -> String {
    let w = StatusCounts.largestRemainder([c.done, c.inProgress, c.pending], total: barWidth)
    return String(repeating: "█", count: w[0]) + String(repeating: "▒", count: w[1])
      + String(repeating: "░", count: w[2])
  }

  /// Text from the file made inert: `MarkdownWriter.inline`, the rules `export` follows too.
  public static func inline(_ s: String) -> String { MarkdownWriter.inline(s) }
}
