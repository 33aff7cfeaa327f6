import RoadmapKit

/// The editors and questions of editing: note, due date, owner, path, carry-over, conflicts.
extension DashboardState {
  /// e / D: a line editor holding the field's current text, for the cursor's activity
  /// or for every marked row (its label says how many).
  ///
  /// A translated note is edited in the interface language; its other translations stay.
  /// The values at this moment are kept: someone else's save of the same field before
  /// Enter ends in the keep-mine / keep-theirs question, never silently overwritten.
  mutating func openFieldEditor(_ field: Field) {
    let targets = editTargets
    guard let l = targets.first else {
      edit.notice = Notice(.noActivity, kind: .warning)
      return
    }
    let ids = targets.map { roadmap[$0].id }
    edit.editorBase = Dictionary(
      uniqueKeysWithValues: targets.map { (roadmap[$0].id, roadmap[$0].value(of: field)) })
    let a = roadmap[l]
    if field == .due {
      edit.prompt = .line(.due(ids), LineEditor(a.due?.description ?? ""))
    } else {
      edit.prompt = .line(.note(ids), LineEditor(a.note.map(noteText) ?? ""))
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
    let ids = editTargets.map { roadmap[$0].id }
    guard !ids.isEmpty else {
      edit.notice = Notice(.noActivity, kind: .warning)
      return
    }
    edit.editorBase = Dictionary(
      uniqueKeysWithValues: ids.map { ($0, roadmap.activity(id: $0)?.owner.map(FieldValue.text)) })
    var choice = OwnerChoice(ids: ids, owners: roadmap.owners)
    if let current = roadmap.activity(id: ids[0])?.owner {
      choice.selection = choice.owners.firstIndex(of: current) ?? 0
    }
    edit.prompt = .owner(choice)
  }

  /// Keys of an open prompt: confirm, cancel, the line editor's moves, the questions.
  mutating func performInPrompt(_ action: Action) -> [Effect] {
    switch edit.prompt {
    case .line(let purpose, var editor):
      switch action {
      case .confirm: return confirmLine(purpose, editor.text.trimmingSpaces)
      case .cancelPrompt:
        if purpose == .savePath { edit.quitAfterCopy = false }
        dismissPrompt()
      default:
        editLine(&editor, action)
        editor.keepCursorVisible(width: lineBoxWidth(purpose))
        edit.prompt = .line(purpose, editor)
      }
    case .owner(var choice):
      switch action {
      case .confirm:
        if choice.draft != nil {
          chooseNewActivityOwner(choice)
          return []
        }
        let matches = choice.matches
        closePrompt()
        guard matches.indices.contains(choice.selection) else { return [] }
        let owner = FieldValue.text(matches[choice.selection])
        clearMarks()
        return commitEdited(.owner, ids: choice.ids) { _ in owner }
      case .cancelPrompt: dismissPrompt()
      default:
        editLine(&choice.filter, action)
        choice.selection = 0
        edit.prompt = .owner(choice)
      }
    case .carryOver(_, let items, _):
      closePrompt()
      guard action == .confirm else { return [] }
      let effects = commit(
        items.compactMap { item in
          roadmap.activity(id: item.id).map { change($0, .due, to: .day(item.new)) }
        })
      edit.notice = Notice(.carryOverDone, count: items.count)
      return effects
    case .bulkStatus(let status, let ids):
      closePrompt()
      guard action == .confirm else { return [] }
      return confirmBulkStatus(status, ids: ids)
    case .quit:
      return answerQuit(action)
    case .recovery(let found):
      return answerRecovery(found, action)
    case .conflict: return answerConflict(keepMine: action == .keepMine)
    case .form(var form):
      switch action {
      case .confirm: return confirmForm(form)
      case .cancelPrompt: dismissPrompt()
      case .nextField, .previousField:
        stepField(&form, forward: action == .nextField)
        edit.prompt = .form(form)
      default:
        editLine(&form.fields[form.focus].editor, action)
        form.fields[form.focus].editor.keepCursorVisible(width: formBoxWidth(form))
        edit.prompt = .form(form)
      }
    case .projects(var choice):
      switch action {
      case .confirm: return moveActivity(choice)
      case .cancelPrompt: dismissPrompt()
      default:
        editLine(&choice.filter, action)
        choice.selection = 0
        edit.prompt = .projects(choice)
      }
    case .remove(let id):
      closePrompt()
      guard action == .confirm else { return [] }
      return removeActivity(id)
    case nil: break
    }
    return []
  }

  /// Commits the field an editor was open on, for each of `ids`, with the value `value`
  /// gives from the activity's current one.
  ///
  /// Where the value is no longer what it was when the editor opened (someone else's save
  /// came in meanwhile), nothing is written for that activity: the conflict question
  /// shows both values and the user chooses.
  mutating func commitEdited(
    _ field: Field, ids: [String], value: (Activity) -> FieldValue?
  ) -> [Effect] {
    let fields = ids.compactMap { id in
      roadmap.activity(id: id).map { a in
        EditedField(
          id: id, field: field, base: edit.editorBase[id] ?? a.value(of: field), mine: value(a))
      }
    }
    return commitEdited(fields)
  }

  /// Commits the fields an editor or form was open on, of any thing, each against the
  /// value it had when the editor opened: one changed meanwhile by someone else, to
  /// another value than ours, is asked about instead of written.
  mutating func commitEdited(_ fields: [EditedField]) -> [Effect] {
    var changes: [Change] = []
    for f in fields {
      guard case .some(let now) = roadmap.value(of: f.field, id: f.id) else { continue }
      if f.base != now, f.mine != now {
        edit.conflicts.append(
          Conflict(mine: Change(id: f.id, field: f.field, old: f.base, new: f.mine), theirs: now))
        continue
      }
      changes.append(Change(id: f.id, field: f.field, old: now, new: f.mine))
    }
    edit.editorBase = [:]
    let effects = changes.isEmpty ? [] : commit(changes)
    if edit.prompt == nil, !edit.conflicts.isEmpty { edit.prompt = .conflict }
    return effects
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
    case .form(var form):
      form.fields[form.focus].editor.insert(c)
      form.fields[form.focus].editor.keepCursorVisible(width: formBoxWidth(form))
      edit.prompt = .form(form)
    case .projects(var choice):
      choice.filter.insert(c)
      choice.selection = 0
      edit.prompt = .projects(choice)
    default: break
    }
  }

