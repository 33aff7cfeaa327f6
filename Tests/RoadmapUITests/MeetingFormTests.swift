import Foundation
import Testing

@testable import RoadmapKit
@testable import RoadmapUI

/// `M`: a meeting recorded from the dashboard, with the values of data/roadmap.json.
@Suite struct MeetingFormTests {
  /// Clears the focused field of the form (its text is at most 40 characters here).
  func clear(_ d: inout TestDashboard) {
    d.press(.end)
    for _ in 0..<40 { d.press(.backspace) }
  }

  @Test func aMeetingRecordedAsOneStepAndUndone() throws {
    var d = try regionDashboard()
    let before = d.state.roadmap
    d.press(.character("M"))
    guard case .form(let form)? = d.state.edit.prompt else {
      Issue.record("no form")
      return
    }
    // The date starts on today's.
    #expect(form.fields.map(\.name) == ["date", "chair", "reporter", "speakers", "decision", "carry_over"])
    #expect(form.fields[0].editor.text == Day.today().description)
    clear(&d)
    d.type("2024-11-28")
    d.press(.tab)
    d.type("С. Ізмұханбетова")
    d.press(.tab, .tab)
    d.type("Ә. Әбенова, Б. Бекова")
    d.press(.tab)
    d.type("Есеп қабылдансын")
    d.press(.tab)
    d.type("2024")
    d.press(.enter)
    let saves = d.landSaves()
    #expect(saves.count == 1)
    let fields = saves.first?.map(\.field) ?? []
    // Version 2, the meeting, as of, then the carry-over: the sample's unfinished activities due in 2024.
    let due2024 = before.allActivities.filter { $0.activity.status != .done && $0.activity.due?.year == 2024 }.count
    #expect(due2024 > 0)
    #expect(fields == [.version, .entry, .asOf] + Array(repeating: .due, count: due2024))
    #expect(d.state.roadmap.asOf == Day("2024-11-28"))
    #expect(d.state.roadmap.lastMeeting?.id == "meeting.2024-11-28")
    #expect(d.state.roadmap.lastMeeting?.speakers == [LocalizedText("Ә. Әбенова"), LocalizedText("Б. Бекова")])
    #expect(d.state.roadmap.lastMeeting?.reporter == nil)
    // One undo step takes all of it back: the same bytes.
    d.press(.character("u"))
    _ = d.landSaves()
    #expect(d.state.roadmap.serializedBytes() == before.serializedBytes())
    #expect(d.state.roadmap.meetings == before.meetings)
  }

  @Test func aWrongDateOrYearKeepsTheFormOpenAndSaysWhy() throws {
    for (language, words) in [(Language.kk, "ЖЖЖЖ-АА-КК"), (.ru, "ГГГГ-ММ-ДД"), (.en, "YYYY-MM-DD")] {
      var d = TestDashboard(try regionRoadmap(), options: DashboardOptions(language: language, today: snapshotDay))
      _ = d.handle(.resize(width: 120, height: 40))
      d.press(.character("M"))
      clear(&d)
      d.type("2024-02-30")
      d.press(.enter)
      #expect(d.landSaves().isEmpty)
      guard case .form(let form)? = d.state.edit.prompt else {
        Issue.record("the form closed")
        return
      }
      #expect(form.focus == 0)
      let g = d.grid()
      #expect((0..<g.height).map(g.rowText).joined(separator: "\n").contains(words), "\(language)")
      // A year that is not one.
      clear(&d)
      d.type("2024-05-30")
      for _ in 0..<5 { d.press(.tab) }
      d.type("биыл")
      d.press(.enter)
      #expect(d.landSaves().isEmpty)
      if case .form(let f)? = d.state.edit.prompt { #expect(f.focus == 5) } else { Issue.record("closed") }
    }
  }

  @Test func readOnlyRefusesTheKey() throws {
    var d = TestDashboard(try regionRoadmap(), options: DashboardOptions(language: .kk, readOnly: true, today: snapshotDay))
    d.press(.character("M"))
    #expect(d.state.edit.prompt == nil)
  }
}
