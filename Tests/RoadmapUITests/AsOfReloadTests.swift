import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Overdue follows the roadmap's `as_of`, also when a reload brings a new one, unless
/// the user fixed the day.
struct AsOfReloadTests {
  static func loaded(asOf: String) throws -> LoadedRoadmap {
    let text = String(decoding: try regionRoadmap().sourceBytes, as: UTF8.self)
      .replacingOccurrences(of: "\"as_of\": \"2023-11-30\"", with: "\"as_of\": \"\(asOf)\"")
    return try RoadmapLoader.decode(Array(text.utf8))
  }

  @Test func reloadWithALaterAsOfCountsMoreOverdue() throws {
    var d = TestDashboard(try regionRoadmap())
    #expect(d.state.digest.overdue == 11)
    d.receive(.reloaded(try Self.loaded(asOf: "2030-01-01"), changedIDs: []))
    #expect(d.state.today == Day("2030-01-01"))
    #expect(d.state.digest.overdue == 62)
  }

  @Test func aFixedDayStaysFixed() throws {
    var d = TestDashboard(try regionRoadmap(), options: DashboardOptions(today: Day("2023-11-30")))
    d.receive(.reloaded(try Self.loaded(asOf: "2030-01-01"), changedIDs: []))
    #expect(d.state.today == Day("2023-11-30"))
    #expect(d.state.digest.overdue == 11)
  }
}
