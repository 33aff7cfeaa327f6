import RoadmapKit
import Testing

@testable import RoadmapUI

/// Marked rows set at once, and carrying over to next year: each one undo step.
@Suite struct EditBulkTests {
  @Test func marksToggleStepDownAndShowInTheMarkColumn() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    d.press(.character("x"), .character("v"))
    #expect(d.state.edit.marks == ["\(auylAmanaty).01", "\(auylAmanaty).02"])
    #expect(d.state.current.selection == 2)
    let g = d.grid()
    let list = Layout.list(d.state)
    #expect(g[list.x + 1, list.y].character == "●")
    #expect(g[list.x + 1, list.y + 1].character == "●")
    #expect(g[list.x + 1, list.y + 2].character == " ")
    #expect(d.text.contains("белгіленді: 2"))
    d.press(.up, .character("x"))
    #expect(d.state.edit.marks == ["\(auylAmanaty).01"])
  }

  @Test func aStatusKeyOnMarkedRowsSetsThemAllInOneUndoStep() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    d.press(.character("x"), .down, .down, .down, .character("x"), .character("x"))  // .01, .05, .06
    d.press(.up)
    d.press(.character("p"))
    let ids = ["01", "05", "06"].map { "\(auylAmanaty).\($0)" }
    // Nothing changes before the question, which says how many will.
    #expect(d.state.edit.prompt == .bulkStatus(.pending, ids: ids))
    #expect(d.status(ids[0]) == .done)
    #expect(d.text.contains("3 белгіленген іс-шараның мәртебесі «басталмаған» болады"))
    d.press(.character("y"))
    #expect(ids.map { d.status($0) } == [.pending, .pending, .pending])
    #expect(d.state.edit.notice == Notice(.statusSetFor, count: 2))
    #expect(
      d.landSaves() == [
        [statusChange(ids[0], .done, .pending), statusChange(ids[1], .inProgress, .pending)]
      ])
    #expect(d.state.edit.marks.isEmpty)
    #expect(
      d.state.roadmap.directions[1].projects[0].counts
        == StatusCounts(done: 3, inProgress: 1, pending: 3))
    d.press(.character("u"))
    #expect(ids.map { d.status($0) } == [.done, .inProgress, .pending])
    #expect(
      d.landSaves() == [
        [statusChange(ids[1], .pending, .inProgress), statusChange(ids[0], .pending, .done)]
      ])
    d.press(.control("r"))
    #expect(ids.map { d.status($0) } == [.pending, .pending, .pending])
    #expect(digestIsFresh(d))
  }

  @Test func spaceOnMarkedRowsGivesThemAllTheNextStatusOfTheCursorsRow() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)  // .05 in progress
    d.press(.character("x"), .character("x"))  // .05 and .06
    d.press(.up, .up)
    d.press(.character(" "), .character("y"))
    #expect(d.status("\(auylAmanaty).05") == .pending)
    #expect(d.status("\(auylAmanaty).06") == .pending)
  }

  @Test func carryOverAsksForTheYearPreviewsAndConfirms() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    let expected = d.state.roadmap.allActivities.filter {
      $0.activity.status != .done && $0.activity.due?.year == 2023
    }
    #expect(expected.count > 3)
    d.press(.character("C"))
    guard case .line(.carryOverYear, let editor)? = d.state.edit.prompt else {
      Issue.record("no year asked")
      return
    }
    #expect(editor.text == "2023")
    d.press(.enter)
    guard case .carryOver(2023, let items, _)? = d.state.edit.prompt else {
      Issue.record("no preview")
      return
    }
    #expect(items.map(\.id) == expected.map(\.activity.id))
    #expect(items.allSatisfy { $0.new == $0.old.nextYear && $0.new.year == 2024 })
    #expect(d.text.contains("Келесі жылға ауыстыру: \(expected.count) іс-шара"))
    #expect(d.landSaves().isEmpty)
    d.press(.down, .character("y"))
    #expect(d.state.edit.prompt == nil)
    for (_, a) in expected { #expect(d.state.roadmap.activity(id: a.id)?.due == a.due?.nextYear) }
    #expect(d.state.edit.notice == Notice(.carryOverDone, count: expected.count))
    let saves = d.landSaves()
    #expect(saves.count == 1)
    #expect(saves.first?.count == expected.count)
    // One undo step puts every date back; redo moves them again.
    d.press(.character("u"))
    for (_, a) in expected { #expect(d.state.roadmap.activity(id: a.id)?.due == a.due) }
    #expect(d.state.edit.undo.isEmpty)
    d.press(.control("r"))
    for (_, a) in expected { #expect(d.state.roadmap.activity(id: a.id)?.due == a.due?.nextYear) }
    #expect(digestIsFresh(d))
  }

  @Test func carryOverCancelledOrOfAnEmptyYearChangesNothing() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    d.press(.character("C"), .enter, .character("n"))
    #expect(d.state.edit.prompt == nil)
    d.press(.character("C"), .backspace, .backspace, .backspace, .backspace)
    d.type("1999")
    d.press(.enter)
    #expect(d.state.edit.notice == Notice(.carryOverNone, ["1999"]))
    d.press(.character("C"), .backspace)
    d.type("x")
    d.press(.enter)
    #expect(d.state.edit.notice == Notice(.invalidYear, kind: .warning))
    d.press(.escape)
    #expect(d.landSaves().isEmpty)
  }

  @Test func carryOverFixesTheOverdueCount() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    #expect(d.state.digest.overdue > 0)
    d.press(.character("C"), .enter, .enter)
    // Nothing of 2023 is overdue on 30 November 2023 once moved to 2024.
    #expect(d.state.digest.overdue == d.state.roadmap.overdueCount(asOf: snapshotDay))
    #expect(digestIsFresh(d))
  }

  @Test func undoRedoAcrossStatusBulkAndCarryOver() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let start = d.state.roadmap.allActivities.map(\.activity)
    d.press(.character("d"))
    d.press(.character("x"), .character("x"), .character("i"), .enter)
    d.press(.character("C"), .enter, .enter)
    d.press(.character("e"))
    d.type("жаңа")
    d.press(.enter)
    let end = d.state.roadmap.allActivities.map(\.activity)
    #expect(d.state.edit.undo.count == 4)
    d.press(.character("u"), .character("u"), .character("u"), .character("u"))
    #expect(d.state.roadmap.allActivities.map(\.activity) == start)
    d.press(.control("r"), .control("r"), .control("r"), .control("r"))
    #expect(d.state.roadmap.allActivities.map(\.activity) == end)
    #expect(digestIsFresh(d))
  }
}

