import Foundation
@testable import RoadmapKit
import Testing

@testable import RoadmapUI

/// The search index: built off the loop for a large roadmap, narrowed letter by letter to
/// exactly what a plain search finds, and kept (not rebuilt) when a title is edited.
@Suite struct SearchIndexTests {
  /// The search as a reader would do it by hand, independent of the index: every text
  /// lowercased by Swift, the letters folded by this table, `contains` on Strings.
  struct NaiveSearch {
    static let folds: [Character: Character] = [
      "ё": "е", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    ]
    static func fold(_ s: String) -> String { String(s.lowercased().map { folds[$0] ?? $0 }) }
    /// Each project and activity with its texts folded: titles, id, and the agency's name.
    let rows: [(SearchHit, [String])]

    init(_ roadmap: Roadmap) {
      func texts(_ t: LocalizedText?) -> [String] { t?.translations.map { Self.fold($0.text) } ?? [] }
      var rows: [(SearchHit, [String])] = []
      for (d, direction) in roadmap.directions.enumerated() {
        for (p, project) in direction.projects.enumerated() {
          rows.append((.project(direction: d, project: p), texts(project.title) + [Self.fold(project.id)]))
          for (a, activity) in project.activities.enumerated() {
            let texts = texts(activity.title) + [Self.fold(activity.id)] + texts(activity.owner)
            rows.append((.activity(ActivityLocation(direction: d, project: p, activity: a)), texts))
          }
        }
      }
      self.rows = rows
    }

    func hits(_ query: String) -> [SearchHit] {
      let q = Self.fold(query)
      guard !q.isEmpty else { return [] }
      return rows.filter { $0.1.contains { $0.contains(q) } }.map(\.0)
    }
  }

  static func naiveHits(_ query: String, in roadmap: Roadmap, today: Day) -> [SearchHit] {
    NaiveSearch(roadmap).hits(query)
  }

  /// A generated roadmap of a few thousand activities (Kazakh and Russian titles, № in
  /// the projects' titles, many agencies), and the region's own.
  static func roadmaps() throws -> [LoadedRoadmap] {
    [try regionRoadmap(), try RoadmapLoader.decode(SyntheticRoadmap(activities: 2_000, seed: 7).bytes())]
  }

  @Test func narrowingLetterByLetterFindsWhatAPlainSearchFinds() throws {
    let queries = [
      "мектеп", "МЕКТЕП", "курылыс", "құрылыс", "ауданында", "№1", "g1.p2.a1", "d1.schools", "басқармасы",
      "молодёжн", "жол жөндеу", "«ауыл", "zzz",
    ]
    for loaded in try Self.roadmaps() {
      let index = SearchIndex(loaded.roadmap, generation: 0)
      let owners = RoadmapDigest(loaded.roadmap, today: snapshotDay).owners
      let naive = NaiveSearch(loaded.roadmap)
      for query in queries {
        var previous: [SearchHit]? = nil
        var typed = ""
        for c in query {
          typed.append(c)
          let hits = index.search(typed, owners: owners, within: previous)
          let expected = naive.hits(typed)
          #expect(hits == expected, "«\(typed)» narrowed")
          #expect(index.search(typed, owners: owners, within: nil) == expected, "«\(typed)» in full")
          previous = hits
        }
      }
    }
  }

  /// A dashboard of `loaded` sized 120×40 that indexes off the loop, as a large roadmap's.
  static func largeDashboard(_ loaded: LoadedRoadmap) -> TestDashboard {
    var options = DashboardOptions(today: snapshotDay)
    options.searchIndexInline = 0  // the region's roadmap counts as large here
    var d = TestDashboard(loaded, options: options)
    _ = d.handle(.resize(width: 120, height: 40))
    return d
  }

  @Test func aLargeRoadmapsIndexIsBuiltOffTheLoopAndASearchTypedMeanwhileWaits() throws {
    let loaded = try regionRoadmap()
    var d = Self.largeDashboard(loaded)
    // The session starts the build with the dashboard: no key asks for it again.
    let starts = d.app.initialEffects.contains(.buildSearchIndex(loaded.roadmap, generation: 0))
    #expect(starts)
    d.press(.character("/"))
    d.type("мектеп")
    #expect(d.takeEffects().isEmpty)
    #expect(d.state.searchIndexing.index == nil, "no key built it")
    #expect(d.state.search?.waiting == true)
    #expect(d.state.search?.hits == [])
    #expect(d.grid().rowText(Layout.body(d.state).y + 1).contains("Ізделуде…"))
    // The build the session ran arrives as a message: the hits of the query typed so far.
    d.receive(.searchIndexBuilt(SearchIndex(loaded.roadmap, generation: 0)))
    let expected = Self.naiveHits("мектеп", in: loaded.roadmap, today: snapshotDay)
    #expect(expected.count >= 14)
    #expect(d.state.search?.hits == expected)
    #expect(d.state.search?.waiting == false)
    #expect(!d.grid().rowText(Layout.body(d.state).y + 1).contains("Ізделуде…"))
  }

  @Test func anIndexOfARoadmapReplacedSinceIsDroppedAndTheNewOneAskedFor() throws {
    let loaded = try regionRoadmap()
    var d = Self.largeDashboard(loaded)
    // Another program changed the file before the first build came back.
    var edited = loaded.roadmap
    let first = edited.directions[0].projects[0].activities[0].id
    _ = try edited.set(.status, of: first, to: .status(.done))
    d.receive(.reloaded(LoadedRoadmap(roadmap: edited, warnings: [], sourceBytes: edited.source), changedIDs: [first]))
    let asked = d.takeEffects().contains(.buildSearchIndex(edited, generation: 1))
    #expect(asked)
    d.press(.character("/"), .character("м"))
    d.receive(.searchIndexBuilt(SearchIndex(loaded.roadmap, generation: 0)))
    #expect(d.state.searchIndexing.index == nil, "the old roadmap's index is dropped")
    #expect(d.state.search?.waiting == true)
    d.receive(.searchIndexBuilt(SearchIndex(edited, generation: 1)))
    #expect(d.state.search?.hits == Self.naiveHits("м", in: edited, today: snapshotDay))
  }

  @Test func anEditedTitleIsFoundWithoutARebuild() throws {
    let loaded = try regionRoadmap()
    var d = Self.largeDashboard(loaded)
    d.receive(.searchIndexBuilt(SearchIndex(loaded.roadmap, generation: 0)))
    // The first activity of «Ауыл аманаты», its title given a word found nowhere else.
    d.press(.character("2"), .enter)
    let location = try #require(d.state.editTarget)
    let id = d.state.roadmap[location].id
    d.press(.character("t"), .end)
    d.type(" қарағайлы")
    d.press(.enter)
    #expect(d.state.roadmap[location].title.resolved("kk").hasSuffix(" қарағайлы"))
    #expect(!d.takeEffects().contains { if case .buildSearchIndex = $0 { return true } else { return false } })
    #expect(d.state.searchIndexing.generation == 0, "the index was kept")
    d.press(.character("/"))
    d.type("карагайлы")
    #expect(d.state.search?.waiting == false)
    #expect(d.state.search?.hits == [.activity(location)])
    #expect(d.state.search?.hits == Self.naiveHits("карагайлы", in: d.state.roadmap, today: snapshotDay))
    // The id still finds it, and the old title no longer ends where it did.
    d.press(.escape, .character("/"))
    d.type(id)
    #expect(d.state.search?.hits == [.activity(location)])
  }
}
