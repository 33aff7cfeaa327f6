import Foundation
import RoadmapKit

/// How a presentation is started.
public struct PresentationOptions: Sendable {
  /// The language of every word on the slides.
  public var language: Language
  /// Draw only ASCII (`#` blocks), for a terminal without a UTF-8 locale.
  public var asciiOnly: Bool
  /// Use colours.
  public var colors: Bool
  /// Seconds between automatic advances; nil to advance only by key.
  public var interval: Double?
  /// The day overdue is measured against; nil for the roadmap's as-of day.
  public var reference: Day?
  /// The time zone of the clock in the corner.
  public var timeZone: TimeZone
  /// Where the time comes from (fixed in tests).
  public var now: @Sendable () -> Date

  /// Makes options; Kazakh, UTF-8, colours, no auto-advance, the real clock unless given.
  public init(
    language: Language = .kk, asciiOnly: Bool = false, colors: Bool = true, interval: Double? = nil,
    reference: Day? = nil, timeZone: TimeZone = .current, now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.language = language
    self.asciiOnly = asciiOnly
    self.colors = colors
    self.interval = interval
    self.reference = reference
    self.timeZone = timeZone
    self.now = now
  }
}

/// What the "changes since the last meeting" slide compares with, kept so that the
/// changes can be worked out again when the roadmap is replaced.
public enum ChangeBaseline: Sendable {
  /// Nothing: the slide says how to ask for it.
  case none
  /// An earlier copy of the roadmap (`--compare FILE`).
  case copy(Roadmap)
  /// The history entries, from a day on (`--since DATE`).
  case history([HistoryEntry], since: Day)
  /// The history entries since the roadmap's last meeting (no `--since` or `--compare`
  /// given); the meeting follows the file when it changes.
  case meeting([HistoryEntry], Meeting)

  /// What changed in `roadmap` against this baseline; nil for none.
  public func changes(for roadmap: Roadmap) -> ChangeSummary? {
    switch self {
    case .none: return nil
    case .copy(let old): return ChangeSummary.compare(old, roadmap)
    case .history(let entries, let day): return ChangeSummary.fromHistory(entries, since: day, current: roadmap)
    case .meeting(let entries, let m): return ChangeSummary.fromHistory(entries, sinceMeeting: m, current: roadmap)
    }
  }

  /// Whether the changes come from the history, so that it is read again as it grows.
  var readsHistory: Bool {
    switch self {
    case .history, .meeting: return true
    case .none, .copy: return false
    }
  }
}

/// Full-screen slides of a roadmap for a meeting, run by the terminal backend.
///
/// Pure like the dashboard: `handle` changes the state, `render` draws it into a grid.
/// It never edits: no key maps to an edit, and it asks its session for no effects.
public struct Presentation: TerminalApp, RoadmapApp, Sendable, Equatable {
  /// The roadmap shown.
  public private(set) var roadmap: Roadmap
  /// What changed, if a baseline was given.
  public private(set) var changes: ChangeSummary?
  /// The baseline the changes are computed from.
  public private(set) var baseline: ChangeBaseline
  /// The history the trend slide is drawn from: the baseline's, or as last read.
  public private(set) var history: [HistoryEntry]
  /// The progress over time (`ProgressSeries`), worked out when the roadmap or the history
  /// changes rather than each time the slides are listed.
  public private(set) var trendPoints: [ProgressPoint]
  /// How it was started.
  public let options: PresentationOptions
  /// The index of the slide shown.
  public private(set) var index = 0
  /// The screen is blanked (`b`) until the next key.
  public private(set) var blanked = false
  /// The key list is shown over the slide.
  public private(set) var showingHelp = false
  /// The terminal's size, from the last resize event.
  public private(set) var width = 80, height = 24
  /// The clock in the corner, `HH:MM`, updated on ticks.
  public private(set) var clock: String
  var digest: RoadmapDigest
  var lastAdvance: Date

  /// A presentation of `loaded`, with the changes since `baseline`.
  public init(_ loaded: LoadedRoadmap, baseline: ChangeBaseline = .none, options: PresentationOptions = .init()) {
    self.init(roadmap: loaded.roadmap, baseline: baseline, options: options)
  }

  /// A presentation of a roadmap already in memory (the dashboard's, for `P`); `history`,
  /// when given, is what the trend slide is drawn from (else the baseline's entries).
  public init(
    roadmap: Roadmap, baseline: ChangeBaseline = .none, options: PresentationOptions = .init(),
    history: [HistoryEntry]? = nil
  ) {
    self.roadmap = roadmap
    self.baseline = baseline
    switch baseline {
    case .history(let entries, _), .meeting(let entries, _): self.history = history ?? entries
    case .none, .copy: self.history = history ?? []
    }
    trendPoints = ProgressSeries.points(roadmap, history: self.history)
    self.options = options
    digest = RoadmapDigest(roadmap, today: options.reference ?? roadmap.asOf)
    changes = Presentation.changes(baseline, roadmap)
    let now = options.now()
    lastAdvance = now
    clock = Presentation.clockText(now, options.timeZone)
  }

  /// The day overdue is measured against.
  public var reference: Day { options.reference ?? roadmap.asOf }

  /// The slides at the current size, in order.
  public var slides: [Slide] { SlideDeck.slides(self) }

