import Foundation
import RoadmapKit

@testable import RoadmapUI

/// The region's roadmap with three earlier meetings and a history that reaches today's
/// counts (60 / 52 / 10) from 18 / 69 / 35, with the counts at each point worked out by
/// hand from the changes below, independently of `ProgressSeries`.
///
/// | day | kind | changes that day | done | in progress | not started |
/// | --- | --- | --- | --- | --- | --- |
/// | 2023-03-15 | meeting | | 18 | 69 | 35 |
/// | 2023-04-10 | change | 10 in progress → done, 4 not started → in progress | 28 | 63 | 31 |
/// | 2023-06-20 | meeting | | 28 | 63 | 31 |
/// | 2023-07-05 | change | 15 not started → done, 6 not started → in progress | 43 | 69 | 10 |
/// | 2023-09-28 | meeting | | 43 | 69 | 10 |
/// | 2023-10-12 | change | 12 in progress → done | 55 | 57 | 10 |
/// | 2023-11-20 | change | 5 in progress → done | 60 | 52 | 10 |
/// | 2023-11-30 | now (and the file's own meeting) | | 60 | 52 | 10 |
enum TrendFixture {
  /// The counts of the table above, by day.
  static let expected: [(day: String, done: Int, inProgress: Int, pending: Int)] = [
    ("2023-03-15", 18, 69, 35), ("2023-04-10", 28, 63, 31), ("2023-06-20", 28, 63, 31),
    ("2023-07-05", 43, 69, 10), ("2023-09-28", 43, 69, 10), ("2023-10-12", 55, 57, 10),
    ("2023-11-20", 60, 52, 10), ("2023-11-30", 60, 52, 10),
  ]

  /// The meetings added before the file's own.
  static let meetings = [("m1", "2023-03-15"), ("m2", "2023-06-20"), ("m3", "2023-09-28")]

  /// The roadmap with the three earlier meetings.
  static func roadmap() throws -> LoadedRoadmap {
    var loaded = try regionRoadmap()
    let earlier = meetings.map { Meeting(id: $0.0, date: Day($0.1)!) }
    loaded.roadmap.meetings = earlier + loaded.roadmap.meetings
    return loaded
  }

  /// The history: each activity changed once, from the status it had to the one it has.
  static func history(_ roadmap: Roadmap) -> [HistoryEntry] {
    let all = roadmap.allActivities.map(\.activity)
    var done = all.filter { $0.status == .done }.map(\.id)[...]
    var inProgress = all.filter { $0.status == .inProgress }.map(\.id)[...]
    var out: [HistoryEntry] = []
    var second = 0
    func change(_ n: Int, from old: Status, to new: Status, on day: String) {
      for _ in 0..<n {
        let id = new == .done ? done.removeFirst() : inProgress.removeFirst()
        second += 1
        out.append(HistoryEntry(
          time: "\(day)T09:\(String(format: "%02d", second / 60)):\(String(format: "%02d", second % 60))Z",
          author: "secretary", id: id, field: .status, old: .status(old), new: .status(new)))
      }
    }
    change(10, from: .inProgress, to: .done, on: "2023-04-10")
    change(4, from: .pending, to: .inProgress, on: "2023-04-10")
    change(15, from: .pending, to: .done, on: "2023-07-05")
    change(6, from: .pending, to: .inProgress, on: "2023-07-05")
    change(12, from: .inProgress, to: .done, on: "2023-10-12")
    change(5, from: .inProgress, to: .done, on: "2023-11-20")
    return out
  }

  /// A dashboard of the fixture at a size and in a language, on the trend view with the
  /// history arrived.
  static func dashboard(width: Int, height: Int, language: Language) throws -> TestDashboard {
    let loaded = try roadmap()
    var d = TestDashboard(
      loaded, options: DashboardOptions(language: language, today: snapshotDay))
    _ = d.handle(.resize(width: width, height: height))
    _ = d.handle(.key(.character("T")))
    d.receive(.history(history(loaded.roadmap)))
    _ = d.takeEffects()
    return d
  }
}
