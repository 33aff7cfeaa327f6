import RoadmapKit

/// One result of the search: a project whose title or id matched, or an activity whose
/// title, id or agency did.
///
/// Ordered as the file is: a project comes right before its own activities.
public enum SearchHit: Hashable, Sendable, Comparable {
  /// A project; Enter opens it.
  case project(direction: Int, project: Int)
  /// An activity; Enter shows it in its project.
  case activity(ActivityLocation)

  /// Where the activity hit is; nil for a project.
  public var location: ActivityLocation? {
    if case .activity(let l) = self { return l }
    return nil
  }

  public static func < (a: SearchHit, b: SearchHit) -> Bool {
    func key(_ h: SearchHit) -> (Int, Int, Int) {
      switch h {
      case .project(let d, let p): return (d, p, -1)
      case .activity(let l): return (l.direction, l.project, l.activity)
      }
    }
    return key(a) < key(b)
  }

  /// Project hits and activity hits, each in file order, merged into one list in file order.
  static func merge(projects: [SearchHit], activities: [ActivityLocation]) -> [SearchHit] {
    guard !projects.isEmpty else { return activities.map(SearchHit.activity) }
    var out: [SearchHit] = []
    out.reserveCapacity(projects.count + activities.count)
    var next = projects[...]
    for l in activities {
      while let p = next.first, p < .activity(l) {
        out.append(p)
        next = next.dropFirst()
      }
      out.append(.activity(l))
    }
    return out + next
  }
}
