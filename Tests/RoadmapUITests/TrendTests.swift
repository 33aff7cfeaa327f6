import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The trend view's reducer, and the chart's cells against positions worked out by hand.
@Suite struct TrendTests {
  // MARK: The view in the dashboard

  /// `T` opens the view over the overview, asks for the history (and only that), shows a
  /// loading line until it comes, then the chart; Esc comes back to the pane left.
  @Test func theKeyOpensTheViewAndAsksForTheHistory() throws {
    var d = TestDashboard(
      try TrendFixture.roadmap(), options: DashboardOptions(language: .en, today: snapshotDay))
    _ = d.handle(.resize(width: 80, height: 24))
    d.press(.tab, .tab)
    #expect(d.state.edit.historyLoaded == false)
    d.press(.character("T"))
    #expect(d.state.stack.map(\.screen) == [.overview, .trend])
    #expect(d.takeEffects() == [.loadHistory])
    let waiting = d.grid().plainText
    #expect(waiting.contains(Catalogue.text(.trendLoading, .en)))
    #expect(!waiting.contains("█"))

    d.receive(.history(TrendFixture.history(d.state.roadmap)))
    #expect(d.takeEffects() == [])
    let shown = d.grid().plainText
    #expect(!shown.contains(Catalogue.text(.trendLoading, .en)))
    #expect(shown.contains("█") && shown.contains(Catalogue.text(.trendTitle, .en)))

    d.press(.escape)
    #expect(d.state.stack.map(\.screen) == [.overview] && d.state.current.selection == 2)
    #expect(d.takeEffects() == [])
  }

  /// Opened from a project, the view is still the whole roadmap's, and its crumb says so
  /// in each language; from the overview the short title is enough.
  @Test func theCrumbSaysTheTrendIsTheWholeRoadmaps() throws {
    for language in Language.allCases {
      var d = try regionDashboard(width: 120, height: 40, language: language)
      d.press(.enter, .enter, .character("T"))
      let crumbs = d.grid().plainText.split(separator: "\n")[1]
      #expect(crumbs.contains(Catalogue.text(.trendOfWholeRoadmap, language)), "\(crumbs)")
      d.press(.escape, .escape, .escape, .character("T"))
      let top = d.grid().plainText.split(separator: "\n")[1]
      #expect(top.contains(Catalogue.text(.trendTitle, language)), "\(top)")
      #expect(!top.contains(Catalogue.text(.trendOfWholeRoadmap, language)), "\(top)")
    }
  }

  /// Reloads while the view is open read the history again, so new points show, also in
  /// a roadmap without meetings (which nothing else reads the history for).
  @Test func theViewFollowsReloads() throws {
    var loaded = try regionRoadmap()
    loaded.roadmap.meetings = []
    var d = TestDashboard(loaded, options: DashboardOptions(language: .en, today: snapshotDay))
    _ = d.handle(.resize(width: 80, height: 24))
    d.press(.character("T"))
    #expect(d.takeEffects() == [.loadHistory])
    d.receive(.history([]))
    #expect(d.grid().plainText.contains("Only one point in time so far (30 November 2023)"))
    var later = loaded
    let id = later.roadmap.allActivities.first { $0.activity.status == .pending }!.activity.id
    try later.roadmap.set(.status, of: id, to: .status(.done))
    d.receive(.reloaded(later, changedIDs: [id]))
    #expect(d.takeEffects() == [.loadHistory])
    let entry = HistoryEntry(
      time: "2023-11-20T10:00:00Z", author: "t", id: id, field: .status, old: .status(.pending),
      new: .status(.done))
    d.receive(.history([entry]))
    #expect(d.state.trendPoints.map(\.day.description) == ["2023-11-20", "2023-11-30"])
    let text = d.grid().plainText
    #expect(!text.contains("Only one point") && text.contains("█"))
    // Leaving the view: a reload no longer asks for the history.
    d.press(.escape)
    d.receive(.reloaded(loaded, changedIDs: [id]))
    #expect(d.takeEffects() == [])
  }

