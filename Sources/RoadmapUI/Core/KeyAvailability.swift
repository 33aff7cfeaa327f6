/// Which keys can act now: read by the dispatch, the footer and the help alike.
extension DashboardState {
  /// Whether `binding` can act in the current state, and if not, why.
  public func availability(of binding: KeyBinding) -> Availability {
    availability(of: binding.requires)
  }

  /// Whether what a binding requires holds now, and if not, why.
  func availability(of requirement: Requirement) -> Availability {
    func need(_ ok: Bool, _ reason: Message?) -> Availability {
      ok ? .available : .unavailable(reason)
    }
    switch requirement {
    case .always: return .available
    case .writable: return need(!readOnly, .readOnlyRefused)
    case .activity:
      if readOnly { return .unavailable(.readOnlyRefused) }
      // Marks or the cursor's row, without listing (and sorting) the targets themselves.
      return need(marksApply || editTarget != nil, .noActivity)
    case .listRow: return need(!onActivityScreen && editTarget != nil, .noActivity)
    case .indicatorRow:
      if readOnly { return .unavailable(.readOnlyRefused) }
      return need(indicatorFocus != nil, .noIndicator)
    case .titled:
      if readOnly { return .unavailable(.readOnlyRefused) }
      return need(titleTarget != nil, .noTitled)
    case .cursorActivity:
      if readOnly { return .unavailable(.readOnlyRefused) }
      return need(editTarget != nil, .noActivity)
    case .undoStep:
      if readOnly { return .unavailable(.readOnlyRefused) }
      return need(!edit.undo.isEmpty, .nothingToUndo)
    case .redoStep:
      if readOnly { return .unavailable(.readOnlyRefused) }
      return need(!edit.redo.isEmpty, .nothingToRedo)
    case .unsavedEdits: return need(!edit.unsaved.isEmpty, .nothingUnsaved)
    case .searchHits: return need(search.map { !$0.hits.isEmpty } ?? false, .noSearchHits)
    case .waiting: return need(edit.lockHolder != nil || edit.quitWhenSaved, nil)
    case .embedded: return need(embedded, nil)
    }
  }

  /// The bindings of `context` that can act now, in table order.
  ///
  /// Each requirement is worked out once: several keys share one (the editing keys all
  /// need an activity), and on a large agency finding the cursor's row walks its list.
  func availableBindings(for context: KeyContext) -> [KeyBinding] {
    var known: [Requirement: Bool] = [:]
    return KeyTable.bindings(for: context).filter { b in
      if let ok = known[b.requires] { return ok }
      let ok = availability(of: b.requires) == .available
      known[b.requires] = ok
      return ok
    }
  }
}
