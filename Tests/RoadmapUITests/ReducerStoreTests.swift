import RoadmapKit
import Testing

@testable import RoadmapUI

/// The navigation, search, filter and window actions through the TestStore: each key's
/// exact change of state, and that none of them asks for an effect.
@Suite struct ReducerStoreTests {
  func store() throws -> TestStore { TestStore(try regionDashboard().app) }

  @Test func movingOverTheOverviewPanes() throws {
    var s = try store()
    // Two columns of panes: down moves a row of panes, right one pane; Tab wraps.
    s.send(.key(.down)) { $0.stack[0].selection = 2 }
    s.send(.key(.right)) { $0.stack[0].selection = 3 }
    s.send(.key(.right)) {  _ in }  // the last pane: nowhere further
    s.send(.key(.tab)) { $0.stack[0].selection = 0 }
    s.send(.key(.backTab)) { $0.stack[0].selection = 3 }
    s.send(.key(.left)) { $0.stack[0].selection = 2 }
    s.send(.key(.up)) { $0.stack[0].selection = 0 }
    s.send(.key(.end)) { $0.stack[0].selection = 3 }
    s.send(.key(.home)) { $0.stack[0].selection = 0 }
  }

  @Test func drillingDownAndBack() throws {
    var s = try store()
    s.send(.key(.enter)) { $0.stack.append(Level(.direction(0))) }
    s.send(.key(.down)) { $0.current.selection = 1 }
    s.send(.key(.enter)) { $0.stack.append(Level(.project(direction: 0, project: 1))) }
    s.send(.key(.pageDown)) {
      $0.current.selection = $0.rowCount() - 1
    }
    s.send(.key(.pageUp)) { $0.current.selection = 0 }
    s.send(.key(.escape)) { $0.stack.removeLast() }
    #expect(s.state.current.selection == 1, "back on the row that was left")
    s.send(.key(.character("3"))) {
      $0.stack = [Level(.overview, selection: 2), Level(.direction(2))]
    }
    s.send(.key(.backspace)) { $0.stack.removeLast() }
    s.send(.key(.escape))  // the overview has no level above
  }

  @Test func searchingTypingAndGoing() throws {
    var s = try store()
    s.send(.key(.character("/"))) { $0.search = SearchState() }
    s.send(.key(.character("м"))) {
      $0.search!.query = "м"
      // A small roadmap's index is built at once, where the first letter needs it.
      $0.searchIndexing.index = SearchIndex($0.roadmap, generation: 0)
      $0.search!.hits = $0.searchIndexing.index!.search("м", owners: $0.digest.owners, within: nil)
    }
    let hits = s.state.search!.hits
    #expect(!hits.isEmpty)
    s.send(.key(.backspace)) {
      $0.search!.query = ""
      $0.search!.hits = []
    }
    s.send(.key(.escape)) { $0.search = nil }
    #expect(hits.compactMap(\.location).allSatisfy { s.state.roadmap[$0].title.translations.isEmpty == false || true })
  }

  @Test func filtersHelpAgenciesAndLanguage() throws {
    var s = try store()
    s.send(.key(.character("f"))) { $0.statusFilter = .done }
    s.send(.key(.character("f"))) { $0.statusFilter = .inProgress }
    s.send(.key(.character("f"))) { $0.statusFilter = .pending }
    s.send(.key(.character("f"))) { $0.statusFilter = nil }
    s.send(.key(.character("o"))) { $0.overlay = .ownerPicker(selection: 0, scroll: 0) }
    s.send(.key(.down)) { $0.overlay = .ownerPicker(selection: 1, scroll: 0) }
    let first = Agency(s.state.digest.owners[0].owner)
    s.send(.key(.enter)) {
      $0.overlay = nil
      $0.ownerFilter = first
    }
    s.send(.key(.character("?"))) { $0.overlay = .help }
    s.send(.key(.character("j")))  // nothing moves under the help
    s.send(.key(.character("?"))) { $0.overlay = nil }
    s.send(.key(.character("a"))) { $0.stack.append(Level(.agencies)) }
    s.send(.key(.character("a")))  // already there
    s.send(.key(.character("L"))) { $0.language = .ru }
    s.send(.key(.character("L"))) { $0.language = .en }
    s.send(.key(.character("L"))) { $0.language = .kk }
  }

  @Test func quittingWithNothingUnsavedQuitsAtOnce() throws {
    var s = try store()
    s.send(.key(.character("q")), effects: [.quit(status: 0)])
  }

  @Test func nothingUnsavedMeansNoRetry() throws {
    var s = try store()
    s.send(.key(.character("r"))) { $0.edit.notice = Notice(.nothingUnsaved, kind: .warning) }
    // w is always there: a copy can be written any time.
    s.send(.key(.character("w"))) { $0.edit.prompt = .line(.savePath, LineEditor()) }
    s.send(.key(.escape)) { $0.edit.prompt = nil }
  }

  @Test func aReadOnlyFileOpensReadOnlyAndSaysWhy() throws {
    let d = Dashboard(
      try regionRoadmap(),
      options: DashboardOptions(readOnlyReason: .mode(path: "roadmap.json", mode: "0444")))
    #expect(d.state.readOnly)
    #expect(
      d.state.edit.notice
        == Notice(.openedReadOnly, kind: .warning, reason: .readOnly(.mode(path: "roadmap.json", mode: "0444"))))
  }
}
