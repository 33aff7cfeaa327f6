import RoadmapKit

/// What the effects report back: saves, failures, others' changes, conflicts, history.
extension DashboardState {
  /// Takes the result of an effect; returns the effects it leads to (the next save of
  /// the edits queued behind the one that landed, a fresh history, quitting).
  mutating func receive(_ msg: Msg) -> [Effect] {
    var effects: [Effect] = []
    switch msg {
    case .saved(let loaded, _, let merged):
      edit.inFlight = []
      edit.lockHolder = nil
      if merged {
        reloadKeepingPlace(withPending(loaded.roadmap))
      } else {
        // The file now holds exactly what was sent: only the bytes are new, so the
        // digest stays as it is and no full walk is needed.
        roadmap = withPending(loaded.roadmap)
      }
      say(Notice(merged ? .statusSavedMerged : .statusSaved))
      // Edits made meanwhile go now, from the bytes this save wrote.
      if !edit.queued.isEmpty { effects += save([]) }
      if edit.quitWhenSaved, edit.pending.isEmpty {
        effects.append(.quit(status: 0))
      } else if wantsHistory {
        effects.append(.loadHistory)
      }
    case .saveFailed(let reason, let pending):
      saveDidNotLand(pending, Notice(.saveFailed, kind: .error, reason: .save(reason)))
    case .saveStopped(let pending):
      saveDidNotLand(pending, Notice(.saveStopped, kind: .warning))
    case .lockWaiting(let holder):
      edit.lockHolder = holder
    case .conflicts(let list):
      edit.conflicts += list
      if edit.prompt == nil, !edit.conflicts.isEmpty { edit.prompt = .conflict }
    case .synced(let state, let list):
      edit.sync = state
      // Each sync lists every conflict still in the file: only new ones are asked.
      let asked = Set(edit.conflicts.filter(\.fromSync).map { "\($0.mine.id)\u{0}\($0.mine.field.rawValue)" })
      edit.conflicts += list.filter { !asked.contains("\($0.mine.id)\u{0}\($0.mine.field.rawValue)") }
      if edit.prompt == nil, !edit.conflicts.isEmpty { edit.prompt = .conflict }
    case .reloaded(let loaded, let changedIDs):
      reloadKeepingPlace(withPending(loaded.roadmap))
      // Slides shown over the dashboard follow the file too, on the slide they were on.
      presentation?.replaceRoadmap(loaded)
      edit.diskProblem = nil
      for id in changedIDs { edit.flashes[id] = EditState.flashTicks }
      if !changedIDs.isEmpty {
        say(Notice(.reloadedCount, count: changedIDs.count))
      }
      if wantsHistory { effects.append(.loadHistory) }
    case .invalidOnDisk(let problems):
      edit.diskProblem = problems.first
      say(Notice(.invalidOnDisk, kind: .warning, reason: problems.first.map(Notice.Reason.problem)))
    case .copySaved(let path):
      say(Notice(.copySaved, [path]))
      if edit.quitAfterCopy { effects.append(.quit(status: 0)) }
    case .history(let entries):
      edit.history = Dictionary(grouping: entries, by: \.id)
      edit.historyLoaded = true
      edit.changedSinceMeeting = roadmap.lastMeeting.map {
        ChangeSummary.changedIDs(entries, since: $0.date, current: roadmap)
      } ?? []
      presentation?.replaceRoadmap(roadmap, history: entries)
    case .recoveryFound(let found):
      offerRecovery(found)
    case .interruptedSaveRecovered(let notes):
      // One line: the first note (a file has one interrupted save at most in practice).
      if let note = notes.first {
        let kind: Notice.Kind = note.outcome == .finished ? .info : .warning
        say(Notice(.interruptedSaveNote, kind: kind, reason: .recovery(note)))
      }
    case .searchIndexBuilt(let index):
      receiveSearchIndex(index)
    default:
      break
    }
    // The status line may just have appeared and taken the list's last row.
    keepSelectionVisible()
    return effects
  }

  /// Whether the history is read again after a save or a reload: for the activity
  /// screen's list of changes, for the marks of what changed since the last meeting, and
  /// for the trend view's points.
  var wantsHistory: Bool { onActivityScreen || roadmap.lastMeeting != nil || onTrendScreen }

  /// The history as the session last sent it, every entry, in time order (for the slides).
  var historyEntries: [HistoryEntry] { orderedHistory }

  /// A save failed or was stopped: its changes and those queued behind it stay in memory
  /// (`r` tries again, `w` writes a copy); a quit waiting for it asks instead.
  mutating func saveDidNotLand(_ pending: [Change], _ notice: Notice) {
    edit.inFlight = []
    edit.lockHolder = nil
    edit.unsaved += pending + edit.queued
    edit.queued = []
    say(notice)
    if edit.quitWhenSaved {
      edit.quitWhenSaved = false
      edit.prompt = .quit
    }
  }

  /// Shows a notice, unless one that stays until the next key is shown.
  mutating func say(_ notice: Notice) {
    if edit.noticeHeld && notice.kind == .info { return }
    edit.notice = notice
  }

  /// `roadmap` with the changes not yet saved applied on top, so nothing typed is lost.
  func withPending(_ roadmap: Roadmap) -> Roadmap {
    var r = roadmap
    for c in edit.pending { try? r.apply(c) }
    return r
  }

