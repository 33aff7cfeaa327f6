import Testing
@testable import RoadmapKit

/// The progress over time, found by going back through the history, checked against the
/// same edits applied forward with the counts taken after each day.
@Suite struct ProgressSeriesTests {
  /// Edits on four days (statuses, an activity added, one removed, a project removed),
  /// the counts after each day counted forward; the series must give the same counts.
  @Test func goingBackGivesTheCountsThatGoingForwardSaw() throws {
    var r = try Sample.load()
    let ids = r.allActivities.map(\.activity.id)
    let start = StatusCounts(r.allActivities.map(\.activity))
    var history: [HistoryEntry] = []
    var seen: [Day: StatusCounts] = [:]
    func record(_ c: Change, _ day: String, _ second: Int) {
      history.append(HistoryEntry(
        time: "\(day)T10:00:\(second < 10 ? "0" : "")\(second)Z", author: "t", id: c.id, field: c.field,
        old: c.old, new: c.new))
    }
    func endOfDay(_ day: String) { seen[Day(day)!] = StatusCounts(r.allActivities.map(\.activity)) }

    let pending = r.allActivities.filter { $0.activity.status == .pending }.map(\.activity.id)
    record(try r.set(.status, of: pending[0], to: .status(.inProgress)), "2024-01-10", 1)
    record(try r.set(.status, of: pending[0], to: .status(.done)), "2024-01-10", 2)
    record(try r.set(.status, of: pending[1], to: .status(.inProgress)), "2024-01-10", 3)
    endOfDay("2024-01-10")

    let project = r.directions[0].projects[0].id
    let newID = r.newActivityID(inProject: project)
    let entry = Entry.newActivity(id: newID, project: project, after: nil, title: LocalizedText("Жаңа"), status: .done)
    record(try r.set(.entry, of: newID, to: .entry(entry)), "2024-03-05", 1)
    record(try r.set(.entry, of: ids[5], to: nil), "2024-03-05", 2)
    endOfDay("2024-03-05")

    // A project goes with its activities, each removed first (the edit API's rule).
    let lastProject = r.directions[3].projects.last!
    for (n, a) in lastProject.activities.enumerated() { record(try r.set(.entry, of: a.id, to: nil), "2024-06-01", n) }
    record(try r.set(.entry, of: lastProject.id, to: nil), "2024-06-01", 50)
    record(try r.set(.status, of: pending[2], to: .status(.done)), "2024-06-01", 51)
    endOfDay("2024-06-01")

    // Shuffled: the series orders the history by time itself.
    let points = ProgressSeries.points(r, history: history.reversed())
    #expect(points.map(\.day.description) == ["2023-11-30", "2024-01-10", "2024-03-05", "2024-06-01"])
    #expect(points[0].counts == start)
    #expect(points[0].kind == .meeting(Meeting.legacyID))
    for p in points.dropFirst() { #expect(p.counts == seen[p.day], "\(p.day)") }
    #expect(points.last?.kind == .now)
    #expect(points.last?.counts == StatusCounts(r.allActivities.map(\.activity)))
    #expect(points[1].kind == .change)
  }

  /// Without a history the series is the meeting's day and now, both the file's counts;
  /// fields other than statuses and entries do not make points.
  @Test func withoutStatusChangesOnlyTheMeetingAndNow() throws {
    var r = try Sample.load()
    let id = r.allActivities[0].activity.id
    let c = try r.set(.note, of: id, to: .text(LocalizedText("x")))
    let history = [HistoryEntry(time: "2024-02-02T00:00:00Z", author: "t", id: c.id, field: c.field, old: c.old, new: c.new)]
    let points = ProgressSeries.points(r, history: history)
    // The note's day is still the latest day the history knows: now is then.
    #expect(points.map(\.day.description) == ["2023-11-30", "2024-02-02"])
    #expect(Set(points.map(\.counts)) == [StatusCounts(done: 60, inProgress: 52, pending: 10)])
    let bare = ProgressSeries.points(try Sample.load(), history: [])
    #expect(bare.map(\.day.description) == ["2023-11-30"])
    #expect(bare[0].kind == .now)
  }
}
