import RoadmapKit

/// The meeting report as Markdown: headings and pipe tables (GitHub-flavoured), in the
/// order and grouping of the printed report; the progress over time as a small table of
/// the series (Markdown has no pictures of its own).
public enum ReportMarkdown {
  /// Width of the text bars, in characters.
  static let barWidth = 20

  /// The whole report; `depth` puts every heading that many levels lower (a region's
  /// report inside the national one is one level down).
  public static func render(_ r: MeetingReport, depth: Int = 0) -> String {
    var out = ""
    if let a = r.annex {
      out += "**" + inline(a.title) + "**" + (a.minutes.map { ": " + inline($0) } ?? "") + "\n\n"
    }
    out += hashes(1, depth) + inline(r.heading) + "\n\n"
    if let m = r.meeting { out += "**" + inline(m.title) + "**\n\n" }
    out += "**" + inline(r.title) + "**\n\n"
    out += inline(r.region) + "\n\n"
    if let p = r.program { out += inline(p) + "\n\n" }
    if let m = r.meeting {
      for item in m.people { out += "- **" + inline(item.label) + ":** " + inline(item.value) + "\n" }
      if !m.people.isEmpty { out += "\n" }
      if let d = m.decision { out += "> **" + inline(d.label) + ":** " + inline(d.value) + "\n\n" }
    }
    out += "*" + inline(r.asOf) + "*\n\n"
    out += "`" + bar(r.counts) + "`\n\n"
    var tables = r.tables[...]
    if let overview = tables.first, overview.key == "overview" {
      out += table(overview, depth: depth)
      tables = tables.dropFirst()
    }
    out += series(r.charts, depth: depth)
    for t in tables {
      out += t.key == "unfinished" ? unfinished(t, r.unfinishedByAgency, depth: depth) : table(t, depth: depth)
    }
    return out
  }

  /// The progress over time: a row per point (its date, with «отырыс» or «қазір»), or the
  /// sentence that says there is one point only.
  static func series(_ c: ReportCharts, depth: Int = 0) -> String {
    var out = hashes(2, depth) + inline(c.progressTitle) + "\n\n"
    if let words = c.onePoint { return out + inline(words) + "\n\n" }
    let rows = c.points.map { p in
      [inline(p.label + (p.kind.map { " (\($0))" } ?? ""))]
        + [p.counts.done, p.counts.inProgress, p.counts.pending, p.counts.total].map { Formatting.count($0, c.language) }
    }
    out += MarkdownWriter.table(
      columns: c.seriesColumns.map(inline), alignments: [.left, .right, .right, .right, .right], rows: rows)
    return out + "\n"
  }

  /// One table under its heading, its notes first, its totals in bold.
  static func table(_ t: ReportTable, depth: Int = 0) -> String {
    var out = hashes(2, depth) + inline(t.title) + "\n\n"
    for n in t.notes { out += inline(n) + "\n\n" }
    guard !t.rows.isEmpty else { return out }
    // Figures right-aligned, as in a printed table.
    let aligns: [MarkdownWriter.Alignment] = t.columns.indices.map { c in
      t.rows.allSatisfy { row in
        if case .number = row[c] { return true } else { return row[c] == .empty }
      }
        ? .right : .left
    }
    let rows = t.rows.enumerated().map { k, row in
      row.map { c in
        let text = cell(c)
        return t.totalRows.contains(k) && !text.isEmpty && !text.hasPrefix("`") ? "**" + text + "**" : text
      }
    }
    out += MarkdownWriter.table(columns: t.columns.map(inline), alignments: aligns, rows: rows)
    return out + "\n"
  }

  /// The unfinished activities under a heading per agency with its counts; each agency's
  /// table without the agency's name: id, title, status, due date (and overdue).
  static func unfinished(_ t: ReportTable, _ groups: [UnfinishedGroup], depth: Int = 0) -> String {
    var out = hashes(2, depth) + inline(t.title) + "\n\n"
    for n in t.notes { out += inline(n) + "\n\n" }
    // The flat table's columns: agency, id, title, status, due, overdue.
    let columns = [t.columns[1], t.columns[2], t.columns[3], t.columns[4]].map(inline)
    for g in groups {
      out += hashes(3, depth) + inline(g.agency) + "\n\n" + inline(g.summary) + "\n\n"
      let rows = g.rows.map { row in
        [inline(row.id), inline(row.title), inline(row.statusWord),
         inline(row.due) + (row.overdue.map { " · **" + inline($0) + "**" } ?? "")]
      }
      out += MarkdownWriter.table(columns: columns, rows: rows) + "\n"
    }
    return out
  }

  /// A heading's `#`s: `level`, `depth` levels down (Markdown has six).
  static func hashes(_ level: Int, _ depth: Int) -> String {
    String(repeating: "#", count: min(level + depth, 6)) + " "
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
