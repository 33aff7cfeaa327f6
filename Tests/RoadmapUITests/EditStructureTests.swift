import Testing

@testable import RoadmapKit
@testable import RoadmapUI

/// A JSON value from its text, for expected objects written out by hand.
func json(_ text: String) throws -> JSON { try JSONParser.parse(Array(text.utf8)) }

/// The ids of a project's activities, in order.
func activityIDs(_ d: TestDashboard, _ project: String) -> [String] {
  guard let (dd, p) = d.state.roadmap.projectLocation(project) else { return [] }
  return d.state.roadmap.directions[dd].projects[p].activities.map(\.id)
}

/// The entry of the one change the first save took, if it was an entry added.
func firstSavedEntry(_ d: inout TestDashboard) -> Entry? {
  let saved = d.landSaves()
  if case .entry(let entry)?? = saved.first?.first.map(\.new) { return entry }
  Issue.record("no entry saved: \(saved)")
  return nil
}

/// The seven activities of «Ауыл аманаты» in data/roadmap.json.
let auylIDs = (1...7).map { "\(auylAmanaty).0\($0)" }

/// A, X / Del, m: activities added, removed and moved; projects added.
@Suite struct EditStructureTests {
  @Test func aAddsAPendingActivityWithTitleAgencyAndDueAndTheCursorLandsOnIt() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 2)
    d.press(.character("A"))
    #expect(d.state.edit.prompt == .line(.newActivityTitle(project: auylAmanaty), LineEditor()))
    #expect(d.text.contains("Жаңа іс-шараның атауы:"))
    d.press(.enter)  // an empty title is refused
    #expect(d.state.edit.notice == Notice(.titleEmpty, kind: .warning))
    d.type("Несие беру мерзімін қысқарту")
    d.press(.enter)
    guard case .owner(let choice)? = d.state.edit.prompt else {
      Issue.record("no agency step")
      return
    }
    #expect(choice.draft?.project == auylAmanaty)
    #expect(d.text.contains("Жауапты орган: таңдаңыз не жаңасын жазыңыз"))
    d.type("кәсіпкерлік")
    d.press(.enter)
    d.type("2024-31-01")
    d.press(.enter)  // not a date: the step stays
    #expect(d.state.edit.notice == Notice(.invalidDate, kind: .warning))
    for _ in 0..<5 { d.press(.backspace) }
    d.type("03-01")
    d.press(.enter)
    // The file's titles are objects: the title is the interface language's translation.
    let id = "\(auylAmanaty).08"
    let object = try json(
      #"""
      {"id": "d2.auyl_amanaty.08", "title": {"kk": "Несие беру мерзімін қысқарту"}, "status": "pending",
       "owner": {"kk": "Батыс Қазақстан облысының кәсіпкерлік және өнеркәсіп басқармасы",
                 "ru": "Управление предпринимательства и промышленности Западно-Казахстанской области",
                 "en": "Department of Entrepreneurship and Industry, West Kazakhstan Region"},
       "due": "2024-03-01"}
      """#)
    let entry = Entry(
      kind: .activity, parent: auylAmanaty, after: "\(auylAmanaty).07", object: object)
    #expect(d.landSaves() == [[Change(id: id, field: .entry, old: nil, new: .entry(entry))]])
    #expect(activityIDs(d, auylAmanaty) == auylIDs + [id])
    #expect(d.state.current.screen == .project(direction: 1, project: 0))
    #expect(d.state.current.selection == 7)
    #expect(d.state.edit.notice == Notice(.activityAdded, [id]))
    #expect(
      d.state.roadmap.directions[1].projects[0].counts
        == StatusCounts(done: 4, inProgress: 2, pending: 2))
    #expect(digestIsFresh(d))
    // Undo takes it out again; redo puts it back.
    d.press(.character("u"))
    #expect(activityIDs(d, auylAmanaty) == auylIDs)
    d.press(.control("r"))
    #expect(activityIDs(d, auylAmanaty) == auylIDs + [id])
  }

  @Test func aNameNotInTheListIsOfferedAsANewAgencyOnTheLastRow() throws {
    var d = try TestDashboard.onAuylAmanaty()
    d.press(.character("A"))
    d.type("Жаңа іс-шара")
    d.press(.enter)
    d.type("Жаңа агенттік")
    #expect(d.text.contains("+ жаңа орган: Жаңа агенттік"))
    d.press(.enter, .enter)  // no due date
    guard let entry = firstSavedEntry(&d) else { return }
    #expect(
      entry.object
        == (try json(
          #"""
          {"id": "d2.auyl_amanaty.08", "title": {"kk": "Жаңа іс-шара"}, "status": "pending", "owner": {"kk": "Жаңа агенттік"}}
          """#)))
    #expect(
      d.state.roadmap.owners.contains(
        LocalizedText(translations: [.init(language: "kk", text: "Жаңа агенттік")])))
  }

  @Test func aFileOfPlainStringsGetsPlainStrings() throws {
    var d = TestDashboard(
      try tinyRoadmap(title: "\"Жол\""), options: DashboardOptions(language: .ru))
    _ = d.handle(.resize(width: 100, height: 30))
    d.press(.enter, .enter, .character("A"))
    d.type("Новое")
    d.press(.enter)
    d.type("Другой орган")
    d.press(.enter, .enter)
    guard let entry = firstSavedEntry(&d) else { return }
    // tinyRoadmap's activities a0, a1, a2 continue as a3.
    #expect(
      entry.object
        == (try json(
          #"{"id": "a3", "title": "Новое", "status": "pending", "owner": "Другой орган"}"#)))
  }

  @Test func escapeAtAnyStepAddsNothing() throws {
    var d = try TestDashboard.onAuylAmanaty()
    d.press(.character("A"))
    d.type("Бірдеңе")
    d.press(.enter, .escape)
    #expect(d.state.edit.prompt == nil)
    d.press(.character("A"))
    d.type("Бірдеңе")
    d.press(.enter, .enter, .escape)
    #expect(d.state.edit.prompt == nil)
    #expect(d.landSaves().isEmpty)
    #expect(activityIDs(d, auylAmanaty) == auylIDs)
  }

  @Test func xAsksNamingTheActivityAndYRemovesItUndoPutsItBackByteForByte() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 6)
    let original = try regionRoadmap().sourceBytes
    d.press(.character("X"))
    #expect(d.state.edit.prompt == .remove("\(auylAmanaty).07"))
    #expect(d.text.contains("d2.auyl_amanaty.07 ««Ауыл аманаты» жобасына"))
    #expect(d.text.contains("іс-шарасы жойылсын ба?"))
    // The keys are named once, in the footer, not again in the question.
    #expect(d.text.contains("y растау"))
    d.press(.escape)
    #expect(d.state.edit.prompt == nil)
    d.press(.delete, .character("n"))
    #expect(activityIDs(d, auylAmanaty) == auylIDs)
    d.press(.delete, .character("y"))
    #expect(activityIDs(d, auylAmanaty) == Array(auylIDs.prefix(6)))
    let saves = d.landSaves()
    #expect(saves.count == 1)
    #expect(saves.first?.first?.id == "\(auylAmanaty).07")
    #expect(saves.first?.first?.field == .entry)
    #expect(saves.first?.first?.new == nil)
    #expect(d.state.current.selection == 5)
    #expect(d.state.edit.notice == Notice(.activityRemoved, ["\(auylAmanaty).07"]))
    #expect(!d.state.roadmap.source.isEmpty && d.state.roadmap.serializedBytes() != original)
    d.press(.character("u"))
    #expect(activityIDs(d, auylAmanaty) == auylIDs)
    _ = d.landSaves()
    #expect(d.state.roadmap.serializedBytes() == original)
  }

  @Test func removedFromItsScreenFromTheSearchAndFromAnAgencyTheScreensFollow() throws {
    // From its own screen: back on the list, the row gone.
    var d = try TestDashboard.onAuylAmanaty(row: 6)
    d.press(.enter, .character("X"), .character("y"))
    #expect(d.state.current.screen == .project(direction: 1, project: 0))
    #expect(activityIDs(d, auylAmanaty) == Array(auylIDs.prefix(6)))
    // From the search results (Tab): the hits are found again.
    d.press(.character("/"))
    d.type("несие")
    let hits = d.state.search?.hits.count ?? 0
    d.press(.tab, .character("X"), .character("y"))
    #expect(d.state.search?.hits.count == hits - 1)
    #expect(
      d.state.search?.hits.allSatisfy { hit in
        guard case .activity(let l) = hit else { return true }
        return d.state.roadmap.activityIndex[d.state.roadmap[l].id] == l
      } == true)
    _ = d.grid()
    d.press(.escape)
    // From an agency's list, a marked row: the mark goes with it.
    d.press(.character("a"), .enter, .character("x"), .up, .character("X"), .character("y"))
    #expect(d.state.edit.marks.isEmpty)
    #expect(digestIsFresh(d))
    #expect(wideCellsAreWhole(d.grid()))
  }

  @Test func mMovesTheActivityToTheEndOfTheProjectChosen() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 6)
    d.press(.character("m"))
    guard case .projects(let choice)? = d.state.edit.prompt else {
      Issue.record("no project picker")
      return
    }
    // Every project of data/roadmap.json, in file order, the activity's own selected.
    #expect(
      choice.projects.map(\.id) == [
        "d1.housing", "d1.roads", "d1.schools", "d1.health", "d1.utilities", "d2.auyl_amanaty",
        "d2.business", "d2.employment", "d2.agro", "d3.heritage", "d3.sport", "d3.social",
        "d3.youth",
        "d4.waste", "d4.greening", "d4.water", "d4.air",
      ])
    #expect(choice.selection == 5)
    #expect(d.text.contains("d2.auyl_amanaty.07 іс-шарасы қай жобаға ауыстырылады?"))
    d.type("Мектеп")
    #expect(d.text.contains("1 Өмір сапасын арттыру"))
    d.press(.enter)
    let moved = "\(auylAmanaty).07"
    let saves = d.landSaves()
    #expect(
      saves == [
        [
          Change(
            id: moved, field: .project,
            old: .place(Place(project: auylAmanaty, after: "\(auylAmanaty).06")),
            new: .place(Place(project: "d1.schools", after: "d1.schools.11")))
        ]
      ])
    if case .place(let p)?? = saves.first?.first.map(\.new) { #expect(p.after == "d1.schools.11") }
    #expect(activityIDs(d, "d1.schools").last == moved)
    #expect(activityIDs(d, auylAmanaty) == Array(auylIDs.prefix(6)))
    #expect(d.state.edit.notice == Notice(.activityMoved, [moved, "Мектептер салу"]))
    #expect(digestIsFresh(d))
    d.press(.character("u"))
    #expect(activityIDs(d, auylAmanaty) == auylIDs)
    #expect(activityIDs(d, "d1.schools").count == 11)
  }

  @Test func movedFromItsScreenTheActivityShowsItsNewProject() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    d.press(.enter, .character("m"))
    d.type("Жастар")
    d.press(.enter)
    #expect(
      d.state.stack.map(\.screen).last
        == .activity(d.state.roadmap.activityIndex["\(auylAmanaty).01"]!))
    #expect(d.state.stack[2].screen == .project(direction: 2, project: 3))
    #expect(d.grid().rowText(1).contains("Жастар саясаты"))
  }

  @Test func movingToItsOwnProjectChangesNothing() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 1)
    d.press(.character("m"), .enter)
    #expect(d.state.edit.notice == Notice(.nothingChanged))
    #expect(d.landSaves().isEmpty)
  }

  @Test func aOnADirectionAddsAnEmptyProjectThatTRenames() throws {
    var d = try regionDashboard()
    d.press(.character("2"), .character("A"))
    #expect(d.text.contains("Жаңа жобаның атауы:"))
    d.type("Ауыл туризмі")
    d.press(.enter)
    let object = try json(
      #"{"id": "d2.01", "title": {"kk": "Ауыл туризмі"}, "indicators": [], "activities": []}"#)
    let entry = Entry(kind: .project, parent: "d2", after: "d2.agro", object: object)
    #expect(d.landSaves() == [[Change(id: "d2.01", field: .entry, old: nil, new: .entry(entry))]])
    #expect(
      d.state.roadmap.directions[1].projects.map(\.id) == [
        "d2.auyl_amanaty", "d2.business", "d2.employment", "d2.agro", "d2.01",
      ])
    #expect(d.state.current.selection == 4)
    #expect(d.state.edit.notice == Notice(.projectAdded, ["d2.01"]))
    d.press(.character("t"), .end)
    d.type(" мен қолөнер")
    d.press(.enter)
    #expect(
      d.state.roadmap.directions[1].projects[4].title.resolved("kk") == "Ауыл туризмі мен қолөнер")
    d.press(.enter)  // the new project opens, empty, and takes an activity
    #expect(d.state.current.screen == .project(direction: 1, project: 4))
    d.press(.character("A"))
    d.type("Бірінші")
    d.press(.enter, .enter, .enter)
    #expect(activityIDs(d, "d2.01") == ["d2.01.01"])
  }

  @Test(arguments: ["A", "X", "m", "t"])
  func readOnlyRefusesEveryStructureKeyWithTheReason(_ key: Character) throws {
    var d = try TestDashboard.onAuylAmanaty(readOnly: true)
    d.press(.character(key))
    #expect(d.state.edit.prompt == nil)
    #expect(d.state.edit.notice == Notice(.readOnlyRefused, kind: .warning))
  }

  @Test func xAndMOnAnIndicatorSayThereIsNoActivity() throws {
    var d = try TestDashboard.onSchools()
    d.press(.up, .character("X"))
    #expect(d.state.edit.notice == Notice(.noActivity, kind: .warning))
    d.press(.character("m"))
    #expect(d.state.edit.prompt == nil)
    #expect(d.state.edit.notice == Notice(.noActivity, kind: .warning))
  }
}
