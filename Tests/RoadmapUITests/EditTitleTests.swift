import Testing

@testable import RoadmapKit
@testable import RoadmapUI

/// A title in translations, written out by hand in kk, ru, en order.
func titled(_ kk: String, _ ru: String, _ en: String) -> LocalizedText {
  LocalizedText(translations: [
    .init(language: "kk", text: kk), .init(language: "ru", text: ru),
    .init(language: "en", text: en),
  ])
}

/// `t`: any title — direction, project, indicator, activity — in any of kk, ru, en.
@Suite struct TitleEditorTests {
  /// «Ауыл аманаты» as data/roadmap.json has it.
  let auylTitle = titled(
    "Ауыл аманаты", "Ауыл аманаты (микрокредитование на селе)", "Auyl Amanaty (rural microcredit)")

  @Test func theFormShowsEachLanguageAndTabSwitchesBetweenThem() throws {
    var s = TestStore(try regionDashboard().app)
    s.prepare(.key(.character("2")))
    let opened = FormPrompt(
      purpose: .title(auylAmanaty),
      fields: [
        .init(name: "kk", editor: LineEditor("Ауыл аманаты")),
        .init(name: "ru", editor: LineEditor("Ауыл аманаты (микрокредитование на селе)")),
        .init(name: "en", editor: LineEditor("Auyl Amanaty (rural microcredit)")),
      ],
      focus: 0, base: [.title: .text(auylTitle)])
    s.send(.key(.character("t"))) { $0.edit.prompt = .form(opened) }
    var moved = opened
    moved.focus = 1
    s.send(.key(.tab)) { $0.edit.prompt = .form(moved) }
    moved.focus = 0
    s.send(.key(.backTab)) { $0.edit.prompt = .form(moved) }
    moved.focus = 2
    s.send(.key(.backTab)) { $0.edit.prompt = .form(moved) }
  }

