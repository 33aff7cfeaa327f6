import Foundation
import RoadmapKit

/// The status counts of only the activities that pass the filters: what every count, bar
/// and percentage of the screens shows while a filter is on.
///
/// Worked out once per filter change or edit and cached in the digest; with no filter on
/// the screens read the counts the model keeps, and nothing is walked at all. The walk is
/// as long as what can pass: one agency's activities, or the overdue ones; the status
/// filter alone walks only the overdue lists (the counts it needs are the model's, one
/// status kept).
public struct FilteredFigures: Sendable, Equatable {
  /// Counts per direction, then per project, as `roadmap.directions[d].projects[p]`.
  public var projects: [[StatusCounts]]
  /// Counts per direction.
  public var directions: [StatusCounts]
  /// Counts over the whole roadmap.
  public var total: StatusCounts
  /// Activities that pass and are overdue.
  public var overdue: Int
  /// Counts per agency, as `digest.owners`.
  public var owners: [StatusCounts]
  /// The agencies with something that passes, as indices of `digest.owners`: most left to
  /// do (of what passes) first, ties in the digest's order.
  public var agencyOrder: [Int]

  /// Counts the activities of `roadmap` that pass `filters`.
  init(_ roadmap: Roadmap, _ digest: RoadmapDigest, _ filters: Filters, today: Day) {
    projects = roadmap.directions.map { $0.projects.map { _ in StatusCounts() } }
    owners = Array(repeating: StatusCounts(), count: digest.owners.count)
    let chosen = digest.owners.indices.filter { i in
      filters.owner.map { $0.owner == digest.owners[i].owner } ?? true
    }
    func passes(_ status: Status) -> Bool { filters.status.map { $0 == status } ?? true }
    overdue = chosen.reduce(0) { n, i in
      n + digest.owners[i].overdue.reduce(0) { $0 + (passes(Self.status(roadmap, $1)) ? 1 : 0) }
    }
    if filters.owner == nil && !filters.overdue, let status = filters.status {
      for d in roadmap.directions.indices {
        for p in roadmap.directions[d].projects.indices {
          projects[d][p][status] = roadmap.directions[d].projects[p].counts[status]
        }
      }
      for i in chosen { owners[i][status] = digest.owners[i].counts[status] }
    } else {
      for i in chosen {
        for l in filters.overdue ? digest.owners[i].overdue : digest.owners[i].activities {
          let status = Self.status(roadmap, l)
          guard passes(status) else { continue }
          projects[l.direction][l.project][status] += 1
          owners[i][status] += 1
        }
      }
    }
    directions = projects.map { $0.reduce(into: StatusCounts()) { $0 += $1 } }
    total = directions.reduce(into: StatusCounts()) { $0 += $1 }
    let counts = owners, left = owners.map(\.remaining)
    agencyOrder = counts.indices.filter { counts[$0].total > 0 }.sorted {
      left[$0] != left[$1] ? left[$0] > left[$1] : $0 < $1
    }
  }

  /// An activity's status, read in place (not by copying the activity and its strings).
  private static func status(_ roadmap: Roadmap, _ l: ActivityLocation) -> Status {
    roadmap.directions[l.direction].projects[l.project].activities[l.activity].status
  }
}

/// The figures under the last filters asked for, shared by the copies of one digest.
///
/// A class so that drawing (which works on a copy of the state) fills it for the next
/// frame; an edit gives the digest a new, empty one.
final class FilterCache: @unchecked Sendable {
  private let lock = NSLock()
  private var key: (filters: Filters, today: Day)?
  private var value: FilteredFigures?

  /// The figures for `filters`, worked out on the first call after a change.
  func figures(_ filters: Filters, today: Day, make: () -> FilteredFigures) -> FilteredFigures {
    lock.lock()
    defer { lock.unlock() }
    if let key, key.filters == filters, key.today == today, let value { return value }
    let made = make()
    key = (filters, today)
    value = made
    return made
  }
}

extension DashboardState {
  /// The counts under the filters in force; nil when no filter is on (the screens then
  /// read the model's own counts).
  var filtered: FilteredFigures? {
    let f = filters
    guard !f.isEmpty else { return nil }
    return digest.filterCache.figures(f, today: today) {
      FilteredFigures(roadmap, digest, f, today: today)
    }
  }

  /// Counts of the whole roadmap as shown: under the filters when one is on.
  var shownCounts: StatusCounts { filtered?.total ?? roadmap.counts }

  /// Counts of a direction as shown.
  func shownCounts(direction d: Int) -> StatusCounts {
    filtered?.directions[d] ?? roadmap.directions[d].counts
  }

  /// Counts of a project as shown.
  func shownCounts(direction d: Int, project p: Int) -> StatusCounts {
    filtered?.projects[d][p] ?? roadmap.directions[d].projects[p].counts
  }

  /// Counts of an agency (an index of `digest.owners`) as shown.
  func shownCounts(owner i: Int) -> StatusCounts {
    filtered?.owners[i] ?? digest.owners[i].counts
  }

  /// Overdue activities as shown.
  var shownOverdue: Int { filtered?.overdue ?? digest.overdue }
}
