import RoadmapKit

/// Edits: each user action becomes one group of changes, applied to the roadmap at once,
/// recorded for undo, and handed to the session as one save.
extension DashboardState {
  /// The activity the cursor is on: the activity screen's, or the selected list row's.
  var editTarget: ActivityLocation? {
    if let s = search, s.isEditing {
      return s.hits.indices.contains(s.current) ? s.hits[s.current].location : nil
    }
    let rows: [ActivityLocation]
    switch current.screen {
    case .activity(let l): return l
    case .project(let d, let p):
      // On an indicator row no activity is under the cursor.
      if indicatorFocus != nil { return nil }
      rows = projectRows(d, p)
    case .agency(let a): rows = agencyRows(a)
    default: return nil
    }
    return rows.indices.contains(current.selection) ? rows[current.selection] : nil
  }

  /// Whether marks apply here: a list, not the activity screen or the search being typed.
  var marksApply: Bool { !onActivityScreen && search?.isEditing != true && !edit.marks.isEmpty }

  /// The activities an editing key applies to: every marked row on a list, else the target.
  var editTargets: [ActivityLocation] {
    if marksApply { return edit.marks.compactMap { roadmap.activityIndex[$0] }.sorted() }
    return editTarget.map { [$0] } ?? []
  }

  /// The list the cursor is in now, to which marks made now belong.
  var markScope: MarkScope {
    MarkScope(
      screen: search?.isEditing == true ? .overview : current.screen, statusFilter: statusFilter,
      ownerFilter: ownerFilter, overdueFilter: overdueFilter)
  }

  /// Marks made in another list than the one shown are dropped, and the status line says so.
  mutating func dropMarksOfOtherLists() {
    guard !edit.marks.isEmpty, edit.markScope != markScope || search?.isEditing == true else {
      return
    }
    let n = edit.marks.count
    edit.marks = []
    edit.markScope = nil
    edit.notice = Notice(.marksCleared, count: n)
  }

  /// Does what an editing key asks; returns the effects (saves) it needs.
  mutating func performEdit(_ action: Action, key: Key) -> [Effect] {
    if edit.promptContext != nil { return performInPrompt(action) }
    switch action {
    case .cycleStatus, .setDone, .setInProgress, .setPending: return setStatus(action)
    case .toggleMark: toggleMark()
    case .undo: return undoLast()
    case .redo: return redoLast()
    case .retrySave: return save([])
    case .editNote, .editDue: openFieldEditor(action == .editNote ? .note : .due)
    case .editOwner: openOwnerPicker()
    case .carryOver:
      edit.prompt = .line(.carryOverYear, LineEditor(String(roadmap.asOf.year)))
    case .saveElsewhere: edit.prompt = .line(.savePath, LineEditor())
    case .focusResults: search?.resultsFocused.toggle()
    case .editFigures: openFigureEditor()
    case .editTitle: openTitleEditor()
    case .recordMeeting: openMeetingForm()
    case .addActivity: openNewActivity()
    case .addProject: openNewProject()
    case .removeActivity: askRemove()
    case .moveActivity: openProjectPicker()
    default: break
    }
    return []
  }

  /// d / i / p / Space: one status for every target; Space takes the next of the cursor's.
  ///
  /// With rows marked, the question says how many will change before anything does.
  mutating func setStatus(_ action: Action) -> [Effect] {
    let targets = editTargets
    guard let first = targets.first else {
      edit.notice = Notice(.noActivity, kind: .warning)
      return []
    }
    let status: Status
    switch action {
    case .setDone: status = .done
    case .setInProgress: status = .inProgress
    case .setPending: status = .pending
    default: status = roadmap[editTarget ?? first].status.next
    }
    if marksApply {
      edit.prompt = .bulkStatus(status, ids: targets.map { roadmap[$0].id })
      return []
    }
    return commit(targets.map { change(roadmap[$0], .status, to: .status(status)) })
  }

