import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The region's last meeting (its legacy block: 30 November 2023) as the default
/// baseline of the slides and the report, the report's heading, and the change marks.
@Suite struct MeetingTests {
  /// A history around the meeting of 2023-11-30, over «Ауыл аманаты»: .01 done before the
  /// meeting (not counted), .02 done on its day and .05 started after it (counted), .07
  /// set back and forth after it (no change: in progress before and now).
  static let history = [
    HistoryEntry(time: "2023-11-20T09:00:00Z", author: "А", id: "d2.auyl_amanaty.01", field: .status,
      old: .status(.inProgress), new: .status(.done)),
    HistoryEntry(time: "2023-11-30T10:15:00Z", author: "А", id: "d2.auyl_amanaty.02", field: .status,
      old: .status(.inProgress), new: .status(.done)),
    HistoryEntry(time: "2023-12-01T08:00:00Z", author: "Б", id: "d2.auyl_amanaty.05", field: .status,
      old: .status(.pending), new: .status(.inProgress)),
    HistoryEntry(time: "2023-12-02T08:00:00Z", author: "Б", id: "d2.auyl_amanaty.07", field: .status,
      old: .status(.inProgress), new: .status(.pending)),
    HistoryEntry(time: "2023-12-03T08:00:00Z", author: "Б", id: "d2.auyl_amanaty.07", field: .status,
      old: .status(.pending), new: .status(.inProgress)),
  ]

  /// The legacy block of data/roadmap.json, as written there.
  static let meeting = Meeting(
    id: "meeting", date: Day("2023-11-30")!, chair: LocalizedText("С. Ізмұханбетова"),
    reporter: LocalizedText("Н. Төреғалиев"), speakers: [LocalizedText("Ә. Әбенова")])

  @Test func datesOfAMeetingAreGrammaticalInEachLanguage() {
    let day = Day("2023-11-30")!
    #expect(Formatting.day(day, .kk, .event) == "2023 жылғы 30 қарашадағы")
    #expect(Formatting.day(day, .ru, .event) == "30 ноября 2023 г.")
    #expect(Formatting.day(day, .en, .event) == "30 November 2023")
    #expect(Formatting.day(Day("2024-04-05")!, .kk, .event) == "2024 жылғы 5 сәуірдегі")
    #expect(Formatting.day(Day("2024-09-01")!, .kk, .event) == "2024 жылғы 1 қыркүйектегі")
    #expect(Formatting.day(Day("2024-07-10")!, .kk, .event) == "2024 жылғы 10 шілдедегі")
    let since = ChangeSummary.Baseline.meeting(Self.meeting)
    #expect(since.words(.kk) == "2023 жылғы 30 қарашадағы отырыстан бері")
    #expect(since.words(.ru) == "с заседания 30 ноября 2023 г.")
    #expect(since.words(.en) == "since the meeting of 30 November 2023")
  }

  @Test func theChangesSlideMeasuresFromTheLastMeeting() throws {
    let roadmap = try regionRoadmap().roadmap
    let meeting = try #require(roadmap.lastMeeting)
    var p = try regionPresentation(width: 120, height: 40, language: .en, baseline: .meeting(Self.history, meeting))
    #expect(p.changes?.finished.map(\.id) == ["d2.auyl_amanaty.02"])
    #expect(p.changes?.started.map(\.id) == ["d2.auyl_amanaty.05"])
    #expect(p.changes?.movedBack == [])
    let slide = try #require(p.slides.firstIndex(of: .changes))
    p.press(.home)
    for _ in 0..<slide { p.press(.right) }
    let text = p.grid().plainText
    #expect(text.contains("Since the meeting of 30 November 2023"))
    #expect(!text.contains("--since"))
    // A history that grows during the meeting (`.history` after a reload) is taken in.
    let later = HistoryEntry(time: "2023-12-04T08:00:00Z", author: "В", id: "d2.auyl_amanaty.06", field: .status,
      old: .status(.pending), new: .status(.pending))
    #expect(p.update(.reloaded(try regionRoadmap(), changedIDs: [])) == [.loadHistory])
    _ = p.update(.history(Self.history + [later]))
    #expect(p.changes?.finished.map(\.id) == ["d2.auyl_amanaty.02"])
  }

  @Test func withoutAMeetingTheSlideStillSaysHowToAsk() throws {
    let p = Presentation(try tinyRoadmap(title: "\"A\""), options: PresentationOptions(language: .kk))
    #expect(p.changes == nil)
    #expect(try tinyRoadmap(title: "\"A\"").roadmap.lastMeeting == nil)
  }

  @Test func theDashboardReadsTheHistoryAtOpenAndPresentsSinceTheMeeting() throws {
    var d = try regionDashboard(language: .ru)
    #expect(d.app.initialEffects == [.loadHistory])
    #expect(Dashboard(try tinyRoadmap(title: "\"A\"")).initialEffects == [])
    d.receive(.history(Self.history))
    _ = d.takeEffects()
    d.press(.character("P"))
    #expect(d.takeEffects() == [.loadHistory], "the slides ask for the history afresh")
    let p = try #require(d.state.presentation)
    #expect(p.changes?.baseline == .meeting(try regionRoadmap().roadmap.lastMeeting!))
    #expect(p.changes?.finished.map(\.id) == ["d2.auyl_amanaty.02"])
    // The fresh history reaches the slides over the dashboard.
    d.receive(.history(Array(Self.history.prefix(2))))
    #expect(d.state.presentation?.changes?.started == [])
  }

