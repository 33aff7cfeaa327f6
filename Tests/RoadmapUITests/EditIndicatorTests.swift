import Testing

@testable import RoadmapKit
@testable import RoadmapUI

/// «Мектептер салу» (d1.schools): its one indicator is «7 of 14 schools» in the file.
let schoolsIndicator = "d1.schools.commissioned"

/// A figure from its JSON text, for expected values written out by hand.
func figure(_ literal: String) -> FieldValue { .number(Figure(literal: literal)!) }

extension TestDashboard {
  /// The region's dashboard on the «Мектептер салу» project (direction 1, project 3).
  static func onSchools(
    width: Int = 120, height: Int = 40, language: Language = .kk, readOnly: Bool = false
  ) throws -> TestDashboard {
    var d = TestDashboard(
      try regionRoadmap(),
      options: DashboardOptions(language: language, readOnly: readOnly, today: snapshotDay))
    _ = d.handle(.resize(width: width, height: height))
    d.press(.character("1"), .down, .down, .enter)
    return d
  }
}

/// The indicators above a list are rows the cursor reaches with ↑ and leaves with ↓.
@Suite struct IndicatorRowTests {
  @Test func upFromTheFirstActivityReachesTheIndicatorAndDownComesBack() throws {
    var s = TestStore(try TestDashboard.onSchools().app)
    #expect(s.state.current.screen == .project(direction: 0, project: 2))
    s.send(.key(.up)) { $0.current.indicator = schoolsIndicator }
    s.send(.key(.up))  // the only indicator: nowhere further
    // On the indicator no activity is under the cursor: the status keys say so.
    s.send(.key(.character("d"))) { $0.edit.notice = Notice(.noActivity, kind: .warning) }
    s.send(.key(.down)) {
      $0.current.indicator = nil
      $0.current.selection = 0
    }
    // On a row of the list, `=` says where the indicators are.
    s.send(.key(.character("="))) { $0.edit.notice = Notice(.noIndicator, kind: .warning) }
    // Paging and the ends stay in the list.
    s.send(.key(.end)) { $0.current.selection = 10 }
    s.send(.key(.home)) { $0.current.selection = 0 }
  }

  @Test func theDirectionScreenListsItsProjectsIndicatorsInFileOrder() throws {
    var d = try regionDashboard()
    d.press(.character("1"))
    var seen: [String] = []
    for _ in 0..<8 {
      d.press(.up)
      if let id = d.state.current.indicator, seen.last != id { seen.append(id) }
    }
    // data/roadmap.json, direction d1: the indicators of its projects in order.
    #expect(
      seen.reversed() == [
        "d1.housing.area", "d1.roads.repaired", "d1.schools.commissioned", "d1.health.facilities",
        "d1.health.fap", "d1.health.clinics",
      ])
    // Enter on an indicator does not open the project below it: it edits the figures.
    d.press(.enter)
    #expect(d.state.stack.count == 2)
    guard case .form(let form)? = d.state.edit.prompt else {
      Issue.record("no figure form")
      return
    }
    #expect(form.purpose == .figures("d1.housing.area"))
  }

  @Test func inASmallTerminalTheIndicatorsScrollToKeepTheCursorsInView() throws {
    // 80×16: the block has room for 3 of direction 1's 6 indicators.
    var d = try regionDashboard(width: 80, height: 16)
    d.press(.character("1"))
    #expect(d.text.contains("Пайдалануға берілген тұрғын үй"))
    #expect(!d.text.contains("Пайдалануға берілген ФАП"))
    d.press(.up)  // the last one, «2 амбулатория», comes into view
    #expect(d.state.current.indicator == "d1.health.clinics")
    #expect(d.text.contains("2 амбулатория"))
    #expect(!d.text.contains("Пайдалануға берілген тұрғын үй"))
    for _ in 0..<5 { d.press(.up) }
    #expect(d.state.current.indicator == "d1.housing.area")
    #expect(d.text.contains("460 000 шаршы метр"))
    #expect(wideCellsAreWhole(d.grid()))
  }

  @Test func theIndicatorUnderTheCursorIsHighlightedAndTheListRowIsNot() throws {
    var d = try TestDashboard.onSchools()
    let gauge = Layout.body(d.state).y + 4
    let firstRow = Layout.list(d.state).y
    #expect(!d.grid()[0, gauge].style.reverse)
    #expect(d.grid()[2, firstRow].style.reverse)
    d.press(.up)
    let g = d.grid()
    #expect(g.rowText(gauge).contains("7 / 14 мектеп"))
    #expect(g[0, gauge].style.reverse)
    #expect(!g[2, firstRow].style.reverse)
  }

  @Test func aClickOnAnIndicatorSelectsItAndOneOnARowGoesBack() throws {
    var d = try TestDashboard.onSchools()
    let gauge = Layout.body(d.state).y + 4
    _ = d.handle(.mouse(MouseEvent(kind: .click, x: 3, y: gauge)))
    #expect(d.state.current.indicator == schoolsIndicator)
    _ = d.handle(.mouse(MouseEvent(kind: .click, x: 3, y: Layout.list(d.state).y + 2)))
    #expect(d.state.current.indicator == nil)
    #expect(d.state.current.selection == 2)
  }
}