  /// The slide shown.
  public var current: Slide {
    let s = slides
    return s[min(index, s.count - 1)]
  }

  /// Replaces the roadmap (the file changed on disk), keeping the slide shown.
  ///
  /// `history`, when given, replaces the entries a `--since` or meeting baseline was read
  /// from, so that a `jolkarta set-status` run during the meeting shows up on the changes
  /// slide. A meeting baseline moves to the new roadmap's last meeting.
  public mutating func replaceRoadmap(_ loaded: LoadedRoadmap, history: [HistoryEntry]? = nil) {
    replaceRoadmap(loaded.roadmap, history: history)
  }

  /// Replaces the roadmap with one already in memory, keeping the slide shown.
  public mutating func replaceRoadmap(_ newRoadmap: Roadmap, history: [HistoryEntry]? = nil) {
    let shown = current
    roadmap = newRoadmap
    switch baseline {
    case .history(let entries, let day): baseline = .history(history ?? entries, since: day)
    case .meeting(let entries, _):
      baseline = newRoadmap.lastMeeting.map { .meeting(history ?? entries, $0) } ?? .none
    case .none, .copy: break
    }
    if let history { self.history = history }
    trendPoints = ProgressSeries.points(roadmap, history: self.history)
    digest = RoadmapDigest(roadmap, today: reference)
    changes = Presentation.changes(baseline, roadmap)
    let now = slides
    index = now.firstIndex(of: shown) ?? min(index, now.count - 1)
  }

  static func changes(_ baseline: ChangeBaseline, _ roadmap: Roadmap) -> ChangeSummary? {
    baseline.changes(for: roadmap)
  }

  static func clockText(_ date: Date, _ zone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.hour, .minute], from: date)
    return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
  }

  /// Takes one event; `.quit(status: 0)` on `q`/Esc (the dashboard reads it as "close").
  public mutating func handle(_ event: Event) -> AppOutcome {
    switch event {
    case .resize(let w, let h):
      width = max(0, w)
      height = max(0, h)
      index = min(index, slides.count - 1)
    case .tick:
      let now = options.now()
      clock = Presentation.clockText(now, options.timeZone)
      if let interval = options.interval, !blanked, !showingHelp, now.timeIntervalSince(lastAdvance) >= interval {
        // A kiosk loop: after the last slide the deck starts again.
        index = index + 1 < slides.count ? index + 1 : 0
        lastAdvance = now
      }
    case .key(let key):
      lastAdvance = options.now()
      if blanked {
        blanked = false
        return .keepRunning
      }
      if showingHelp, key != .character("q") {
        showingHelp = false
        return .keepRunning
      }
      guard let binding = PresentationKeys.binding(for: key) else { return .keepRunning }
      return perform(binding.action, key: key)
    case .mouse:
      break
    case .terminate(let signal):
      return .quit(status: 128 + signal)
    }
    return .keepRunning
  }

  mutating func perform(_ action: PresentationAction, key: Key) -> AppOutcome {
    let count = slides.count
    switch action {
    case .next: index = min(index + 1, count - 1)
    case .previous: index = max(index - 1, 0)
    case .first: index = 0
    case .last: index = count - 1
    case .jump:
      if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= count { index = n - 1 }
    case .blank: blanked = true
    case .toggleHelp: showingHelp.toggle()
    case .exit: return .quit(status: 0)
    }
    return .keepRunning
  }

  /// Draws the slide shown, at the grid's size.
  public func render(into grid: inout Grid) {
    var p = self
    p.width = grid.width
    p.height = grid.height
    p.index = min(index, p.slides.count - 1)
    SlideDeck.draw(p, into: &grid)
  }

  /// At start, the history for the trend slide, when the baseline did not bring it.
  public var initialEffects: [Effect] { baseline.readsHistory ? [] : [.loadHistory] }

  /// Ticks each second for the clock, or at the advance interval if that is shorter.
  public var tickInterval: Double? { min(options.interval ?? 1, 1) }

  /// Follows the file: a reload replaces the roadmap in place, and asks for the history
  /// again when the changes come from it. Never asks for a save.
  public mutating func update(_ msg: Msg) -> [Effect] {
    switch msg {
    case .key(let k): return outcome(handle(.key(k)))
    case .mouse(let m): return outcome(handle(.mouse(m)))
    case .resize(let w, let h): return outcome(handle(.resize(width: w, height: h)))
    case .tick: return outcome(handle(.tick))
    case .terminate(let signal): return [.quit(status: 128 + signal)]
    case .reloaded(let loaded, _):
      replaceRoadmap(loaded)
      // The trend slide's history too, once there is one.
      if baseline.readsHistory || !history.isEmpty { return [.loadHistory] }
    case .history(let entries): replaceRoadmap(roadmap, history: entries)
    default: break
    }
    return []
  }

  func outcome(_ o: AppOutcome) -> [Effect] {
    if case .quit(let status) = o { return [.quit(status: status)] }
    return []
  }

  /// Presentations compare by what they show: roadmap, baseline, slide and screen state.
  public static func == (a: Presentation, b: Presentation) -> Bool {
    a.roadmap == b.roadmap && a.index == b.index && a.blanked == b.blanked
      && a.showingHelp == b.showingHelp && a.width == b.width && a.height == b.height
      && a.clock == b.clock && a.changes == b.changes && a.trendPoints == b.trendPoints
  }
}
