/// How many activities are done, in progress and pending.
public struct StatusCounts: Hashable, Sendable {
  /// Activities done.
  public var done = 0
  /// Activities in progress.
  public var inProgress = 0
  /// Activities not started.
  public var pending = 0

  /// Empty counts.
  public init() {}

  /// Counts with the given figures.
  public init(done: Int, inProgress: Int, pending: Int) {
    self.done = done
    self.inProgress = inProgress
    self.pending = pending
  }

  /// Counts of a list of activities.
  public init<S: Sequence>(_ activities: S) where S.Element == Activity {
    for a in activities { self[a.status] += 1 }
  }

  /// Counts of an array of activities, reading each status in place (no copy of each
  /// activity and its strings: the loader counts every project of a million activities).
  public init(_ activities: [Activity]) {
    for i in activities.indices { self[activities[i].status] += 1 }
  }

  /// All activities counted.
  public var total: Int { done + inProgress + pending }

  /// Activities not yet done.
  public var remaining: Int { inProgress + pending }

  /// The count of one status.
  public subscript(status: Status) -> Int {
    get {
      switch status {
      case .done: return done
      case .inProgress: return inProgress
      case .pending: return pending
      }
    }
    set {
      switch status {
      case .done: done = newValue
      case .inProgress: inProgress = newValue
      case .pending: pending = newValue
      }
    }
  }

  /// Whole percentages of done, in progress and pending that add up to exactly 100.
  ///
  /// Rounded by largest remainder (Hamilton's method): each share is floored, then the
  /// points still missing go to the largest fractional parts, ties to the earlier status.
  /// 60/52/10 of 122 gives 49/43/8. All zeros when there is nothing to count.
  public var percentages: (done: Int, inProgress: Int, pending: Int) {
    let p = StatusCounts.largestRemainder([done, inProgress, pending], total: 100)
    return (p[0], p[1], p[2])
  }

  /// Splits `total` units among `parts` in proportion, by largest remainder.
  ///
  /// Used for percentages and for the widths of stacked bars, so that a bar of 40
  /// cells is always exactly 40 cells and a non-zero part is never lost to rounding
  /// unless the bar is too short.
  public static func largestRemainder(_ parts: [Int], total: Int) -> [Int] {
    let sum = parts.reduce(0, +)
    guard sum > 0, total > 0 else { return parts.map { _ in 0 } }
    var shares = parts.map { $0 * total / sum }
    let remainders = parts.enumerated().map { (i, p) in (i, (p * total) % sum) }
    var missing = total - shares.reduce(0, +)
    for (i, _) in remainders.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }) {
      guard missing > 0 else { break }
      shares[i] += 1
      missing -= 1
    }
    return shares
  }

  public static func += (a: inout StatusCounts, b: StatusCounts) {
    a.done += b.done
    a.inProgress += b.inProgress
    a.pending += b.pending
  }
}