/// `=` on an indicator: the figures typed as people write them, refused with the reason
/// when outside the format's domain, saved as one change each, undone and redone.
@Suite struct FigureEditorTests {
  let actualChange = Change(
    id: schoolsIndicator, field: .actual, old: figure("7"), new: figure("8"))

  @Test func theFormHoldsTheFiguresAsWrittenAndEnterSavesTheOneChanged() throws {
    var s = TestStore(try TestDashboard.onSchools().app)
    s.prepare(.key(.up))
    let opened = FormPrompt(
      purpose: .figures(schoolsIndicator),
      fields: [
        .init(name: "actual", editor: LineEditor("7")),
        .init(name: "plan", editor: LineEditor("14")),
      ],
      focus: 0, base: [.actual: figure("7"), .plan: figure("14")])
    s.send(.key(.character("="))) { $0.edit.prompt = .form(opened) }
    var typed = opened
    typed.fields[0].editor = LineEditor("")
    s.send(.key(.backspace)) { $0.edit.prompt = .form(typed) }
    typed.fields[0].editor = LineEditor("8")
    s.send(.key(.character("8"))) { $0.edit.prompt = .form(typed) }
    var after = s.state
    applying(actualChange, to: &after)
    s.send(
      .key(.enter),
      effects: [.save([actualChange], current: after.roadmap, overrideConflicts: false)]
    ) {
      applying(self.actualChange, to: &$0)
      $0.edit.prompt = nil
      $0.edit.undo = [[self.actualChange]]
      $0.edit.inFlight = [self.actualChange]
    }
    #expect(
      s.state.roadmap.indicator(at: IndicatorLocation(direction: 0, project: 2, index: 0)).actual
        == 8)
    s.send(.saved(landed(after.roadmap), written: [actualChange], merged: false), effects: [.loadHistory]) {
      $0.edit.inFlight = []
      $0.edit.notice = Notice(.statusSaved)
    }
    let inverse = actualChange.inverse
    var undone = s.state
    applying(inverse, to: &undone)
    s.send(
      .key(.character("u")),
      effects: [.save([inverse], current: undone.roadmap, overrideConflicts: false)]
    ) {
      applying(inverse, to: &$0)
      $0.edit.undo = []
      $0.edit.redo = [[self.actualChange]]
      $0.edit.inFlight = [inverse]
      $0.edit.notice = Notice(.undoneOne, [schoolsIndicator, "нақты мәні", "8", "7"])
      $0.edit.noticeHeld = true
    }
  }

  @Test func theFormHoldsTheFilesTextSoEnterAloneChangesNothing() throws {
    // «Ауыл аманаты»: 5.6 bn ₸ in the file, shown «5,6» in Kazakh.
    var d = try TestDashboard.onAuylAmanaty()
    d.press(.up)
    #expect(d.state.current.indicator == "d2.auyl_amanaty.amount")
    d.press(.character("="))
    guard case .form(let form)? = d.state.edit.prompt else {
      Issue.record("no figure form")
      return
    }
    // As Kazakh writes it, every digit kept: Enter alone reads it back to the same literal.
    #expect(form.fields.map(\.editor.text) == ["5,6", ""])
    d.press(.enter)
    #expect(d.state.edit.prompt == nil)
    #expect(d.state.edit.notice == Notice(.nothingChanged))
    #expect(d.landSaves().isEmpty)
  }

  @Test func figuresTypedWithSpacesAndCommasAreStoredAsJSONNumbers() throws {
    var d = try TestDashboard.onSchools()
    d.press(.up, .character("="), .backspace)
    d.type("1 710")
    d.press(.tab, .backspace, .backspace)
    d.type("1\u{00A0}800,5")
    d.press(.enter)
    let saves = d.landSaves()
    #expect(saves.count == 1)
    #expect(saves.first?.map(\.field) == [.actual, .plan])
    // Figure equality is by value; the text written is checked too.
    func literal(_ v: FieldValue?) -> String? {
      if case .number(let f)? = v { return f.literal }
      return nil
    }
    #expect(saves.first?.map { literal($0.new) } == ["1710", "1800.5"])
    #expect(d.text.contains("1 710 / 1 800,5 мектеп"))
  }

  @Test func anEmptyPlanRemovesItAndTheGaugeShowsTheFigureAlone() throws {
    var d = try TestDashboard.onSchools()
    d.press(.up, .character("="), .tab, .backspace, .backspace, .enter)
    #expect(
      d.landSaves() == [[Change(id: schoolsIndicator, field: .plan, old: figure("14"), new: nil)]])
    #expect(d.text.contains("7 мектеп"))
    #expect(!d.text.contains("7 / 14"))
    d.press(.character("u"))
    #expect(d.text.contains("7 / 14 мектеп"))
  }

  @Test func whatIsNotAFigureOfTheDomainIsRefusedWithWhyAndTheFormStays() throws {
    var d = try TestDashboard.onSchools()
    d.press(.up, .character("="), .backspace)
    d.type("жеті")
    d.press(.enter)
    #expect(d.state.edit.notice == Notice(.actualNotANumber, kind: .warning))
    #expect(d.text.contains("Нақты мәні: сан емес; мысалы, 1 710, 5,6 не 5.6"))
    for _ in 0..<4 { d.press(.backspace) }
    d.type("-3")
    d.press(.enter)
    #expect(d.state.edit.notice == Notice(.actualOutOfDomain, kind: .warning))
    #expect(d.text.contains("Нақты мәні: 0 не одан үлкен сан болуы керек"))
    d.press(.backspace, .backspace)
    d.type("8")
    d.press(.tab, .backspace, .backspace)
    d.type("0")
    d.press(.enter)
    // A plan of 0 is refused, and the form goes to the field that is wrong.
    #expect(d.state.edit.notice == Notice(.planOutOfDomain, kind: .warning))
    guard case .form(let form)? = d.state.edit.prompt else {
      Issue.record("the form closed")
      return
    }
    #expect(form.focus == 1)
    #expect(d.text.contains("Жоспар: 0-ден үлкен сан болуы керек"))
    #expect(d.landSaves().isEmpty)
    #expect(d.state.edit.undo.isEmpty)
  }

  @Test(arguments: [
    (
      Language.ru, "Факт: не число; например, 1 710, 5,6 или 5.6",
      "План: должен быть числом больше 0"
    ),
    (
      Language.en, "Actual: not a number; e.g. 1 710, 5,6 or 5.6",
      "Plan: must be a number greater than 0"
    ),
  ])
  func theRefusalsInRussianAndEnglish(_ language: Language, _ notANumber: String, _ plan: String)
    throws
  {
    var d = try TestDashboard.onSchools(language: language)
    d.press(.up, .character("="), .backspace)
    d.type("x")
    d.press(.enter)
    #expect(d.text.contains(notANumber))
    d.press(.backspace)
    d.type("8")
    d.press(.tab, .backspace, .backspace)
    d.type("-1")
    d.press(.enter)
    #expect(d.text.contains(plan))
  }

  @Test func theProjectTheOverviewAndThePresentationFollowAtOnce() throws {
    var d = try TestDashboard.onSchools()
    d.press(.character("P"), .character("8"))
    // Slide 8 is «Мектептер салу»: 7 of 14 is 50 %.
    #expect(d.text.contains("1 710 орындық"))
    #expect(d.text.contains("50%"))
    d.press(.character("q"), .up, .character("="), .backspace)
    d.type("8")
    d.press(.enter)
    #expect(d.text.contains("8 / 14 мектеп"))
    d.press(.escape, .escape)
    #expect(d.state.current.screen == .overview)
    #expect(d.text.contains("8 / 14 мектеп"))
    d.press(.character("1"))
    #expect(d.text.contains("8 / 14 мектеп"))
    d.press(.character("P"), .character("8"))
    #expect(d.text.contains("1 710 орындық"))
    #expect(d.text.contains("57%"))  // 8 of 14
    #expect(!d.text.contains("50%"))
  }

  @Test func someoneElsesFigureSavedWhileTheFormIsOpenIsAskedAbout() throws {
    var d = try TestDashboard.onSchools()
    d.press(.up, .character("="), .backspace)
    d.type("8")
    // Another dashboard saved 9 meanwhile.
    var theirs = d.state.roadmap
    try theirs.set(.actual, of: schoolsIndicator, to: figure("9"))
    d.receive(.reloaded(landed(theirs), changedIDs: [schoolsIndicator]))
    d.press(.enter)
    #expect(d.state.edit.prompt == .conflict)
    #expect(d.state.edit.conflicts == [Conflict(mine: actualChange, theirs: figure("9"))])
    #expect(d.landSaves().isEmpty)
    d.press(.character("y"))
    #expect(
      d.landSaves() == [
        [Change(id: schoolsIndicator, field: .actual, old: figure("9"), new: figure("8"))]
      ])
  }

  @Test func readOnlySaysSoOnTheIndicator() throws {
    var d = try TestDashboard.onSchools(readOnly: true)
    d.press(.up, .character("="))
    #expect(d.state.edit.prompt == nil)
    #expect(d.state.edit.notice == Notice(.readOnlyRefused, kind: .warning))
    d.press(.enter)
    #expect(d.state.edit.prompt == nil)
  }
}
