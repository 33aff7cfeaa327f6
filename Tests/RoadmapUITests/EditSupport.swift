import RoadmapKit
import Testing

@testable import RoadmapUI

/// The «Ауыл аманаты» project: 7 activities, 4 done, 2 in progress, 1 pending.
let auylAmanaty = "d2.auyl_amanaty"

extension TestDashboard {
  /// The region's dashboard on the «Ауыл аманаты» project, the cursor on row `row`.
  static func onAuylAmanaty(
    row: Int = 0, readOnly: Bool = false, width: Int = 120, height: Int = 40
  ) throws -> TestDashboard {
    var d = TestDashboard(
      try regionRoadmap(), options: DashboardOptions(readOnly: readOnly, today: snapshotDay))
    _ = d.handle(.resize(width: width, height: height))
    d.press(.character("2"), .enter)
    for _ in 0..<row { d.press(.down) }
    return d
  }

  /// The changes of every save effect taken, one list per effect; other effects dropped.
  mutating func takeSaves() -> [[Change]] {
    takeEffects().compactMap { effect in
      if case .save(let changes, _, _) = effect { return changes }
      return nil
    }
  }

  /// The status of an activity by id.
  func status(_ id: String) -> Status? { state.roadmap.activity(id: id)?.status }

  /// The rendered frame as text.
  var text: String { grid().plainText }
}

/// A status change as the dashboard makes it.
func statusChange(_ id: String, _ old: Status, _ new: Status) -> Change {
  Change(id: id, field: .status, old: .status(old), new: .status(new))
}

/// Whether the digest kept by edits equals one computed afresh from the roadmap.
func digestIsFresh(_ d: TestDashboard) -> Bool {
  let fresh = RoadmapDigest(d.state.roadmap, today: d.state.today)
  return fresh.owners == d.state.digest.owners && fresh.overdue == d.state.digest.overdue
}
