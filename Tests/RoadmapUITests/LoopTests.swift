import Foundation
@testable import RoadmapKit
import Testing

@testable import RoadmapUI

/// `state` with `change` applied as the reducer applies it: roadmap and figures.
func applying(_ changes: Change..., to state: inout DashboardState) {
  for c in changes { try? state.roadmap.apply(c) }
  state.digest = RoadmapDigest(state.roadmap, today: state.today)
}

/// What landed on disk: the roadmap with the changes, as the store would report it.
func landed(_ roadmap: Roadmap) -> LoadedRoadmap {
  LoadedRoadmap(roadmap: roadmap, warnings: [], sourceBytes: roadmap.source)
}

/// The reducer through TCA's TestStore: each message with its exact state change and
/// effects.
@Suite struct LoopTests {
  let a = "\(auylAmanaty).05"  // in progress
  let b = "\(auylAmanaty).06"  // pending

  func store(row: Int = 4, readOnly: Bool = false) throws -> TestStore {
    TestStore(try TestDashboard.onAuylAmanaty(row: row, readOnly: readOnly).app)
  }

  @Test func aStatusKeyAppliesAtOnceAndAsksForOneSave() throws {
    var s = try store()
    let change = statusChange(a, .inProgress, .done)
    var after = s.state
    applying(change, to: &after)
    s.send(.key(.character("d")), effects: [.save([change], current: after.roadmap, overrideConflicts: false)]) {
      applying(change, to: &$0)
      $0.edit.undo = [[change]]
      $0.edit.inFlight = [change]
    }
  }

  @Test func editsMadeWhileASaveRunsQueueBehindItAndGoWhenItLands() throws {
    var s = try store()
    let first = statusChange(a, .inProgress, .done)
    let second = statusChange(b, .pending, .done)
    s.prepare(.key(.character("d")))
    let saving = s.state.roadmap
    s.send(.key(.down)) { $0.current.selection = 5 }
    s.send(.key(.character("d")), effects: []) {
      applying(second, to: &$0)
      $0.edit.undo.append([second])
      $0.edit.queued = [second]
    }
    // The first save lands: the queued edit goes now, from the bytes it wrote.
    var next = s.state
    next.edit.inFlight = []
    s.send(
      .saved(landed(saving), written: [first], merged: false),
      // …and the history is read again, for the marks of what changed since the meeting.
      effects: [.save([second], current: s.state.roadmap, overrideConflicts: false), .loadHistory]
    ) {
      $0.edit.inFlight = [second]
      $0.edit.queued = []
      $0.edit.notice = Notice(.statusSaved)
    }
  }

  @Test func marksBelongToTheirListAndLeavingItClearsThem() throws {
    var s = try store(row: 0)
    s.send(.key(.character("x"))) {
      $0.edit.marks = ["\(auylAmanaty).01"]
      $0.edit.markScope = MarkScope(
        screen: .project(direction: 1, project: 0), statusFilter: nil, ownerFilter: nil)
      $0.current.selection = 1
    }
    s.send(.key(.escape)) {
      $0.stack.removeLast()
      $0.edit.marks = []
      $0.edit.markScope = nil
      $0.edit.notice = Notice(.marksCleared, count: 1)
    }
    // In another project, d changes the row under the cursor and nothing else.
    var d = TestDashboard(try regionRoadmap(), options: DashboardOptions(today: snapshotDay))
    d.handle(.resize(width: 120, height: 40))
    d.press(.character("2"), .enter, .character("x"), .escape, .down, .enter, .character(" "))
    let saves = d.takeSaves()
    #expect(saves.count == 1)
    #expect(saves.first?.count == 1)
    #expect(saves.first?.first?.id.hasPrefix("d2.") == true)
    #expect(saves.first?.first?.id.hasPrefix(auylAmanaty) == false)
  }

