import Foundation
import RoadmapKit
import RoadmapUI

/// `jolkarta summary DIR`: every region's figures, the national sums and the ranking.
enum NationalSummary {
  /// `{"version", "program", "regions": [...], "invalid": [...], "totals": {...},
  /// "ranking": [file…], "shared_directions": [...]}`; README documents it.
  ///
  /// Each region as `summary --json` writes its activities (total, done, in_progress,
  /// pending, overdue, percent), with its file, region, title, as_of and
  /// `done_since_meeting` (null without a meeting); the totals are the sums, their
  /// percentages by largest remainder over the sums.
  static func json(_ n: NationalFigures, language: String) -> JSON {
    func num(_ v: Int) -> JSON { JSON(.number(String(v))) }
    func counts(_ c: StatusCounts, overdue: Int) -> JSON {
      let p = c.percentages
      return JSON(.object([
        .init(key: "total", value: num(c.total)), .init(key: "done", value: num(c.done)),
        .init(key: "in_progress", value: num(c.inProgress)), .init(key: "pending", value: num(c.pending)),
        .init(key: "overdue", value: num(overdue)),
        .init(key: "percent", value: JSON(.object([
          .init(key: "done", value: num(p.done)), .init(key: "in_progress", value: num(p.inProgress)),
          .init(key: "pending", value: num(p.pending)),
        ]))),
      ]))
    }
    let regions = n.regions.map { r in
      JSON(.object([
        .init(key: "file", value: .string(r.file)),
        .init(key: "region", value: .string(r.region.resolved(language))),
        .init(key: "title", value: .string(r.title.resolved(language))),
        .init(key: "activities", value: counts(r.counts, overdue: r.overdue)),
        .init(key: "done_since_meeting", value: r.doneSinceMeeting.map(num) ?? JSON(.null)),
      ]))
    }
    let invalid = n.invalid.map { f in
      JSON(.object([
        .init(key: "file", value: .string((f.path as NSString).lastPathComponent)),
        .init(key: "problem", value: .string(f.problem.description)),
      ]))
    }
    let shared = n.sharedDirections(language: language).map { d in
      JSON(.object([
        .init(key: "id", value: .string(d.id)), .init(key: "title", value: .string(d.title.resolved(language))),
        .init(key: "regions", value: JSON(.array(d.regions.map { r in
          JSON(.object([.init(key: "file", value: .string(r.file)), .init(key: "counts", value: counts(r.counts, overdue: 0))]))
        }))),
      ]))
    }
    return JSON(.object([
      .init(key: "version", value: num(JolkartaVersion.summaryShape)),
      .init(key: "program", value: .string(JolkartaVersion.string)),
      .init(key: "regions", value: JSON(.array(regions))),
      .init(key: "invalid", value: JSON(.array(invalid))),
      .init(key: "totals", value: counts(n.totals, overdue: n.overdue)),
      .init(key: "ranking", value: JSON(.array(n.ranking.map { .string($0.file) }))),
      .init(key: "shared_directions", value: JSON(.array(shared))),
    ]))
  }

  /// The national summary as lines: the sums, then the regions best first, each with
  /// its counts, share done, overdue and the change since its meeting; invalid files last
  /// with their first problem. Every word from the catalogue, in `language`.
  static func text(_ n: NationalFigures, language: Language) -> String {
    let code = language.rawValue
    func word(_ m: Message) -> String { Catalogue.format(m, language, []) }
    // Each counts line begins a line: a capital, as a sentence has.
    func line(_ c: StatusCounts) -> String { Formatting.capitalized(SummaryReport.countsLine(c, language)) }
    var head = [word(.nationalTitle), Catalogue.counted(.regionsCount, n.regions.count, language)]
    if !n.invalid.isEmpty { head.append(Catalogue.counted(.filesNotRead, n.invalid.count, language)) }
    var out = head.joined(separator: " · ") + "\n"
    out += line(n.totals) + " · " + Catalogue.counted(.overdueCount, n.overdue, language) + "\n\n"
    // The column's heading begins a sentence; inside the line it goes on in small letters.
    let sinceWords = Formatting.inRunningText(word(.sinceMeetingColumn))
    for (k, r) in n.ranking.enumerated() {
      out += "\(Formatting.count(k + 1, language)). \(r.region.resolved(code)) (\(r.file))\n   \(line(r.counts)) · "
      out += Catalogue.counted(.overdueCount, r.overdue, language)
      if let d = r.doneSinceMeeting {
        out += " · \(sinceWords): " + (d > 0 ? "+" : "") + Formatting.count(d, language)
      }
      out += "\n"
    }
    if !n.invalid.isEmpty {
      out += "\n" + word(.invalidFilesTitle) + ":\n"
      for f in n.invalid { out += "   \((f.path as NSString).lastPathComponent): \(ProblemWords.line(f.problem, language, withFile: false))\n" }
    }
    return out
  }
}