  /// Replaces the roadmap, keeping the cursor on the same activity by id.
  ///
  /// Where the activity is gone, the list stays at the same row (clamped); an activity
  /// screen whose activity is gone returns to its list.
  mutating func reloadKeepingPlace(_ new: Roadmap) {
    let ids: [String?] = stack.map { level in
      switch level.screen {
      case .activity(let l): return roadmap[l].id
      case .project(let d, let p):
        let rows = projectRows(d, p)
        return rows.indices.contains(level.selection) ? roadmap[rows[level.selection]].id : nil
      case .agency(let a):
        let rows = agencyRows(a)
        return rows.indices.contains(level.selection) ? roadmap[rows[level.selection]].id : nil
      default: return nil
      }
    }
    let agencies = selectedAgencies()
    let saved = stack
    reload(new)
    // `reload` keeps levels by index; put each back on its activity or its owner.
    var levels: [Level] = []
    levelLoop: for (k, old) in saved.enumerated() {
      var level = old
      switch old.screen {
      case .activity:
        guard let id = ids[k], let l = roadmap.activityIndex[id] else { break levelLoop }
        level.screen = .activity(l)
      default:
        guard exists(old.screen) else { break levelLoop }
      }
      levels.append(level)
      stack = levels
      if let id = ids[k], let l = roadmap.activityIndex[id], let row = rowIndex(of: l) {
        current.selection = row
      } else if !onActivityScreen {
        current.selection = max(0, min(level.selection, rowCount() - 1))
      }
      levels = stack
    }
    stack = levels.isEmpty ? [Level(.overview)] : levels
    followAgencies(agencies)
    edit.marks = edit.marks.filter { roadmap.activityIndex[$0] != nil }
    keepSelectionVisible()
  }

  /// The row of an activity in the current list, if listed.
  func rowIndex(of location: ActivityLocation) -> Int? {
    switch current.screen {
    case .project(let d, let p): return projectRows(d, p).firstIndex(of: location)
    case .agency(let a): return agencyRows(a).firstIndex(of: location)
    default: return nil
    }
  }

  /// y / n on a conflict: write ours over theirs, or take theirs and forget ours.
  mutating func answerConflict(keepMine: Bool) -> [Effect] {
    var effects: [Effect] = []
    guard !edit.conflicts.isEmpty else {
      edit.prompt = nil
      return []
    }
    let c = edit.conflicts.removeFirst()
    if c.fromSync { return answerSyncConflict(c, keepMine: keepMine) }
    let same = { (x: Change) in
      x.id == c.mine.id && x.field == c.mine.field && x.new == c.mine.new
    }
    if case .some(let now) = roadmap.value(of: c.mine.field, id: c.mine.id) {
      if keepMine {
        let ours = applyChanges([Change(id: c.mine.id, field: c.mine.field, old: now, new: c.mine.new)])
        if !ours.isEmpty {
          // An editor's value met theirs before it was ever applied: now it is an undo step.
          if !edit.undo.joined().contains(where: same) { edit.undo.append(ours) }
          if edit.inFlight.isEmpty, edit.unsaved.isEmpty, edit.queued.isEmpty {
            // Written over theirs even if the disk moved on again meanwhile: asked and answered.
            edit.inFlight = ours
            effects.append(.save(ours, current: roadmap, overrideConflicts: true))
          } else {
            effects += save(ours)
          }
        }
      } else {
        if now != c.theirs {
          applyChanges([Change(id: c.mine.id, field: c.mine.field, old: now, new: c.theirs)])
        }
        // Undoing ours later would write over theirs: ours leaves the undo history.
        edit.undo = edit.undo.map { $0.filter { !same($0) } }.filter { !$0.isEmpty }
        edit.redo = edit.redo.map { $0.filter { !same($0.inverse) } }.filter { !$0.isEmpty }
      }
    }
    edit.prompt = edit.conflicts.isEmpty ? nil : .conflict
    return effects
  }

  /// y / n on a conflict a sync left: the file holds ours, so keeping ours writes
  /// nothing, and keeping theirs is an edit saved like any other (the next sync pushes
  /// it); either way the conflict leaves the conflict file.
  mutating func answerSyncConflict(_ c: Conflict, keepMine: Bool) -> [Effect] {
    var effects: [Effect] = []
    if !keepMine, case .some(let now) = roadmap.value(of: c.mine.field, id: c.mine.id), now != c.theirs {
      let theirs = applyChanges([Change(id: c.mine.id, field: c.mine.field, old: now, new: c.theirs)])
      if !theirs.isEmpty {
        edit.undo.append(theirs)
        effects += save(theirs)
      }
    }
    effects.append(.settleSyncConflict(id: c.mine.id, field: c.mine.field))
    if case .conflicts(let n)? = edit.sync { edit.sync = n > 1 ? .conflicts(n - 1) : .syncing }
    edit.prompt = edit.conflicts.isEmpty ? nil : .conflict
    return effects
  }

  /// One tick of the session's clock: highlights of others' changes fade.
  mutating func tickFlashes() {
    guard !edit.flashes.isEmpty else { return }
    for (id, left) in edit.flashes {
      edit.flashes[id] = left > 1 ? left - 1 : nil
    }
  }
}
