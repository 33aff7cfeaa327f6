import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// A region's dashboard opened from the national overview: Esc on its overview leaves by
/// the quit flow's road (at once, after a save under way, or by the quit question's answer).
@Suite struct NationalLeaveTests {
  static func dashboard(embedded: Bool) throws -> Dashboard {
    let loaded = try RoadmapLoader.load(path: packageRoot.appendingPathComponent("data/roadmap.json").path)
    var options = DashboardOptions(language: .en)
    options.embedded = embedded
    var d = Dashboard(loaded, options: options)
    _ = d.update(.resize(width: 100, height: 30))
    return d
  }

  @Test func escOnTheOverviewLeavesOnlyWhenEmbedded() throws {
    var alone = try Self.dashboard(embedded: false)
    #expect(alone.update(.key(.escape)) == [])
    var embedded = try Self.dashboard(embedded: true)
    #expect(embedded.update(.key(.escape)) == [.leave])
    // The footer offers it.
    var grid = Grid(width: 100, height: 30)
    embedded.render(into: &grid)
    #expect(grid.rowText(29).contains("Esc all regions"))
  }

  @Test func escWaitsForTheSaveAndAsksWhenItFails() throws {
    var d = try Self.dashboard(embedded: true)
    _ = d.update(.key(.enter))
    _ = d.update(.key(.enter))
    let saves = d.update(.key(.character("p")))
    guard case .save(let changes, _, _)? = saves.first else {
      Issue.record("no save: \(saves)")
      return
    }
    _ = d.update(.key(.escape))
    _ = d.update(.key(.escape))
    // A save is under way: Esc waits for it.
    #expect(d.update(.key(.escape)) == [])
    #expect(d.state.edit.quitWhenSaved)
    #expect(d.state.edit.notice?.message == .leaveWhenSaved)
    // It fails: the quit question, whose "discard" leaves (not quits).
    _ = d.update(.saveFailed(.write(path: "r.json", step: .reserve(bytes: 1), system: nil), pending: changes))
    #expect(d.state.edit.prompt == .quit)
    #expect(d.update(.key(.character("d"))) == [.leave])
    // q after Esc was answered "stay" quits the program, as q always does.
    var e = try Self.dashboard(embedded: true)
    _ = e.update(.key(.enter))
    _ = e.update(.key(.enter))
    let more = e.update(.key(.character("p")))
    guard case .save(let pending, _, _)? = more.first else { return }
    _ = e.update(.key(.escape))
    _ = e.update(.key(.escape))
    _ = e.update(.key(.escape))
    _ = e.update(.saveFailed(.write(path: "r.json", step: .reserve(bytes: 1), system: nil), pending: pending))
    _ = e.update(.key(.escape))
    #expect(e.state.edit.prompt == nil)
    _ = e.update(.key(.character("q")))
    #expect(e.state.edit.prompt == .quit)
    #expect(e.update(.key(.character("d"))) == [.quit(status: 0)])
  }
}
