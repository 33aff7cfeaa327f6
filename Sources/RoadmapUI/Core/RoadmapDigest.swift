import RoadmapKit

/// One responsible agency with what it has done and what is left.
public struct OwnerSummary: Hashable, Sendable {
  /// The agency; nil for activities with no owner named.
  public var owner: LocalizedText?
  /// Status counts of its activities.
  public var counts: StatusCounts
  /// Its activities in file order.
  public var activities: [ActivityLocation]
}

/// Figures derived from a roadmap in one pass, so that keystrokes do not walk it again.
public struct RoadmapDigest: Sendable {
  /// Every agency, most remaining work first; ties keep the order of first appearance.
  public var owners: [OwnerSummary]
  /// Every activity with its titles lowercased (all translations), for the search.
  public var searchTexts: [(location: ActivityLocation, text: String)]
  /// Activities not done whose due date is before the dashboard's today.
  public var overdue: Int
  /// Where each activity's entry is in `searchTexts`.
  var textIndex: [ActivityLocation: Int]

  /// Walks the roadmap once; overdue is counted against `today`.
  public init(_ roadmap: Roadmap, today: Day) {
    var overdue = 0
    var order: [LocalizedText?] = []
    var byOwner: [LocalizedText?: OwnerSummary] = [:]
    var texts: [(ActivityLocation, String)] = []
    texts.reserveCapacity(roadmap.activityIndex.count)
    for (d, direction) in roadmap.directions.enumerated() {
      for (p, project) in direction.projects.enumerated() {
        for (a, activity) in project.activities.enumerated() {
          let location = ActivityLocation(direction: d, project: p, activity: a)
          if byOwner[activity.owner] == nil {
            order.append(activity.owner)
            byOwner[activity.owner] = OwnerSummary(owner: activity.owner, counts: StatusCounts(), activities: [])
          }
          byOwner[activity.owner]!.counts[activity.status] += 1
          if activity.isOverdue(asOf: today) { overdue += 1 }
          byOwner[activity.owner]!.activities.append(location)
          let text = activity.title.translations.map { $0.text.lowercased() }.joined(separator: "\n")
          texts.append((location, text))
        }
      }
    }
    let summaries = order.enumerated().map { ($0.offset, byOwner[$0.element]!) }
    owners = summaries.sorted {
      $0.1.counts.remaining != $1.1.counts.remaining
        ? $0.1.counts.remaining > $1.1.counts.remaining : $0.0 < $1.0
    }.map { $0.1 }
    searchTexts = texts
    self.overdue = overdue
    textIndex = Dictionary(uniqueKeysWithValues: texts.enumerated().map { ($0.element.0, $0.offset) })
  }

  /// Activities whose title contains `query`, ignoring case, in file order.
  ///
  /// When the query extends the previous one, only the previous hits are looked at again.
  public func search(_ query: String, within previous: [ActivityLocation]? = nil) -> [ActivityLocation] {
    let needle = query.lowercased()
    guard !needle.isEmpty else { return [] }
    if let previous {
      return previous.filter { location in
        textIndex[location].map { searchTexts[$0].text.contains(needle) } ?? false
      }
    }
    return searchTexts.filter { $0.text.contains(needle) }.map { $0.location }
  }
}
