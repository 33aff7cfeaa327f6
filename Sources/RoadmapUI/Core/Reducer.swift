import RoadmapKit

/// State + message → new state + effects. Pure: no terminal, no clock, no files.
extension DashboardState {
  /// Takes one message; the whole behaviour of the dashboard, testable without a terminal.
  ///
  /// Returns the effects to run, in order (saves, history reads, quitting); their results
  /// come back here as messages.
  public mutating func update(_ msg: Msg) -> [Effect] {
    var effects: [Effect] = []
    switch msg {
    case .resize(let w, let h):
      width = max(0, w)
      height = max(0, h)
    case .tick:
      tickFlashes()
      return []
    case .mouse(let m):
      // A click must not move the row an open editor or question is about.
      if edit.prompt == nil { reduceMouse(m) }
    case .key(let key):
      edit.noticeHeld = false
      effects = press(key)
      dropMarksOfOtherLists()
    case .terminate(let signal):
      return terminate(signal: signal)
    default:
      effects = receive(msg)
    }
    keepSelectionVisible()
    return effects
  }

  /// One key: the first binding of the key table that can act here does; when none can,
  /// the status line says why.
  mutating func press(_ key: Key) -> [Effect] {
    let context = keyContext
    let matching = KeyTable.all.filter { $0.contexts.contains(context) && $0.keys.contains(key) }
    if let binding = matching.first(where: { availability(of: $0) == .available }) {
      return perform(binding.action, key: key)
    }
    if let binding = matching.first {
      if case .unavailable(let reason?) = availability(of: binding) {
        edit.notice = Notice(reason, kind: .warning)
      }
      return []
    }
    if context == .search, case .character(let c) = key {
      typeIntoQuery(c)
    } else if case .character(let c) = key {
      typeIntoPrompt(c)
    }
    return []
  }

  /// Does what a key binding asks; returns the effects it needs.
  mutating func perform(_ action: Action, key: Key) -> [Effect] {
    let page = max(1, Layout.list(self).height)
    switch action {
    case .moveUp: move(by: -verticalStep, crossing: true)
    case .moveDown: move(by: verticalStep, crossing: true)
    case .moveLeft: move(by: -1)
    case .moveRight: move(by: 1)
    case .nextPane, .previousPane:
      let n = roadmap.directions.count
      if n > 0 { current.selection = (current.selection + (action == .nextPane ? 1 : n - 1)) % n }
    case .pageUp: move(by: -page)
    case .pageDown: move(by: page)
    case .goTop: move(by: Int.min / 2)
    case .goBottom: move(by: Int.max / 2)
    case .open:
      // Enter on an indicator edits its figures, as `=` does.
      if indicatorFocus != nil { return perform(.editFigures, key: key, requires: .indicatorRow) }
      open()
    case .goBack: if stack.count > 1 { stack.removeLast() }
    case .jumpToDirection:
      if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= roadmap.directions.count {
        stack = [Level(.overview, selection: n - 1), Level(.direction(n - 1))]
      }
    case .startSearch: search = SearchState()
    case .eraseQueryCharacter:
      if search?.query.isEmpty == false {
        search!.query.removeLast()
        refreshHits(narrowing: false)
      }
    case .submitSearch:
      if let s = search, !s.hits.isEmpty {
        search!.isEditing = false
        show(s.hits[min(s.current, s.hits.count - 1)])
      } else {
        search = nil
      }
    case .cancelSearch:
      if overlay != nil { overlay = nil } else { search = nil }
    case .nextHit, .previousHit: stepHit(forward: action == .nextHit)
    case .cycleStatusFilter:
      switch statusFilter {
      case nil: statusFilter = .done
      case .done: statusFilter = .inProgress
      case .inProgress: statusFilter = .pending
      case .pending: statusFilter = nil
      }
      filtersChanged()
    case .toggleOverdueFilter:
      overdueFilter.toggle()
      filtersChanged()
    case .pickOwner:
      let row = ownerFilter.flatMap(agencyIndex).map { $0 + 1 } ?? 0
      overlay = .ownerPicker(selection: row, scroll: 0)
    case .showAgencies: if current.screen != .agencies { stack.append(Level(.agencies)) }
    case .showTrend: return openTrend()
    case .toggleHelp: overlay = overlay == .help ? nil : .help
    case .togglePaneZoom: paneZoomed.toggle()
    case .quit: return requestQuit()
    case .leaveRegion: return requestLeave()
    case .sortNext, .sortReverse, .showSharedDirections: break
    case .stopWaiting: return stopWaiting()
    case .repaint: return [.repaint]
    case .switchLanguage: language = language.next
    case .present:
      // Changes since the last meeting and the trend, from the history as last read; read
      // afresh too.
      let meeting = roadmap.lastMeeting
      let history = orderedHistory
      presentation = Presentation(
        roadmap: roadmap, baseline: meeting.map { .meeting(history, $0) } ?? .none,
        options: PresentationOptions(language: language, asciiOnly: theme.asciiOnly, colors: theme.colors, reference: today),
        history: history)
      _ = presentation?.handle(.resize(width: width, height: height))
      return [.loadHistory]
    // Editing.
    case .cycleStatus, .setDone, .setInProgress, .setPending, .editNote, .editDue, .editOwner,
      .toggleMark, .carryOver, .undo, .redo, .retrySave, .saveElsewhere, .confirm, .cancelPrompt,
      .keepMine, .keepTheirs, .focusResults, .cursorLeft, .cursorRight, .cursorHome, .cursorEnd,
      .deleteBackward, .deleteForward, .discardAndQuit, .discardRecovery, .editFigures, .editTitle,
      .recordMeeting,
      .addActivity, .addProject, .removeActivity, .moveActivity, .nextField, .previousField:
      return performEdit(action, key: key)
    }
    return []
  }

