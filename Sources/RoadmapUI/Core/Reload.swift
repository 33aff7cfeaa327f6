import RoadmapKit

/// Following the file: a new roadmap replaces the old one without losing the user's place.
extension DashboardState {
  /// Takes a roadmap read again from disk, keeping the drill-down where it still exists.
  ///
  /// Levels that point past the new roadmap (a project removed, an activity moved) are
  /// dropped from the top of the stack; selections are clamped to the new lists.
  public mutating func reload(_ roadmap: Roadmap) {
    replaceRoadmap(roadmap)
    // The filter names its agency; one that has no activities left filters nothing.
    if let o = ownerFilter, agencyIndex(o) == nil { ownerFilter = nil }
    var kept: [Level] = []
    for level in stack {
      guard exists(level.screen) else { break }
      kept.append(level)
    }
    stack = kept.isEmpty ? [Level(.overview)] : kept
    overlay = nil
    filtersChanged()
    keepSelectionVisible()
  }

  /// Whether a screen still points at something in the roadmap.
  func exists(_ screen: Screen) -> Bool {
    let dirs = roadmap.directions
    switch screen {
    case .overview, .agencies: return true
    case .direction(let d): return d < dirs.count
    case .project(let d, let p): return d < dirs.count && p < dirs[d].projects.count
    case .activity(let l):
      return l.direction < dirs.count && l.project < dirs[l.direction].projects.count
        && l.activity < dirs[l.direction].projects[l.project].activities.count
    case .agency(let a): return agencyIndex(a) != nil
    }
  }
}
