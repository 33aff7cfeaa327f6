import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// What the session reports back: saved, failed, reloaded, conflicts, a broken file, history.
@Suite struct EditFeedbackTests {
  /// The region's roadmap with some changes applied, as a session would load it from disk.
  func onDisk(_ changes: [Change]) throws -> LoadedRoadmap {
    var loaded = try regionRoadmap()
    for c in changes { try loaded.roadmap.apply(c) }
    return loaded
  }

  @Test func savedSaysSoAndEmptiesWhatIsInFlight() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.press(.character("d"))
    let saves = d.takeSaves()
    #expect([d.state.edit.inFlight] == saves)
    d.receive(.saved(try onDisk(saves[0]), written: saves[0], merged: false))
    #expect(d.state.edit.inFlight.isEmpty)
    #expect(d.state.edit.notice == Notice(.statusSaved))
    #expect(d.text.contains("сақталды"))
    #expect(d.status("\(auylAmanaty).05") == .done)
    #expect(digestIsFresh(d))
  }

  @Test func aFailedSaveKeepsTheEditsAndRetryResendsThemAll() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let a = "\(auylAmanaty).05"
    let b = "\(auylAmanaty).06"
    d.press(.character("d"))
    let first = d.takeSaves()[0]
    let denied = SaveReason.write(path: "r.json", step: .write, system: SystemError(EACCES))
    d.receive(.saveFailed(denied, pending: first))
    #expect(d.status(a) == .done)
    #expect(d.state.edit.unsaved == first)
    #expect(
      d.state.edit.notice == Notice(.saveFailed, kind: .error, reason: .save(denied)))
    let text = d.text
    // The step in the language; the system's reason as the system gives it.
    #expect(text.contains("Сақталмады (өзгерістер жадта): жазу мүмкін болмады: рұқсат жоқ"))
    #expect(text.contains("r қайта сақтау"))
    #expect(text.contains("w көшірмені басқа жерге сақтау"))
    // The next edit carries the failed one with it; its failure keeps both.
    d.press(.down, .character("d"))
    let second = d.takeSaves()
    #expect(second == [first + [statusChange(b, .pending, .done)]])
    d.receive(.saveFailed(.readOnly(.mode(path: "r.json", mode: "0444")), pending: second[0]))
    #expect(d.state.edit.unsaved == second[0])
    // r sends everything again; a success clears it.
    d.press(.character("r"))
    #expect(d.takeSaves() == second)
    #expect(d.state.edit.unsaved.isEmpty)
    d.receive(.saved(try onDisk(second[0]), written: second[0], merged: false))
    #expect(d.status(a) == .done && d.status(b) == .done)
    #expect(d.state.edit.notice == Notice(.statusSaved))
    #expect(!d.text.contains("сақталмаған"))
  }

  @Test func saveElsewhereAsksForAPathAndEmitsACopy() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.press(.character("d"))
    let first = d.takeSaves()[0]
    d.receive(.saveFailed(.write(path: "r.json", step: .reserve(bytes: 1710), system: nil), pending: first))
    d.press(.character("w"))
    #expect(d.state.keyContext == .lineEditor)
    d.type("/tmp/копия.json")
    d.press(.enter)
    let effects = d.takeEffects()
    guard case .saveCopy(let roadmap, let path)? = effects.first, effects.count == 1 else {
      Issue.record("no copy asked for: \(effects.count)")
      return
    }
    #expect(path == "/tmp/копия.json")
    #expect(roadmap.activity(id: "\(auylAmanaty).05")?.status == .done)
    d.receive(.copySaved(path: path))
    #expect(d.text.contains("көшірме сақталды: /tmp/копия.json"))
    // The main file is still not saved: the changes wait for r.
    #expect(d.state.edit.unsaved == first)
  }

  @Test func aReloadKeepsTheCursorOnTheSameActivityAndHighlightsWhatChanged() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let id = "\(auylAmanaty).05"
    // Someone else finished the selected one: it stays selected, highlighted for 3 s.
    d.receive(.reloaded(try onDisk([statusChange(id, .inProgress, .done)]), changedIDs: [id]))
    #expect(d.state.current.selection == 4)
    #expect(d.status(id) == .done)
    #expect(d.state.edit.flashes[id] == EditState.flashTicks)
    #expect(d.tickInterval == 0.25)
    let g = d.grid()
    let row = Layout.list(d.state).y + 4
    #expect(g[10, row].style.underline)
    #expect(!g[10, row - 1].style.underline)
    #expect(d.text.contains("дискіден жаңартылды: 1 өзгеріс"))
    for _ in 0..<(EditState.flashTicks - 1) { _ = d.handle(.tick) }
    #expect(d.state.edit.flashes[id] == 1)
    _ = d.handle(.tick)
    #expect(d.state.edit.flashes.isEmpty)
    #expect(d.tickInterval == nil)
    #expect(!d.grid()[10, row].style.underline)
  }

  @Test func aReloadWithTheRowElsewhereFollowsItById() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.press(.character("f"))  // only done
    #expect(d.state.statusFilter == .done)
    d.press(.character("G"))  // the last done row: .04
    let id = "\(auylAmanaty).04"
    #expect(d.state.editTarget.map { d.state.roadmap[$0].id } == id)
    // On disk, .01 is no longer done: .04 moves up a row in the filtered list.
    d.receive(
      .reloaded(
        try onDisk([statusChange("\(auylAmanaty).01", .done, .pending)]),
        changedIDs: ["\(auylAmanaty).01"]))
    #expect(d.state.editTarget.map { d.state.roadmap[$0].id } == id)
    #expect(d.state.current.selection == 2)
  }

  @Test func anActivityScreenStaysOnItsActivityAcrossAReload() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 2)
    d.press(.enter)
    let screen = d.state.current.screen
    _ = d.takeEffects()
    d.receive(
      .reloaded(
        try onDisk([statusChange("\(auylAmanaty).03", .done, .pending)]),
        changedIDs: ["\(auylAmanaty).03"]))
    #expect(d.state.current.screen == screen)
    #expect(d.status("\(auylAmanaty).03") == .pending)
    // Its history is asked for again: someone changed it.
    #expect(
      d.takeEffects().contains { if case .loadHistory = $0 { return true } else { return false } })
  }

  @Test func pendingChangesAreAppliedAgainOverAReload() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.press(.character("d"))
    let mine = d.takeSaves()[0]
    d.receive(.saveFailed(.cannotLock(path: "r.json", system: SystemError(EAGAIN)), pending: mine))
    // Another screen changed another activity; ours is still shown, and still unsaved.
    d.receive(
      .reloaded(
        try onDisk([statusChange("\(auylAmanaty).06", .pending, .inProgress)]),
        changedIDs: ["\(auylAmanaty).06"]))
    #expect(d.status("\(auylAmanaty).05") == .done)
    #expect(d.status("\(auylAmanaty).06") == .inProgress)
    #expect(d.state.edit.unsaved == mine)
    #expect(
      d.state.roadmap.directions[1].projects[0].counts
        == StatusCounts(done: 5, inProgress: 2, pending: 0))
    #expect(digestIsFresh(d))
  }

  @Test func aConflictKeptAsMineIsWrittenOverTheirs() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let id = "\(auylAmanaty).05"
    d.press(.character("p"))
    let mine = d.takeSaves()[0][0]
    // The disk had it done: the store kept theirs and asks.
    d.receive(.saved(try onDisk([statusChange(id, .inProgress, .done)]), written: [], merged: true))
    d.receive(.conflicts([Conflict(mine: mine, theirs: .status(.done))]))
    #expect(d.status(id) == .done)
    #expect(d.state.keyContext == .conflict)
    #expect(
      d.text.contains(
        "Мәртебесі (\(id)): дискіде орындалды, сізде басталмаған: сіздікі қалсын ба?"))
    // The keys are named in words below it, never a bare y/n.
    #expect(d.text.contains("y сіздікін қалдыру  n дискідегіні қалдыру") && !d.text.contains("y/n"))
    d.press(.character("q"))  // not an answer
    #expect(d.state.keyContext == .conflict)
    d.press(.character("y"))
    #expect(d.status(id) == .pending)
    // (The history the save asked for again is not what this test is about.)
    let effects = d.takeEffects().filter { $0 != .loadHistory }
    guard case .save(let changes, let current, true)? = effects.first else {
      Issue.record("no overriding save")
      return
    }
    #expect(changes == [statusChange(id, .done, .pending)])
    #expect(current.activity(id: id)?.status == .pending)
    #expect(d.state.edit.prompt == nil)
  }

  @Test func aConflictKeptAsTheirsLeavesTheirsAndLeavesUndo() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let id = "\(auylAmanaty).05"
    d.press(.character("d"))
    var saves = d.takeSaves()
    // p while the save of d is under way waits behind it, and goes when it lands.
    d.press(.character("p"))
    #expect(d.takeSaves().isEmpty)
    d.receive(.saved(try onDisk(saves[0]), written: saves[0], merged: false))
    saves += d.takeSaves()
    #expect(saves.count == 2)
    d.receive(
      .saved(try onDisk([statusChange(id, .inProgress, .inProgress)]), written: [], merged: true))
    d.receive(.conflicts([Conflict(mine: saves[1][0], theirs: .status(.inProgress))]))
    d.press(.character("n"))
    #expect(d.status(id) == .inProgress)
    #expect(d.takeSaves().isEmpty)
    #expect(d.state.edit.undo == [saves[0]])
    #expect(d.state.edit.prompt == nil)
  }

  @Test func aBrokenFileOnDiskWarnsAndEditsGoOn() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.receive(.invalidOnDisk(problems: [Problem(file: "roadmap.json", .noSuchFile)]))
    #expect(d.text.contains("Дискідегі файл жарамсыз"))
    // The reason in the interface language, not the English of the problem.
    #expect(d.text.contains(ProblemWords.line(Problem(file: "roadmap.json", .noSuchFile), .kk)))
    #expect(!d.text.contains(Problem(file: "roadmap.json", .noSuchFile).message))
    let before = d.state.roadmap.counts
    d.press(.character("d"))
    #expect(d.state.roadmap.counts.done == before.done + 1)
    #expect(d.takeSaves().count == 1)
    // Fixed on disk: the warning goes.
    d.receive(.reloaded(try regionRoadmap(), changedIDs: []))
    #expect(d.state.edit.diskProblem == nil)
  }

  @Test func aSaveFinishedAtStartIsSaidInTheInterfaceLanguage() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let note = RecoveryNote(file: "roadmap.json", copy: ".roadmap.json.new-1-2-3", outcome: .finished)
    d.receive(.interruptedSaveRecovered([note]))
    #expect(d.text.contains("үзілген сақтау"))
    #expect(!d.text.contains("interrupted"))
    d.press(.character("L"))
    #expect(d.text.contains("прерванное сохранение"))
  }

  @Test func theActivityScreenAsksForItsHistoryAndShowsIt() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let id = "\(auylAmanaty).05"
    d.press(.enter)
    #expect(
      d.takeEffects().contains { if case .loadHistory = $0 { return true } else { return false } })
    #expect(d.text.contains("әзірге өзгеріс жоқ"))
    d.receive(
      .history([
        HistoryEntry(
          time: "2023-11-30T10:15:00Z", author: "Абенова", id: id, field: .status,
          old: .status(.inProgress), new: .status(.done)),
        HistoryEntry(
          time: "2023-11-30T10:16:00Z", author: "Абенова", id: "other", field: .status,
          old: .status(.inProgress), new: .status(.done)),
      ]))
    let text = d.text
    #expect(text.contains("Өзгерістер тарихы"))
    #expect(text.contains("2023-11-30 10:15 · Абенова · Мәртебесі: орындалуда → орындалды"))
    #expect(!text.contains("10:16"))
    // After a save on this screen the history is read again.
    d.press(.character("d"))
    let saves = d.takeSaves()
    d.receive(.saved(try onDisk(saves[0]), written: saves[0], merged: false))
    #expect(
      d.takeEffects().contains { if case .loadHistory = $0 { return true } else { return false } })
  }
}

