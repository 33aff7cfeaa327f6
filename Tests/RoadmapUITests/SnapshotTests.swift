import RoadmapKit
import Testing

@testable import RoadmapUI

/// Golden frames of every screen of the region's roadmap at 120×40 and 80×24.
@Suite struct SnapshotTests {
  static let sizes = [(120, 40), (80, 24)]

  func check(_ name: String, _ steps: (inout TestDashboard) -> Void) throws {
    for (w, h) in Self.sizes {
      var d = try regionDashboard(width: w, height: h)
      steps(&d)
      assertSnapshot(d.grid(), named: "\(name)-\(w)x\(h)")
    }
  }

  @Test func overview() throws { try check("overview") { _ in } }

  @Test func direction() throws { try check("direction") { $0.press(.character("1")) } }

  @Test func auylAmanaty() throws {
    try check("project-auyl-amanaty") { $0.press(.character("2"), .enter) }
  }

  @Test func activity() throws {
    try check("activity") { $0.press(.character("2"), .enter, .down, .enter) }
  }

  @Test func overdueActivityWithNote() throws {
    try check("activity-overdue") { d in
      d.press(.character("1"), .down, .down, .enter)  // «Мектептер салу»
      for _ in 0..<6 { d.press(.character("j")) }
      d.press(.enter)
    }
  }

  @Test func ownerPicker() throws { try check("owner-picker") { $0.press(.character("o"), .down) } }

  @Test func agencies() throws { try check("agencies") { $0.press(.character("a")) } }

  @Test func searchResults() throws {
    try check("search") { d in
      d.press(.character("/"))
      d.type("мектеп")
    }
  }

  @Test func help() throws {
    try check("help") { $0.press(.character("2"), .enter, .character("?")) }
  }

  @Test func overviewInRussianASCIIMonochrome() throws {
    var d = try regionDashboard(width: 80, height: 24, language: .ru, asciiOnly: true, colors: false)
    d.press(.character("3"), .enter)
    assertSnapshot(d.grid(), named: "project-heritage-ru-ascii-80x24")
  }
}
