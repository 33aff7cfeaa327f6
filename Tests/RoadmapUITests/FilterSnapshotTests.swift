import RoadmapKit
import Testing

@testable import RoadmapUI

/// Golden frames of the screens under filters and of the wider search, at 120×40 and 80×24;
/// every frame also has no wide character cut in half.
@Suite struct FilterSnapshotTests {
  func check(_ name: String, _ steps: (inout TestDashboard) -> Void) throws {
    for (w, h) in SnapshotTests.sizes {
      var d = try regionDashboard(width: w, height: h)
      steps(&d)
      let g = d.grid()
      #expect(wideCellsAreWhole(g), "\(name) at \(w)x\(h)")
      assertSnapshot(g, named: "\(name)-\(w)x\(h)")
    }
  }

  @Test func overviewOverdue() throws { try check("overview-overdue") { $0.press(.character("!")) } }

  @Test func directionOverdueInProgress() throws {
    try check("direction-overdue-in-progress") { $0.press(.character("!"), .character("f"), .character("f"), .character("1")) }
  }

  @Test func schoolsOfTheEducationDepartment() throws {
    try check("project-schools-education") { d in
      d.pickOwner(RegionJSON.education)
      d.press(.character("1"), .down, .down, .enter)
    }
  }

  @Test func agenciesOverdue() throws {
    try check("agencies-overdue") { $0.press(.character("!"), .character("a")) }
  }

  @Test func searchByAgency() throws {
    try check("search-agency") { d in
      d.press(.character("/"))
      d.type("білім")
    }
  }
}
