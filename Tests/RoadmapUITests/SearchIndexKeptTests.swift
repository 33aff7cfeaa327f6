import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// A reload that leaves every title and id where it was keeps the search index (no
/// build asked for, the hits those of the new roadmap); one that changes a title, or
/// reads the whole file again past the bound, has it built again.
@Suite struct SearchIndexKeptTests {
  static let path = packageRoot.appendingPathComponent("data/roadmap.json").path

  /// The region's file with `old` replaced by `new` the first time it occurs.
  static func edited(_ old: String, _ new: String) throws -> [UInt8] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let at = try #require(text.range(of: old))
    return Array(text.replacingCharacters(in: at, with: new).utf8)
  }

  /// A dashboard of the region's file that counts as large (its index built off the
  /// loop), with the index delivered.
  static func dashboard() throws -> (Dashboard, LoadedRoadmap) {
    let loaded = try RoadmapLoader.load(path: path)
    var options = DashboardOptions(today: snapshotDay)
    options.searchIndexInline = 0
    var d = Dashboard(loaded, options: options)
    _ = d.update(.resize(width: 120, height: 40))
    _ = d.update(.searchIndexBuilt(SearchIndex(loaded.roadmap, generation: d.state.searchIndexing.generation)))
    #expect(d.state.searchIndexing.index != nil)
    return (d, loaded)
  }

  static func asksForBuild(_ effects: [Effect]) -> Bool {
    effects.contains { if case .buildSearchIndex = $0 { return true } else { return false } }
  }

  @Test func aStatusChangedElsewhereKeepsTheIndex() throws {
    var (d, loaded) = try Self.dashboard()
    // The first activity's status, as another office's save would change it.
    let bytes = try Self.edited("\"status\": \"done\"", "\"status\": \"pending\"")
    let fresh = try RoadmapLoader.decode(bytes, after: loaded.roadmap, file: Self.path)
    #expect(fresh.roadmap.activity(id: "d1.housing.01")?.status == .pending)
    #expect(!Self.asksForBuild(d.update(.reloaded(fresh, changedIDs: ["d1.housing.01"]))))
    let index = try #require(d.state.searchIndexing.index)
    #expect(index.generation == d.state.searchIndexing.generation)
    for key: Key in [.character("/"), .character("м"), .character("е")] { _ = d.update(.key(key)) }
    #expect(d.state.search?.hits == SearchIndexHalvesTests.PlainScan(fresh.roadmap).hits("ме"))
  }

  @Test func aTitleChangedElsewhereHasTheIndexBuiltAgain() throws {
    var (d, loaded) = try Self.dashboard()
    let bytes = try Self.edited("Орал қаласында 5 көпқабатты", "Орал қаласында 6 көпқабатты")
    let fresh = try RoadmapLoader.decode(bytes, after: loaded.roadmap, file: Self.path)
    #expect(Self.asksForBuild(d.update(.reloaded(fresh, changedIDs: ["d1.housing.01"]))))
    #expect(d.state.searchIndexing.index == nil)
  }

  @Test func theWholeFileReadAgainIsComparedOnlyUpToTheBound() throws {
    let a = try RoadmapLoader.load(path: Self.path).roadmap
    let b = try RoadmapLoader.load(path: Self.path).roadmap
    // Read twice, nothing shared: every activity compared, 122 of them.
    // (Each answer taken first: a failed expectation would print both roadmaps whole.)
    let whole = SearchIndex.fits(a, b), bounded = SearchIndex.fits(a, b, comparedAtMost: 100)
    #expect(whole)
    #expect(!bounded)
    // Shared storage is passed over whatever the bound.
    let shared = SearchIndex.fits(a, a, comparedAtMost: 0)
    #expect(shared)
  }
}