  /// Rows one press of up or down moves: a whole row of panes in the overview's 2×2 grid.
  var verticalStep: Int {
    keyContext == .overview ? Layout.overviewColumns(self) : 1
  }

  /// Does what `action` asks when `requirement` holds; else the status line says why.
  mutating func perform(_ action: Action, key: Key, requires requirement: Requirement) -> [Effect] {
    if case .unavailable(let reason) = availability(of: requirement) {
      if let reason { edit.notice = Notice(reason, kind: .warning) }
      return []
    }
    return perform(action, key: key)
  }

  /// Moves the selection (or the activity text, or the picker) by `delta` rows, clamped.
  ///
  /// `crossing`: a single step, which may pass between a list and the indicators above it.
  mutating func move(by delta: Int, crossing: Bool = false) {
    func clamp(_ v: Int, _ count: Int) -> Int { max(0, min(count - 1, v)) }
    if movePrompt(by: delta) { return }
    if case .ownerPicker(let sel, let scroll) = overlay {
      let moved = clamp(sel.addingReportingOverflow(delta).partialValue, digest.owners.count + 1)
      overlay = .ownerPicker(selection: moved, scroll: scroll)
      return
    }
    let count = rowCount()
    if let s = search, s.isEditing {
      search!.current = clamp(s.current &+ delta, count)
      return
    }
    if moveAmongIndicators(by: delta, crossing: crossing) { return }
    if case .activity = current.screen {
      // The activity screen has no selection: the arrows scroll its text.
      current.scroll = clamp(current.scroll &+ delta, max(1, count - Layout.list(self).height + 1))
      return
    }
    current.selection = clamp(current.selection &+ delta, count)
  }

  /// Opens what is selected: the next level down, or the owner picked.
  mutating func open() {
    if case .ownerPicker(let sel, _) = overlay {
      ownerFilter =
        sel == 0 || sel > digest.owners.count ? nil : Agency(digest.owners[sel - 1].owner)
      overlay = nil
      filtersChanged()
      return
    }
    let sel = current.selection
    guard sel >= 0, sel < rowCount() else { return }
    switch current.screen {
    case .overview: stack.append(Level(.direction(sel)))
    case .direction(let d): stack.append(Level(.project(direction: d, project: sel)))
    case .project(let d, let p): stack.append(Level(.activity(projectRows(d, p)[sel])))
    case .agencies: stack.append(Level(.agency(Agency(digest.owners[agencyList()[sel]].owner))))
    case .agency(let a): stack.append(Level(.activity(agencyRows(a)[sel])))
    case .activity, .trend: break
    }
  }

