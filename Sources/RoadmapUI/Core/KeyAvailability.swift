/// Which keys can act now: read by the dispatch, the footer and the help alike.
extension DashboardState {
  /// Whether `binding` can act in the current state, and if not, why.
  public func availability(of binding: KeyBinding) -> Availability {
    func need(_ ok: Bool, _ reason: Message?) -> Availability {
      ok ? .available : .unavailable(reason)
    }
    switch binding.requires {
    case .always: return .available
    case .writable: return need(!readOnly, .readOnlyRefused)
    case .activity:
      if readOnly { return .unavailable(.readOnlyRefused) }
      return need(!editTargets.isEmpty, .noActivity)
    case .listRow: return need(!onActivityScreen && editTarget != nil, .noActivity)
    case .undoStep:
      if readOnly { return .unavailable(.readOnlyRefused) }
      return need(!edit.undo.isEmpty, .nothingToUndo)
    case .redoStep:
      if readOnly { return .unavailable(.readOnlyRefused) }
      return need(!edit.redo.isEmpty, .nothingToRedo)
    case .unsavedEdits: return need(!edit.unsaved.isEmpty, .nothingUnsaved)
    case .searchHits: return need(search.map { !$0.hits.isEmpty } ?? false, .noSearchHits)
    case .waiting: return need(edit.lockHolder != nil || edit.quitWhenSaved, nil)
    }
  }

  /// The bindings of `context` that can act now, in table order.
  func availableBindings(for context: KeyContext) -> [KeyBinding] {
    KeyTable.bindings(for: context).filter { availability(of: $0) == .available }
  }
}
