import RoadmapKit

/// The meeting report as one self-contained HTML file: inline CSS, CSS bars, no scripts,
/// nothing fetched from the network, laid out for A4 when printed.
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
    out += "<style>\n" + css + "</style>\n</head>\n<body>\n<header>\n"
    out += "<h1>" + escape(r.heading) + "</h1>\n"
    out += "<p class=\"title\">" + escape(r.title) + "</p>\n"
    out += "<p>" + escape(r.region) + "</p>\n"
    if let p = r.program { out += "<p>" + escape(p) + "</p>\n" }
    out += "<p class=\"asof\">" + escape(r.asOf) + "</p>\n"
    out += bar(r.counts, language: r.language, wide: true) + "\n"
    out += legend(r.counts, language: r.language)
    out += "</header>\n"
    if let m = r.meeting {
      out += "<section id=\"meeting\">\n<h2>" + escape(m.title) + "</h2>\n<dl class=\"meeting\">\n"
      for item in m.items { out += "<dt>" + escape(item.label) + "</dt><dd>" + escape(item.value) + "</dd>\n" }
      out += "</dl>\n</section>\n"
    }
    for t in r.tables { out += table(t) }
    out += "</body>\n</html>\n"
    return out
  }

  /// One table in its own section, headed by its title.
  static func table(_ t: ReportTable) -> String {
    var out = "<section id=\"\(escape(t.key))\">\n<h2>" + escape(t.title) + "</h2>\n"
    for n in t.notes { out += "<p class=\"note\">" + escape(n) + "</p>\n" }
    guard !t.rows.isEmpty else { return out + "</section>\n" }
    out += "<table>\n<thead><tr>"
    for c in t.columns { out += "<th scope=\"col\">" + escape(c) + "</th>" }
    out += "</tr></thead>\n<tbody>\n"
    for row in t.rows {
      out += "<tr>"
      for c in row { out += cell(c) }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n</section>\n"
  }

  /// One cell: figures right-aligned, bars and gauges drawn in CSS.
  static func cell(_ c: ReportCell) -> String {
    switch c {
    case .text(let s), .date(_, let s): return "<td>" + escape(s) + "</td>"
    case .number(_, let s): return "<td class=\"num\">" + escape(s) + "</td>"
    case .bar(let counts): return "<td class=\"barcell\">" + bar(counts, language: nil, wide: false) + "</td>"
    case .gauge(let f):
      let pct = Share.cells(f, of: 100)
      return "<td class=\"barcell\"><span class=\"gauge\"><span style=\"width:\(pct)%\"></span></span></td>"
    case .empty: return "<td></td>"
    }
  }

  /// A stacked bar: flex parts growing by count, so they always fill the bar exactly.
  static func bar(_ c: StatusCounts, language: Language?, wide: Bool) -> String {
    var out = "<span class=\"bar\(wide ? " wide" : "")\">"
    for (cls, n) in [("done", c.done), ("progress", c.inProgress), ("pending", c.pending)] where n > 0 {
      out += "<span class=\"\(cls)\" style=\"flex-grow:\(n)\"></span>"
    }
    return out + "</span>"
  }

  /// The colour key under the big bar, with counts and percentages.
  static func legend(_ c: StatusCounts, language: Language) -> String {
    let p = c.percentages
    func item(_ cls: String, _ m: Message, _ n: Int, _ pct: Int) -> String {
      "<li><span class=\"key \(cls)\"></span>" + escape(Catalogue.text(m, language)) + " "
        + escape(Formatting.count(n, language)) + " ("
        + escape(Catalogue.text(.percent, language, Formatting.count(pct, language))) + ")</li>"
    }
    return "<ul class=\"legend\">" + item("done", .done, c.done, p.done)
      + item("progress", .inProgress, c.inProgress, p.inProgress)
      + item("pending", .pending, c.pending, p.pending)
      + "<li>" + escape(Catalogue.counted(.totalCount, c.total, language))
      + "</li></ul>\n"
  }

  /// Text made inert for HTML and XML: markup characters as entities, and the characters
  /// that may not appear in a document at all (controls, format characters, non-characters)
  /// shown as U+FFFD, the way the dashboard shows them.
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

  /// The style sheet: high contrast on screen, A4 with colours kept when printed.
  static let css = """
    body { font-family: "PT Sans", "Segoe UI", Arial, sans-serif; color: #111; background: #fff;
      max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
    h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #111; }
    .title { font-weight: bold; font-size: 1.1rem; }
    .asof { font-style: italic; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    th, td { border: 1px solid #999; padding: .25rem .4rem; vertical-align: top; text-align: left; }
    th { background: #eee; }
    td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.barcell { width: 8rem; }
    .bar { display: flex; height: .9rem; width: 100%; min-width: 6rem; border: 1px solid #111; }
    .bar.wide { height: 1.6rem; margin: 1rem 0 .5rem; }
    .done { background: #1b7a2b; }
    .progress { background: #e0a800; }
    .pending { background: #c8c8c8; }
    .gauge { display: block; height: .9rem; width: 100%; border: 1px solid #111; background: #eee; }
    .gauge span { display: block; height: 100%; background: #1b7a2b; }
    .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1.5rem; }
    .key { display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem;
      border: 1px solid #111; vertical-align: middle; }
    .note { font-style: italic; }
    dl.meeting { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
    dl.meeting dt { font-weight: bold; }
    dl.meeting dd { margin: 0; }
    @media print {
      @page { size: A4; margin: 15mm; }
      body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
      section { break-inside: avoid-page; }
      h2 { break-after: avoid; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      .bar span, .gauge span, .key { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }

    """
}
