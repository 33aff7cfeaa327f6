import Foundation
import RoadmapKit
import RoadmapUI

extension SummaryReport {
  /// The summary as lines of text, every word from the catalogue and every number and
  /// date as the language writes them (`1 710`, `5,6`, «2023 жылғы 30 қарашадағы жағдай
  /// бойынша»), every count and unit in the form the number takes.
  static func text(_ r: Roadmap, language code: String, asOf: Day) -> String {
    let language = Language(code: code) ?? .kk
    func word(_ m: Message, _ args: String...) -> String { Catalogue.format(m, language, args) }
    func n(_ v: Int) -> String { Formatting.count(v, language) }
    // Each counts line begins a line of the summary: a capital, as a sentence has.
    func line(_ c: StatusCounts) -> String { Formatting.capitalized(countsLine(c, language)) }
    // An imported roadmap may have no region yet: no dash left hanging.
    let region = r.region.resolved(code)
    var out = r.title.resolved(code) + (region.isEmpty ? "" : " — " + region) + "\n"
    if let p = r.program { out += p.resolved(code) + "\n" }
    out += Formatting.capitalized(Formatting.day(asOf, language, .asOf)) + "\n\n"
    out += line(r.counts) + " · " + Catalogue.counted(.overdueCount, r.overdueCount(asOf: asOf), language) + "\n\n"
    for (k, d) in r.directions.enumerated() {
      out += "\(k + 1). \(d.title.resolved(code))\n   \(line(d.counts))\n"
      for p in d.projects {
        out += "   - \(p.title.resolved(code)): \(word(.planOfActual, n(p.counts.done), n(p.counts.total)))\n"
      }
    }
    let all = r.directions.flatMap { $0.indicators + $0.projects.flatMap(\.indicators) }
    if !all.isEmpty {
      out += "\n\(word(.indicators)):\n"
      for i in all {
        let actual = Formatting.number(i.actual, language)
        var s = "   - \(i.title.resolved(code)): "
        s += i.plan.map { word(.planOfActual, actual, Formatting.number($0, language)) } ?? actual
        s += " " + Formatting.unit(i.unitForms, for: i.plan ?? i.actual, language)
        if let p = Share.percentFigure(i, language) { s += " (\(word(.percent, p)))" }
        out += s + "\n"
      }
    }
    return out
  }

  /// "total 122 · done 60 (49%) · in progress 52 (43%) · not started 10 (8%)", as the
  /// language writes it: one region's, one direction's, or the national sums.
  static func countsLine(_ c: StatusCounts, _ language: Language) -> String {
    func word(_ m: Message, _ args: String...) -> String { Catalogue.format(m, language, args) }
    func n(_ v: Int) -> String { Formatting.count(v, language) }
    let p = c.percentages
    return [
      Catalogue.counted(.totalCount, c.total, language),
      "\(word(.done)) \(n(c.done)) (\(word(.percent, n(p.done))))",
      "\(word(.inProgress)) \(n(c.inProgress)) (\(word(.percent, n(p.inProgress))))",
      "\(word(.pending)) \(n(c.pending)) (\(word(.percent, n(p.pending))))",
    ].joined(separator: " · ")
  }
}