  @Test func activitiesChangedSinceTheMeetingAreMarkedAndExplained() throws {
    for ascii in [false, true] {
      var d = try regionDashboard(asciiOnly: ascii)
      d.press(.character("2"), .enter)
      let mark: Character = ascii ? "*" : "•"
      #expect(!d.text.contains(mark), "no history, no marks")
      d.receive(.history(Self.history))
      #expect(d.state.edit.changedSinceMeeting == ["d2.auyl_amanaty.02", "d2.auyl_amanaty.05"])
      // The project's seven activities, in file order: the last rows that start with a
      // status glyph (an ASCII screen shows no Cyrillic to look titles up by).
      let glyphs: Set<Character> = ascii ? ["#", "=", "."] : ["✓", "◐", "○"]
      func isActivityRow(_ line: String) -> Bool {
        guard let first = line.first, glyphs.contains(first) else { return false }
        return line.dropFirst().first == " "
      }
      let lines: [String] = d.text.split(separator: "\n").map(String.init)
      let rows = Array(lines.filter(isActivityRow).suffix(7))
      #expect(rows.count == 7)
      for (k, line) in zip(1...7, rows) {
        #expect(line.contains(mark) == (k == 2 || k == 5), "d2.auyl_amanaty.0\(k): \(line)")
      }
      d.press(.character("?"))
      // (An ASCII screen shows the Kazakh words as "?".)
      #expect(d.text.contains(ascii ? "* 2023 ????? 30 ?????????? ????????? ???? ????????" : "• 2023 жылғы 30 қарашадағы отырыстан бері өзгерген"))
    }
  }

  @Test func savesAndReloadsReadTheHistoryAgainForTheMarks() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 5)
    d.press(.character("d"))
    let saves = d.takeSaves()
    #expect(saves.count == 1)
    d.receive(.saved(try regionRoadmap(), written: saves[0], merged: false))
    #expect(d.takeEffects() == [.loadHistory])
    d.receive(.reloaded(try regionRoadmap(), changedIDs: []))
    #expect(d.takeEffects() == [.loadHistory])
  }

  @Test func theReportNamesTheMeetingAtTheTop() throws {
    let roadmap = try regionRoadmap().roadmap
    let en = MeetingReport(roadmap, language: .en, changes: nil)
    #expect(en.meeting?.title == "Faction meeting of 30 November 2023")
    #expect(en.meeting?.items.map { "\($0.label): \($0.value)" } == [
      "Date: 30 November 2023", "Chair: С. Ізмұханбетова", "Reporter: Н. Төреғалиев", "Speakers: Ә. Әбенова",
      "Decision: Items not completed this year are to be completed in full next year; the institutions are obliged to ensure this.",
    ])
    #expect(MeetingReport(roadmap, language: .kk, changes: nil).meeting?.title == "2023 жылғы 30 қарашадағы фракция отырысы")
    #expect(MeetingReport(roadmap, language: .ru, changes: nil).meeting?.items.last?.label == "Решение")

    // The heading block names the meeting (its date in the title), who chaired, reported
    // and spoke, then the decision, all before the first table.
    let md = ReportMarkdown.render(en)
    let heading = try #require(md.range(of: "**Faction meeting of 30 November 2023**\n\n"))
    #expect(md.contains("- **Chair:** С. Ізмұханбетова\n- **Reporter:** Н. Төреғалиев\n- **Speakers:** Ә. Әбенова\n"))
    #expect(md.contains("> **Decision:** Items not completed this year"))
    #expect(heading.lowerBound < md.range(of: "## Activities by status")!.lowerBound, "before every table")

    let html = try parseStrictly(ReportHTML.render(en))
    let header = try #require(html.all("header").first)
    #expect(header.all("p").first { $0.attributes["class"] == "meeting-title" }?.allText == "Faction meeting of 30 November 2023")
    #expect(header.all("dt").map(\.allText) == ["Chair", "Reporter", "Speakers"])
    #expect(header.all("dd").map(\.allText).prefix(2) == ["С. Ізмұханбетова", "Н. Төреғалиев"])
    let decision = try #require(header.all("p").first { $0.attributes["class"] == "decision" })
    #expect(decision.all("strong").first?.allText == "Decision:")
    #expect(decision.text.hasPrefix(" Items not completed this year"))

    let csv = ReportCSV.render(en, delimiter: .comma)
    #expect(csv.contains("\r\nFaction meeting of 30 November 2023\r\nDate,30 November 2023\r\nChair,С. Ізмұханбетова\r\n"))

    let none = MeetingReport(try tinyRoadmap(title: "\"A\"").roadmap, language: .en, changes: nil)
    #expect(none.meeting == nil)
    #expect(!ReportMarkdown.render(none).contains("Faction meeting"))
  }

  @Test func theReportSaysSinceWhichMeeting() throws {
    let roadmap = try regionRoadmap().roadmap
    let changes = ChangeSummary.fromHistory(Self.history, sinceMeeting: roadmap.lastMeeting!, current: roadmap)
    let r = MeetingReport(roadmap, language: .ru, changes: changes)
    let t = try #require(r.tables.first { $0.key == "changes" })
    #expect(t.notes == ["С заседания 30 ноября 2023 г."])
    #expect(t.rows.map { $0[1] } == [.text("d2.auyl_amanaty.02"), .text("d2.auyl_amanaty.05")])
  }
}
