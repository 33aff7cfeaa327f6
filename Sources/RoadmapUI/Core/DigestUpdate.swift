import RoadmapKit

/// Keeping the digest right after an edit without walking the whole roadmap again.
///
/// An edit touches one activity: its owner's counts, perhaps which owner it belongs to,
/// and the overdue count. Titles are never edited, so the search texts stay as they are.
/// The cost is that of the owners' list (a few dozen), not of the activities.
extension RoadmapDigest {
  /// Takes an activity changed from `old` to `new` at `location` into account.
  mutating func update(
    at location: ActivityLocation, from old: Activity, to new: Activity, today: Day
  ) {
    if old.isOverdue(asOf: today) { overdue -= 1 }
    if new.isOverdue(asOf: today) { overdue += 1 }
    guard old.owner != new.owner || old.status != new.status else { return }
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
        // Activities stay in file order: insert where the location sorts.
        let at = owners[j].activities.firstIndex { $0 > location } ?? owners[j].activities.count
        owners[j].activities.insert(location, at: at)
      }
    } else {
      var counts = StatusCounts()
      counts[new.status] += 1
      owners.append(OwnerSummary(owner: new.owner, counts: counts, activities: [location]))
    }
    sortOwners()
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
