import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The line editor widget, and the note, due date and owner editors built on it.
@Suite struct EditLineTests {
  @Test func backspaceAndDeleteWorkByGrapheme() {
    var e = LineEditor("Ұлттық мұра")
    #expect(e.characters.count == 11)
    #expect(e.cursor == 11)
    e.deleteBackward()
    #expect(e.text == "Ұлттық мұр")
    e.moveHome()
    e.deleteForward()
    #expect(e.text == "лттық мұр")
    e.moveRight()
    e.moveRight()
    e.deleteBackward()
    #expect(e.text == "лтық мұр")
    #expect(e.cursor == 1)
    e.moveEnd()
    e.moveRight()
    #expect(e.cursor == e.characters.count)
    e.moveHome()
    e.moveLeft()
    e.deleteBackward()
    #expect(e.cursor == 0)
    #expect(e.text == "лтық мұр")
  }

  @Test func aDecomposedLetterIsOneStep() {
    // «й» typed as и + combining breve joins into one grapheme, deleted at once.
    var e = LineEditor("Ұл")
    e.insert("и")
    e.insert("\u{306}")
    #expect(e.characters.count == 3)
    #expect(e.cursor == 3)
    e.deleteBackward()
    #expect(e.text == "Ұл")
  }

  @Test func insertsAtTheCursorAndRefusesControlCharacters() {
    var e = LineEditor("мұра")
    e.moveHome()
    for c in "Ұлттық " { e.insert(c) }
    e.insert("\u{1B}")
    e.insert("\t")
    #expect(e.text == "Ұлттық мұра")
    #expect(e.cursor == 7)
  }

  @Test func scrollsToKeepTheCursorInItsBoxCountingWideCharacters() {
    var e = LineEditor("Жол картасы — 国家 2023")
    var grid = Grid(width: 10, height: 1)
    e.keepCursorVisible(width: 10)
    e.draw(in: grid.bounds, theme: Theme(asciiOnly: false, colors: true), into: &grid)
    // The end is shown, the cursor in the last column, wide characters whole.
    #expect(grid.plainText == "国家 2023")
    #expect(grid[9, 0].style.reverse)
    e.moveHome()
    e.keepCursorVisible(width: 10)
    grid = Grid(width: 10, height: 1)
    e.draw(in: grid.bounds, theme: Theme(asciiOnly: false, colors: true), into: &grid)
    #expect(grid.plainText.hasPrefix("Жол карт"))
    #expect(grid[0, 0].style.reverse)
    // Stepping right through the wide characters keeps the cursor inside the box.
    for _ in 0..<18 {
      e.moveRight()
      e.keepCursorVisible(width: 10)
      let first = e.scroll
      let used = e.characters[first..<e.cursor].reduce(0) { $0 + LineEditor.columns($1) }
      #expect(used < 10)
    }
    #expect(LineEditor.columns("国") == 2)
  }

