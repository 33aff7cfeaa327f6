/// Mouse: a click selects, a double click opens, the wheel scrolls.
extension DashboardState {
  /// Takes one mouse action.
  mutating func reduceMouse(_ m: MouseEvent) {
    guard Layout.fits(self) else { return }
    switch m.kind {
    case .wheelUp: move(by: current.screen == .overview && overlay == nil ? -1 : -3)
    case .wheelDown: move(by: current.screen == .overview && overlay == nil ? 1 : 3)
    case .click, .doubleClick:
      guard overlay == nil else {
        // A click outside a window closes it, as in most terminal programs.
        if overlay == .help { overlay = nil }
        return
      }
      if search?.isEditing != true, let indicator = indicatorAt(y: m.y) {
        current.indicator = indicator.id
        return
      }
      guard let row = rowAt(x: m.x, y: m.y) else { return }
      if let s = search, s.isEditing {
        search!.current = row
        if m.kind == .doubleClick { _ = perform(.submitSearch, key: .enter) }
        return
      }
      if case .activity = current.screen { return }
      current.indicator = nil
      current.selection = row
      if m.kind == .doubleClick { open() }
    }
  }

  /// The row of the current list under the pointer, or the pane on the overview.
  func rowAt(x: Int, y: Int) -> Int? {
    let list = Layout.list(self)
    guard list.contains(x: x, y: y) else { return nil }
    if current.screen == .overview && !(search?.isEditing ?? false) {
      let (frames, _) = Layout.paneFrames(self)
      let cx = x - list.x, cy = y - list.y + current.scroll
      return frames.firstIndex { $0.contains(x: cx, y: cy) }
    }
    let scroll = search?.isEditing == true ? search!.scroll : current.scroll
    let row = y - list.y + scroll
    return row < rowCount() ? row : nil
  }
}
