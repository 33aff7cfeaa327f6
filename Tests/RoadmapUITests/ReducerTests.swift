import RoadmapKit
import Testing

@testable import RoadmapUI

@Suite struct ReducerTests {
  @Test func drillDownAndBackReturnsToTheSameRow() throws {
    var d = try regionDashboard()
    d.press(.tab, .enter)  // direction 2
    #expect(d.state.current.screen == .direction(1))
    d.press(.down, .down, .enter)  // its third project
    #expect(d.state.current.screen == .project(direction: 1, project: 2))
    d.press(.character("j"), .character("j"), .enter)
    guard case .activity(let l) = d.state.current.screen else {
      Issue.record("not on an activity")
      return
    }
    #expect(l == ActivityLocation(direction: 1, project: 2, activity: 2))
    d.press(.escape)
    #expect(d.state.current.selection == 2)
    d.press(.backspace)
    #expect(d.state.current.screen == .direction(1))
    #expect(d.state.current.selection == 2)
    d.press(.character("h"))
    #expect(d.state.current.screen == .overview)
    #expect(d.state.current.selection == 1)
    d.press(.escape)
    #expect(d.state.stack.count == 1)
  }

  @Test func digitsJumpToADirection() throws {
    var d = try regionDashboard()
    d.press(.character("4"))
    #expect(d.state.current.screen == .direction(3))
    #expect(d.state.stack.first?.selection == 3)
    d.press(.character("9"))
    #expect(d.state.current.screen == .direction(3))
  }

  @Test func searchNarrowsPerKeystrokeAndJumpsIntoTheTree() throws {
    var d = try regionDashboard()
    d.press(.character("/"))
    d.type("МЕКТЕП")
    let hits = d.state.search?.hits ?? []
    // The project «Мектептер салу» (d1.schools), then 13 activities.
    #expect(hits.count == 14)
    #expect(hits.first == .project(direction: 0, project: 2))
    d.press(.backspace)
    #expect(d.state.search?.query == "МЕКТЕ")
    #expect((d.state.search?.hits.count ?? 0) >= 14)
    d.type("п")
    #expect(d.state.search?.hits == hits)
    d.press(.down, .enter)
    #expect(d.state.search?.isEditing == false)
    let second = try #require(hits[1].location)
    #expect(d.state.current.screen == .project(direction: second.direction, project: second.project))
    #expect(d.state.current.selection == second.activity)
    #expect(d.state.stack.map(\.screen) == [.overview, .direction(second.direction), d.state.current.screen])
    d.press(.character("n"))
    #expect(d.state.search?.current == 2)
    d.press(.character("N"), .character("N"), .character("N"))
    #expect(d.state.search?.current == hits.count - 1)
    let last = try #require(hits[hits.count - 1].location)
    #expect(d.state.current.screen == .project(direction: last.direction, project: last.project))
  }

  @Test func escapeCancelsTheSearchWhereItStarted() throws {
    var d = try regionDashboard()
    d.press(.character("2"), .character("/"))
    d.type("qjk")  // letters are typed into the query, not obeyed
    #expect(d.state.search?.query == "qjk")
    #expect(d.state.search?.hits.isEmpty == true)
    d.press(.escape)
    #expect(d.state.search == nil)
    #expect(d.state.current.screen == .direction(1))
  }

  @Test func statusFilterCyclesAndNarrowsLists() throws {
    var d = try regionDashboard()
    d.press(.character("2"), .enter)  // «Ауыл аманаты»
    let all = d.state.rowCount()
    d.press(.character("f"))
    #expect(d.state.statusFilter == .done)
    let done = d.state.rowCount()
    #expect(done == d.state.roadmap.directions[1].projects[0].counts.done)
    d.press(.character("f"), .character("f"))
    #expect(d.state.statusFilter == .pending)
    #expect(d.grid().rowText(1).contains("басталмаған"))
    d.press(.character("f"))
    #expect(d.state.statusFilter == nil)
    #expect(d.state.rowCount() == all)
  }

  @Test func ownerPickerFiltersByAgency() throws {
    var d = try regionDashboard()
    d.press(.character("o"))
    #expect(d.state.overlay == .ownerPicker(selection: 0, scroll: 0))
    let owner = d.state.digest.owners[0]
    d.press(.down, .enter)
    #expect(d.state.ownerFilter == Agency(owner.owner))
    #expect(d.state.overlay == nil)
    d.press(.character("a"), .enter)
    #expect(d.state.rowCount() == owner.activities.count)
    d.press(.character("o"), .character("g"), .enter)
    #expect(d.state.ownerFilter == nil)
  }

