import Foundation
import RoadmapKit

/// The figures of `jolkarta summary`, as JSON and as text.
enum SummaryReport {
  /// `{"version": 1, "program": …, "title": …, "region": …, "as_of": …, "as_of_used": …,
  /// "activities": {...}, "directions": [...], "indicators": [...]}`; README documents it.
  ///
  /// `as_of` is the file's day, `as_of_used` the day overdue was counted against (the
  /// same, or today with `--today`).
  static func json(_ r: Roadmap, language: String, asOf: Day) -> JSON {
    func num(_ n: Int) -> JSON { JSON(.number(String(n))) }
    func counts(_ c: StatusCounts) -> [JSON.Member] {
      let p = c.percentages
      return [
        .init(key: "total", value: num(c.total)), .init(key: "done", value: num(c.done)),
        .init(key: "in_progress", value: num(c.inProgress)), .init(key: "pending", value: num(c.pending)),
        .init(key: "percent", value: JSON(.object([
          .init(key: "done", value: num(p.done)), .init(key: "in_progress", value: num(p.inProgress)),
          .init(key: "pending", value: num(p.pending)),
        ]))),
      ]
    }
    var activities = counts(r.counts)
    activities.insert(.init(key: "overdue", value: num(r.overdueCount(asOf: asOf))), at: 4)
    let directions = r.directions.map { d in
      JSON(.object(
        [.init(key: "id", value: .string(d.id)), .init(key: "title", value: .string(d.title.resolved(language)))]
          + counts(d.counts)
          + [.init(key: "projects", value: JSON(.array(d.projects.map { p in
            JSON(.object(
              [.init(key: "id", value: .string(p.id)), .init(key: "title", value: .string(p.title.resolved(language)))]
                + counts(p.counts)))
          })))]))
    }
    var indicators: [JSON] = []
    for d in r.directions {
      for ind in d.indicators + d.projects.flatMap(\.indicators) {
        var m: [JSON.Member] = [
          .init(key: "id", value: .string(ind.id)), .init(key: "title", value: .string(ind.title.resolved(language))),
          .init(key: "unit", value: .string(ind.unit.resolved(language))),
        ]
        if let plan = ind.plan { m.append(.init(key: "plan", value: JSON(.number(plain(plan))))) }
        m.append(.init(key: "actual", value: JSON(.number(plain(ind.actual)))))
        if let p = ind.percentOfPlan { m.append(.init(key: "percent", value: num(p))) }
        indicators.append(JSON(.object(m)))
      }
    }
    return JSON(.object([
      .init(key: "version", value: num(JolkartaVersion.summaryShape)),
      .init(key: "program", value: .string(JolkartaVersion.string)),
      .init(key: "title", value: .string(r.title.resolved(language))),
      .init(key: "region", value: .string(r.region.resolved(language))),
      .init(key: "as_of", value: .string(r.asOf.description)),
      .init(key: "as_of_used", value: .string(asOf.description)),
      .init(key: "activities", value: JSON(.object(activities))),
      .init(key: "directions", value: JSON(.array(directions))),
      .init(key: "indicators", value: JSON(.array(indicators))),
    ]))
  }

  /// A number as JSON writes it: integers without a decimal point.
  static func plain(_ d: Double) -> String {
    d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
  }
}
