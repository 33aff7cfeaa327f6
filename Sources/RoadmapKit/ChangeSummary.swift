/// What changed in a roadmap between two moments: the "since the last meeting" figures.
///
/// Built either from two roadmaps (an earlier copy and now) or from the history file's
/// entries since a day plus the roadmap as it is now. Pure: no file is read here.
public struct ChangeSummary: Hashable, Sendable {
  /// What the changes are measured against.
  public enum Baseline: Hashable, Sendable {
    /// History entries from this day on (inclusive, UTC days of the entries' times).
    case since(Day)
    /// History entries from the day of this meeting on (the last meeting of the file,
    /// when no other baseline is asked for).
    case meeting(Meeting)
    /// An earlier copy of the roadmap, reported as of this day.
    case copy(asOf: Day)
  }

  /// An activity whose status moved.
  public struct StatusMove: Hashable, Sendable {
    /// The activity's id.
    public var id: String
    /// Its title (as it is now).
    public var title: LocalizedText
    /// Its responsible agency (as it is now).
    public var owner: LocalizedText?
    /// The status before; nil for an activity that did not exist then.
    public var from: Status?
    /// The status now.
    public var to: Status
  }

  /// An activity whose due date moved later: carried over.
  public struct DueMove: Hashable, Sendable {
    /// The activity's id.
    public var id: String
    /// Its title (as it is now).
    public var title: LocalizedText
    /// Its responsible agency (as it is now).
    public var owner: LocalizedText?
    /// The due date before.
    public var from: Day
    /// The due date now, later than `from`.
    public var to: Day
  }

  /// An indicator whose actual figure changed.
  public struct IndicatorMove: Hashable, Sendable {
    /// The indicator's id.
    public var id: String
    /// What is measured.
    public var title: LocalizedText
    /// The unit, with its plural forms.
    public var unitForms: PluralText
    /// The plan now, if any.
    public var plan: Double?
    /// The actual figure before.
    public var from: Double
    /// The actual figure now.
    public var to: Double

    /// The unit as one text per language (see `Indicator.unit`).
    public var unit: LocalizedText { unitForms.text }
  }

  /// What the changes are measured against.
  public var baseline: Baseline
  /// Activities done now that were not.
  public var finished: [StatusMove] = []
  /// Activities in progress now that were pending (or new).
  public var started: [StatusMove] = []
  /// Activities that went backwards (done → not done, in progress → pending): worth
  /// saying out loud at a meeting.
  public var movedBack: [StatusMove] = []
  /// Activities whose due date moved later.
  public var carriedOver: [DueMove] = []
  /// Indicators whose actual figure changed.
  public var indicators: [IndicatorMove] = []

  /// Makes an empty summary against a baseline.
  public init(baseline: Baseline) { self.baseline = baseline }

  /// True when nothing moved.
  public var isEmpty: Bool {
    finished.isEmpty && started.isEmpty && movedBack.isEmpty && carriedOver.isEmpty && indicators.isEmpty
  }

  /// The changes from `old` to `new`, in the file order of `new`.
  public static func compare(_ old: Roadmap, _ new: Roadmap) -> ChangeSummary {
    var s = ChangeSummary(baseline: .copy(asOf: old.asOf))
    for (_, a) in new.allActivities {
      let before = old.activity(id: a.id)
      s.classify(id: a.id, current: a, from: before?.status, dueFrom: before?.due)
    }
    let oldIndicators = Dictionary(
      old.allIndicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for i in new.allIndicators {
      guard let before = oldIndicators[i.id], before.actual != i.actual else { continue }
      s.indicators.append(IndicatorMove(
        id: i.id, title: i.title, unitForms: i.unitForms, plan: i.plan, from: before.actual, to: i.actual))
    }
    return s
  }

  /// The changes recorded in `history` from `day` on, described with `current`'s titles.
  ///
  /// Per activity and field, the value before the first entry of the period is compared
  /// with the value now in `current`, so a status set and set back counts as nothing,
  /// and an entry for an activity no longer in the file is left out.
  public static func fromHistory(_ history: [HistoryEntry], since day: Day, current: Roadmap) -> ChangeSummary {
    var s = ChangeSummary(baseline: .since(day))
    let firstOld = valuesBefore(history, since: day)
    for (_, a) in current.allActivities {
      guard let fields = firstOld[a.id] else { continue }
      var from: Status? = a.status
      if let old = fields[.status] {
        if case .status(let st)? = old { from = st } else { from = nil }
      }
      var dueFrom = a.due
      if let old = fields[.due] {
        if case .day(let d)? = old { dueFrom = d } else { dueFrom = nil }
      }
      // Added in the period: it had no status before.
      if let old = fields[.entry], old == nil { from = nil }
      s.classify(id: a.id, current: a, from: from, dueFrom: dueFrom)
    }
    for i in current.allIndicators {
      guard case .some(.number(let before)?) = firstOld[i.id]?[.actual], before.value != i.actual else { continue }
      s.indicators.append(IndicatorMove(
        id: i.id, title: i.title, unitForms: i.unitForms, plan: i.plan, from: before.value, to: i.actual))
    }
    return s
  }

  /// The changes recorded in `history` since `meeting` (from its day on, as `since`).
  public static func fromHistory(_ history: [HistoryEntry], sinceMeeting meeting: Meeting, current: Roadmap) -> ChangeSummary {
    var s = fromHistory(history, since: meeting.date, current: current)
    s.baseline = .meeting(meeting)
    return s
  }

  /// The ids of the activities in `current` that `history` shows changed from `day` on:
  /// some field now differs from its value before the first entry of the period (so a
  /// status set and set back is no change), for the dashboard's change marks.
  public static func changedIDs(_ history: [HistoryEntry], since day: Day, current: Roadmap) -> Set<String> {
    var out = Set<String>()
    for (id, fields) in valuesBefore(history, since: day) {
      guard current.activity(id: id) != nil else { continue }
      if fields.contains(where: { field, old in (current.value(of: field, id: id) ?? nil) != old }) { out.insert(id) }
    }
    return out
  }

  /// Per activity and field changed from `day` on, its value before the first such entry.
  private static func valuesBefore(_ history: [HistoryEntry], since day: Day) -> [String: [Field: FieldValue?]] {
    let start = day.description
    var firstOld: [String: [Field: FieldValue?]] = [:]
    for e in history where e.time.prefix(10) >= start {
      if firstOld[e.id]?[e.field] == nil { firstOld[e.id, default: [:]][e.field] = .some(e.old) }
    }
    return firstOld
  }

  /// Puts one activity into the lists its before and now call for.
  private mutating func classify(id: String, current a: Activity, from: Status?, dueFrom: Day?) {
    let move = StatusMove(id: id, title: a.title, owner: a.owner, from: from, to: a.status)
    if let from, from == a.status {
      // Unchanged status.
    } else {
      switch (from, a.status) {
      case (_, .done): finished.append(move)
      case (.done?, _), (.inProgress?, .pending): movedBack.append(move)
      case (_, .inProgress): started.append(move)
      case (_, .pending): break  // a new activity not started: nothing to report yet
      }
    }
    if let dueFrom, let due = a.due, due > dueFrom {
      carriedOver.append(DueMove(id: id, title: a.title, owner: a.owner, from: dueFrom, to: due))
    }
  }
}

extension Roadmap {
  /// Every indicator, of directions and of their projects, in file order.
  public var allIndicators: [Indicator] {
    directions.flatMap { d in d.indicators + d.projects.flatMap(\.indicators) }
  }
}
