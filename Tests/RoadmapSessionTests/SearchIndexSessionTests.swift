import Foundation
import RoadmapKit
import RoadmapUI
import Testing

@testable import RoadmapSession

/// The session builds a large roadmap's search index on a thread of its own: the keys
/// typed meanwhile are answered at once ("searching…"), the hits come with the index.
@Suite struct SearchIndexSessionTests {
  @Test func theSessionBuildsTheIndexOffTheLoopAndTheWaitingSearchGetsItsHits() throws {
    let (dir, path) = try temporaryRoadmap()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let loaded = try RoadmapLoader.load(path: path)
    var options = DashboardOptions(today: Day("2023-11-30"))
    options.searchIndexInline = 0  // the region's roadmap counts as large here
    var s = LiveSession(app: Dashboard(loaded, options: options), path: path, loaded: loaded, author: "тест")
    _ = s.handle(.resize(width: 120, height: 40))
    for key: Key in [.character("/"), .character("м"), .character("е")] { _ = s.handle(.key(key)) }
    // Either still being built (waiting, no hits) or already in: never built by a key.
    #expect(s.app.state.search?.query == "ме")
    let settled = s.settle()
    #expect(settled)
    #expect(s.app.state.searchIndexing.index != nil)
    let search = try #require(s.app.state.search)
    #expect(!search.waiting)
    let expected = SearchIndex(loaded.roadmap, generation: 0)
      .search("ме", owners: s.app.state.digest.owners, within: nil)
    #expect(!expected.isEmpty)
    #expect(search.hits == expected)
  }
}
