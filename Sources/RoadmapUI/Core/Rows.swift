import RoadmapKit

/// The rows each screen lists, with the filters applied; shared by views and reducer.
extension DashboardState {
  /// The activities a project screen lists.
  func projectRows(_ d: Int, _ p: Int) -> [ActivityLocation] {
    let activities = roadmap.directions[d].projects[p].activities
    var out: [ActivityLocation] = []
    for (a, activity) in activities.enumerated() where passesFilters(activity) {
      out.append(ActivityLocation(direction: d, project: p, activity: a))
    }
    return out
  }

  /// The activities an agency screen lists.
  func agencyRows(_ agency: Agency) -> [ActivityLocation] {
    guard let i = agencyIndex(agency) else { return [] }
    let o = digest.owners[i]
    return (overdueFilter ? o.overdue : o.activities).filter { passesFilters(roadmap[$0]) }
  }

  /// The agencies the agencies screen lists, as indices of `digest.owners`: every one, or
  /// under a filter those with activities that pass, most left of those first.
  func agencyList() -> [Int] {
    filtered?.agencyOrder ?? Array(digest.owners.indices)
  }

  /// The row of the agencies screen where `agency` is listed, if it is.
  func agencyRow(_ agency: Agency) -> Int? {
    guard let i = agencyIndex(agency) else { return nil }
    return filtered.map { $0.agencyOrder.firstIndex(of: i) } ?? i
  }

  /// How many rows the current screen has (panes on the overview, lines on an activity).
  func rowCount() -> Int {
    if let search, search.isEditing { return search.hits.count }
    switch current.screen {
    case .overview: return roadmap.directions.count
    case .direction(let d): return roadmap.directions[d].projects.count
    case .project(let d, let p): return projectRows(d, p).count
    case .activity(let location): return ActivityLines.lines(self, location, width: width).count
    case .agencies: return filtered?.agencyOrder.count ?? digest.owners.count
    case .agency(let a): return agencyRows(a).count
    case .trend: return 0
    }
  }

  /// The context the key table is read in.
  var keyContext: KeyContext {
    if let c = edit.promptContext { return c }
    switch overlay {
    case .help: return .help
    case .ownerPicker: return .ownerPicker
    case nil: break
    }
    if let search, search.isEditing { return search.resultsFocused ? .searchList : .search }
    switch current.screen {
    case .overview: return .overview
    case .direction: return .direction
    case .project: return .project
    case .activity: return .activity
    case .agencies: return .agencies
    case .agency: return .agency
    case .trend: return .trend
    }
  }
}
