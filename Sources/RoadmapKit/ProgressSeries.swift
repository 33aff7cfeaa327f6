/// One point of the roadmap's progress over time: how many activities were done, in
/// progress and not started at the end of a day.
public struct ProgressPoint: Hashable, Sendable {
  /// What the day is.
  public enum Kind: Hashable, Sendable {
    /// A meeting was held that day (its id).
    case meeting(String)
    /// The history records changes of status that day.
    case change
    /// The roadmap as it is now.
    case now
  }

  /// The day; the counts are those at its end.
  public var day: Day
  /// The counts at the end of the day.
  public var counts: StatusCounts
  /// Why the day is a point.
  public var kind: Kind

  /// Makes a point.
  public init(day: Day, counts: StatusCounts, kind: Kind) {
    self.day = day
    self.counts = counts
    self.kind = kind
  }
}

/// The roadmap's progress over time, for the charts of the report, the dashboard's trend
/// view and the trend slide.
///
/// The counts are found by going back from the roadmap as it is now through its history,
/// newest entry first, undoing each change of status and each activity added or removed
/// (a project's entry carries its activities). So the history is the only source of the
/// past: a meeting before the first entry shows the counts as the history knows them,
/// which are the file's own when nothing was changed since.
public enum ProgressSeries {
  /// The points in time order: each meeting, each day the history changed a status or
  /// added or removed an activity, and now (on the later of the file's `as_of` and the
  /// last day of any history entry). A day that is several of these is one point; a meeting wins over
  /// a change, now over both.
  public static func points(_ current: Roadmap, history: [HistoryEntry]) -> [ProgressPoint] {
    var statuses: [String: Status] = [:]
    for (_, a) in current.allActivities { statuses[a.id] = a.status }

    // Entries in time order; the stable sort keeps the file's order within a second.
    let entries = history.enumerated()
      .filter { counts($0.element) }
      .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
      .map(\.element)
    var byDay: [(day: Day, entries: [HistoryEntry])] = []
    for e in entries {
      guard let day = Day(String(e.time.prefix(10))) else { continue }
      if byDay.last?.day == day { byDay[byDay.count - 1].entries.append(e) } else { byDay.append((day, [e])) }
    }

    // Now is the latest day anything was recorded, a note as much as a status.
    let lastRecorded = history.lazy.map(\.time).max().flatMap { Day(String($0.prefix(10))) }
    let nowDay = max(current.asOf, lastRecorded ?? current.asOf)
    var kinds: [Day: ProgressPoint.Kind] = [nowDay: .now]
    for m in current.meetings where m.date < nowDay && kinds[m.date] == nil { kinds[m.date] = .meeting(m.id) }
    for (day, _) in byDay where kinds[day] == nil { kinds[day] = .change }

    // Sweep back from now: a day's point is taken before its own entries are undone.
    var out: [ProgressPoint] = []
    var running = tally(statuses)
    var dayIndex = byDay.count - 1
    for day in kinds.keys.sorted(by: >) {
      while dayIndex >= 0, byDay[dayIndex].day > day {
        for e in byDay[dayIndex].entries.reversed() { undo(e, in: &statuses, counts: &running) }
        dayIndex -= 1
      }
      out.append(ProgressPoint(day: day, counts: running, kind: kinds[day]!))
    }
    return out.reversed()
  }

  /// Whether an entry can change the counts: a status, or an activity or project entry.
  private static func counts(_ e: HistoryEntry) -> Bool {
    switch e.field {
    case .status: return true
    case .entry:
      if case .entry(let x)? = e.old ?? e.new { return x.kind != .meeting }
      return false
    default: return false
    }
  }

  /// Takes one entry back: the status before it, or the activities before it was added
  /// (none) or removed (those of the entry).
  private static func undo(_ e: HistoryEntry, in statuses: inout [String: Status], counts c: inout StatusCounts) {
    func put(_ id: String, _ s: Status?) {
      if let was = statuses[id] { c[was] -= 1 }
      statuses[id] = s
      if let s { c[s] += 1 }
    }
    switch e.field {
    case .status:
      // An entry for an activity the sweep does not know (taken away by a writer that
      // kept no history) counts for nothing rather than for a phantom.
      guard statuses[e.id] != nil, case .status(let old)? = e.old else { return }
      put(e.id, old)
    case .entry:
      if case .entry(let added)? = e.new, e.old == nil {
        for (id, _) in activities(of: added) { put(id, nil) }
      } else if case .entry(let removed)? = e.old {
        for (id, status) in activities(of: removed) { put(id, status) }
      }
    default: break
    }
  }

  /// The ids and statuses of the activities an entry holds: itself, or a project's.
  private static func activities(of entry: Entry) -> [(String, Status)] {
    func one(_ object: JSON) -> (String, Status)? {
      guard let id = object["id"]?.stringValue, let s = object["status"]?.stringValue,
        let status = Status(rawValue: s)
      else { return nil }
      return (id, status)
    }
    switch entry.kind {
    case .activity: return one(entry.object).map { [$0] } ?? []
    case .project: return (entry.object["activities"]?.arrayValue ?? []).compactMap(one)
    case .meeting: return []
    }
  }

  private static func tally(_ statuses: [String: Status]) -> StatusCounts {
    var c = StatusCounts()
    for s in statuses.values {
      switch s {
      case .done: c.done += 1
      case .inProgress: c.inProgress += 1
      case .pending: c.pending += 1
      }
    }
    return c
  }
}
