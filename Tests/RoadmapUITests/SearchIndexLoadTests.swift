import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The search index written while the file is read (`SearchIndex.load`/`decode`): a file
/// large enough for two cores gives an index in several pieces that finds what a plain
/// scan of the titles finds, and a dashboard given it searches from the first key,
/// asking for no build.
@Suite struct SearchIndexLoadTests {
  typealias Plain = SearchIndexHalvesTests.PlainScan

  /// Large enough to be read by two cores (`ProjectRuns.threshold`).
  static let bytes = SearchIndexHalvesTests.hostileBytes(activities: 60_000)

  @Test func theIndexWrittenAsTheFileIsReadFindsWhatAPlainScanFinds() throws {
    #expect(Self.bytes.count >= 8 << 20)
    let (loaded, written) = try SearchIndex.decode(Self.bytes)
    var index = try #require(written)
    // The second core's runs brought pieces of their own.
    #expect(index.activities.pieces.count >= 2)
    #expect(index.activities.count == 60_000)
    let owners = RoadmapDigest(loaded.roadmap, today: snapshotDay).owners
    let naive = Plain(loaded.roadmap)
    let queries = ["м", "мектеп", "курылыс", "°c", "ап", "€", "i̇", "👨", "d3.p1", ".a39", "басқармасы", "zzz"]
    let found = SearchIndexHalvesTests.expectPlainHits(of: queries, in: index, naive, owners)
    #expect(found > 10_000)
    // A title edited in the last piece is found by its new words, and only there.
    let last = loaded.roadmap.allActivities.last!.0
    index.retitle(activityAt: last, LocalizedText("жаңа қарағай"), id: "new")
    #expect(index.search("қарағай", owners: owners, within: nil) == [.activity(last)])
  }

  @Test func aDashboardGivenTheLoadsIndexSearchesAtOnceAndBuildsNone() throws {
    let (loaded, index) = try SearchIndex.decode(Self.bytes)
    #expect(index != nil)
    var d = Dashboard(loaded, options: DashboardOptions(today: snapshotDay), searchIndex: index)
    #expect(!d.initialEffects.contains(where: Self.isBuild))
    _ = d.update(.resize(width: 120, height: 40))
    for key: Key in [.character("/"), .character("м"), .character("е")] {
      #expect(!d.update(.key(key)).contains(where: Self.isBuild))
    }
    let search = try #require(d.state.search)
    #expect(!search.waiting)
    let expected = Plain(loaded.roadmap).hits("ме")
    #expect(!expected.isEmpty)
    #expect(search.hits == expected)
    // Without it, the large roadmap's index is asked for at start, as before.
    #expect(Dashboard(loaded, options: DashboardOptions(today: snapshotDay)).initialEffects.contains(where: Self.isBuild))
  }

  @Test func aSmallFilesIndexIsLeftToItsFirstSearch() throws {
    let file = packageRoot.appendingPathComponent("data/roadmap.json").path
    let (loaded, index) = try SearchIndex.load(path: file)
    #expect(index == nil)
    var d = try regionDashboard()
    #expect(d.state.searchIndexing.index == nil)
    d.press(.character("/"))
    d.type("ме")
    #expect(d.state.search?.hits == Plain(loaded.roadmap).hits("ме"))
  }

  static func isBuild(_ effect: Effect) -> Bool {
    if case .buildSearchIndex = effect { return true }
    return false
  }
}
