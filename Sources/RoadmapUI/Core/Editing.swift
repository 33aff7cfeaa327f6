import RoadmapKit

/// Edits: each user action becomes one group of changes, applied to the roadmap at once,
/// recorded for undo, and handed to the session as one save.
extension DashboardState {
  /// The activity the cursor is on: the activity screen's, or the selected list row's.
  var editTarget: ActivityLocation? {
    if let s = search, s.isEditing {
      return s.hits.indices.contains(s.current) ? s.hits[s.current] : nil
    }
    switch current.screen {
    case .activity(let l): return l
    case .project(let d, let p):
      let rows = projectRows(d, p)
      return rows.indices.contains(current.selection) ? rows[current.selection] : nil
    case .agency(let i):
      let rows = agencyRows(i)
      return rows.indices.contains(current.selection) ? rows[current.selection] : nil
    default: return nil
    }
  }

  /// The activities a status key applies to: every marked row on a list, else the target.
  var statusTargets: [ActivityLocation] {
    if !onActivityScreen && !edit.marks.isEmpty && search?.isEditing != true {
      return edit.marks.compactMap { roadmap.activityIndex[$0] }.sorted()
    }
    return editTarget.map { [$0] } ?? []
  }

  /// Does what an editing key asks.
  mutating func performEdit(_ action: Action, key: Key) {
    if edit.promptContext != nil {
      performInPrompt(action)
      return
    }
    let edits: Set<Action> = [
      .cycleStatus, .setDone, .setInProgress, .setPending, .editNote, .editDue, .editOwner,
      .carryOver, .undo, .redo, .retrySave,
    ]
    if readOnly && edits.contains(action) {
      edit.notice = Notice(.readOnlyRefused, kind: .warning)
      return
    }
    switch action {
    case .cycleStatus, .setDone, .setInProgress, .setPending: setStatus(action)
    case .toggleMark: toggleMark()
    case .undo: undoLast()
    case .redo: redoLast()
    case .retrySave: retrySave()
    case .editNote, .editDue: openFieldEditor(action == .editNote ? .note : .due)
    case .editOwner: openOwnerPicker()
    case .carryOver:
      edit.prompt = .line(.carryOverYear, LineEditor(String(roadmap.asOf.year)))
    case .saveElsewhere: edit.prompt = .line(.savePath, LineEditor())
    case .focusResults: search?.resultsFocused.toggle()
    default: break
    }
  }

  /// d / i / p / Space: one status for every target; Space takes the next of the cursor's.
  mutating func setStatus(_ action: Action) {
    let targets = statusTargets
    guard let first = targets.first else {
      edit.notice = Notice(.noActivity, kind: .warning)
      return
    }
    let status: Status
    switch action {
    case .setDone: status = .done
    case .setInProgress: status = .inProgress
    case .setPending: status = .pending
    default: status = roadmap[editTarget ?? first].status.next
    }
    let bulk = !onActivityScreen && !edit.marks.isEmpty
    commit(targets.map { change(roadmap[$0], .status, to: .status(status)) })
    if bulk {
      edit.notice = Notice(.statusSetFor, [Formatting.count(targets.count, language)])
      edit.marks = []
    }
  }

  /// x / v: marks or unmarks the selected row and steps to the next, for quick marking.
  mutating func toggleMark() {
    guard !onActivityScreen, let l = editTarget else { return }
    let id = roadmap[l].id
    if edit.marks.remove(id) == nil { edit.marks.insert(id) }
    current.selection = min(current.selection + 1, max(0, rowCount() - 1))
  }

  /// Whether the activity screen is shown (where marks do not apply).
  var onActivityScreen: Bool {
    if search?.isEditing == true { return false }
    if case .activity = current.screen { return true }
    return false
  }

  /// A change of one field of an activity from its current value.
  func change(_ a: Activity, _ field: ActivityField, to value: FieldValue?) -> ActivityChange {
    ActivityChange(id: a.id, field: field, old: a.value(of: field), new: value)
  }