  /// Up and down in the owner picker and the carry-over list; false when no prompt takes them.
  mutating func movePrompt(by delta: Int) -> Bool {
    switch edit.prompt {
    case .owner(var choice):
      choice.selection = max(0, min(choice.rowCount - 1, choice.selection &+ delta))
      edit.prompt = .owner(choice)
    case .projects(var choice):
      choice.selection = max(0, min(choice.matches.count - 1, choice.selection &+ delta))
      edit.prompt = .projects(choice)
    case .carryOver(let year, let items, let scroll):
      edit.prompt = .carryOver(
        year: year, items: items, scroll: max(0, min(items.count - 1, scroll &+ delta)))
    case nil: return false
    default: break
    }
    return true
  }

  /// Enter in a line editor: the value is checked; a wrong one keeps the editor open.
  mutating func confirmLine(_ purpose: LinePurpose, _ text: String) -> [Effect] {
    switch purpose {
    case .note(let ids):
      closePrompt()
      clearMarks()
      let me = self
      return commitEdited(.note, ids: ids) { a in me.editedNote(a.note, text).map(FieldValue.text) }
    case .due(let ids):
      let day = Day(text)
      guard text.isEmpty || day != nil else {
        edit.notice = Notice(.invalidDate, kind: .warning)
        return []
      }
      closePrompt()
      clearMarks()
      return commitEdited(.due, ids: ids) { _ in day.map(FieldValue.day) }
    case .savePath:
      closePrompt()
      guard !text.isEmpty else {
        edit.quitAfterCopy = false
        return []
      }
      return [.saveCopy(roadmap, path: text)]
    case .newActivityTitle(let project): confirmNewActivityTitle(project: project, text)
    case .newActivityDue(let draft): return addActivity(draft, due: text)
    case .newProjectTitle(let direction): return addProject(direction: direction, text)
    case .carryOverYear:
      guard let year = Int(text), (1...9998).contains(year) else {
        edit.notice = Notice(.invalidYear, kind: .warning)
        return []
      }
      closePrompt()
      let items = carryOverItems(year: year)
      if items.isEmpty {
        edit.notice = Notice(.carryOverNone, [String(year)])
      } else {
        edit.prompt = .carryOver(year: year, items: items, scroll: 0)
      }
    }
    return []
  }

  /// Every activity not done whose due date falls in `year`, with the same day next year.
  func carryOverItems(year: Int) -> [CarryOverItem] {
    roadmap.carryOver(year: year).compactMap { c in
      guard case .day(let old)? = c.old, case .day(let new)? = c.new else { return nil }
      return CarryOverItem(id: c.id, old: old, new: new)
    }
  }

  /// Closes the prompt; a conflict still waiting is asked next.
  mutating func closePrompt() {
    edit.prompt = edit.conflicts.isEmpty ? nil : .conflict
  }

  /// Closes an editor or form left with Esc, and with it the refusal it showed (a bad
  /// date, an empty title): that was about the value typed, which Esc threw away.
  mutating func dismissPrompt() {
    if edit.notice?.kind == .warning { edit.notice = nil }
    closePrompt()
  }
}

/// One field an editor sets: the thing and field, the value it had when the editor
/// opened, and the value the user gave.
struct EditedField {
  var id: String
  var field: Field
  var base: FieldValue?
  var mine: FieldValue?
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