  /// y on the question of a status key over marked rows: all of them change, marks go.
  mutating func confirmBulkStatus(_ status: Status, ids: [String]) -> [Effect] {
    let changes = ids.compactMap { roadmap.activity(id: $0) }
      .map { change($0, .status, to: .status(status)) }.filter { $0.old != $0.new }
    let effects = commit(changes)
    // Rows that already had the status are not counted: the line says what changed.
    if !changes.isEmpty {
      edit.notice = Notice(.statusSetFor, count: changes.count)
    }
    clearMarks()
    return effects
  }

  /// Forgets the marks after they were used.
  mutating func clearMarks() {
    edit.marks = []
    edit.markScope = nil
  }

  /// x / v: marks or unmarks the selected row and steps to the next, for quick marking.
  mutating func toggleMark() {
    guard !onActivityScreen, let l = editTarget else { return }
    let id = roadmap[l].id
    edit.markScope = markScope
    if edit.marks.remove(id) == nil { edit.marks.insert(id) }
    if edit.marks.isEmpty { edit.markScope = nil }
    current.selection = min(current.selection + 1, max(0, rowCount() - 1))
  }

  /// Whether the activity screen is shown (where marks do not apply).
  var onActivityScreen: Bool {
    if search?.isEditing == true { return false }
    if case .activity = current.screen { return true }
    return false
  }

  /// A change of one field of anything from its current value; nil when there is no
  /// such thing or field.
  func change(_ id: String, _ field: Field, to value: FieldValue?) -> Change? {
    guard case .some(let old) = roadmap.value(of: field, id: id) else { return nil }
    return Change(id: id, field: field, old: old, new: value)
  }

  /// A change of one field of an activity from its current value.
  func change(_ a: Activity, _ field: Field, to value: FieldValue?) -> Change {
    Change(id: a.id, field: field, old: a.value(of: field), new: value)
  }

  /// Applies one user action's changes, records them for undo and asks for them to be saved.
  ///
  /// Changes that set a field to what it already is are left out; an action that changes
  /// nothing is not an undo step and writes nothing.
  mutating func commit(_ changes: [Change]) -> [Effect] {
    let effective = applyChanges(changes.filter { $0.old != $0.new })
    guard !effective.isEmpty else {
      edit.notice = Notice(.nothingChanged)
      return []
    }
    return commitApplied(effective)
  }

  /// Records changes already applied as one undo step and asks for them to be saved.
  mutating func commitApplied(_ applied: [Change]) -> [Effect] {
    edit.undo.append(applied)
    edit.redo = []
    return save(applied)
  }

  /// u: undoes the last group, newest change first, and saves the inverses.
  ///
  /// The status line says what was undone until the next key, whatever a save reports.
  mutating func undoLast() -> [Effect] {
    guard let group = edit.undo.popLast() else {
      edit.notice = Notice(.nothingToUndo)
      return []
    }
    // A field someone else changed since is theirs now: undo leaves it alone. Each is
    // looked at just before it is undone: an activity added and then edited in one step
    // is the same again once the edit is undone.
    var applied: [Change] = []
    var still: [Change] = []
    for c in group.reversed() where roadmap.value(of: c.field, id: c.id) == .some(c.new) {
      let done = applyChanges([c.inverse])
      applied += done
      if !done.isEmpty { still.insert(c, at: 0) }
    }
    edit.redo.append(still)
    let effects = save(applied)
    edit.notice = describe(applied, one: .undoneOne, many: .undone)
    edit.noticeHeld = true
    return effects
  }

  /// Ctrl-R: does again the last group undone.
  mutating func redoLast() -> [Effect] {
    guard let group = edit.redo.popLast() else {
      edit.notice = Notice(.nothingToRedo)
      return []
    }
    var still: [Change] = []
    for c in group where roadmap.value(of: c.field, id: c.id) == .some(c.old) {
      still += applyChanges([c])
    }
    let applied = still
    edit.undo.append(still)
    let effects = save(applied)
    edit.notice = describe(applied, one: .redoneOne, many: .redone)
    edit.noticeHeld = true
    return effects
  }

