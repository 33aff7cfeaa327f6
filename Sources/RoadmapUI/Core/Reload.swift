import RoadmapKit

/// Following the file: a new roadmap replaces the old one without losing the user's place.
extension DashboardState {
  /// Takes a roadmap read again from disk, keeping the drill-down where it still exists.
  ///
  /// Levels that point past the new roadmap (a project removed, an activity moved) are
  /// dropped from the top of the stack; selections are clamped to the new lists.
  /// The search index stays when it fits the new roadmap (`SearchIndex.fits`).
  public mutating func reload(_ roadmap: Roadmap) {
    let kept = searchIndexing.index.flatMap { SearchIndex.fits(self.roadmap, roadmap) ? $0 : nil }
    replaceRoadmap(roadmap)
    if var kept {
      kept.generation = searchIndexing.generation
      searchIndexing.index = kept
    }
    followScreens()
    overlay = nil
    filtersChanged()
    keepSelectionVisible()
  }

  /// After an edit that changed the roadmap's shape (an activity added, removed or moved,
  /// a title or figure changed): the digest is made again and the screens follow, as on
  /// a reload, but what the user has open on top (help, search) stays.
  mutating func followReshapedRoadmap(_ open: [Int: String]) {
    let edited = roadmap
    replaceRoadmap(edited)
    // An activity open on a level is found again by its id (it may have moved); the
    // levels above one that is gone go with it.
    for (k, id) in open.sorted(by: { $0.key < $1.key }) where k < stack.count {
      guard let loc = roadmap.activityIndex[id] else {
        stack = Array(stack.prefix(k))
        break
      }
      stack[k].screen = .activity(loc)
    }
    if stack.isEmpty { stack = [Level(.overview)] }
    followScreens()
    // Each list stays scrolled where it was (a title edited on row 40 keeps row 40 in
    // view); only what no longer fits is clamped.
    let scrolls = stack.map(\.scroll)
    filtersChanged()
    for k in stack.indices where k < scrolls.count { stack[k].scroll = scrolls[k] }
    for k in stack.indices.dropLast() { keepVisible(level: k) }
    keepSelectionVisible()
  }

  /// The id of the activity each activity screen of the stack shows, by level.
  func openActivities() -> [Int: String] {
    var out: [Int: String] = [:]
    for (k, level) in stack.enumerated() {
      if case .activity(let l) = level.screen, exists(level.screen) { out[k] = roadmap[l].id }
    }
    return out
  }

  /// Keeps the drill-down where it still exists; the filter loses an agency that is gone.
  mutating func followScreens() {
    // The filter names its agency; one that has no activities left filters nothing.
    if let o = ownerFilter, agencyIndex(o) == nil { ownerFilter = nil }
    var kept: [Level] = []
    for level in stack {
      guard exists(level.screen) else { break }
      kept.append(level)
    }
    stack = kept.isEmpty ? [Level(.overview)] : kept
  }

  /// Whether a screen still points at something in the roadmap.
  func exists(_ screen: Screen) -> Bool {
    let dirs = roadmap.directions
    switch screen {
    case .overview, .agencies, .trend: return true
    case .direction(let d): return d < dirs.count
    case .project(let d, let p): return d < dirs.count && p < dirs[d].projects.count
    case .activity(let l):
      return l.direction < dirs.count && l.project < dirs[l.direction].projects.count
        && l.activity < dirs[l.direction].projects[l.project].activities.count
    case .agency(let a): return agencyIndex(a) != nil
    }
  }
}
