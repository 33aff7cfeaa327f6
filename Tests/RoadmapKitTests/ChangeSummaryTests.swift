import Foundation
import Testing

@testable import RoadmapKit

/// "What changed since the last meeting", from an earlier copy and from the history.
@Suite struct ChangeSummaryTests {
  /// The region's roadmap after a month of work: two finished, one started, one moved
  /// back, one carried over, and the loans indicator up.
  func laterCopy(of earlier: Roadmap) throws -> Roadmap {
    var r = earlier
    try r.set(.status, of: "d1.roads.03", to: .status(.done))
    try r.set(.status, of: "d1.housing.08", to: .status(.done))
    try r.set(.status, of: "d1.roads.10", to: .status(.inProgress))
    try r.set(.status, of: "d1.housing.01", to: .status(.inProgress))
    try r.set(.due, of: "d1.health.03", to: .day(Day("2024-06-30")!))
    r.directions[1].projects[0].indicators[0].actual = 900
    r.asOf = Day("2023-12-29")!
    return r
  }

  @Test func comparingTwoCopies() throws {
    let before = try Sample.load()
    let after = try laterCopy(of: before)
    let s = ChangeSummary.compare(before, after)
    #expect(s.baseline == .copy(asOf: Day("2023-11-30")!))
    #expect(s.finished.map(\.id) == ["d1.housing.08", "d1.roads.03"])
    #expect(s.finished.map(\.from) == [.pending, .inProgress])
    #expect(s.started.map(\.id) == ["d1.roads.10"])
    #expect(s.movedBack.map(\.id) == ["d1.housing.01"])
    #expect(s.carriedOver.map(\.id) == ["d1.health.03"])
    #expect(s.carriedOver.first?.from == Day("2023-11-01"))
    #expect(s.carriedOver.first?.to == Day("2024-06-30"))
    #expect(s.indicators.map(\.id) == ["d2.auyl_amanaty.loans"])
    #expect(s.indicators.first.map { ($0.from, $0.to) } ?? (0, 0) == (837, 900))
    #expect(!s.isEmpty)
  }

  @Test func identicalCopiesShowNothing() throws {
    let r = try Sample.load()
    #expect(ChangeSummary.compare(r, r).isEmpty)
  }

  @Test func anEarlierDueDateIsNotACarryOver() throws {
    let before = try Sample.load()
    var after = before
    try after.set(.due, of: "d1.health.03", to: .day(Day("2023-10-01")!))
    #expect(ChangeSummary.compare(before, after).carriedOver.isEmpty)
  }

  @Test func aNewActivityDoneCountsAsFinished() throws {
    var before = try Sample.load()
    let after = before
    // Give it another id in the earlier copy: it did not exist at the last meeting.
    before.directions[0].projects[0].activities[0].id = "renamed"
    before.activityIndex["renamed"] = before.activityIndex.removeValue(forKey: "d1.housing.01")
    let s = ChangeSummary.compare(before, after)
    #expect(s.finished.map(\.id) == ["d1.housing.01"])
    #expect(s.finished.first?.from == nil)
  }

  func entry(_ time: String, _ id: String, _ field: Field, _ old: FieldValue?, _ new: FieldValue?)
    -> HistoryEntry
  {
    HistoryEntry(time: time, author: "test", id: id, field: field, old: old, new: new)
  }

