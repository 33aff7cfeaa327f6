import RoadmapKit

/// Keeping the digest right after an edit without walking the whole roadmap again.
///
/// An edit touches one activity: its owner's counts, perhaps which owner it belongs to,
/// and the overdue count and lists. Titles are never edited, so the search texts stay as
/// they are. The cost is that of the owners' list (a few dozen), not of the activities.
extension RoadmapDigest {
  /// Takes an activity changed from `old` to `new` at `location` into account.
  mutating func update(
    at location: ActivityLocation, from old: Activity, to new: Activity, today: Day
  ) {
    // The figures under a filter were of the roadmap before this edit.
    filterCache = FilterCache()
    let wasOverdue = old.isOverdue(asOf: today), isOverdue = new.isOverdue(asOf: today)
    if wasOverdue {
      overdue -= 1
      if let i = owners.firstIndex(where: { $0.owner == old.owner }) {
        owners[i].overdue.removeAll { $0 == location }
      }
    }
    if isOverdue { overdue += 1 }
    if old.owner != new.owner || old.status != new.status { move(location, from: old, to: new) }
    if isOverdue, let j = owners.firstIndex(where: { $0.owner == new.owner }) {
      owners[j].overdue.insert(location, at: Self.place(of: location, in: owners[j].overdue))
    }
  }

  /// Moves an activity's counts (and, with a new owner, the activity) between agencies.
  private mutating func move(_ location: ActivityLocation, from old: Activity, to new: Activity) {
    if let i = owners.firstIndex(where: { $0.owner == old.owner }) {
      owners[i].counts[old.status] -= 1
      if old.owner != new.owner {
        owners[i].activities.removeAll { $0 == location }
        if owners[i].activities.isEmpty { owners.remove(at: i) }
      }
    }
    if let j = owners.firstIndex(where: { $0.owner == new.owner }) {
      owners[j].counts[new.status] += 1
      if old.owner != new.owner {
        let at = Self.place(of: location, in: owners[j].activities)
        owners[j].activities.insert(location, at: at)
      }
    } else {
      var counts = StatusCounts()
      counts[new.status] += 1
      owners.append(OwnerSummary(owner: new.owner, counts: counts, activities: [location]))
    }
    sortOwners()
  }

  /// Where `location` goes in a list kept in file order.
  private static func place(of location: ActivityLocation, in list: [ActivityLocation]) -> Int {
    list.firstIndex { $0 > location } ?? list.count
  }

  /// Most remaining work first; ties in order of first appearance in the file.
  ///
  /// An owner's first activity in file order is where it first appears, so the order
  /// the full walk gives is found again without walking.
  mutating func sortOwners() {
    owners.sort {
      $0.counts.remaining != $1.counts.remaining
        ? $0.counts.remaining > $1.counts.remaining
        : ($0.activities.first ?? ActivityLocation(direction: .max, project: 0, activity: 0))
          < ($1.activities.first ?? ActivityLocation(direction: .max, project: 0, activity: 0))
    }
  }
}