  @Test func oneLanguageChangedIsOneTitleChangeTheOthersKept() throws {
    var d = try regionDashboard()
    d.press(.character("2"), .character("t"), .tab)
    for _ in 0..<"(микрокредитование на селе)".count { d.press(.backspace) }
    d.type("(микрокредиты)")
    d.press(.enter)
    let new = titled(
      "Ауыл аманаты", "Ауыл аманаты (микрокредиты)", "Auyl Amanaty (rural microcredit)")
    #expect(
      d.landSaves() == [
        [Change(id: auylAmanaty, field: .title, old: .text(auylTitle), new: .text(new))]
      ])
    d.press(.character("L"))
    #expect(d.text.contains("Ауыл аманаты (микрокредиты)"))
    d.press(.character("u"))
    #expect(d.state.roadmap.directions[1].projects[0].title == auylTitle)
    d.press(.control("r"))
    #expect(d.state.roadmap.directions[1].projects[0].title == new)
  }

  @Test func theInterfaceLanguagesFieldIsTheOneUnderTheCursor() throws {
    var d = try regionDashboard(language: .en)
    d.press(.character("t"))  // the overview: direction 1
    guard case .form(let form)? = d.state.edit.prompt else {
      Issue.record("no title form")
      return
    }
    #expect(form.purpose == .title("d1"))
    #expect(form.focus == 2)
    #expect(d.text.contains("en English"))
  }

  @Test func aPlainTitleIsKazakhAndATranslationAddedMakesAnObject() throws {
    var d = TestDashboard(
      try tinyRoadmap(title: "\"Жол\""), options: DashboardOptions(language: .en))
    _ = d.handle(.resize(width: 100, height: 30))
    d.press(.enter, .enter)  // the project; activity a0 under the cursor
    d.press(.character("t"))
    guard case .form(let form)? = d.state.edit.prompt else {
      Issue.record("no title form")
      return
    }
    #expect(form.fields.map(\.editor.text) == ["Жол", "", ""])
    d.type("Road")
    d.press(.enter)
    let both = LocalizedText(translations: [
      .init(language: "kk", text: "Жол"), .init(language: "en", text: "Road"),
    ])
    #expect(
      d.landSaves() == [
        [Change(id: "a0", field: .title, old: .text(LocalizedText("Жол")), new: .text(both))]
      ])
    // Only the Kazakh field of a plain title changed: it stays a plain string.
    var k = TestDashboard(try tinyRoadmap(title: "\"Жол\""))
    _ = k.handle(.resize(width: 100, height: 30))
    k.press(.enter, .enter, .character("t"))
    k.type(" картасы")
    k.press(.enter)
    #expect(
      k.landSaves() == [
        [
          Change(
            id: "a0", field: .title, old: .text(LocalizedText("Жол")),
            new: .text(LocalizedText("Жол картасы")))
        ]
      ])
  }

  @Test func aFieldEmptiedRemovesItsTranslationAndAllEmptyIsRefused() throws {
    var d = try regionDashboard()
    d.press(.character("2"), .character("t"), .backTab)  // en
    for _ in 0..<"Auyl Amanaty (rural microcredit)".count { d.press(.backspace) }
    d.press(.enter)
    let two = LocalizedText(translations: [
      .init(language: "kk", text: "Ауыл аманаты"),
      .init(language: "ru", text: "Ауыл аманаты (микрокредитование на селе)"),
    ])
    #expect(
      d.landSaves() == [
        [Change(id: auylAmanaty, field: .title, old: .text(auylTitle), new: .text(two))]
      ])
    d.press(.character("t"))
    for _ in 0..<12 { d.press(.backspace) }
    d.press(.tab)
    for _ in 0..<40 { d.press(.backspace) }
    d.press(.enter)
    #expect(d.state.edit.notice == Notice(.titleEmpty, kind: .warning))
    #expect(d.text.contains("атауы бос болмауы керек"))
    #expect(d.landSaves().isEmpty)
  }

  @Test func theIndicatorsAndTheActivitysTitlesToo() throws {
    var d = try TestDashboard.onSchools()
    d.press(.up, .character("t"))
    guard case .form(let form)? = d.state.edit.prompt else {
      Issue.record("no title form")
      return
    }
    #expect(form.purpose == .title(schoolsIndicator))
    d.press(.escape, .down, .enter, .character("t"))
    guard case .form(let onActivity)? = d.state.edit.prompt else {
      Issue.record("no title form on the activity screen")
      return
    }
    #expect(onActivity.purpose == .title("d1.schools.01"))
    #expect(onActivity.fields[0].editor.text == "Ақжайық ауданында 120 орындық мектеп салу")
    d.press(.end)
    d.type(" (2023)")
    d.press(.enter)
    // The activity screen and its breadcrumb show the new title.
    #expect(d.text.contains("Ақжайық ауданында 120 орындық мектеп салу (2023)"))
    #expect(
      d.state.roadmap.activity(id: "d1.schools.01")?.title.resolved("ru")
        == "Строительство школы на 120 мест в Акжаикском районе")
  }

  @Test func readOnlyRefusesWithTheReason() throws {
    var d = try TestDashboard.onSchools(readOnly: true)
    d.press(.character("t"))
    #expect(d.state.edit.prompt == nil)
    #expect(d.state.edit.notice == Notice(.readOnlyRefused, kind: .warning))
  }
}

/// A list scrolled down stays where it was after an edit that reshapes the roadmap.
@Suite struct ScrollAfterEditTests {
  @Test func aTitleEditedAtTheBottomKeepsTheListScrolled() throws {
    var d = try TestDashboard.onSchools(width: 80, height: 16)
    // The last row, then three up: the list stays scrolled with the cursor in its middle.
    d.press(.end, .up, .up, .up)
    let scroll = d.state.current.scroll
    #expect(scroll > 0)
    #expect(d.state.current.selection == 7)
    d.press(.character("t"), .end)
    d.type(" (2)")
    d.press(.enter)
    #expect(d.landSaves().count == 1)
    #expect(d.state.current.selection == 7)
    #expect(d.state.current.scroll == scroll)
  }
}
