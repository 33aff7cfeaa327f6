import Foundation
import RoadmapKit
import RoadmapSession
import RoadmapSync
import RoadmapUI
import Testing

/// The dashboard with `--sync`: another office's change arrives like any reload, and a
/// field changed differently here and there is asked, the answer saved and pushed.
@Suite(.serialized) struct DashboardSyncTests {
  typealias Offices = GitSyncTests.Offices

  func session(_ o: Offices, _ office: String) throws -> LiveSession<Dashboard> {
    let path = o.path(office) + "/roadmap.json"
    let git = try #require(Git(in: o.path(office)))
    let repo = try #require(RoadmapRepository(roadmap: path, git: git))
    let loaded = try RoadmapLoader.load(path: path)
    var s = LiveSession(
      app: Dashboard(loaded, options: DashboardOptions(today: Day("2023-11-30"))), path: path, loaded: loaded,
      author: office, sync: RoadmapSync(repository: repo, author: "\(office) <\(office)@x>", driver: CLI.binary),
      syncInterval: 3600)
    _ = s.handle(.resize(width: 120, height: 40))
    return s
  }

  /// Ticks until `done` holds, at most 20 s: each tick starts a sync that is due and
  /// looks at the file; results are fed back.
  func tick(_ s: inout LiveSession<Dashboard>, until done: (Dashboard) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      _ = s.handle(.tick)
      _ = s.settle(timeout: 10)
      s.poll()
      _ = s.settle(timeout: 10)
      if done(s.app) { return true }
      usleep(50_000)
    }
    return false
  }

  @Test func othersChangesArriveAndAConflictIsAskedAndAnswered() throws {
    let o = Offices(["a", "b"])
    defer { o.dir.remove() }
    let pending = GitSyncTests.ids("pending")
    let arrives = pending[0], disputed = pending[1]
    o.jolkarta(["set-status", arrives, "done", "roadmap.json"], in: o.path("a"))
    #expect(o.sync("a").status == 0)

    var b = try session(o, "b")
    // Pulled on open: a's change is in b's dashboard, and row 1 says it is in sync.
    #expect(tick(&b) { $0.state.roadmap.activity(id: arrives)?.status == .done })
    guard case .inSync? = b.app.state.edit.sync else {
      Issue.record("not in sync: \(String(describing: b.app.state.edit.sync))")
      return
    }

    // The same field two ways: a says done, b (another process on b's file) in progress.
    o.jolkarta(["set-status", disputed, "done", "roadmap.json"], in: o.path("a"))
    #expect(o.sync("a").status == 0)
    o.jolkarta(["set-status", disputed, "in_progress", "roadmap.json"], in: o.path("b"))
    #expect(tick(&b) { $0.state.roadmap.activity(id: disputed)?.status == .inProgress })
    // The change on disk is this office's save: the sync that pushes it finds the conflict.
    let asked = tick(&b) { $0.state.edit.prompt == .conflict }
    guard asked else {
      Issue.record("no conflict question: \(String(describing: b.app.state.edit.sync))")
      return
    }
    let c = try #require(b.app.state.edit.conflicts.first)
    #expect(c.fromSync && c.mine.id == disputed && c.theirs == .status(.done))
    // Keep theirs: saved here, taken out of the conflict file, pushed by the next sync.
    _ = b.handle(.key(.character("n")))
    #expect(tick(&b) { _ in
      (try? RoadmapLoader.load(path: o.path("b") + "/roadmap.json").roadmap.activity(id: disputed)?.status) == .done
        && !FileManager.default.fileExists(atPath: o.path("b") + "/roadmap.conflicts.json")
    })
    #expect(tick(&b) { d in if case .inSync? = d.state.edit.sync { return true } else { return false } })
    #expect(o.sync("a").status == 0)
    #expect(o.roadmap("a") == o.roadmap("b"))
  }
}
