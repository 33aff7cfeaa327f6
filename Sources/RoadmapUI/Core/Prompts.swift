import RoadmapKit

/// The editors and questions of editing: note, due date, owner, path, carry-over, conflicts.
extension DashboardState {
  /// e / D: a line editor holding the field's current text.
  ///
  /// A translated note is edited in the interface language; its other translations stay.
  mutating func openFieldEditor(_ field: ActivityField) {
    guard let l = editTarget else {
      edit.notice = Notice(.noActivity, kind: .warning)
      return
    }
    let a = roadmap[l]
    if field == .due {
      edit.prompt = .line(.due(a.id), LineEditor(a.due?.description ?? ""))
    } else {
      edit.prompt = .line(.note(a.id), LineEditor(a.note.map(noteText) ?? ""))
    }
  }

  /// The part of a note edited in the current language: the plain text or its translation.
  func noteText(_ note: LocalizedText) -> String {
    note.isPlain
      ? note.resolved() : note.translations.first { $0.language == language.rawValue }?.text ?? ""
  }

  /// The note after editing the current language's part to `text`; nil removes it.
  func editedNote(_ old: LocalizedText?, _ text: String) -> LocalizedText? {
    guard let old, !old.isPlain else { return text.isEmpty ? nil : LocalizedText(text) }
    var t = old.translations
    if let i = t.firstIndex(where: { $0.language == language.rawValue }) {
      if text.isEmpty { t.remove(at: i) } else { t[i].text = text }
    } else if !text.isEmpty {
      t.append(.init(language: language.rawValue, text: text))
    }
    return t.isEmpty ? nil : LocalizedText(translations: t)
  }

  /// O: the owners already in the file, to set the target's (or the marked rows') owner.
  mutating func openOwnerPicker() {
    let ids = statusTargets.map { roadmap[$0].id }
    guard !ids.isEmpty else {
      edit.notice = Notice(.noActivity, kind: .warning)
      return
    }
    var choice = OwnerChoice(ids: ids, owners: roadmap.owners)
    if let current = roadmap.activity(id: ids[0])?.owner {
      choice.selection = choice.owners.firstIndex(of: current) ?? 0
    }
    edit.prompt = .owner(choice)
  }

  /// Keys of an open prompt: confirm, cancel, the line editor's moves.
  mutating func performInPrompt(_ action: Action) {
    switch edit.prompt {
    case .line(let purpose, var editor):
      switch action {
      case .confirm: confirmLine(purpose, editor.text.trimmingSpaces)
      case .cancelPrompt: closePrompt()
      default:
        editLine(&editor, action)
        editor.keepCursorVisible(width: lineBoxWidth(purpose))
        edit.prompt = .line(purpose, editor)
      }
    case .owner(var choice):
      switch action {
      case .confirm:
        let matches = choice.matches
        closePrompt()
        guard matches.indices.contains(choice.selection) else { return }
        let owner = FieldValue.text(matches[choice.selection])
        commit(
          choice.ids.compactMap { roadmap.activity(id: $0) }.map { change($0, .owner, to: owner) })
        edit.marks = []
      case .cancelPrompt: closePrompt()
      default:
        editLine(&choice.filter, action)
        choice.selection = 0
        edit.prompt = .owner(choice)
      }
    case .carryOver(_, let items, _):
      closePrompt()
      guard action == .confirm else { return }
      commit(
        items.compactMap { item in
          roadmap.activity(id: item.id).map { change($0, .due, to: .day(item.new)) }
        })
      edit.notice = Notice(.carryOverDone, [Formatting.count(items.count, language)])
    case .conflict: answerConflict(keepMine: action == .keepMine)
    case nil: break
    }
  }

  /// The line editor's own keys.
  func editLine(_ editor: inout LineEditor, _ action: Action) {
    switch action {
    case .cursorLeft: editor.moveLeft()
    case .cursorRight: editor.moveRight()
    case .cursorHome: editor.moveHome()
    case .cursorEnd: editor.moveEnd()
    case .deleteBackward: editor.deleteBackward()
    case .deleteForward: editor.deleteForward()
    default: break
    }
  }

  /// A character typed while a prompt with text is open.
  mutating func typeIntoPrompt(_ c: Character) {
    switch edit.prompt {
    case .line(let purpose, var editor):
      editor.insert(c)
      editor.keepCursorVisible(width: lineBoxWidth(purpose))
      edit.prompt = .line(purpose, editor)
    case .owner(var choice):
      choice.filter.insert(c)
      choice.selection = 0
      edit.prompt = .owner(choice)
    default: break
    }
  }

  /// Up and down in the owner picker and the carry-over list; false when no prompt takes them.
  mutating func movePrompt(by delta: Int) -> Bool {
    switch edit.prompt {
    case .owner(var choice):
      choice.selection = max(0, min(choice.matches.count - 1, choice.selection &+ delta))
      edit.prompt = .owner(choice)
    case .carryOver(let year, let items, let scroll):
      edit.prompt = .carryOver(
        year: year, items: items, scroll: max(0, min(items.count - 1, scroll &+ delta)))
    case nil: return false
    default: break
    }
    return true
  }

  /// Enter in a line editor: the value is checked; a wrong one keeps the editor open.
  mutating func confirmLine(_ purpose: LinePurpose, _ text: String) {
    switch purpose {
    case .note(let id):
      closePrompt()
      guard let a = roadmap.activity(id: id) else { return }
      commit([change(a, .note, to: editedNote(a.note, text).map(FieldValue.text))])
    case .due(let id):
      let day = Day(text)
      guard text.isEmpty || day != nil else {
        edit.notice = Notice(.invalidDate, kind: .warning)
        return
      }
      closePrompt()
      guard let a = roadmap.activity(id: id) else { return }
      commit([change(a, .due, to: day.map(FieldValue.day))])
    case .savePath:
      closePrompt()
      guard !text.isEmpty else { return }
      edit.effects.append(.saveCopy(roadmap, path: text))
    case .carryOverYear:
      guard let year = Int(text), (1...9998).contains(year) else {
        edit.notice = Notice(.invalidYear, kind: .warning)
        return
      }
      closePrompt()
      let items = carryOverItems(year: year)
      if items.isEmpty {
        edit.notice = Notice(.carryOverNone, [String(year)])
      } else {
        edit.prompt = .carryOver(year: year, items: items, scroll: 0)
      }
    }
  }

  /// Every activity not done whose due date falls in `year`, with the same day next year.
  func carryOverItems(year: Int) -> [CarryOverItem] {
    roadmap.allActivities.compactMap { _, a in
      guard a.status != .done, let due = a.due, due.year == year else { return nil }
      return CarryOverItem(id: a.id, old: due, new: due.nextYear)
    }
  }

  /// Closes the prompt; a conflict still waiting is asked next.
  mutating func closePrompt() {
    edit.prompt = edit.conflicts.isEmpty ? nil : .conflict
  }
}

extension String {
  /// The text without spaces at either end (a pasted date often has one).
  var trimmingSpaces: String {
    var s = Substring(self)
    while s.first?.isWhitespace == true { s.removeFirst() }
    while s.last?.isWhitespace == true { s.removeLast() }
    return String(s)
  }
}
