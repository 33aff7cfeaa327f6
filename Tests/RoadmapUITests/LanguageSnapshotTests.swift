import RoadmapKit
import Testing

@testable import RoadmapUI

/// Golden frames in Russian and English of the screens whose words changed most: counts
/// and units in their plural forms, dates, the agencies' short names, key names.
@Suite struct LanguageSnapshotTests {
  static let sizes = [(120, 40), (80, 24)]

  func check(_ name: String, _ steps: (inout TestDashboard) -> Void) throws {
    for language in [Language.ru, .en] {
      for (w, h) in Self.sizes {
        var d = try regionDashboard(width: w, height: h, language: language)
        steps(&d)
        assertSnapshot(d.grid(), named: "\(language.rawValue)-\(name)-\(w)x\(h)")
      }
    }
  }

  @Test func overview() throws { try check("overview") { _ in } }

  @Test func healthProjectWithItsUnits() throws {
    try check("project-health") { $0.press(.character("1"), .down, .down, .down, .enter) }
  }

  @Test func agencies() throws { try check("agencies") { $0.press(.character("a")) } }

  @Test func help() throws {
    try check("help") { $0.press(.character("2"), .enter, .character("?")) }
  }

  @Test func overdueActivity() throws {
    try check("activity-overdue") { d in
      d.press(.character("1"), .down, .down, .enter)
      for _ in 0..<6 { d.press(.character("j")) }
      d.press(.enter)
    }
  }
}
