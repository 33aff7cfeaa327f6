import RoadmapKit

/// What the session reports back: saves, failures, others' changes, conflicts, history.
extension DashboardState {
  /// Takes one report of the session.
  public mutating func receive(_ feedback: SessionFeedback) {
    switch feedback {
    case .saved(let loaded, _, let merged):
      if !edit.inFlight.isEmpty { edit.inFlight.removeFirst() }
      if merged {
        reloadKeepingPlace(withPending(loaded.roadmap))
      } else {
        // The file now holds exactly what was sent: only the bytes are new, so the
        // digest stays as it is and no full walk is needed.
        roadmap = withPending(loaded.roadmap)
      }
      edit.notice = Notice(merged ? .statusSavedMerged : .statusSaved)
      if onActivityScreen { edit.effects.append(.loadHistory) }
    case .saveFailed(let message, let pending):
      if !pending.isEmpty {
        if !edit.inFlight.isEmpty { edit.inFlight.removeFirst() }
        edit.unsaved += pending
      }
      edit.notice = Notice(.saveFailed, [firstLine(message)], kind: .error)
    case .conflicts(let list):
      edit.conflicts += list.map { Conflict(mine: $0.mine, theirs: $0.theirs) }
      if edit.prompt == nil, !edit.conflicts.isEmpty { edit.prompt = .conflict }
    case .reloaded(let loaded, let changedIDs):
      reloadKeepingPlace(withPending(loaded.roadmap))
      // Slides shown over the dashboard follow the file too, on the slide they were on.
      presentation?.replaceRoadmap(loaded)
      edit.diskProblem = nil
      for id in changedIDs { edit.flashes[id] = EditState.flashTicks }
      if !changedIDs.isEmpty {
        edit.notice = Notice(.reloadedCount, [Formatting.count(changedIDs.count, language)])
      }
      if onActivityScreen { edit.effects.append(.loadHistory) }
    case .invalidOnDisk(let message):
      edit.diskProblem = message
      edit.notice = Notice(.invalidOnDisk, [firstLine(message)], kind: .warning)
    case .copySaved(let path):
      edit.notice = Notice(.copySaved, [path])
    case .history(let entries):
      edit.history = Dictionary(grouping: entries, by: \.id)
    }
    // The status line may just have appeared and taken the list's last row.
    keepSelectionVisible()
  }

  /// The first line of a message, for the one-line status.
  func firstLine(_ message: String) -> String {
    String(message.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")
  }

  /// `roadmap` with the changes not yet saved applied on top, so nothing typed is lost.
  func withPending(_ roadmap: Roadmap) -> Roadmap {
    var r = roadmap
    for c in edit.inFlight.joined() + edit.unsaved { try? r.apply(c) }
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
      case .agency(let i):
        let rows = agencyRows(i)
        return rows.indices.contains(level.selection) ? roadmap[rows[level.selection]].id : nil
      default: return nil
      }
    }
    let owners = digest.owners.map(\.owner)
    let agencyOwners = stack.map { level -> LocalizedText?? in
      if case .agency(let i) = level.screen, i < owners.count { return .some(owners[i]) }
      return .none
    }
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
      case .agency:
        guard case .some(let owner) = agencyOwners[k],
          let i = digest.owners.firstIndex(where: { $0.owner == owner })
        else { break levelLoop }
        level.screen = .agency(i)
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
    edit.marks = edit.marks.filter { roadmap.activityIndex[$0] != nil }
    keepSelectionVisible()
  }

  /// The row of an activity in the current list, if listed.
  func rowIndex(of location: ActivityLocation) -> Int? {
    switch current.screen {
    case .project(let d, let p): return projectRows(d, p).firstIndex(of: location)
    case .agency(let i): return agencyRows(i).firstIndex(of: location)
    default: return nil
    }
  }

  /// y / n on a conflict: write ours over theirs, or take theirs and forget ours.
  mutating func answerConflict(keepMine: Bool) {
    guard !edit.conflicts.isEmpty else {
      edit.prompt = nil
      return
    }
    let c = edit.conflicts.removeFirst()
    if let a = roadmap.activity(id: c.mine.id) {
      if keepMine {
        let ours = applyChanges([change(a, c.mine.field, to: c.mine.new)])
        if !ours.isEmpty {
          edit.inFlight.append(ours)
          edit.effects.append(.save(ours, current: roadmap, overrideConflicts: true))
        }
      } else {
        if a.value(of: c.mine.field) != c.theirs {
          applyChanges([change(a, c.mine.field, to: c.theirs)])
        }
        // Undoing ours later would write over theirs: ours leaves the undo history.
        let same = { (x: ActivityChange) in
          x.id == c.mine.id && x.field == c.mine.field && x.new == c.mine.new
        }
        edit.undo = edit.undo.map { $0.filter { !same($0) } }.filter { !$0.isEmpty }
        edit.redo = edit.redo.map { $0.filter { !same($0.inverse) } }.filter { !$0.isEmpty }
      }
    }
    edit.prompt = edit.conflicts.isEmpty ? nil : .conflict
  }

  /// One tick of the session's clock: highlights of others' changes fade.
  mutating func tickFlashes() {
    guard !edit.flashes.isEmpty else { return }
    for (id, left) in edit.flashes {
      edit.flashes[id] = left > 1 ? left - 1 : nil
    }
  }
}