  /// Shows a search hit: a project opened, an activity selected in its project.
  mutating func show(_ hit: SearchHit) {
    switch hit {
    case .project(let d, let p): showProject(d, p, selection: 0)
    case .activity(let l): showActivity(l)
    }
  }

  /// Shows an activity in its place in the tree: its project with it selected.
  mutating func showActivity(_ location: ActivityLocation) {
    if !passesFilters(roadmap[location]) {
      statusFilter = nil
      ownerFilter = nil
      overdueFilter = false
    }
    let row = projectRows(location.direction, location.project).firstIndex(of: location) ?? 0
    showProject(location.direction, location.project, selection: row)
  }

  /// Opens a project from the overview down, with a row of it selected.
  mutating func showProject(_ d: Int, _ p: Int, selection row: Int) {
    stack = [
      Level(.overview, selection: d),
      Level(.direction(d), selection: p),
      Level(.project(direction: d, project: p), selection: row),
    ]
    for i in stack.indices { keepVisible(level: i) }
  }

  /// n / N: the next or previous hit of the last search, shown in its place.
  mutating func stepHit(forward: Bool) {
    guard let s = search, !s.hits.isEmpty else { return }
    let n = s.hits.count
    let next = (s.current + (forward ? 1 : n - 1)) % n
    search!.current = next
    search!.isEditing = false
    show(s.hits[next])
  }

  /// A character typed into the search: the hits narrow at once.
  mutating func typeIntoQuery(_ c: Character) {
    guard search != nil else { return }
    search!.query.append(c)
    refreshHits(narrowing: true)
  }

  /// Recomputes the hits; a longer query only needs to look at the previous hits.
  mutating func refreshHits(narrowing: Bool) {
    guard let s = search else { return }
    // A longer query is looked for among the last one's hits, unless there are so many
    // that scanning the index anew is quicker (`SearchIndex.narrows`).
    let narrows = narrowing && s.query.count > 1 && !s.waiting
      && searchIndexing.index.map { $0.narrows(s.hits.count) } ?? true
    let previous = narrows ? s.hits : nil
    search!.current = 0
    search!.scroll = 0
    // The index is being built off the UI thread: its arrival brings the hits.
    guard let found = searchHits(within: previous) else {
      search!.hits = []
      search!.waiting = !s.query.isEmpty
      return
    }
    search!.waiting = false
    // Narrowed hits were filtered already; projects are not filtered (their rows are).
    search!.hits = previous != nil || filters.isEmpty ? found
      : found.filter { hit in hit.location.map { passesFilters(roadmap[$0]) } ?? true }
  }

  /// After a filter changes, selections point into shorter lists: clamp them all.
  mutating func filtersChanged() {
    let saved = stack
    for i in saved.indices {
      stack = Array(saved[...i])
      current.selection = max(0, min(current.selection, rowCount() - 1))
      current.scroll = 0
    }
    if search != nil { refreshHits(narrowing: false) }
  }

  /// Scrolls the current list so that its selection is on screen.
  mutating func keepSelectionVisible() {
    keepVisible(level: stack.count - 1)
    if let s = search, s.isEditing {
      let h = max(1, Layout.list(self).height)
      search!.scroll = min(max(s.scroll, s.current - h + 1), s.current)
    }
  }

  /// Scrolls one level of the stack so that its selection is visible.
  mutating func keepVisible(level i: Int) {
    let saved = stack
    stack = Array(saved[...i])
    var level = current
    switch level.screen {
    case .activity:
      level.scroll = max(0, min(level.scroll, rowCount() - Layout.list(self).height))
    case .overview:
      let (frames, total) = Layout.paneFrames(self)
      let h = Layout.overviewPanes(self).height
      if level.selection < frames.count {
        let f = frames[level.selection]
        level.scroll = min(max(level.scroll, f.maxY - h), f.y)
      }
      level.scroll = max(0, min(level.scroll, total - h))
    default:
      let h = max(1, Layout.list(self).height)
      level.scroll = max(0, min(max(level.scroll, level.selection - h + 1), level.selection))
    }
    stack = saved
    stack[i] = level
  }
}
