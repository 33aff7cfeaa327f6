import Foundation
import RoadmapKit

extension SummaryReport {
  /// Labels of the text summary, per language.
  struct Labels {
    let done, inProgress, pending, overdue, total, asOf, indicators, of: String

    static func of(_ language: String) -> Labels {
      switch language {
      case "ru":
        return Labels(done: "исполнено", inProgress: "в процессе исполнения", pending: "не начато",
          overdue: "просрочено", total: "мероприятий", asOf: "по состоянию на", indicators: "Показатели", of: "из")
      case "en":
        return Labels(done: "done", inProgress: "in progress", pending: "pending", overdue: "overdue",
          total: "activities", asOf: "as of", indicators: "Indicators", of: "of")
      default:
        return Labels(done: "орындалды", inProgress: "орындалуда", pending: "басталмаған",
          overdue: "мерзімі өткен", total: "іс-шара", asOf: "жағдайы бойынша", indicators: "Көрсеткіштер", of: "/")
      }
    }
  }

  /// A number as the language writes it: `1 710`, `5,6` in Kazakh and Russian; `1,710`, `5.6` in English.
  static func number(_ value: Double, _ language: String) -> String {
    let locale = Locale(identifier: language == "en" ? "en_US" : language == "ru" ? "ru_RU" : "kk_KZ")
    return value.formatted(.number.locale(locale)).replacingOccurrences(of: "\u{A0}", with: " ")
  }

  /// The summary as lines of text.
  static func text(_ r: Roadmap, language: String, asOf: Day) -> String {
    let l = Labels.of(language)
    func line(_ c: StatusCounts) -> String {
      let p = c.percentages
      return "\(c.total) \(l.total): \(l.done) \(c.done) (\(p.done)%) · \(l.inProgress) \(c.inProgress) (\(p.inProgress)%) · \(l.pending) \(c.pending) (\(p.pending)%)"
    }
    var out = "\(r.title.resolved(language)) — \(r.region.resolved(language))\n"
    if let p = r.program { out += p.resolved(language) + "\n" }
    out += "\(l.asOf) \(asOf)\n\n"
    out += line(r.counts) + " · \(l.overdue) \(r.overdueCount(asOf: asOf))\n\n"
    for (k, d) in r.directions.enumerated() {
      out += "\(k + 1). \(d.title.resolved(language))\n   \(line(d.counts))\n"
      for p in d.projects {
        out += "   - \(p.title.resolved(language)): \(p.counts.done)/\(p.counts.total)\n"
      }
    }
    let all = r.directions.flatMap { $0.indicators + $0.projects.flatMap(\.indicators) }
    if !all.isEmpty {
      out += "\n\(l.indicators):\n"
      for i in all {
        var s = "   - \(i.title.resolved(language)): \(number(i.actual, language))"
        if let plan = i.plan { s += " \(l.of) \(number(plan, language))" }
        s += " \(i.unit.resolved(language))"
        if let f = i.fractionOfPlan { s += " (\(Int((f * 100).rounded()))%)" }
        out += s + "\n"
      }
    }
    return out
  }
}
