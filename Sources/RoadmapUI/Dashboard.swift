import RoadmapKit

/// How the dashboard is started: language, terminal abilities, editing, the date.
public struct DashboardOptions: Sendable {
  /// The interface language; `L` cycles it while running.
  public var language: Language
  /// Draw only ASCII, for a terminal without a UTF-8 locale.
  public var asciiOnly: Bool
  /// Use colours; false for NO_COLOR or a monochrome terminal.
  public var colors: Bool
  // national
  /// A region opened from the national overview: Esc on the overview leaves, once its
  /// edits are saved (the questions of quitting when they cannot be).
  public var embedded = false
  /// Refuse edits (shown as a badge in the header).
  public var readOnly: Bool
  /// The day overdue is measured against; nil for the roadmap's `as_of` (the date its
  /// statuses were reported), as the report and `jolkarta summary` count.
  public var today: Day?
  /// Why the file itself cannot be written (`roadmap.json is read-only (mode 0444)`):
  /// the dashboard opens read-only and says so.
  public var readOnlyReason: ReadOnlyReason?
  /// Roadmaps of up to this many activities are indexed for the search where the first
  /// search needs it; larger ones off the UI thread as soon as the session starts.
  public var searchIndexInline = SearchIndexing().inlineLimit

  /// Makes options; Kazakh, UTF-8, colours, editing and the real date unless given.
  public init(
    language: Language = .kk, asciiOnly: Bool = false, colors: Bool = true, readOnly: Bool = false,
    today: Day? = nil, readOnlyReason: ReadOnlyReason? = nil
  ) {
    self.language = language
    self.asciiOnly = asciiOnly
    self.colors = colors
    self.readOnly = readOnly
    self.today = today
    self.readOnlyReason = readOnlyReason
  }
}

/// The interactive dashboard of a roadmap, run by a `LiveSession`.
///
/// A thin shell over `DashboardState`: `update` reduces a message into the state and
/// returns the effects to run, `render` draws the state. Neither touches a terminal or a
/// file, so both are tested directly.
public struct Dashboard: RoadmapApp, Sendable, Equatable {
  /// Everything shown; public so that tests and the executable can inspect it.
  public var state: DashboardState

  /// A dashboard of a loaded roadmap; with the search index its load wrote
  /// (`SearchIndex.load`), none is built.
  public init(_ loaded: LoadedRoadmap, options: DashboardOptions = DashboardOptions(), searchIndex: SearchIndex? = nil) {
    let today = options.today ?? loaded.roadmap.asOf
    state = DashboardState(
      roadmap: loaded.roadmap, digest: RoadmapDigest(loaded.roadmap, today: today),
      language: options.language, theme: Theme(asciiOnly: options.asciiOnly, colors: options.colors),
      readOnly: options.readOnly, today: today)
    state.fixedToday = options.today
    state.embedded = options.embedded
    // A large roadmap's index is built as soon as the session starts (`initialEffects`),
    // unless its load wrote it.
    state.searchIndexing.inlineLimit = options.searchIndexInline
    state.searchIndexing.index = searchIndex
    state.searchIndexing.requested = searchIndex == nil && state.indexesOffLoop
    if let reason = options.readOnlyReason {
      state.readOnly = true
      state.edit.notice = Notice(.openedReadOnly, kind: .warning, reason: .readOnly(reason))
    }
  }

  /// Takes one message; returns the effects it asks for (`.quit` when the user is done).
  public mutating func update(_ msg: Msg) -> [Effect] {
    if state.presentation != nil {
      switch msg {
      case .key, .mouse, .resize, .tick:
        // The slides take the terminal's events; their "quit" brings the dashboard back.
        if case .resize(let w, let h) = msg { (state.width, state.height) = (w, h) }
        if case .tick = msg { state.tickFlashes() }
        if state.presentation?.update(msg).contains(.quit(status: 0)) == true {
          state.presentation = nil
        }
        return []
      default: break
      }
    }
    let before = state.current.screen
    var effects = state.update(msg)
    // Where the quit flow Esc started would quit, it leaves for the national overview.
    if state.edit.leaving, let i = effects.firstIndex(of: .quit(status: 0)) {
      state.edit.leaving = false
      effects[i] = .leave
      effects.removeSubrange((i + 1)...)
    }
    // Opening an activity shows its history: ask for it fresh.
    if state.current.screen != before, state.onActivityScreen, !effects.contains(.loadHistory) {
      effects.append(.loadHistory)
    }
    // A roadmap replaced (a reload, an activity added) is indexed again at once, off the loop.
    if let build = state.searchIndexWanted() { effects.append(build) }
    return effects
  }

  /// At start, the history when the roadmap has a meeting (what changed since it is
  /// marked in the lists), and a large roadmap's search index.
  public var initialEffects: [Effect] {
    (state.roadmap.lastMeeting == nil ? [] : [.loadHistory])
      + (state.searchIndexing.requested ? [state.searchIndexBuild] : [])
  }

  /// Draws the current state into `grid`; what is drawn follows the grid's size.
  public func render(into grid: inout Grid) {
    if let presentation = state.presentation { return presentation.render(into: &grid) }
    var s = state
    s.width = grid.width
    s.height = grid.height
    s.draw(into: &grid)
  }

  /// Ticks only while rows changed by others are highlighted (they fade in about 3 s).
  public var tickInterval: Double? {
    state.presentation?.tickInterval ?? (state.edit.flashes.isEmpty ? nil : 0.25)
  }
}

extension DashboardState {
  /// Draws every part of the screen.
  func draw(into grid: inout Grid) {
    guard Layout.fits(self) else {
      drawTooSmall(into: &grid)
      return
    }
    drawHeader(into: &grid)
    drawBreadcrumb(into: &grid)
    if let s = search, s.isEditing {
      drawSearch(s, into: &grid)
    } else {
      switch current.screen {
      case .overview: drawOverview(into: &grid)
      case .direction(let d): drawDirection(d, into: &grid)
      case .project(let d, let p): drawProject(d, p, into: &grid)
      case .activity(let l): drawActivity(l, into: &grid)
      case .agencies: drawAgencies(into: &grid)
      case .agency(let i): drawAgency(i, into: &grid)
      case .trend: drawTrend(into: &grid)
      }
    }
    switch overlay {
    case .help: drawHelp(into: &grid)
    case .ownerPicker(let sel, _): drawOwnerPicker(selection: sel, into: &grid)
    case nil: break
    }
    drawEditing(into: &grid)
    drawFooter(into: &grid)
  }
}
