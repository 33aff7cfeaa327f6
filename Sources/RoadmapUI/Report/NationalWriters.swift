import Foundation
import RoadmapKit

/// The national report as Markdown, through the single report's writer: its tables with
/// `ReportMarkdown.table`, each region's report with `ReportMarkdown.render` one level down.
public enum NationalMarkdown {
  /// The whole report.
  public static func render(_ n: NationalReport) -> String {
    var out = "# " + ReportMarkdown.inline(n.heading) + "\n\n"
    out += ReportMarkdown.inline(n.regionCount) + "\n\n"
    out += "`" + ReportMarkdown.bar(n.counts) + "`\n\n"
    for t in n.tables { out += ReportMarkdown.table(t) }
    for r in n.regions { out += ReportMarkdown.render(r.report, depth: 1) }
    return out
  }
}

/// The national report as one self-contained HTML file, with the single report's style,
/// tables and charts; each region's report in an `<article>` of its own.
public enum NationalHTML {
  /// The whole document.
  public static func render(_ n: NationalReport) -> String {
    let e = ReportHTML.escape
    var out = "<!DOCTYPE html>\n<html lang=\"\(n.language.rawValue)\">\n<head>\n"
    out += "<meta charset=\"utf-8\" />\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    out += "<title>" + e(n.heading) + "</title>\n"
    out += "<style>\n" + ReportStyle.css + "article.region { break-before: page; }\n</style>\n</head>\n<body>\n"
    out += "<header>\n<h1>" + e(n.heading) + "</h1>\n<p>" + e(n.regionCount) + "</p>\n"
    out += ReportHTML.bar(n.counts, wide: true) + "\n"
    out += ReportHTML.legend(n.counts, overdue: n.overdue, language: n.language) + "</header>\n"
    for t in n.tables { out += ReportHTML.table(t) }
    for (k, r) in n.regions.enumerated() {
      out += "<article class=\"region\" id=\"region-\(k + 1)\">\n"
      out += uniqueIDs(ReportHTML.body(r.report), prefix: "r\(k + 1)-") + "</article>\n"
    }
    return out + "</body>\n</html>\n"
  }

  /// `html` with every `id` and the references to them (`url(#…)`, `href="#…"`) given
  /// `prefix`, so that the same sections and chart patterns of several regions stay
  /// distinct in one document. Text from a file never matches: `escape` turns its `"`
  /// into `&quot;` and its `#` stays outside any attribute.
  static func uniqueIDs(_ html: String, prefix: String) -> String {
    html.replacingOccurrences(of: " id=\"", with: " id=\"" + prefix)
      .replacingOccurrences(of: "url(#", with: "url(#" + prefix)
      .replacingOccurrences(of: "href=\"#", with: "href=\"#" + prefix)
  }
}

/// The national report as CSV, through the one `CSVWriter` and the single report's rules.
///
/// The whole report stacks the national tables (each: its title line, its heading line,
/// its rows, an empty line), then every region's report as the single report writes it.
/// `table(_:)` is one table alone (`report DIR --format csv` writes the ranking unless
/// `--table KEY` names another).
public enum NationalCSV {
  /// The whole report.
  public static func render(_ n: NationalReport, delimiter: CSVDelimiter) -> String {
    var lines: [[CSVField]] = [[.text(n.heading)], [.text(n.regionCount)], []]
    for t in n.tables {
      lines.append([.text(t.title)])
      lines += ReportCSV.records(t)
      lines.append([])
    }
    for r in n.regions { lines += ReportCSV.lines(r.report) }
    return CSVWriter.document(lines, delimiter: delimiter)
  }
}
