import RoadmapKit

/// Where the dashboard's search index stands: built for the roadmap shown, asked for and
/// under way, or wanted.
///
/// A large roadmap's index comes with its load (`SearchIndex.load`, written as the file
/// is read), or is built off the UI thread (`Effect.buildSearchIndex`) after a load
/// without it and after each reload; a search typed before it arrives says "searching…"
/// and gets its hits the moment it does, so no key waits for it. A small one is built at
/// once, where its first search needs it: at `inlineLimit` activities that takes
/// about a millisecond, less than one keystroke.
public struct SearchIndexing: Sendable, Equatable {
  /// The index of the roadmap shown; nil until it is built.
  public var index: SearchIndex?
  /// Counts the roadmaps shown; an index built for an earlier one is dropped on arrival.
  public var generation = 0
  /// Whether the build of this generation's index was asked for and has not arrived.
  public var requested = false
  /// Roadmaps of up to this many activities are indexed on the UI thread, when needed.
  public var inlineLimit = 20_000
}

extension DashboardState {
  /// The roadmap was replaced by another (a reload, a merge, an activity added or moved):
  /// its index is built again.
  mutating func forgetSearchIndex() {
    // Nothing built or asked for: nothing to tell apart.
    guard searchIndexing.index != nil || searchIndexing.requested else { return }
    searchIndexing.generation += 1
    searchIndexing.index = nil
    searchIndexing.requested = false
  }

  /// Whether the roadmap is too large to be indexed on the UI thread.
  var indexesOffLoop: Bool { roadmap.activityIndex.count > searchIndexing.inlineLimit }

  /// The build to start, when the index is missing and too large to build here; marks it
  /// asked for (the dashboard's shell returns it after every message).
  mutating func searchIndexWanted() -> Effect? {
    guard searchIndexing.index == nil, !searchIndexing.requested, indexesOffLoop else { return nil }
    searchIndexing.requested = true
    return searchIndexBuild
  }

  /// The build of this roadmap's index, off the UI thread.
  var searchIndexBuild: Effect { .buildSearchIndex(roadmap, generation: searchIndexing.generation) }

  /// The index, built here if the roadmap is small; nil while it is being built elsewhere.
  mutating func readySearchIndex() -> SearchIndex? {
    if let index = searchIndexing.index { return index }
    guard !indexesOffLoop else { return nil }
    searchIndexing.index = SearchIndex(roadmap, generation: searchIndexing.generation)
    return searchIndexing.index
  }

  /// An index built off the loop arrived: kept if it is of the roadmap shown, and the
  /// search typed meanwhile gets its hits.
  mutating func receiveSearchIndex(_ index: SearchIndex) {
    guard index.generation == searchIndexing.generation, searchIndexing.index == nil else { return }
    searchIndexing.index = index
    searchIndexing.requested = false
    if search?.waiting == true { refreshHits(narrowing: false) }
  }

  /// The hits of the current query, or nil while the index is being built.
  mutating func searchHits(within previous: [SearchHit]?) -> [SearchHit]? {
    guard let s = search, let index = readySearchIndex() else { return nil }
    return index.search(s.query, owners: digest.owners, within: previous)
  }

  /// Titles edited (ids of activities or projects): their entries are written again, so
  /// the index stays without a rebuild.
  mutating func retitle(_ ids: [String]) {
    guard var index = searchIndexing.index else { return }
    searchIndexing.index = nil  // the only reference while it changes: no copy
    for id in ids {
      if let l = roadmap.activityIndex[id] {
        index.retitle(activityAt: l, roadmap[l].title, id: id)
        continue
      }
      for (d, direction) in roadmap.directions.enumerated() {
        if let p = direction.projects.firstIndex(where: { $0.id == id }) {
          index.retitle(project: d, p, direction.projects[p].title, id: id)
        }
      }
    }
    searchIndexing.index = index
  }
}