  /// What an undo or redo did: the one change in full, or how many.
  func describe(_ changes: [Change], one: Message, many: Message) -> Notice {
    guard changes.count == 1, let c = changes.first else {
      return Notice(many, count: changes.count)
    }
    return Notice(one, [c.id, Formatting.inRunningText(painter.word(fieldName(c.field))), valueText(c.old), valueText(c.new)])
  }

  /// Asks for `changes` to be saved, with any earlier ones whose save failed.
  ///
  /// One save is under way at a time: while it runs, new changes queue behind it and go
  /// when it lands, starting from the bytes it wrote. The roadmap sent already holds
  /// the failed changes too; sending them again keeps file, history and roadmap in step.
  mutating func save(_ changes: [Change]) -> [Effect] {
    if !edit.inFlight.isEmpty {
      edit.queued += changes
      return []
    }
    let all = edit.unsaved + edit.queued + changes
    guard !all.isEmpty else {
      if changes.isEmpty { edit.notice = Notice(.nothingChanged) }
      return []
    }
    edit.unsaved = []
    edit.queued = []
    edit.inFlight = all
    return [.save(all, current: roadmap, overrideConflicts: false)]
  }

  /// Applies changes to the roadmap and keeps the digest and the screen in step.
  ///
  /// Returns the changes applied; one whose activity is gone (removed on disk since) is
  /// left out.
  @discardableResult
  mutating func applyChanges(_ changes: [Change]) -> [Change] {
    let agencies = selectedAgencies()
    var applied: [Change] = []
    var reshaped = false
    let open = openActivities()
    // Titles edited and nothing else reshaped: the search index is kept and rewritten
    // where they are, not built again.
    var keptIndexing: SearchIndexing? = searchIndexing
    var retitled: [String] = []
    for c in changes {
      // An activity's status, owner, due date or note: the digest follows by itself.
      if let loc = roadmap.activityIndex[c.id], Field.activityMembers.contains(c.field), c.field != .title {
        let before = roadmap[loc]
        do { try roadmap.apply(c) } catch { continue }
        digest.update(at: loc, from: before, to: roadmap[loc], today: today)
        applied.append(c)
        continue
      }
      // Anything else (a title, a figure, the as-of day, an activity added, removed or
      // moved) may change what every list holds: the screens are found again after it.
      do { try roadmap.apply(c) } catch { continue }
      reshaped = true
      applied.append(c)
      if c.field == .title { retitled.append(c.id) } else { keptIndexing = nil }
    }
    if reshaped { followReshapedRoadmap(open) }
    if reshaped, keptIndexing?.index != nil {
      searchIndexing = keptIndexing!
      keptIndexing = nil
      retitle(retitled)
      // The hits just looked for waited for an index: there is one again.
      if search != nil { refreshHits(narrowing: false) }
    }
    followAgencies(agencies)
    if !onActivityScreen && search?.isEditing != true {
      current.selection = max(0, min(current.selection, rowCount() - 1))
    }
    return applied
  }

  /// The agency selected on each agencies list of the stack, to find again after a re-sort.
  func selectedAgencies() -> [Int: Agency] {
    var out: [Int: Agency] = [:]
    for (k, level) in stack.enumerated() where level.screen == .agencies {
      let list = agencyList()
      if list.indices.contains(level.selection) {
        out[k] = Agency(digest.owners[list[level.selection]].owner)
      }
    }
    return out
  }

  /// Puts each agencies list back on the agency it had selected; an agency screen whose
  /// agency has no activities left is closed.
  mutating func followAgencies(_ selected: [Int: Agency]) {
    for (k, agency) in selected where k < stack.count {
      if let row = agencyRow(agency) { stack[k].selection = row }
    }
    let gone = stack.firstIndex { level in
      if case .agency(let a) = level.screen { return agencyIndex(a) == nil }
      return false
    }
    if let k = gone {
      stack.removeSubrange(k...)
      if stack.isEmpty { stack = [Level(.overview)] }
    }
  }
}