/// Undo after others changed the same field.
@Suite struct EditUndoAfterReloadTests {
  @Test func undoLeavesAFieldSomeoneElseChangedSince() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let a = "\(auylAmanaty).05"
    let b = "\(auylAmanaty).06"
    d.press(.character("x"), .character("x"), .character("d"), .character("y"))  // .05, .06 done
    let ours = d.takeSaves()[0]
    var loaded = try regionRoadmap()
    for c in ours { try loaded.roadmap.apply(c) }
    d.receive(.saved(loaded, written: ours, merged: false))
    try loaded.roadmap.apply(statusChange(b, .done, .inProgress))  // theirs, after ours
    d.receive(.reloaded(loaded, changedIDs: [b]))
    d.press(.character("u"))
    #expect(d.status(a) == .inProgress)
    #expect(d.status(b) == .inProgress)
    #expect(d.takeSaves() == [[statusChange(a, .done, .inProgress)]])
  }
}

/// The status line takes a row from the list without hiding the selection.
@Suite struct EditStatusLineTests {
  @Test func theSelectionStaysVisibleWhenTheStatusLineAppears() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 6, width: 80, height: 17)
    let list = Layout.list(d.state)
    #expect(d.state.current.selection - d.state.current.scroll == list.height - 1)
    d.press(.character("d"))
    let saves = d.takeSaves()
    var loaded = try regionRoadmap()
    for c in saves[0] { try loaded.roadmap.apply(c) }
    d.receive(.saved(loaded, written: saves[0], merged: false))
    let shorter = Layout.list(d.state)
    #expect(shorter.height == list.height - 1)
    #expect(d.state.current.selection - d.state.current.scroll < shorter.height)
    #expect(d.text.contains("сақталды"))
  }
}
