import Foundation
import Testing

@testable import RoadmapKit

/// A thing added and then changed by the next save keeps both saves in the history: the
/// next writer decides the last save against the disk as it found it, not against its
/// own result (where the added activity already has its new status, project or sibling).
struct EntryHistoryTests {
  /// Commits each group as its own save, as the dashboard does one user action after another.
  static func saves(_ groups: [[Change]]) throws -> (fields: [String], raw: String) {
    let dir = TempDir()
    defer { dir.remove() }
    let store = RoadmapStore(path: dir.write("roadmap.json", Sample.bytes))
    for g in groups { _ = try store.commit(g, author: "t") }
    let raw = String(decoding: readBytes(store.historyPath), as: UTF8.self)
    return (store.readHistory().entries.map { "\($0.id) \($0.field.rawValue)" }, raw)
  }

  static let added = "d1.roads.11"  // data/roadmap.json: d1.roads has .01 to .10
  static let entry = Entry.newActivity(
    id: added, project: "d1.roads", after: "d1.roads.10", title: LocalizedText("Жаңа"))
  static let add = Change(id: added, field: .entry, old: nil, new: .entry(entry))

  @Test func addedThenItsStatusSet() throws {
    let done = Change(id: Self.added, field: .status, old: .status(.pending), new: .status(.done))
    let (fields, raw) = try Self.saves([[Self.add], [done]])
    #expect(fields == ["d1.roads.11 entry", "d1.roads.11 status"])
    #expect(!raw.contains(#""committed":false"#))
  }

  @Test func addedThenMoved() throws {
    let move = Change(
      id: Self.added, field: .project,
      old: .place(Place(project: "d1.roads", after: "d1.roads.10")),
      new: .place(Place(project: "d3.youth", after: "d3.youth.07")))
    let (fields, raw) = try Self.saves([[Self.add], [move]])
    #expect(fields == ["d1.roads.11 entry", "d1.roads.11 project"])
    #expect(!raw.contains(#""committed":false"#))
  }

  @Test func aProjectAddedThenAnActivityAddedToIt() throws {
    let project = Entry.newProject(
      id: "d2.01", direction: "d2", after: "d2.agro", title: LocalizedText("Жоба"))
    let first = Entry.newActivity(
      id: "d2.01.01", project: "d2.01", after: nil, title: LocalizedText("Бірінші"))
    let (fields, raw) = try Self.saves([
      [Change(id: "d2.01", field: .entry, old: nil, new: .entry(project))],
      [Change(id: "d2.01.01", field: .entry, old: nil, new: .entry(first))],
    ])
    #expect(fields == ["d2.01 entry", "d2.01.01 entry"])
    #expect(!raw.contains(#""committed":false"#))
  }

  @Test func aSaveThatNeverReachedTheFileIsStillFoundOut() throws {
    // The lines of an add that never reached the file, then a save of another field of
    // the same id: the add is decided not to count.
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let store = RoadmapStore(path: path)
    let lines = HistoryLog.lines([Self.add], save: "k", author: "t", now: Date())
    _ = dir.write("roadmap.history.jsonl", lines)
    let status = Change(
      id: "d1.roads.06", field: .status, old: .status(.inProgress), new: .status(.done))
    _ = try store.commit([status], author: "t")
    let raw = String(decoding: readBytes(store.historyPath), as: UTF8.self)
    #expect(raw.contains(#"{"save":"k","committed":false}"#))
    #expect(store.readHistory().entries.map(\.id) == ["d1.roads.06"])
  }
}