  @Test func agenciesAreSortedByWhatIsLeftAndListTheirActivities() throws {
    var d = try regionDashboard()
    d.press(.character("a"))
    #expect(d.state.current.screen == .agencies)
    let left = d.state.digest.owners.map(\.counts.remaining)
    #expect(left == left.sorted(by: >))
    #expect(d.state.digest.owners.reduce(0) { $0 + $1.counts.total } == 122)
    d.press(.character("G"), .enter)
    #expect(d.state.current.screen == .agency(Agency(d.state.digest.owners.last!.owner)))
    d.press(.enter)
    guard case .activity = d.state.current.screen else {
      Issue.record("Enter on an agency's activity should open it")
      return
    }
    d.press(.escape, .escape)
    #expect(d.state.current.selection == d.state.digest.owners.count - 1)
  }

  @Test func helpListsTheKeysOfTheScreenBelow() throws {
    var d = try regionDashboard()
    d.press(.character("?"))
    #expect(d.state.overlay == .help)
    let text = d.grid().plainText
    // Every key that can act here is listed; those that cannot (nothing to undo, no
    // search, nothing unsaved, no wait to stop) are not.
    for b in KeyTable.bindings(for: .overview) {
      let can = d.state.availability(of: b) == .available
      let shown = text.contains(Catalogue.text(b.help, .kk))
      #expect(shown == can || !can && KeyTable.bindings(for: .overview).contains { $0.help == b.help && $0 != b }, "\(b.help)")
    }
    #expect(!text.contains(Catalogue.text(.keyUndo, .kk)))
    #expect(!text.contains(Catalogue.text(.keyRetry, .kk)))
    d.press(.character("j"))  // other keys do nothing while the help is open
    #expect(d.state.current.selection == 0)
    d.press(.escape)
    #expect(d.state.overlay == nil)
  }

  @Test func languageSwitchesLive() throws {
    var d = try regionDashboard()
    #expect(d.grid().rowText(1).hasPrefix("Шолу"))
    d.press(.character("L"))
    #expect(d.state.language == .ru)
    #expect(d.grid().rowText(1).hasPrefix("Обзор"))
    #expect(d.grid().plainText.contains("исполнено 60"))
    d.press(.character("L"))
    #expect(d.grid().plainText.contains("done 60 (49%)"))
    d.press(.character("L"))
    #expect(d.state.language == .kk)
  }

  @Test func qQuits() throws {
    var d = try regionDashboard()
    #expect(d.handle(.key(.character("q"))) == .quit(status: 0))
    #expect(d.handle(.key(.character("x"))) == .keepRunning)
  }

  @Test func mouseClickSelectsAndDoubleClickOpens() throws {
    var d = try regionDashboard()
    d.press(.character("1"))
    let list = Layout.list(d.state)
    _ = d.handle(.mouse(MouseEvent(kind: .click, x: 5, y: list.y + 2)))
    #expect(d.state.current.selection == 2)
    _ = d.handle(.mouse(MouseEvent(kind: .doubleClick, x: 5, y: list.y + 3)))
    #expect(d.state.current.screen == .project(direction: 0, project: 3))
    _ = d.handle(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: list.y)))
    #expect(d.state.current.selection == 3)
  }

  @Test func pagingAndScrollingKeepTheSelectionVisible() throws {
    var d = try regionDashboard(width: 80, height: 14)
    d.press(.character("a"), .pageDown)
    let h = Layout.list(d.state).height
    #expect(d.state.current.selection == h)
    #expect(d.state.current.scroll > 0)
    #expect(d.state.current.selection < d.state.current.scroll + h)
    d.press(.character("g"))
    #expect(d.state.current.selection == 0 && d.state.current.scroll == 0)
  }
}

@Suite struct OverviewLayoutTests {
  @Test func narrowTerminalsStackWholePanesWhenTheyAllFit() throws {
    // 60×60: the four panes drawn whole take fewer rows than there are.
    var d = try regionDashboard(width: 60, height: 60)
    #expect(Layout.overviewColumns(d.state) == 1 && !Layout.overviewCompact(d.state))
    d.press(.character("j"), .character("j"), .character("j"))
    #expect(d.state.current.selection == 3)
    #expect(d.grid().plainText.contains("┌─ 4 Экологиялық жағдайды жақсарту"))
    d.press(.backTab, .backTab, .backTab)
    #expect(d.state.current.selection == 0 && d.state.current.scroll == 0)
  }

  @Test func wideTerminalsShowTheFourPanesAsAGrid() throws {
    var d = try regionDashboard(width: 120, height: 40)
    #expect(Layout.overviewColumns(d.state) == 2)
    d.press(.character("j"))
    #expect(d.state.current.selection == 2)
    d.press(.character("l"))
    #expect(d.state.current.selection == 3)
    _ = d.handle(.resize(width: 60, height: 40))
    #expect(Layout.overviewColumns(d.state) == 1)
    #expect(d.grid().width == 60)
  }
}