  @Test func theNoteEditorReplacesThePlainNoteAndEmptyRemovesIt() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    let id = "\(auylAmanaty).01"
    d.press(.character("e"))
    #expect(d.state.keyContext == .lineEditor)
    d.type("Ұлттық мұра")
    #expect(d.text.contains("Ескертпе: Ұлттық мұра"))
    d.press(.enter)
    #expect(d.state.roadmap.activity(id: id)?.note == LocalizedText("Ұлттық мұра"))
    #expect(
      d.landSaves() == [
        [Change(id: id, field: .note, old: nil, new: .text(LocalizedText("Ұлттық мұра")))]
      ])
    d.press(.character("e"))
    for _ in 0..<11 { d.press(.backspace) }
    d.press(.enter)
    #expect(d.state.roadmap.activity(id: id)?.note == nil)
    #expect(
      d.landSaves() == [
        [Change(id: id, field: .note, old: .text(LocalizedText("Ұлттық мұра")), new: nil)]
      ])
  }

  @Test func aTranslatedNoteChangesOnlyTheCurrentLanguage() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 3)  // .04 has kk/ru/en
    let id = "\(auylAmanaty).04"
    d.press(.character("L"))  // Russian
    d.press(.character("e"))
    d.press(.end)
    d.type(" (по данным банка)")
    d.press(.enter)
    let note = d.state.roadmap.activity(id: id)?.note
    #expect(
      note?.resolved("ru") == "С начала года всего 837 кредитов на 5,6 млрд тенге (по данным банка)"
    )
    #expect(note?.resolved("kk") == "Жыл басынан бері барлығы 837 несие, 5,6 млрд теңге")
    #expect(note?.translations.map(\.language) == ["kk", "ru", "en"])
  }

  @Test func escapeCancelsTheEditorWithoutAChange() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    d.press(.character("e"))
    d.type("жоқ")
    d.press(.escape)
    #expect(d.state.edit.prompt == nil)
    #expect(d.landSaves().isEmpty)
    #expect(d.state.current.screen == .project(direction: 1, project: 0))
  }

  @Test func theDueEditorRefusesAnInvalidDateAndStaysOpen() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    let id = "\(auylAmanaty).01"
    d.press(.character("D"))
    guard case .line(.due([id]), let editor)? = d.state.edit.prompt else {
      Issue.record("no due editor")
      return
    }
    #expect(editor.text == "2023-11-01")
    d.press(.backspace, .backspace)
    d.type("31")
    // 31 November is not a date: refused, and the editor keeps what was typed.
    d.press(.enter)
    #expect(d.state.edit.notice == Notice(.invalidDate, kind: .warning))
    guard case .line(.due, let open)? = d.state.edit.prompt else {
      Issue.record("the editor closed")
      return
    }
    #expect(open.text == "2023-11-31")
    #expect(d.landSaves().isEmpty)
    #expect(d.text.contains("күн емес"))
    d.press(.left, .left, .left, .backspace)
    d.type("2")
    d.press(.enter)
    #expect(d.state.edit.prompt == nil)
    #expect(d.state.roadmap.activity(id: id)?.due == Day("2023-12-31"))
    #expect(
      d.landSaves() == [
        [
          Change(
            id: id, field: .due, old: .day(Day("2023-11-01")!), new: .day(Day("2023-12-31")!))
        ]
      ])
    // An empty due date removes the field.
    d.press(.character("D"))
    for _ in 0..<10 { d.press(.backspace) }
    d.press(.enter)
    #expect(d.state.roadmap.activity(id: id)?.due == nil)
  }

  @Test func theOwnerPickerFiltersByTypingAndSetsTheOwner() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    let id = "\(auylAmanaty).01"
    let before = d.state.roadmap.activity(id: id)?.owner
    d.press(.character("O"))
    guard case .owner(let choice)? = d.state.edit.prompt else {
      Issue.record("no picker")
      return
    }
    #expect(choice.owners == d.state.roadmap.owners)
    #expect(choice.matches[choice.selection] == before)
    d.type("кәсіпкерлік")
    guard case .owner(let narrowed)? = d.state.edit.prompt else { return }
    #expect(narrowed.matches.count == 1)
    // Named without the region every agency shares, as the owner filter names them.
    #expect(d.text.lowercased().contains("кәсіпкерлік және өнеркәсіп"))
    #expect(!d.text.contains("облысының кәсіпкерлік"))
    d.press(.enter)
    let owner = d.state.roadmap.activity(id: id)?.owner
    #expect(
      owner?.resolved("ru")
        == "Управление предпринимательства и промышленности Западно-Казахстанской области")
    #expect(
      d.landSaves() == [
        [
          Change(
            id: id, field: .owner, old: before.map(FieldValue.text), new: owner.map(FieldValue.text)
          )
        ]
      ])
    #expect(digestIsFresh(d))
    d.press(.character("u"))
    #expect(d.state.roadmap.activity(id: id)?.owner == before)
    #expect(digestIsFresh(d))
  }

  @Test func theOwnerPickerMovesAndBackspaceWidensTheFilter() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    d.press(.character("O"))
    d.type("zzz")
    guard case .owner(let none)? = d.state.edit.prompt else { return }
    #expect(none.matches.isEmpty)
    d.press(.backspace, .backspace, .backspace, .down, .down)
    guard case .owner(let all)? = d.state.edit.prompt else { return }
    #expect(all.matches.count == d.state.roadmap.owners.count)
    #expect(all.selection == 2)
    d.press(.escape)
    #expect(d.landSaves().isEmpty)
  }
}

/// Golden frames of the editing UI.
@Suite struct EditSnapshotTests {
  @Test func noteEditorOpen() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 3, width: 80, height: 24)
    d.press(.character("e"), .home)
    for _ in 0..<5 { d.press(.right) }
    assertSnapshot(d.grid(), named: "edit-note-80x24")
  }

  @Test func carryOverPreview() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0, width: 100, height: 30)
    d.press(.character("x"), .character("C"), .enter)
    assertSnapshot(d.grid(), named: "edit-carry-over-100x30")
  }

  @Test func saveFailedAndAConflictOnTheStatusLine() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4, width: 100, height: 24)
    d.press(.character("d"))
    let saves = d.landSaves()
    d.receive(.saveFailed(.write(path: "r.json", step: .write, system: SystemError(EACCES)), pending: saves[0]))
    assertSnapshot(d.grid(), named: "edit-save-failed-100x24")
    d.receive(.conflicts([Conflict(mine: saves[0][0], theirs: .status(.pending))]))
    assertSnapshot(d.grid(), named: "edit-conflict-100x24")
  }
}