/// The owner of several marked rows at once, and the key table staying unambiguous.
@Suite struct EditOwnerBulkAndKeyTableTests {
  @Test func theOwnerOfMarkedRowsIsSetInOneUndoStep() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    let ids = ["01", "02"].map { "\(auylAmanaty).\($0)" }
    let before = ids.map { d.state.roadmap.activity(id: $0)?.owner }
    d.press(.character("x"), .character("x"), .character("O"))
    d.type("кәсіпкерлік")
    d.press(.enter)
    let owners = ids.map { d.state.roadmap.activity(id: $0)?.owner?.resolved("en") }
    #expect(
      owners
        == Array(
          repeating: "Department of Entrepreneurship and Industry, West Kazakhstan Region", count: 2
        ))
    #expect(d.landSaves().map(\.count) == [2])
    #expect(d.state.edit.marks.isEmpty)
    #expect(digestIsFresh(d))
    d.press(.character("u"))
    #expect(ids.map { d.state.roadmap.activity(id: $0)?.owner } == before)
    #expect(digestIsFresh(d))
  }

  /// A key may come twice in a context only behind a binding that can be unavailable
  /// (Esc stops a wait, else goes back): the first that can act wins, never a tie.
  @Test func noKeyIsBoundTwiceInOneContext() {
    for context in KeyContext.allCases {
      var seen: [Key: KeyBinding] = [:]
      for b in KeyTable.bindings(for: context) {
        for k in b.keys {
          if let earlier = seen[k] {
            #expect(
              earlier.action == b.action || earlier.requires != .always,
              "\(k) in \(context): \(earlier.action) and \(b.action)")
          } else {
            seen[k] = b
          }
        }
      }
    }
  }

  @Test func everyEditingActionHasAKeyAndHelpInEveryLanguage() {
    let editing: [Action] = [
      .cycleStatus, .setDone, .setInProgress, .setPending, .editNote, .editDue, .editOwner,
      .toggleMark,
      .carryOver, .undo, .redo, .retrySave, .saveElsewhere, .confirm, .cancelPrompt, .keepMine,
      .keepTheirs,
      .cursorLeft, .cursorRight, .cursorHome, .cursorEnd, .deleteBackward, .deleteForward,
    ]
    for action in editing {
      let bindings = KeyTable.all.filter { $0.action == action }
      #expect(!bindings.isEmpty, "\(action)")
      for b in bindings {
        for language in Language.allCases { #expect(Catalogue.table(language)[b.help] != nil) }
      }
    }
  }
}
