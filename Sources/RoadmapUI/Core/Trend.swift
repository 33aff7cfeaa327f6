import RoadmapKit

/// The trend view's part of the reducer: opening it, and the history it is drawn from.
extension DashboardState {
  /// `T`: the progress over time, over the screen the user was on (Esc comes back).
  ///
  /// The history is asked for afresh each time: the one in memory may be older than the
  /// last save when nothing else wanted it (a roadmap without meetings). Until the first
  /// history of the session arrives, the view says that it is loading.
  mutating func openTrend() -> [Effect] {
    guard current.screen != .trend else { return [] }
    search = nil
    stack.append(Level(.trend))
    return [.loadHistory]
  }

  /// Whether the trend view is on screen: saves and reloads then read the history again,
  /// so that the points they add appear.
  var onTrendScreen: Bool { current.screen == .trend }

  /// The history as read, in time order. `edit.history` is grouped by id; each group keeps
  /// the file's order, and the groups are taken in id order so that the result does not
  /// depend on the dictionary's order.
  var orderedHistory: [HistoryEntry] {
    let grouped = edit.history.keys.sorted().flatMap { edit.history[$0] ?? [] }
    return grouped.enumerated()
      .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
      .map(\.element)
  }

  /// The points of the trend: each meeting, each day the history changed the counts, now.
  var trendPoints: [ProgressPoint] {
    ProgressSeries.points(roadmap, history: orderedHistory)
  }
}
