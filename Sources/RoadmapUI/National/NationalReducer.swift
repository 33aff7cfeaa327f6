import RoadmapKit

/// What happens to the national views: the terminal's events, and what the session's
/// folder watch and the opening of a region found.
public enum NationalMsg: Sendable {
  /// A key press.
  case key(Key)
  /// A mouse action.
  case mouse(MouseEvent)
  /// The terminal now has this size.
  case resize(width: Int, height: Int)
  /// The clock.
  case tick
  /// A signal that ends the program.
  case terminate(signal: Int32)
  /// The region files as now read (after a change to any of them, one added or removed).
  case files([RegionFile])
  /// The region asked for is open in its dashboard.
  case regionOpened(path: String)
  /// The region asked for could not be opened: its first problem.
  case regionOpenFailed(path: String, problem: String)
  /// A sync of the folder through git started or ended: where it left the folder.
  case synced(SyncState)
}

/// What the national views ask their session to do.
public enum NationalEffect: Hashable, Sendable {
  /// Read this region's file (off the UI thread) and open it in its own dashboard.
  case openRegion(path: String)
  /// Draw the whole screen anew (Ctrl-L).
  case repaint
  /// Restore the terminal and end with this status.
  case quit(status: Int32)
}

extension NationalState {
  /// Takes one message; returns the effects to run.
  public mutating func update(_ msg: NationalMsg) -> [NationalEffect] {
    var effects: [NationalEffect] = []
    switch msg {
    case .resize(let w, let h):
      width = max(0, w)
      height = max(0, h)
    case .tick: return []
    case .terminate(let signal):
      // Nothing is edited here: the regions' dashboards keep their own edits.
      return [.quit(status: 128 + signal)]
    case .files(let files):
      replaceFiles(files)
    case .regionOpened(let path):
      if opening == path { opening = nil }
    case .regionOpenFailed(let path, let problem):
      if opening == path { opening = nil }
      openProblem = painter.word(.regionNotOpened, NationalState.fileName(path), problem)
    case .synced(let state):
      sync = state
    case .key(let key):
      openProblem = nil
      clickOpened = false
      effects = press(key)
    case .mouse(let m):
      openProblem = nil
      effects = reduceMouse(m)
    }
    refreshView()
    keepSelectionVisible()
    return effects
  }

  /// One key, through the one key table.
  mutating func press(_ key: Key) -> [NationalEffect] {
    guard let binding = KeyTable.binding(for: key, in: keyContext) else { return [] }
    return perform(binding.action)
  }

  /// Does what a key's action asks.
  mutating func perform(_ action: Action) -> [NationalEffect] {
    refreshView()
    let rows = self.rows
    let page = max(1, NationalLayout.listHeight(self) / rowHeight)
    switch action {
    case .moveUp: select(rows, by: -1)
    case .moveDown: select(rows, by: 1)
    case .pageUp: select(rows, by: -page)
    case .pageDown: select(rows, by: page)
    case .goTop: select(rows, by: Int.min / 2)
    case .goBottom: select(rows, by: Int.max / 2)
    case .open: return open(rows)
    case .sortNext, .sortReverse:
      guard var sort else { return [] }
      sort = action == .sortReverse ? NationalSort(column: sort.column, reversed: !sort.reversed)
        : sort.next(among: Self.columns(current.screen))
      if case .direction = current.screen { directionSort = sort } else { regionSort = sort }
      // The cursor stays on its row, wherever the order puts it.
    case .showSharedDirections:
      stack.append(NationalLevel(.sharedDirections))
    case .goBack:
      if stack.count > 1 { stack.removeLast() }
    case .switchLanguage:
      switchLanguage(to: language.next)
    case .toggleHelp: helpShown.toggle()
    case .quit: return [.quit(status: 0)]
    case .repaint: return [.repaint]
    default: break
    }
    return []
  }

  /// Moves the cursor by `delta` rows, clamped; remembered by the row's key.
  mutating func select(_ rows: [NationalRow], by delta: Int) {
    guard !rows.isEmpty else { return }
    let i = max(0, min(rows.count - 1, selectionIndex(in: rows).addingReportingOverflow(delta).partialValue))
    current.selected = rows[i].key
    current.lastIndex = i
  }

  /// Enter: a region opens in its dashboard, a shared direction across the regions.
  mutating func open(_ rows: [NationalRow]) -> [NationalEffect] {
    guard !rows.isEmpty else { return [] }
    let row = rows[selectionIndex(in: rows)]
    switch current.screen {
    case .regions:
      // An invalid file has no dashboard: its row already says what is wrong.
      guard row.problem == nil else { return [] }
      opening = row.key
      return [.openRegion(path: row.key)]
    case .sharedDirections:
      stack.append(NationalLevel(.direction(id: row.key)))
    case .direction:
      guard region(file: row.file) != nil, let path = region(file: row.file)?.path else { return [] }
      opening = path
      return [.openRegion(path: path)]
    }
    return []
  }

  /// Lines one row takes: two when the figures do not fit beside the name.
  var rowHeight: Int { view.columns.rowHeight }

  /// Scrolls the list so that the cursor's row is on screen.
  mutating func keepSelectionVisible() {
    let rows = self.rows
    let h = max(1, NationalLayout.listHeight(self) / rowHeight)
    let i = selectionIndex(in: rows)
    current.scroll = max(0, min(max(current.scroll, i - h + 1), i, max(0, rows.count - h)))
  }
}