  /// Applies one user action's changes, records them for undo and asks for them to be saved.
  ///
  /// Changes that set a field to what it already is are left out; an action that changes
  /// nothing is not an undo step and writes nothing.
  mutating func commit(_ changes: [ActivityChange]) {
    let effective = applyChanges(changes.filter { $0.old != $0.new })
    guard !effective.isEmpty else {
      edit.notice = Notice(.nothingChanged)
      return
    }
    edit.undo.append(effective)
    edit.redo = []
    save(effective)
  }

  /// u: undoes the last group, newest change first, and saves the inverses.
  mutating func undoLast() {
    guard let group = edit.undo.popLast() else {
      edit.notice = Notice(.nothingToUndo)
      return
    }
    // A field someone else changed since is theirs now: undo leaves it alone.
    let still = group.filter { roadmap.activity(id: $0.id)?.value(of: $0.field) == $0.new }
    let applied = applyChanges(still.reversed().map(\.inverse))
    edit.redo.append(still)
    save(applied)
    edit.notice = Notice(.undone, [Formatting.count(applied.count, language)])
  }

  /// Ctrl-R: does again the last group undone.
  mutating func redoLast() {
    guard let group = edit.redo.popLast() else {
      edit.notice = Notice(.nothingToRedo)
      return
    }
    let still = group.filter { roadmap.activity(id: $0.id)?.value(of: $0.field) == $0.old }
    let applied = applyChanges(still)
    edit.undo.append(still)
    save(applied)
    edit.notice = Notice(.redone, [Formatting.count(applied.count, language)])
  }

  /// r: sends again every change whose save failed.
  mutating func retrySave() {
    guard !edit.unsaved.isEmpty else {
      edit.notice = Notice(.nothingChanged)
      return
    }
    save([])
  }

  /// Asks the session to save `changes`, with any earlier ones whose save failed.
  ///
  /// The roadmap sent already holds the failed changes too; sending them again keeps the
  /// file, its history and the roadmap in step whichever way the store writes.
  mutating func save(_ changes: [ActivityChange]) {
    let all = edit.unsaved + changes
    guard !all.isEmpty else { return }
    edit.unsaved = []
    edit.inFlight.append(all)
    edit.effects.append(.save(all, current: roadmap, overrideConflicts: false))
  }

  /// Applies changes to the roadmap and keeps the digest and the screen in step.
  ///
  /// Returns the changes applied; one whose activity is gone (removed on disk since) is
  /// left out.
  @discardableResult
  mutating func applyChanges(_ changes: [ActivityChange]) -> [ActivityChange] {
    let ownersBefore = digest.owners.map(\.owner)
    var applied: [ActivityChange] = []
    for c in changes {
      guard let loc = roadmap.activityIndex[c.id] else { continue }
      let before = roadmap[loc]
      do { try roadmap.apply(c) } catch { continue }
      digest.update(at: loc, from: before, to: roadmap[loc], today: today)
      applied.append(c)
    }
    if digest.owners.map(\.owner) != ownersBefore { followOwners(previous: ownersBefore) }
    if !onActivityScreen && search?.isEditing != true {
      current.selection = max(0, min(current.selection, rowCount() - 1))
    }
    return applied
  }

  /// After the owners' order changed, points the agency screens and filter at the same owners.
  mutating func followOwners(previous: [LocalizedText?]) {
    func index(_ i: Int) -> Int? {
      guard i < previous.count else { return nil }
      return digest.owners.firstIndex { $0.owner == previous[i] }
    }
    if let o = ownerFilter { ownerFilter = index(o) }
    for k in stack.indices {
      switch stack[k].screen {
      case .agencies:
        stack[k].selection =
          index(stack[k].selection) ?? min(stack[k].selection, digest.owners.count - 1)
      case .agency(let i):
        if let j = index(i) {
          stack[k].screen = .agency(j)
          if k > 0, stack[k - 1].screen == .agencies { stack[k - 1].selection = j }
        } else {
          stack.removeSubrange(k...)
          return
        }
      default: break
      }
    }
  }
}
