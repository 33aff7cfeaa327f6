import RoadmapKit
import Testing

@testable import RoadmapUI

/// Status keys, the save effects they emit, undo and redo, read-only.
@Suite struct EditStatusTests {
  @Test func spaceCyclesTheSelectedRowAndEmitsOneSave() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)  // .05, in progress
    let id = "\(auylAmanaty).05"
    d.press(.character(" "))
    #expect(d.status(id) == .pending)
    #expect(d.landSaves() == [[statusChange(id, .inProgress, .pending)]])
    d.press(.character(" "))
    #expect(d.status(id) == .done)
    d.press(.character(" "))
    #expect(d.status(id) == .inProgress)
    #expect(
      d.landSaves() == [
        [statusChange(id, .pending, .done)], [statusChange(id, .done, .inProgress)],
      ])
  }

  @Test func theSaveCarriesTheRoadmapWithTheChangeApplied() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    d.press(.character("p"))
    let effects = d.takeEffects()
    #expect(effects.count == 1)
    guard case .save(let changes, let current, let override)? = effects.first else {
      Issue.record("no save")
      return
    }
    #expect(changes == [statusChange("\(auylAmanaty).01", .done, .pending)])
    #expect(current.activity(id: "\(auylAmanaty).01")?.status == .pending)
    #expect(!override)
  }

  @Test func dipSetTheStatusAndANoOpWritesNothing() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)  // .01, done
    let id = "\(auylAmanaty).01"
    d.press(.character("d"))
    #expect(d.landSaves().isEmpty)
    #expect(d.state.edit.undo.isEmpty)
    #expect(d.state.edit.notice == Notice(.nothingChanged))
    d.press(.character("i"))
    #expect(d.status(id) == .inProgress)
    d.press(.character("p"))
    #expect(d.status(id) == .pending)
    d.press(.character("d"))
    #expect(d.status(id) == .done)
    #expect(
      d.landSaves() == [
        [statusChange(id, .done, .inProgress)],
        [statusChange(id, .inProgress, .pending), statusChange(id, .pending, .done)],
      ])
  }

  @Test func theActivityScreenEditsItsActivity() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 6)
    d.press(.enter)
    #expect(d.state.onActivityScreen)
    #expect(d.takeEffects().count == 1)  // its history
    d.press(.character("d"))
    #expect(d.status("\(auylAmanaty).07") == .done)
    #expect(d.text.contains("✓ орындалды"))
  }

  @Test func countsAndBarsFollowAtOnce() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    #expect(d.text.contains("✓ орындалды 4"))
    let overall = d.state.roadmap.counts
    d.press(.character("d"))
    #expect(
      d.state.roadmap.directions[1].projects[0].counts
        == StatusCounts(done: 5, inProgress: 1, pending: 1))
    #expect(d.state.roadmap.counts.done == overall.done + 1)
    #expect(d.text.contains("✓ орындалды 5"))
    d.press(.escape, .escape)
    #expect(d.state.current.screen == .overview)
    #expect(d.text.contains(Formatting.count(overall.done + 1, .kk)))
    #expect(digestIsFresh(d))
  }

  @Test func undoAndRedoWalkTheGroupsBothWays() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let id = "\(auylAmanaty).05"
    d.press(.character("d"), .character("p"))
    _ = d.landSaves()
    d.press(.character("u"))
    #expect(d.status(id) == .done)
    #expect(d.landSaves() == [[statusChange(id, .pending, .done)]])
    d.press(.character("u"))
    #expect(d.status(id) == .inProgress)
    d.press(.character("u"))
    #expect(d.state.edit.notice == Notice(.nothingToUndo, kind: .warning))
    d.press(.control("r"), .control("r"))
    #expect(d.status(id) == .pending)
    d.press(.control("r"))
    #expect(d.state.edit.notice == Notice(.nothingToRedo, kind: .warning))
    // One save at a time: what was done while the first ran goes as one save after it.
    #expect(
      d.landSaves() == [
        [statusChange(id, .done, .inProgress)],
        [statusChange(id, .inProgress, .done), statusChange(id, .done, .pending)],
      ])
    // A new edit after undo drops what could be redone.
    d.press(.character("u"), .character("i"), .control("r"))
    #expect(d.status(id) == .inProgress)
    #expect(d.state.edit.redo.isEmpty)
    #expect(digestIsFresh(d))
  }

  @Test func readOnlyRefusesEveryEditWithAMessage() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4, readOnly: true)
    let before = d.state.roadmap.counts
    for key: Key in [
      .character(" "), .character("d"), .character("e"), .character("D"), .character("O"),
      .character("C"), .character("u"), .control("r"),
    ] {
      d.press(key)
      #expect(d.state.edit.notice == Notice(.readOnlyRefused, kind: .warning))
      #expect(d.state.edit.prompt == nil)
    }
    #expect(d.state.roadmap.counts == before)
    #expect(d.takeEffects().isEmpty)
    #expect(d.text.contains("тек оқу режимі"))
  }

  @Test func editsOnListsThatAreNotActivitiesAreNotAvailable() throws {
    var d = try regionDashboard()
    d.press(.character("d"))
    #expect(d.takeEffects().isEmpty)
    d.press(.character("2"), .character("d"))
    #expect(d.takeEffects().isEmpty)
  }

  @Test func theAgencyListEditsItsRowAndFollowsItsOwnerWhenTheOrderChanges() throws {
    var d = try regionDashboard()
    d.press(.character("a"), .enter)
    guard case .agency(let agency) = d.state.current.screen, let i = d.state.agencyIndex(agency)
    else {
      Issue.record("not on an agency")
      return
    }
    let owner = d.state.digest.owners[i].owner
    let rows = d.state.agencyRows(agency).count
    for _ in 0..<rows { d.press(.character("d"), .down) }
    guard case .agency(let same) = d.state.current.screen, let j = d.state.agencyIndex(same) else {
      Issue.record("left the agency")
      return
    }
    #expect(same == agency)
    #expect(d.state.digest.owners[j].owner == owner)
    #expect(d.state.digest.owners[j].counts.remaining == 0)
    #expect(digestIsFresh(d))
  }
}

/// Editing the selected hit of the search results.
@Suite struct EditSearchListTests {
  @Test func tabPutsTheKeysOnTheResultsWhereStatusKeysEditTheHit() throws {
    var d = try regionDashboard()
    d.press(.character("/"))
    d.type("мектеп")
    let hits = d.state.search?.hits ?? []
    #expect(hits.count > 2)
    d.press(.tab)
    #expect(d.state.keyContext == .searchList)
    d.press(.character("j"), .character("j"))
    let hit = try #require(hits[2].location)
    let id = d.state.roadmap[hit].id
    let old = d.state.roadmap[hit].status
    let new: Status = old == .pending ? .done : .pending
    d.press(.character(new == .done ? "d" : "p"))
    #expect(d.state.roadmap[hit].status == new)
    #expect(d.landSaves() == [[statusChange(id, old, new)]])
    #expect(d.state.search?.hits == hits)
    #expect(d.state.search?.current == 2)
    #expect(d.state.stack.count == 1 && d.state.current.selection == 0)
    // Back to the query: letters type again.
    d.press(.tab)
    d.type(" ")
    #expect(d.state.search?.query == "мектеп ")
    #expect(d.landSaves().isEmpty)
  }
}
