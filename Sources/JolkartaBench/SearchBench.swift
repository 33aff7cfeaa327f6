import Foundation
import RoadmapKit
import RoadmapUI

/// What the search costs, measured as the dashboard's user meets it.
struct SearchFigures: Codable {
  /// Building the index of every title after the load, on the session's worker (off the
  /// UI thread): what a reload costs, and a load whose index could not be written.
  var build = 0.0
  /// The first letter typed at once after the first frame: from the key to its hits
  /// drawn (with the index the load wrote; a wait for the build if there is none).
  var firstAtOnce = 0.0
  /// The first letter typed once the index is there: the key and its frame.
  var first = 0.0
  /// «мектеп» looked up whole, index there (median).
  var whole = 0.0
  /// Its hits.
  var hits = 0
  /// The slowest of the keystrokes after the first (each a key and its frame).
  var slowestKeystroke = 0.0
  /// A title edited and found by its new words: the edit (index rewritten in place,
  /// no rebuild) and the search for them.
  var retitle = 0.0
}

/// Runs the dashboard's initial search-index build as the session would, but here and
/// now, and hands the index to it (for a headless run with a large roadmap).
func deliverSearchIndex(_ d: inout Dashboard) {
  for case .buildSearchIndex(let roadmap, let generation) in d.initialEffects {
    _ = d.update(.searchIndexBuilt(SearchIndex(roadmap, generation: generation)))
  }
}

/// Measures the search on a loaded roadmap, with the index its load wrote.
func measureSearch(_ l: LoadedRoadmap, index loadedIndex: SearchIndex?, runs: Int) -> SearchFigures {
  var f = SearchFigures()
  var grid = Grid(width: 120, height: 40)
  let options = DashboardOptions(today: l.roadmap.asOf)
  f.build = timed(runs) { _ = SearchIndex(l.roadmap, generation: 0) }

  // Typed at once: the index the load wrote, or the session's worker builds it while
  // the keys come in.
  var d = Dashboard(l, options: options, searchIndex: loadedIndex)
  _ = d.update(.resize(width: 120, height: 40))
  d.render(into: &grid)
  let built = Built()
  let start = now()
  for case .buildSearchIndex(let roadmap, let generation) in d.initialEffects {
    Thread.detachNewThread { built.put(SearchIndex(roadmap, generation: generation)) }
  }
  for key in [Key.character("/"), .character("м")] { _ = d.update(.key(key)) }
  d.render(into: &grid)
  if d.state.search?.waiting == true, let index = built.take(timeout: 60) {
    _ = d.update(.searchIndexBuilt(index))
    d.render(into: &grid)
  }
  f.firstAtOnce = now() - start

  // Typed once the index is there: each letter a key and its frame.
  var s = Dashboard(l, options: options)
  _ = s.update(.resize(width: 120, height: 40))
  deliverSearchIndex(&s)
  _ = s.update(.key(.character("/")))
  var keystrokes: [Double] = []
  for (k, letter) in "мектеп".enumerated() {
    let t = now()
    _ = s.update(.key(.character(letter)))
    s.render(into: &grid)
    if k == 0 { f.first = now() - t } else { keystrokes.append(now() - t) }
  }
  f.slowestKeystroke = keystrokes.max() ?? .nan
  let index = s.state.searchIndexing.index ?? SearchIndex(l.roadmap, generation: 0)
  f.whole = timed(runs) { f.hits = index.search("мектеп", owners: s.state.digest.owners, within: nil).count }

  // A title edited from the search's own hit (`T`, the form, Enter), then found.
  _ = s.update(.key(.enter))
  let t = now()
  for key in [Key.character("t"), .end] + " қарағай".map(Key.character) + [.enter] {
    _ = s.update(.key(key))
  }
  for key in [Key.character("/")] + "қарағай".map(Key.character) { _ = s.update(.key(key)) }
  s.render(into: &grid)
  f.retitle = now() - t
  return f
}

/// The index a thread built, handed over once.
private final class Built: @unchecked Sendable {
  private let condition = NSCondition()
  private var index: SearchIndex?

  func put(_ i: SearchIndex) {
    condition.lock()
    index = i
    condition.signal()
    condition.unlock()
  }

  func take(timeout: Double) -> SearchIndex? {
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    while index == nil, condition.wait(until: deadline) {}
    return index
  }
}
