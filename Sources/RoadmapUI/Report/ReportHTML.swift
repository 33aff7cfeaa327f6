import RoadmapKit

/// The meeting report as one self-contained HTML file: inline CSS and SVG, no scripts,
/// nothing fetched from the network, laid out for A4 when printed (page numbers in the
/// bottom margin of every page).
///
/// The markup is also well-formed XML (void elements closed, every attribute quoted),
/// so it can be checked strictly and read by XML tools.
public enum ReportHTML {
  /// The whole document.
  public static func render(_ r: MeetingReport) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"\(r.language.rawValue)\">\n<head>\n"
    out += "<meta charset=\"utf-8\" />\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    out += "<title>" + escape(r.heading + " — " + r.title) + "</title>\n"
    out += "<style>\n" + ReportStyle.css + "</style>\n</head>\n<body>\n"
    out += body(r)
    out += "</body>\n</html>\n"
    return out
  }

  /// Everything inside `<body>`: the heading block, the overall table, the charts, the
  /// other tables; the national report puts one per region in an `<article>`.
  static func body(_ r: MeetingReport) -> String {
    var out = header(r)
    var tables = r.tables[...]
    if let overview = tables.first, overview.key == "overview" {
      out += table(overview)
      tables = tables.dropFirst()
    }
    out += charts(r.charts)
    for t in tables { out += t.key == "unfinished" ? unfinished(t, r.unfinishedByAgency) : table(t) }
    return out
  }

  /// The heading block: the annex line when asked for, the report and the meeting it is
  /// for, the roadmap, who chaired and reported, the decision, the day, the overall bar.
  static func header(_ r: MeetingReport) -> String {
    var out = "<header>\n"
    if let a = r.annex {
      out += "<p class=\"annex\"><strong>" + escape(a.title) + "</strong>"
      if let m = a.minutes { out += "<br />" + escape(m) }
      out += "</p>\n"
    }
    out += "<h1>" + escape(r.heading) + "</h1>\n"
    if let m = r.meeting { out += "<p class=\"meeting-title\">" + escape(m.title) + "</p>\n" }
    out += "<p class=\"title\">" + escape(r.title) + "</p>\n"
    out += "<p>" + escape(r.region) + (r.program.map { " · " + escape($0) } ?? "") + "</p>\n"
    if let m = r.meeting {
      if !m.people.isEmpty {
        out += "<dl class=\"meeting\">\n"
        for item in m.people { out += "<dt>" + escape(item.label) + "</dt><dd>" + escape(item.value) + "</dd>\n" }
        out += "</dl>\n"
      }
      if let d = m.decision {
        out += "<p class=\"decision\"><strong>" + escape(d.label) + ":</strong> " + escape(d.value) + "</p>\n"
      }
    }
    out += "<p class=\"asof\">" + escape(r.asOf) + "</p>\n"
    out += bar(r.counts, wide: true) + "\n"
    out += legend(r.counts, overdue: r.overdue, language: r.language)
    return out + "</header>\n"
  }

  /// The two charts, or the sentence that stands for the progress chart.
  static func charts(_ c: ReportCharts) -> String {
    var out = "<section id=\"charts\">\n<h2>" + escape(c.directionsTitle) + "</h2>\n"
    out += "<figure class=\"chart\">\n" + ReportSVG.directions(c) + "</figure>\n"
    out += "<h2>" + escape(c.progressTitle) + "</h2>\n"
    if let svg = ReportSVG.progress(c) {
      out += "<figure class=\"chart\">\n" + svg + "</figure>\n"
    } else if let words = c.onePoint {
      out += "<p class=\"note\">" + escape(words) + "</p>\n"
    }
    return out + "</section>\n"
  }

  /// One table in its own section, headed by its title; figures right-aligned and kept
  /// narrow so that the name column gets the width; totals in bold.
  static func table(_ t: ReportTable) -> String {
    var out = "<section id=\"\(escape(t.key))\">\n<h2>" + escape(t.title) + "</h2>\n"
    for n in t.notes { out += "<p class=\"note\">" + escape(n) + "</p>\n" }
    guard !t.rows.isEmpty else { return out + "</section>\n" }
    let figures = t.columns.indices.map { c in
      t.rows.allSatisfy { row in
        if case .number = row[c] { return true } else { return row[c] == .empty }
      }
    }
    out += "<table>\n<thead><tr>"
    let short = t.shortColumns ?? t.columns
    for (k, c) in t.columns.enumerated() {
      // A figure's heading stays on one line («Іс-шаралар» would break at its hyphen),
      // unless it is a phrase long enough to widen the column past its figures.
      let cls = figures[k] ? (short[k].count > 14 && short[k].contains(" ") ? " class=\"num wrap\"" : " class=\"num\"") : ""
      // A symbol gets a font that has it, and the full heading as its title.
      let shown = short[k] == c ? escape(c) : "<span class=\"sym\">" + escape(short[k]) + "</span>"
      let title = short[k] == c ? "" : " title=\"" + escape(c) + "\""
      out += "<th scope=\"col\"\(cls)\(title)>" + shown + "</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for (k, row) in t.rows.enumerated() {
      out += t.totalRows.contains(k) ? "<tr class=\"total\">" : "<tr>"
      for c in row { out += cell(c) }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n</section>\n"
  }

  /// The unfinished activities: one row group per agency, headed by its name and counts;
  /// each row the title (its id small before it), the status and the due date.
  static func unfinished(_ t: ReportTable, _ groups: [UnfinishedGroup]) -> String {
    var out = "<section id=\"\(escape(t.key))\">\n<h2>" + escape(t.title) + "</h2>\n"
    for n in t.notes { out += "<p class=\"note\">" + escape(n) + "</p>\n" }
    guard !groups.isEmpty else { return out + "</section>\n" }
    // The flat table's columns: agency, id, title, status, due, overdue.
    out += "<table class=\"unfinished\">\n<colgroup><col class=\"name\" /><col /><col /></colgroup>\n"
    out += "<thead><tr><th scope=\"col\">" + escape(t.columns[2]) + "</th><th scope=\"col\">"
      + escape(t.columns[3]) + "</th><th scope=\"col\">" + escape(t.columns[4]) + "</th></tr></thead>\n"
    for g in groups {
      out += "<tbody class=\"agency\">\n<tr class=\"agency\"><th colspan=\"3\" scope=\"rowgroup\">"
        + "<span class=\"agency-name\">" + escape(g.agency) + "</span> <span class=\"summary\">"
        + escape(g.summary) + "</span></th></tr>\n"
      for row in g.rows {
        out += "<tr><td><span class=\"id\">" + escape(row.id) + "</span> " + escape(row.title) + "</td>"
        out += "<td class=\"status\">" + escape(row.statusWord) + "</td>"
        out += "<td class=\"due\">" + escape(row.due)
        if let late = row.overdue { out += "<br /><strong class=\"late\">" + escape(late) + "</strong>" }
        out += "</td></tr>\n"
      }
      out += "</tbody>\n"
    }
    return out + "</table>\n</section>\n"
  }

  /// One cell: figures right-aligned, bars and gauges drawn in CSS.
  static func cell(_ c: ReportCell) -> String {
    switch c {
    case .text(let s), .date(_, let s): return "<td>" + escape(s) + "</td>"
    case .number(_, let s): return "<td class=\"num\">" + escape(s) + "</td>"
    case .bar(let counts): return "<td class=\"barcell\">" + bar(counts, wide: false) + "</td>"
    case .gauge(let f):
      let pct = Share.cells(f, of: 100)
      return "<td class=\"barcell\"><span class=\"gauge\"><span style=\"width:\(pct)%\"></span></span></td>"
    case .empty: return "<td></td>"
    }
  }

  /// A stacked bar: flex parts growing by count, so they always fill the bar exactly.
  static func bar(_ c: StatusCounts, wide: Bool) -> String {
    var out = "<span class=\"bar\(wide ? " wide" : "")\">"
    for (cls, n) in [("done", c.done), ("progress", c.inProgress), ("pending", c.pending)] where n > 0 {
      out += "<span class=\"\(cls)\" style=\"flex-grow:\(n)\"></span>"
    }
    return out + "</span>"
  }

  /// The key under the big bar: each status's fill and symbol (the short headings of the
  /// count columns), its count and percentage, then the total and what is overdue.
  static func legend(_ c: StatusCounts, overdue: Int, language: Language) -> String {
    let p = c.percentages
    let s = ReportBuilder.symbols
    func item(_ cls: String, _ symbol: String, _ m: Message, _ n: Int, _ pct: Int) -> String {
      "<li><span class=\"key \(cls)\"></span><span class=\"sym\">" + symbol + "</span> " + escape(Catalogue.text(m, language)) + " "
        + escape(Formatting.count(n, language)) + " ("
        + escape(Catalogue.text(.percent, language, Formatting.count(pct, language))) + ")</li>"
    }
    return "<ul class=\"legend\">" + item("done", s.done, .done, c.done, p.done)
      + item("progress", s.inProgress, .inProgress, c.inProgress, p.inProgress)
      + item("pending", s.pending, .pending, c.pending, p.pending)
      + "<li>" + escape(Catalogue.counted(.totalCount, c.total, language)) + "</li>"
      + "<li><span class=\"sym\">" + s.overdue + "</span> " + escape(Catalogue.counted(.overdueCount, overdue, language)) + "</li></ul>\n"
  }

  /// Text made inert for HTML and XML (and the SVG inside): markup characters as
  /// entities, and the characters that may not appear in a document at all (controls,
  /// format characters, non-characters) shown as U+FFFD, the way the dashboard shows them.
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n", "\r\n", "\r", "\t": out += " "
      default:
        let bad = ch.unicodeScalars.contains { s in
          SafeText.isInvisible(s) || (s.value & 0xFFFE) == 0xFFFE || (0xFDD0...0xFDEF).contains(s.value)
        }
        if bad { out.append(SafeText.replacement) } else { out.append(ch) }
      }
    }
    return out
  }
}
