import Foundation
import Testing

@testable import RoadmapKit

/// The report's figures as the model computes them from the region's data.
struct FiguresTests {
  @Test func overallCountsAndPercentages() throws {
    let r = try Sample.load()
    #expect(r.counts.total == 122)
    #expect(r.counts.done == 60)
    #expect(r.counts.inProgress == 52)
    #expect(r.counts.pending == 10)
    #expect(r.counts.remaining == 62)
    let p = r.counts.percentages
    #expect((p.done, p.inProgress, p.pending) == (49, 43, 8))
    #expect(r.activityIndex.count == 122)
    #expect(r.allActivities.count == 122)
  }

  @Test func overdueAsOfTheReportDay() throws {
    let r = try Sample.load()
    #expect(r.asOf == Day("2023-11-30"))
    #expect(r.overdueCount(asOf: r.asOf) == 11)
    let overdue = r.allActivities.filter { $0.activity.isOverdue(asOf: r.asOf) }.map(\.activity.id)
    #expect(
      overdue == [
        "d1.housing.07", "d1.roads.06", "d1.schools.07", "d1.schools.10", "d1.health.03",
        "d1.utilities.04", "d2.business.03", "d2.agro.05", "d3.sport.05", "d3.social.02", "d4.waste.02",
      ])
    // Another reference day: nothing is overdue before the first due date; a done
    // activity is never overdue, however old its due date.
    #expect(r.overdueCount(asOf: Day("2023-01-01")!) == 0)
    let late = Day("2030-01-01")!
    let notDoneWithDue = r.allActivities.filter { $0.activity.status != .done && $0.activity.due != nil }.count
    #expect(r.overdueCount(asOf: late) == notDoneWithDue)
    #expect(notDoneWithDue == 62)
  }

  @Test func overdueBoundaryIsStrictlyBefore() throws {
    var r = try Sample.load()
    // d1.housing.04 is in progress and due 2023-12-31: due on the reference day is not late.
    #expect(r.activity(id: "d1.housing.04")!.isOverdue(asOf: Day("2023-12-31")!) == false)
    #expect(r.activity(id: "d1.housing.04")!.isOverdue(asOf: Day("2024-01-01")!) == true)
    try r.set(.status, of: "d1.roads.06", to: .status(.done))
    #expect(r.overdueCount(asOf: r.asOf) == 10)
  }

  @Test func perDirectionCounts() throws {
    let r = try Sample.load()
    let got = r.directions.map { [$0.counts.total, $0.counts.done, $0.counts.inProgress, $0.counts.pending] }
    #expect(got == [[45, 23, 18, 4], [28, 15, 11, 2], [29, 14, 12, 3], [20, 8, 11, 1]])
    #expect(r.directions.map(\.id) == ["d1", "d2", "d3", "d4"])
    #expect(r.directions[0].title.resolved("kk") == "Өмір сапасын арттыру")
    #expect(r.directions[1].title.resolved("kk") == "Кірістерді арттыру")
    #expect(r.directions[2].title.resolved("kk") == "Өмір сапасын жақсарту")
    #expect(r.directions[3].title.resolved("kk") == "Экологиялық жағдайды жақсарту")
  }

  @Test func perProjectCounts() throws {
    let r = try Sample.load()
    let housing = r.directions[0].projects[0]
    #expect(housing.id == "d1.housing")
    #expect(housing.counts == StatusCounts(done: 5, inProgress: 4, pending: 1))
    #expect(r.directions[0].projects[2].counts == StatusCounts(done: 6, inProgress: 5, pending: 0))
    #expect(r.directions[3].projects[1].counts == StatusCounts(done: 1, inProgress: 4, pending: 0))
    // Every project's stored counts equal a recount of its activities.
    for d in r.directions {
      for p in d.projects { #expect(p.counts == StatusCounts(p.activities), "\(p.id)") }
    }
  }

  @Test func countsFollowEdits() throws {
    var r = try Sample.load()
    try r.set(.status, of: "d1.housing.04", to: .status(.pending))
    #expect(r.directions[0].projects[0].counts == StatusCounts(done: 5, inProgress: 3, pending: 2))
    #expect(r.counts == StatusCounts(done: 60, inProgress: 51, pending: 11))
    try r.set(.status, of: "d1.housing.04", to: .status(.done))
    #expect(r.counts == StatusCounts(done: 61, inProgress: 51, pending: 10))
  }

  @Test func indicators() throws {
    let r = try Sample.load()
    var all: [String: Indicator] = [:]
    for d in r.directions {
      for i in d.indicators + d.projects.flatMap(\.indicators) { all[i.id] = i }
    }
    func check(_ id: String, plan: Double?, actual: Double, unit: String) {
      guard let i = all[id] else {
        Issue.record("no indicator \(id)")
        return
      }
      #expect(i.plan == plan, "\(id)")
      #expect(i.actual == actual, "\(id)")
      #expect(i.unit.resolved("en") == unit, "\(id)")
    }
    check("d1.housing.area", plan: nil, actual: 460_000, unit: "m²")
    check("d1.roads.repaired", plan: nil, actual: 291, unit: "km")
    check("d1.schools.commissioned", plan: 14, actual: 7, unit: "schools")
    check("d1.health.facilities", plan: 12, actual: 6, unit: "facilities")
    check("d1.health.fap", plan: nil, actual: 4, unit: "FAPs")
    check("d1.health.clinics", plan: nil, actual: 2, unit: "clinics")
    check("d2.auyl_amanaty.loans", plan: nil, actual: 837, unit: "loans")
    check("d2.auyl_amanaty.amount", plan: nil, actual: 5.6, unit: "bn ₸")
    check("d3.heritage.events", plan: nil, actual: 82, unit: "events")
    check("d3.sport.grounds", plan: nil, actual: 26, unit: "grounds")
    #expect(all.count == 10)
    #expect(all["d1.schools.commissioned"]?.fractionOfPlan == 0.5)
    #expect(all["d1.health.fap"]?.fractionOfPlan == nil)
  }

  @Test func metadata() throws {
    let r = try Sample.load()
    #expect(r.period == 2023...2027)
    #expect(r.region.resolved("ru") == "Западно-Казахстанская область")
    #expect(r.program != nil)
    #expect(r.title.translations.map(\.language) == ["kk", "ru", "en"])
  }

  // MARK: - Largest remainder

  @Test(arguments: [
    // parts, total, expected
    ([60, 52, 10], 100, [49, 43, 8]),
    ([1, 1, 1], 100, [34, 33, 33]),  // ties go to the earlier part
    ([0, 0, 0], 100, [0, 0, 0]),  // nothing to count
    ([5, 0, 0], 100, [100, 0, 0]),
    ([1, 2], 100, [33, 67]),
    ([2, 1], 100, [67, 33]),
    ([1, 1, 1, 1, 1, 1], 100, [17, 17, 17, 17, 16, 16]),
    ([1, 999], 100, [0, 100]),  // a tiny part may round to 0 when the total is small
    ([1, 999], 1000, [1, 999]),
    ([60, 52, 10], 40, [20, 17, 3]),  // bar widths
    ([3, 3], 0, [0, 0]),
    ([33, 33, 34], 100, [33, 33, 34]),
    ([1, 0, 1], 3, [2, 0, 1]),
  ] as [([Int], Int, [Int])])
  func largestRemainder(parts: [Int], total: Int, expected: [Int]) {
    let got = StatusCounts.largestRemainder(parts, total: total)
    #expect(got == expected)
    if parts.reduce(0, +) > 0 { #expect(got.reduce(0, +) == total) }
  }

  @Test func percentagesAlwaysAddUpTo100() {
    var rng = SplitMix64(seed: 7)
    for _ in 0..<2000 {
      let c = StatusCounts(
        done: Int.random(in: 0...300, using: &rng), inProgress: Int.random(in: 0...300, using: &rng),
        pending: Int.random(in: 0...300, using: &rng))
      let p = c.percentages
      if c.total == 0 {
        #expect((p.done, p.inProgress, p.pending) == (0, 0, 0))
        continue
      }
      #expect(p.done + p.inProgress + p.pending == 100)
      // Each share is its exact value rounded down or up, never further off.
      for (n, share) in [(c.done, p.done), (c.inProgress, p.inProgress), (c.pending, p.pending)] {
        let exact = Double(n) * 100 / Double(c.total)
        #expect(Double(share) >= exact.rounded(.down) && Double(share) <= exact.rounded(.up), "\(c)")
      }
    }
  }
}