  @Test func fromTheHistorySinceADay() throws {
    let before = try Sample.load()
    let now = try laterCopy(of: before)
    let history = [
      // Before the day: ignored even though it touches an activity.
      entry("2023-11-20T09:00:00Z", "d1.roads.01", .status, .status(.inProgress), .status(.done)),
      entry("2023-12-01T09:00:00Z", "d1.roads.03", .status, .status(.inProgress), .status(.done)),
      entry("2023-12-02T09:00:00Z", "d1.housing.08", .status, .status(.pending), .status(.inProgress)),
      entry("2023-12-03T09:00:00Z", "d1.housing.08", .status, .status(.inProgress), .status(.done)),
      entry("2023-12-04T09:00:00Z", "d1.roads.10", .status, .status(.pending), .status(.inProgress)),
      entry("2023-12-05T09:00:00Z", "d1.housing.01", .status, .status(.done), .status(.inProgress)),
      entry("2023-12-06T09:00:00Z", "d1.health.03", .due, .day(Day("2023-11-01")!), .day(Day("2024-06-30")!)),
      // Set and set back within the period: no change.
      entry("2023-12-07T09:00:00Z", "d1.roads.02", .status, .status(.done), .status(.pending)),
      entry("2023-12-08T09:00:00Z", "d1.roads.02", .status, .status(.pending), .status(.done)),
      // An activity no longer in the file.
      entry("2023-12-09T09:00:00Z", "gone.01", .status, .status(.pending), .status(.done)),
    ]
    let s = ChangeSummary.fromHistory(history, since: Day("2023-12-01")!, current: now)
    #expect(s.baseline == .since(Day("2023-12-01")!))
    #expect(s.finished.map(\.id) == ["d1.housing.08", "d1.roads.03"])
    #expect(s.finished.map(\.from) == [.pending, .inProgress])
    #expect(s.started.map(\.id) == ["d1.roads.10"])
    #expect(s.movedBack.map(\.id) == ["d1.housing.01"])
    #expect(s.carriedOver.map(\.id) == ["d1.health.03"])
    #expect(s.indicators.isEmpty, "the history does not record indicators")
  }

  @Test func indicatorsAndNewActivitiesFromTheHistory() throws {
    var now = try Sample.load()
    let loans = try now.set(.actual, of: "d2.auyl_amanaty.loans", to: .number(Figure(literal: "900")!))
    let id = now.newActivityID(inProject: "d1.roads")
    var added = try now.set(.entry, of: id, to: .entry(.newActivity(id: id, project: "d1.roads", after: "d1.roads.10", title: LocalizedText("Жаңа жол"))))
    let started = try now.set(.status, of: id, to: .status(.inProgress))
    func line(_ c: Change) -> HistoryEntry {
      HistoryEntry(time: "2024-01-10T10:00:00Z", author: "a", id: c.id, field: c.field, old: c.old, new: c.new)
    }
    added.old = nil
    let s = ChangeSummary.fromHistory([line(loans), line(added), line(started)], since: Day("2024-01-01")!, current: now)
    #expect(s.indicators.map(\.id) == ["d2.auyl_amanaty.loans"])
    #expect(s.indicators.first.map { ($0.from, $0.to) } ?? (0, 0) == (837, 900))
    #expect(s.started.map(\.id) == [id])
    #expect(s.started.first?.from == nil)
  }

  @Test func historyBeforeTheDayOnlyIsEmpty() throws {
    let r = try Sample.load()
    let history = [entry("2023-11-20T09:00:00Z", "d1.roads.03", .status, .status(.pending), .status(.inProgress))]
    #expect(ChangeSummary.fromHistory(history, since: Day("2023-12-01")!, current: r).isEmpty)
    #expect(!ChangeSummary.fromHistory(history, since: Day("2023-11-20")!, current: r).isEmpty)
  }

  @Test func historyReadFromDiskFeedsTheSummary() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jolkarta-changes-\(UUID())").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/roadmap.json"
    try AtomicFile.write(Sample.bytes, to: path)
    let store = RoadmapStore(path: path)
    let change = Change(id: "d1.roads.10", field: .status, old: .status(.pending), new: .status(.done))
    let result = try store.commit([change], author: "a")
    let entries = HistoryEntry.read(path: store.historyPath).entries
    let s = ChangeSummary.fromHistory(entries, since: Day("2000-01-01")!, current: result.loaded.roadmap)
    #expect(s.finished.map(\.id) == ["d1.roads.10"])
    #expect(s.finished.first?.from == .pending)
  }
}