  @Test func aFilterChangeClearsTheMarksToo() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.press(.character("x"), .character("f"))
    #expect(d.state.edit.marks.isEmpty)
    #expect(d.state.edit.notice == Notice(.marksCleared, count: 1))
  }

  @Test func aStatusKeyOverMarksSaysHowManyBeforeChangingThem() throws {
    var s = try store()
    s.prepare(.key(.character("x")))
    s.prepare(.key(.character("x")))
    s.send(.key(.character("d"))) { $0.edit.prompt = .bulkStatus(.done, ids: [self.a, self.b]) }
    var d = TestDashboard(try regionRoadmap())
    d.app = s.app
    #expect(d.text.contains("2 белгіленген іс-шараның мәртебесі «орындалды» болады"))
    d.press(.character("y"))
    #expect(d.takeSaves() == [[statusChange(a, .inProgress, .done), statusChange(b, .pending, .done)]])
    #expect(d.state.edit.marks.isEmpty)
  }

  @Test func eAndDOverMarksSetEveryMarkedRow() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.press(.character("x"), .character("x"), .character("D"))
    guard case .line(.due(let ids), _)? = d.state.edit.prompt else {
      Issue.record("no due editor")
      return
    }
    #expect(ids == [a, b])
    #expect(d.text.contains("(2 іс-шара)"))
    d.press(.end)
    for _ in 0..<10 { d.press(.backspace) }
    d.type("2025-06-30")
    d.press(.enter)
    let saves = d.takeSaves()
    #expect(saves.count == 1)
    #expect(saves.first?.map(\.id) == [a, b])
    #expect(saves.first?.allSatisfy { $0.new == .day(Day("2025-06-30")!) } == true)
  }

  @Test func anEditorMeetingSomeoneElsesSaveAsksKeepMineOrTheirs() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.press(.character("e"))
    d.type("менікі")
    // Someone else saves another note for the same activity meanwhile.
    var theirs = try regionRoadmap()
    let theirNote = FieldValue.text(LocalizedText("олардікі"))
    let before = theirs.roadmap.activity(id: a)?.note.map(FieldValue.text)
    try theirs.roadmap.apply(Change(id: a, field: .note, old: before, new: theirNote))
    d.receive(.reloaded(theirs, changedIDs: [a]))
    d.press(.enter)
    #expect(d.takeSaves().isEmpty)
    #expect(d.state.edit.prompt == .conflict)
    #expect(d.state.edit.conflicts.first?.theirs == theirNote)
    #expect(d.text.contains("олардікі") && d.text.contains("менікі"))
    d.press(.character("y"))
    let saves = d.takeSaves()
    #expect(saves.first?.first?.new == .text(LocalizedText("менікі")))
    #expect(saves.first?.first?.old == theirNote)
  }

  @Test func quitWithAFailedSaveAsksAndNeverDropsSilently() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.press(.character("d"))
    let saves = d.takeSaves()
    d.receive(.saveFailed(.readOnly(.folderNotWritable(path: "r.json")), pending: saves[0]))
    #expect(d.handle(.key(.character("q"))) == .keepRunning)
    #expect(d.state.edit.prompt == .quit)
    #expect(d.text.contains("1 өзгеріс дискіге жазылмаған"))
    d.press(.escape)
    #expect(d.state.edit.prompt == nil)
    // w: a copy elsewhere, then quit once it is written.
    d.press(.character("q"), .character("w"))
    d.type("/tmp/copy.json")
    d.press(.enter)
    #expect(d.takeEffects().contains { if case .saveCopy(_, "/tmp/copy.json") = $0 { return true }; return false })
    d.receive(.copySaved(path: "/tmp/copy.json"))
    #expect(d.takeEffects() == [.quit(status: 0)])
  }

  @Test func quitDiscardingIsAnAnswerNotADefault() throws {
    var s = try store()
    s.prepare(.key(.character("d")))
    let pending = s.state.edit.inFlight
    s.prepare(.saveFailed(.write(path: "r.json", step: .reserve(bytes: 1710), system: nil), pending: pending))
    s.send(.key(.character("q"))) { $0.edit.prompt = .quit }
    s.send(.key(.character("d")), effects: [.quit(status: 0)]) { $0.edit.prompt = nil }
  }

  @Test func quitWhileASaveRunsWaitsForIt() throws {
    var s = try store()
    s.prepare(.key(.character("d")))
    let roadmap = s.state.roadmap
    s.send(.key(.character("q"))) {
      $0.edit.quitWhenSaved = true
      $0.edit.notice = Notice(.quitWhenSaved)
    }
    s.send(.saved(landed(roadmap), written: [], merged: false), effects: [.quit(status: 0)]) {
      $0.edit.inFlight = []
      $0.edit.notice = Notice(.statusSaved)
    }
  }

  @Test func aSignalWritesUnsavedEditsToTheRecoveryFileFirst() throws {
    var s = try store()
    s.send(.terminate(signal: 15), effects: [.quit(status: 143)])
    s.prepare(.key(.character("d")))
    let pending = s.state.edit.inFlight
    s.send(.terminate(signal: 1), effects: [.writeRecovery(pending), .quit(status: 129)])
  }

  @Test func aLockHeldByAnotherProgramSaysWhoAndEscStopsWaiting() throws {
    var s = try store()
    s.prepare(.key(.character("d")))
    let pending = s.state.edit.inFlight
    s.send(.lockWaiting(holder: "flock (pid 4321)")) { $0.edit.lockHolder = "flock (pid 4321)" }
    var d = TestDashboard(try regionRoadmap())
    d.app = s.app
    #expect(d.text.contains("құлыпты күтуде: flock (pid 4321)"))
    // The footer offers Esc for stopping the wait, not for going back.
    let footer = d.text.split(separator: "\n").last.map(String.init) ?? ""
    #expect(footer.contains("Esc күтуді тоқтату"))
    #expect(!footer.contains("Esc артқа"))
    // Esc stops the wait; it does not go back while something waits.
    s.send(.key(.escape), effects: [.stopWaitingForLock])
    s.send(.saveStopped(pending: pending)) {
      $0.edit.inFlight = []
      $0.edit.lockHolder = nil
      $0.edit.unsaved = pending
      $0.edit.notice = Notice(.saveStopped, kind: .warning)
    }
    // Nothing waits now: Esc is "back" again.
    s.send(.key(.escape)) {
      $0.stack.removeLast()
    }
  }

  @Test func aKeyThatCannotActSaysWhyAndIsNotOffered() throws {
    var s = try store(readOnly: true)
    s.send(.key(.character("d"))) { $0.edit.notice = Notice(.readOnlyRefused, kind: .warning) }
    var d = try TestDashboard.onAuylAmanaty(row: 4, readOnly: true)
    #expect(!d.text.contains("келесі мәртебе"))
    d = try TestDashboard.onAuylAmanaty(row: 4)
    #expect(d.text.contains("Бос орын келесі мәртебе"))
    #expect(!d.text.contains("u кері қайтару"))
    d.press(.character("u"))
    #expect(d.state.edit.notice == Notice(.nothingToUndo, kind: .warning))
    d.press(.character("n"))
    #expect(d.state.edit.notice == Notice(.noSearchHits, kind: .warning))
  }

  @Test func whatUndoDidStaysOnTheStatusLineUntilTheNextKey() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    d.press(.character("d"))
    _ = d.landSaves()
    d.press(.character("u"))
    let undone = d.state.edit.notice
    #expect(undone?.message == .undoneOne)
    #expect(d.text.contains("кері қайтарылды: \(a) (мәртебесі): орындалды → орындалуда"))
    _ = d.landSaves()  // its save lands: "saved" does not hide what was undone
    #expect(d.state.edit.notice == undone)
    d.press(.down)
    d.press(.character("d"))
    _ = d.landSaves()
    #expect(d.state.edit.notice == Notice(.statusSaved))
  }

  @Test func editsLeftByAnEndedRunAreOfferedAgain() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4)
    let found = RecoveredEdits(
      changes: [statusChange(a, .inProgress, .done)], time: "2023-11-30T10:15:00Z", author: "Абенова")
    d.receive(.recoveryFound(found))
    #expect(d.state.edit.prompt == .recovery(found))
    #expect(d.text.contains("сақталмаған 1 өзгеріс бар (2023-11-30 10:15, Абенова)"))
    d.press(.character("y"))
    let effects = d.takeEffects()
    #expect(effects.last == .discardRecovery)
    #expect(d.status(a) == .done)
    guard case .save(let changes, _, _)? = effects.first else {
      Issue.record("no save")
      return
    }
    #expect(changes == [statusChange(a, .inProgress, .done)])
  }

  @Test func ctrlLRepaintsWherever() throws {
    var s = try store()
    s.send(.key(.control("l")), effects: [.repaint])
    s.prepare(.key(.character("e")))
    s.send(.key(.control("l")), effects: [.repaint])
  }
}
