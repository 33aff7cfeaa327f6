import RoadmapKit

/// Leaving without losing anything: `q` with edits not on disk, the signals that end the
/// program, and the edits a previous run left in the recovery file.
extension DashboardState {
  /// q: quits at once when everything is on disk; waits for a save under way; asks when
  /// a save failed (save a copy elsewhere, discard, or stay).
  mutating func requestQuit() -> [Effect] {
    edit.leaving = false
    return quitOnceSaved()
  }

  // national
  /// Esc on the overview of a region opened from the national overview: the same flow
  /// as q (wait for a save under way, ask when one failed), ending in `.leave`.
  mutating func requestLeave() -> [Effect] {
    edit.leaving = true
    return quitOnceSaved()
  }

  /// Ends now when everything is on disk, else waits for the save or asks.
  private mutating func quitOnceSaved() -> [Effect] {
    if edit.pending.isEmpty { return [.quit(status: 0)] }
    if edit.unsaved.isEmpty {
      edit.quitWhenSaved = true
      edit.notice = Notice(edit.leaving ? .leaveWhenSaved : .quitWhenSaved)
      return []
    }
    edit.prompt = .quit
    return []
  }

  /// The keys of the quit question.
  mutating func answerQuit(_ action: Action) -> [Effect] {
    switch action {
    case .saveElsewhere:
      edit.prompt = nil
      edit.quitAfterCopy = true
      edit.prompt = .line(.savePath, LineEditor())
    case .discardAndQuit:
      edit.prompt = nil
      return [.quit(status: 0)]
    default:
      closePrompt()
    }
    return []
  }

  /// Esc while a save waits for the lock: stop waiting (the edits stay in memory); while
  /// a quit waits for a save: stay.
  mutating func stopWaiting() -> [Effect] {
    if edit.quitWhenSaved {
      edit.quitWhenSaved = false
      edit.notice = Notice(.quitCancelled)
      if edit.lockHolder == nil { return [] }
    }
    return edit.lockHolder == nil ? [] : [.stopWaitingForLock]
  }

  /// A signal that ends the program: unsaved edits go to the recovery file first.
  func terminate(signal: Int32) -> [Effect] {
    let status = 128 + signal
    let pending = edit.pending
    if pending.isEmpty { return [.quit(status: status)] }
    return [.writeRecovery(pending), .quit(status: status)]
  }

  /// Edits found in the recovery file at start: asked about at once, unless read-only.
  mutating func offerRecovery(_ found: RecoveredEdits) {
    guard !found.changes.isEmpty else { return }
    if readOnly {
      edit.notice = Notice(.recoveryReadOnly, count: found.changes.count, kind: .warning)
      return
    }
    edit.prompt = .recovery(found)
  }

  /// y applies the recovered edits again (as one undoable step; a field someone changed
  /// since asks keep-mine / keep-theirs), n discards them, Esc leaves them for later.
  mutating func answerRecovery(_ found: RecoveredEdits, _ action: Action) -> [Effect] {
    closePrompt()
    switch action {
    case .confirm:
      // The latest value per field wins; the base is what the first change started from.
      var base: [String: FieldValue?] = [:]
      var latest: [(id: String, field: Field, new: FieldValue?)] = []
      for c in found.changes {
        let key = c.id + "\u{0}" + c.field.rawValue
        if base[key] == nil { base[key] = .some(c.old) }
        latest.removeAll { $0.id == c.id && $0.field == c.field }
        latest.append((c.id, c.field, c.new))
      }
      // Applied one by one: an activity added and then edited is there for its edit.
      var changes: [Change] = []
      for item in latest {
        guard case .some(let now) = roadmap.value(of: item.field, id: item.id) else { continue }
        if now == item.new { continue }
        let was = base[item.id + "\u{0}" + item.field.rawValue] ?? nil
        if was != now {
          let mine = Change(id: item.id, field: item.field, old: was, new: item.new)
          edit.conflicts.append(Conflict(mine: mine, theirs: now))
          continue
        }
        changes += applyChanges([Change(id: item.id, field: item.field, old: now, new: item.new)])
      }
      var effects = changes.isEmpty ? [] : commitApplied(changes)
      edit.notice = Notice(.recoveryApplied, count: changes.count)
      if edit.prompt == nil, !edit.conflicts.isEmpty { edit.prompt = .conflict }
      // The edits are in memory now, and saved or queued like any other: a later signal
      // writes them again if they do not reach the file.
      effects.append(.discardRecovery)
      return effects
    case .discardRecovery:
      edit.notice = Notice(.recoveryDiscarded)
      return [.discardRecovery]
    default:
      return []
    }
  }
}
