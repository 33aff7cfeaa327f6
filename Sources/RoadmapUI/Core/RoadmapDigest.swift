import RoadmapKit

/// One responsible agency with what it has done and what is left.
public struct OwnerSummary: Hashable, Sendable {
  /// The agency; nil for activities with no owner named.
  public var owner: LocalizedText?
  /// Status counts of its activities.
  public var counts: StatusCounts
  /// Its activities in file order.
  public var activities: [ActivityLocation]
  /// Those of its activities that are overdue, in file order: the overdue filter's rows
  /// and figures come from these without walking every activity.
  public var overdue: [ActivityLocation] = []
}

/// Figures derived from a roadmap in one pass, so that keystrokes do not walk it again.
public struct RoadmapDigest: Sendable, Equatable {
  /// Every agency, most remaining work first; ties keep the order of first appearance.
  public var owners: [OwnerSummary]
  /// The figures under the filters last asked for; replaced (emptied) by every edit.
  var filterCache = FilterCache()
  /// Activities not done whose due date is before the dashboard's today.
  public var overdue: Int

  /// Walks the roadmap once; overdue is counted against `today`.
  public init(_ roadmap: Roadmap, today: Day) {
    var overdue = 0
    // Grouped by the model's owner key, not by the owner's text: hashing a million
    // Cyrillic strings (Unicode-normalised) would cost more than loading them.
    var slotOf = [Int](repeating: -1, count: roadmap.ownerTable.count + 1)
    var summaries: [OwnerSummary] = []
    // Fields are read in place: iterating activities by value would retain and release
    // every string of a million of them.
    for d in roadmap.directions.indices {
      for p in roadmap.directions[d].projects.indices {
        roadmap.directions[d].projects[p].activities.withUnsafeBufferPointer { acts in
          for a in acts.indices {
            let key = (acts[a].ownerKey ?? -1) + 1
            if slotOf[key] < 0 {
              slotOf[key] = summaries.count
              summaries.append(OwnerSummary(owner: acts[a].owner, counts: StatusCounts(), activities: []))
            }
            let i = slotOf[key]
            summaries[i].counts[acts[a].status] += 1
            summaries[i].activities.append(ActivityLocation(direction: d, project: p, activity: a))
            if acts[a].status != .done, let due = acts[a].due, due < today {
              overdue += 1
              summaries[i].overdue.append(ActivityLocation(direction: d, project: p, activity: a))
            }
          }
        }
      }
    }
    owners = summaries.enumerated().map { ($0.offset, $0.element) }.sorted {
      $0.1.counts.remaining != $1.1.counts.remaining
        ? $0.1.counts.remaining > $1.1.counts.remaining : $0.0 < $1.0
    }.map { $0.1 }
    self.overdue = overdue
  }
}

extension RoadmapDigest {
  /// Digests compare by their figures; the filtered figures are a cache built on first
  /// use.
  public static func == (a: RoadmapDigest, b: RoadmapDigest) -> Bool {
    a.owners == b.owners && a.overdue == b.overdue
  }
}