  /// The points of the view are the hand-worked counts of the fixture.
  @Test func thePointsAreTheFixturesCounts() throws {
    let d = try TrendFixture.dashboard(width: 80, height: 24, language: .kk)
    let got = d.state.trendPoints.map {
      ($0.day.description, $0.counts.done, $0.counts.inProgress, $0.counts.pending)
    }
    #expect(got.map(\.0) == TrendFixture.expected.map(\.day))
    for (g, e) in zip(got, TrendFixture.expected) {
      #expect(g.1 == e.done && g.2 == e.inProgress && g.3 == e.pending, "\(e.day)")
    }
  }

  /// The key is in the table for every screen, with its words in all three languages.
  @Test func theKeyIsInTheTable() {
    let b = KeyTable.binding(for: .character("T"), in: .overview)
    #expect(b?.action == .showTrend && b?.inFooter == true && b?.requires == .always)
    for c in [KeyContext.direction, .project, .activity, .agencies, .agency] {
      #expect(KeyTable.binding(for: .character("T"), in: c)?.action == .showTrend)
    }
    // On the trend, T closes it (back where it was opened), and the footer does not offer
    // to open what is open.
    #expect(KeyTable.binding(for: .character("T"), in: .trend)?.action == .goBack)
    #expect(KeyTable.bindings(for: .trend).contains { $0.action == .goBack && $0.keys.contains(.escape) })
    for l in Language.allCases { #expect(Catalogue.entries(l)[.keyTrend] != nil) }
  }

  // MARK: The chart's cells

  /// Two points, 10 activities at most, in a 23×12 rectangle: the labels take 2 columns
  /// ("10"), the axis one, so the plot is 20 columns from x = 3 and 10 rows from y = 0.
  /// The first point (2 done, 3 in progress, 5 not started) fills columns 0–18 of the
  /// plot, the second (7, 2, 1) column 19 alone.
  @Test func theCellsAreWhereTheCountsPutThem() {
    let points = [
      ProgressPoint(day: Day("2024-01-01")!, counts: StatusCounts(done: 2, inProgress: 3, pending: 5), kind: .meeting("m")),
      ProgressPoint(day: Day("2024-01-31")!, counts: StatusCounts(done: 7, inProgress: 2, pending: 1), kind: .now),
    ]
    var g = Grid(width: 23, height: 12)
    TrendChart(points: points, painter: Painter(theme: Theme(asciiOnly: false, colors: true), language: .en))
      .draw(in: g.bounds, into: &g)
    // Rows from the bottom of the plot (y = 9) up: done, then in progress, then not started.
    func expectColumn(_ x: Int, done: Int, inProgress: Int, pending: Int) {
      for y in 0..<10 {
        let fromBottom = 9 - y
        let want: Character =
          fromBottom < done ? "█" : fromBottom < done + inProgress ? "▒" : fromBottom < done + inProgress + pending ? "░" : " "
        #expect(g[x, y].character == want, "column \(x), row \(y)")
      }
    }
    for x in 3...21 { expectColumn(x, done: 2, inProgress: 3, pending: 5) }
    expectColumn(22, done: 7, inProgress: 2, pending: 1)
    // The done line's top cell: row 8 at first (2 of 10 rows), row 3 at the end (7 of 10).
    #expect(g[3, 8].character == "█" && g[3, 7].character == "▒")
    #expect(g[22, 3].character == "█" && g[22, 2].character == "▒")
    #expect(g[3, 8].style == Theme(asciiOnly: false, colors: true).style(.done))
    // The y axis: 10 at the top, 5 in the middle (row 5: 10 × (10 − 5) / 10), 0 on the x axis.
    #expect(g.rowText(0).hasPrefix("10┤") && g.rowText(5).hasPrefix(" 5┤") && g.rowText(10).hasPrefix(" 0└"))
    #expect(g.rowText(1).hasPrefix("  │"))
    // Ticks under the meeting and now, and the dates in words centred on them where they fit.
    #expect(g[3, 10].character == "┬" && g[22, 10].character == "┬" && g[4, 10].character == "─")
    #expect(g.rowText(11).trimmingCharacters(in: .whitespaces).hasPrefix("01/01/2024"))
    #expect(g.rowText(11).hasSuffix("31/01/2024"))
  }

  /// Columns stand in proportion to the days between points: a point 1 day after the
  /// first in a 31-day span over 32 columns is in column 1; the day numbers are Python's.
  @Test func columnsFollowTheDays() throws {
    let days = ["2024-01-01", "2024-01-02", "2024-02-01", "2023-03-15", "2000-02-29", "1999-12-31"]
    let python = try runPython(
      "import datetime,sys\nfor d in sys.argv[1:]: print(datetime.date.fromisoformat(d).toordinal())", days)
    #expect(days.map { Day($0)!.ordinal } == python.split(separator: "\n").map { Int($0)! })
    let p = days.prefix(3).map { ProgressPoint(day: Day($0)!, counts: StatusCounts(), kind: .change) }
    #expect(TrendChart.columns(Array(p), width: 32) == [0, 1, 31])
    #expect(TrendChart.pointIndex(perColumn: 4, columns: [0, 0, 3]) == [1, 1, 1, 2])
  }

  /// Counts as the language writes them on the y axis, and the figures' change column.
  @Test func countsAreWrittenAsTheLanguageWritesThem() {
    let points = [
      ProgressPoint(day: Day("2024-01-01")!, counts: StatusCounts(done: 1_000, inProgress: 710, pending: 0), kind: .meeting("m")),
      ProgressPoint(day: Day("2024-06-01")!, counts: StatusCounts(done: 1_703, inProgress: 7, pending: 0), kind: .now),
    ]
    for (language, top, first) in [(Language.kk, "1 710", "1 000  710  0"), (.en, "1,710", "1,000  710  0")] {
      let painter = Painter(theme: Theme(asciiOnly: false, colors: false), language: language)
      var g = Grid(width: 60, height: 12)
      TrendChart(points: points, painter: painter).draw(in: g.bounds, into: &g)
      #expect(g.rowText(0).hasPrefix(top + "┤"))
      var f = Grid(width: 60, height: 4)
      TrendFigures(points: points, painter: painter).draw(in: f.bounds, into: &f)
      #expect(f.rowText(1).trimmingCharacters(in: .whitespaces).hasSuffix(first))
      #expect(f.rowText(2).trimmingCharacters(in: .whitespaces).hasSuffix("+703 ✓"))
    }
  }

  /// Without colours or Unicode the statuses keep their own fills: # = .
  @Test func asciiFillsTellTheStatusesApart() {
    let points = [
      ProgressPoint(day: Day("2024-01-01")!, counts: StatusCounts(done: 1, inProgress: 1, pending: 1), kind: .meeting("m")),
      ProgressPoint(day: Day("2024-02-01")!, counts: StatusCounts(done: 2, inProgress: 1, pending: 0), kind: .now),
    ]
    var g = Grid(width: 30, height: 5)
    TrendChart(points: points, painter: Painter(theme: Theme(asciiOnly: true, colors: false), language: .ru))
      .draw(in: g.bounds, into: &g)
    #expect(g.cells.allSatisfy { $0.character.isASCII })
    // 3 plot rows, 1 row each: from the bottom #, =, . in the first column of the plot.
    #expect([g[2, 2].character, g[2, 1].character, g[2, 0].character] == ["#", "=", "."])
    #expect([g[29, 2].character, g[29, 1].character, g[29, 0].character] == ["#", "#", "="])
  }

  /// Any rectangle, down to none at all, draws inside itself and never crashes.
  @Test func everySizeStaysInside() throws {
    let points = try TrendFixture.dashboard(width: 80, height: 24, language: .kk).state.trendPoints
    let painter = Painter(theme: Theme(asciiOnly: false, colors: true), language: .kk)
    for (w, h) in [(0, 0), (1, 1), (2, 3), (5, 2), (7, 7), (40, 5), (200, 60)] {
      var g = Grid(width: 210, height: 70)
      let rect = Rect(x: 3, y: 4, width: w, height: h)
      TrendPanel(points: points, painter: painter).draw(in: rect, into: &g)
      for y in 0..<g.height {
        for x in 0..<g.width where !rect.contains(x: x, y: y) {
          #expect(g[x, y] == .blank, "\(w)×\(h): (\(x), \(y))")
        }
      }
      #expect(wideCellsAreWhole(g))
    }
  }
}

/// Runs a Python program with arguments; its standard output.
func runPython(_ program: String, _ arguments: [String]) throws -> String {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = ["python3", "-c", program] + arguments
  let out = Pipe()
  p.standardOutput = out
  try p.run()
  let data = out.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
