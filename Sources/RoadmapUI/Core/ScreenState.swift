import RoadmapKit

/// A place in the drill-down: what a screen shows.
public enum Screen: Hashable, Sendable {
  /// The whole roadmap with its four directions as panes.
  case overview
  /// One direction: its projects and indicators.
  case direction(Int)
  /// One project: its activities and indicators.
  case project(direction: Int, project: Int)
  /// One activity with every field.
  case activity(ActivityLocation)
  /// Every responsible agency with its counts.
  case agencies
  /// The activities of one agency, named by the agency: the list re-sorts after edits,
  /// the agency stays the same.
  case agency(Agency)
  /// The roadmap's progress over time: the counts at each meeting and now, as a chart.
  case trend
}

/// A responsible agency, named by its owner text; nil is the activities with no owner.
public struct Agency: Hashable, Sendable {
  /// The owner as the file writes it.
  public var owner: LocalizedText?

  /// Names an agency.
  public init(_ owner: LocalizedText?) { self.owner = owner }
}

/// One level of the drill-down stack: a screen, its selected row and its scroll.
///
/// Kept per level so that going back returns to the row the user left.
public struct Level: Hashable, Sendable {
  /// What is shown.
  public var screen: Screen
  /// The selected row (the focused pane on the overview).
  public var selection: Int
  /// The first visible row.
  public var scroll: Int
  /// The indicator under the cursor, by id, when the cursor is on the indicators above a
  /// direction's or project's list rather than in it (nil: in the list).
  public var indicator: String?

  /// Makes a level.
  public init(_ screen: Screen, selection: Int = 0, scroll: Int = 0, indicator: String? = nil) {
    self.screen = screen
    self.selection = selection
    self.scroll = scroll
    self.indicator = indicator
  }
}

/// The incremental search: the query being typed and what it matches.
public struct SearchState: Hashable, Sendable {
  /// The text typed so far.
  public var query = ""
  /// Matching projects and activities in file order.
  public var hits: [SearchHit] = []
  /// The selected hit.
  public var current = 0
  /// Whether the query is being typed (the results list is shown).
  public var isEditing = true
  /// The first visible result row.
  public var scroll = 0
  /// Whether keys act on the results (Tab): the editing keys work on the selected hit.
  public var resultsFocused = false
  /// Whether the hits wait for the search index, being built off the UI thread.
  public var waiting = false
}

/// The status, owner and overdue filters together; they combine (all must pass).
public struct Filters: Hashable, Sendable {
  /// Only this status, when set.
  public var status: Status?
  /// Only this agency, when set.
  public var owner: Agency?
  /// Only overdue activities, when set.
  public var overdue: Bool

  /// Makes filters; none by default.
  public init(status: Status? = nil, owner: Agency? = nil, overdue: Bool = false) {
    self.status = status
    self.owner = owner
    self.overdue = overdue
  }

  /// Whether no filter is on: every activity passes.
  public var isEmpty: Bool { status == nil && owner == nil && !overdue }

  /// Whether an activity passes every filter that is on; overdue is measured against `today`.
  public func passes(_ activity: Activity, today: Day) -> Bool {
    if let status, activity.status != status { return false }
    if let owner, owner.owner != activity.owner { return false }
    if overdue, !activity.isOverdue(asOf: today) { return false }
    return true
  }
}

/// A window drawn over the screen.
public enum Overlay: Hashable, Sendable {
  /// The keys of the current screen.
  case help
  /// The list of owners to filter by; row 0 is "all agencies".
  case ownerPicker(selection: Int, scroll: Int)
}

/// Everything the dashboard shows, apart from the terminal: pure data, compared in tests.
///
/// The roadmap itself lives here so that live edits can replace it; selection, scroll,
/// focus and the drill-down stack are screen state and never enter the model.
public struct DashboardState: Sendable, Equatable {
  /// The roadmap shown.
  public var roadmap: Roadmap
  /// Figures derived from the roadmap once: owners and search texts.
  public var digest: RoadmapDigest
  /// The interface language.
  public var language: Language
  /// The look.
  public var theme: Theme
  /// Whether edits are refused.
  public var readOnly: Bool
  /// The day overdue is measured against.
  public var today: Day
  /// The day given by the user (`--today`); nil: `today` follows the roadmap's `as_of`,
  /// also when a reload brings a new one.
  public var fixedToday: Day?
  /// Terminal columns.
  public var width = 80
  /// Terminal rows.
  public var height = 24
  /// The drill-down stack; the last level is on screen, the first is the overview.
  public var stack: [Level] = [Level(.overview)]
  /// Only activities of this status are listed, when set.
  public var statusFilter: Status?
  /// Only activities of this agency are listed, when set.
  public var ownerFilter: Agency?
  /// Only overdue activities (not done, due before `today`) are listed, when set.
  public var overdueFilter = false
  /// A window over the screen, if any.
  public var overlay: Overlay?
  /// The overview shows the selected direction's pane alone, over all the panes' area.
  public var paneZoomed = false
  /// The search, while typed and afterwards for n/N.
  public var search: SearchState?
  /// The index the search looks in, and whether it is being built.
  public var searchIndexing = SearchIndexing()
  /// Undo, saving, prompts and marks of editing.
  public var edit = EditState()
  /// The slides shown full screen over the dashboard (`P`); nil when not presenting.
  public var presentation: Presentation?
  // national
  /// A region opened from the national overview: Esc on the overview goes back to it.
  public var embedded = false
  /// The owners' short names of the roadmap shown, kept between frames (`shortNames`).
  let shortNamesMemo = OwnerShortNamesMemo()

  /// The level on screen.
  public var current: Level {
    get { stack[stack.count - 1] }
    set { stack[stack.count - 1] = newValue }
  }

  /// Replaces the roadmap, e.g. after an edit, and recomputes what derives from it.
  public mutating func replaceRoadmap(_ roadmap: Roadmap) {
    self.roadmap = roadmap
    if fixedToday == nil { today = roadmap.asOf }
    digest = RoadmapDigest(roadmap, today: today)
    forgetSearchIndex()
  }

  /// The filters in force, as one value.
  public var filters: Filters {
    Filters(status: statusFilter, owner: ownerFilter, overdue: overdueFilter)
  }

  /// Whether an activity passes the status, owner and overdue filters.
  public func passesFilters(_ activity: Activity) -> Bool {
    filters.passes(activity, today: today)
  }

  /// Where an agency is in `digest.owners` now, if it still has activities.
  public func agencyIndex(_ agency: Agency) -> Int? {
    digest.owners.firstIndex { $0.owner == agency.owner }
  }
}
