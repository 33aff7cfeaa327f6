import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The report's SVG charts, read back by XMLParser, against counts worked out in the test
/// from the file (JSONSerialization) and a history written for it.
@Suite struct ReportChartTests {
  func elements(_ svg: String, _ name: String, class cls: String? = nil) throws -> [ParsedElement] {
    try parseXML(svg).filter { $0.name == name && (cls == nil || $0.attributes["class"] == cls) }
  }

  @Test func theProgressChartDrawsEveryPointWithItsCounts() throws {
    let h = try RegionHistory()
    let report = MeetingReport(try regionRoadmap().roadmap, language: .kk, changes: nil, history: h.entries)
    let svg = try #require(ReportSVG.progress(report.charts))
    _ = try parseStrictly(svg)
    // The whole document with both charts inline is well-formed XML to libxml2 as well.
    let document = try parseXML(ReportHTML.render(report))
    #expect(document.filter { $0.name == "svg" }.map { $0.attributes["id"] } == ["chart-directions", "chart-progress"])
    let days = [h.region.asOf] + RegionHistory.days
    let circles = try elements(svg, "circle", class: "point")
    try #require(circles.count == days.count, "a marker per point")
    let all = try parseXML(svg)
    for (k, day) in days.enumerated() {
      let c = h.counts(day)
      let label = Formatting.day(Day(day)!, .kk, .column)
      let title = all.first { $0.name == "title" && $0.parent.map { all[$0].attributes["cx"] == circles[k].attributes["cx"] && all[$0].name == "circle" } == true }
      #expect(title?.text == "\(label), орындалды \(c[0]), орындалуда \(c[1]), басталмаған \(c[2])", "\(day)")
    }
    // Time runs left to right in proportion to the days between points.
    let xs = circles.map { Double($0.attributes["cx"]!)! }
    let whole = Double(RegionHistory.days(from: days[0], to: days.last!))
    for (k, day) in days.enumerated() {
      let share = Double(RegionHistory.days(from: days[0], to: day)) / whole
      #expect(abs((xs[k] - xs[0]) / (xs.last! - xs[0]) - share) < 0.01, "\(day)")
    }
    // More done is higher up.
    let ys = circles.map { Double($0.attributes["cy"]!)! }
    for a in days.indices { for b in days.indices where h.counts(days[a])[0] > h.counts(days[b])[0] { #expect(ys[a] < ys[b]) } }
    // The first and the last day are written under the axis with what they are, and the
    // done count over them; the bands are named at the end with the counts of now.
    let dates = try elements(svg, "text", class: "date").map(\.text)
    #expect(dates.first == Formatting.day(Day(days[0])!, .kk, .column) && dates.last == Formatting.day(Day(days.last!)!, .kk, .column))
    #expect(try elements(svg, "text", class: "kind").map(\.text) == ["отырыс", "қазір"])
    let counts = try elements(svg, "text", class: "count").map(\.text)
    #expect(counts.first == String(h.counts(days[0])[0]) && counts.last == String(h.counts(days.last!)[0]))
    let now = h.counts(days.last!)
    #expect(try elements(svg, "text", class: "band-label").map(\.text)
      == ["орындалды \(now[0])", "орындалуда \(now[1])", "басталмаған \(now[2])"])
    // Three bands, filled solid, hatched and dotted: told apart without colour.
    let bands = try elements(svg, "polygon")
    #expect(bands.map { $0.attributes["fill"]! } == ["#1b6b2b", "url(#p-hatch)", "url(#p-dots)"])
    #expect(try elements(svg, "pattern").count == 2)
  }

  @Test func theDirectionChartWritesEachDirectionsCountsOnItsBar() throws {
    let region = try RegionJSON()
    let report = MeetingReport(try regionRoadmap().roadmap, language: .ru, changes: nil)
    let svg = ReportSVG.directions(report.charts)
    _ = try parseStrictly(svg)
    let parts = try elements(svg, "rect").filter { $0.attributes["class"]?.hasPrefix("part ") == true }
    let texts = try elements(svg, "text").map(\.text)
    var k = 0
    for d in 0..<4 {
      let mine = region.activities.filter { $0.direction == d }
      let c = ["done", "in_progress", "pending"].map { s in mine.filter { $0.status == s }.count }
      #expect(texts.contains { $0.hasPrefix("всего \(mine.count)") }, "direction \(d + 1)")
      // One part per status with activities, as wide as its share of the bar.
      var sum = 0.0
      for n in c where n > 0 {
        let w = Double(parts[k].attributes["width"]!)!
        #expect(abs(w / 680 - Double(n) / Double(mine.count)) < 0.002, "direction \(d + 1)")
        sum += w
        k += 1
      }
      #expect(abs(sum - 680) < 0.5)
    }
    #expect(k == parts.count)
    // Every count is written: on its part, or after the total where the part is too narrow.
    for d in 0..<4 {
      let mine = region.activities.filter { $0.direction == d }
      for s in ["done", "in_progress", "pending"] {
        let n = mine.filter { $0.status == s }.count
        guard n > 0 else { continue }
        #expect(texts.contains(String(n)) || texts.contains { $0.contains(" \(n)") }, "\(d + 1) \(s) \(n)")
      }
    }
  }

  @Test func oneDayOnlyIsSaidInWordsAndNoChartIsDrawn() throws {
    let roadmap = try regionRoadmap().roadmap
    let r = MeetingReport(roadmap, language: .ru, changes: nil)
    #expect(r.charts.points.count == 1)
    #expect(ReportSVG.progress(r.charts) == nil)
    let sentence = "В истории изменений только один день (30 ноября 2023 г.): график появится, когда статусы изменятся."
    let html = ReportHTML.render(r)
    let root = try parseStrictly(html)
    #expect(root.all("svg").map { $0.attributes["id"] } == ["chart-directions"])
    #expect(root.all("p").contains { $0.allText == sentence })
    #expect(ReportMarkdown.render(r).contains("В истории изменений только один день \\(30 ноября 2023 г.\\)"))
    // With a history, Markdown has the series as a table: a row per point.
    let h = try RegionHistory()
    let md = ReportMarkdown.render(MeetingReport(roadmap, language: .en, changes: nil, history: h.entries))
    let section = try #require(md.components(separatedBy: "## Progress over time\n\n").last)
    let rows = section.components(separatedBy: "\n\n")[0].split(separator: "\n").dropFirst(2)
    let days = [h.region.asOf] + RegionHistory.days
    #expect(rows.count == days.count)
    for (row, day) in zip(rows, days) {
      let c = h.counts(day)
      #expect(row.hasSuffix("| \(c[0]) | \(c[1]) | \(c[2]) | \(c.reduce(0, +)) |"), "\(row)")
    }
    #expect(rows.first?.hasPrefix("| 30 November 2023 \\(meeting\\) |") == true)
    #expect(rows.last?.hasPrefix("| 12 October 2024 \\(now\\) |") == true)
  }

  @Test func hostileTextInTheChartsIsInert() throws {
    let hostile = #""</text><script>alert(1)</script>&amp; \u001b[2J \u202e""#
    let json = """
      {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
       "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30",
       "meeting": {"date": "2023-11-30", "chair": \(hostile)},
       "directions": [{"id": "d", "title": \(hostile), "projects": [
         {"id": "p", "title": "P", "activities": [{"id": "a", "title": "A", "status": "done"}]}]}]}
      """
    let roadmap = try RoadmapLoader.decode(Array(json.utf8)).roadmap
    let history = [HistoryEntry(time: "2024-01-01T00:00:00Z", author: "x", id: "a", field: .status,
      old: .status(.pending), new: .status(.done))]
    let charts = MeetingReport(roadmap, language: .en, changes: nil, history: history).charts
    for svg in [ReportSVG.directions(charts), try #require(ReportSVG.progress(charts))] {
      let parsed = try parseXML(svg)
      #expect(!parsed.contains { $0.name == "script" })
      #expect(!svg.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }
    let label = try parseXML(ReportSVG.directions(charts)).first { $0.attributes["font-weight"] == "bold" }
    #expect(label?.text.hasPrefix("1. </text><script>alert(1)</script>&amp;") == true)
  }
}
