import Foundation
import Testing

@testable import RoadmapKit

/// The edits beyond an activity's own fields, each checked against Python: the sample is
/// in the canonical layout, so after an edit the file must be exactly what
/// `json.dumps(indent=2, ensure_ascii=False)` writes for the same change made to the
/// parsed document.
struct StructureEditTests {
  /// The sample as Python writes it after running `edit` (Python statements on `d`).
  func python(_ edit: String, _ bytes: [UInt8] = Sample.bytes) throws -> [UInt8] {
    let dir = TempDir()
    defer { dir.remove() }
    let input = dir.write("in.json", bytes)
    let script = """
      import json, sys
      d = json.load(open(sys.argv[1], encoding="utf-8"))
      def project(pid):
          return next(p for x in d["directions"] for p in x["projects"] if p["id"] == pid)
      def indicator(iid):
          return next(i for x in d["directions"] for p in x["projects"] for i in p.get("indicators", []) if i["id"] == iid)
      \(edit.split(separator: "\n").joined(separator: "\n"))
      sys.stdout.write(json.dumps(d, indent=2, ensure_ascii=False) + "\\n")
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = ["-c", script, input]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    return Array(data)
  }

  func changedLineCount(_ a: [UInt8], _ b: [UInt8]) -> Int {
    let x = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let y = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    guard x.count == y.count else { return -1 }
    return zip(x, y).filter { $0 != $1 }.count
  }

  @Test func anIndicatorsActualIsOneChangedLine() throws {
    var r = try Sample.load()
    let change = try r.set(.actual, of: "d1.schools.commissioned", to: .number(Figure(literal: "8")!))
    #expect(change.old == .number(Figure(literal: "7")!))
    let bytes = r.serializedBytes()
    #expect(bytes == (try python(#"indicator("d1.schools.commissioned")["actual"] = 8"#)))
    #expect(changedLineCount(bytes, Sample.bytes) == 1)
    let again = try RoadmapLoader.decode(bytes).roadmap
    #expect(again.directions[0].projects[2].indicators[0].actual == 8)
    try r.apply(change.inverse)
    #expect(r.serializedBytes() == Sample.bytes)
  }

  @Test func aPlanRemovedAndPutBackGivesTheSameBytes() throws {
    var r = try Sample.load()
    let change = try r.set(.plan, of: "d1.schools.commissioned", to: nil)
    #expect(r.serializedBytes() == (try python(#"del indicator("d1.schools.commissioned")["plan"]"#)))
    try r.apply(change.inverse)
    #expect(r.serializedBytes() == Sample.bytes)
  }

  @Test func figuresOutsideTheDomainAreRefused() throws {
    var r = try Sample.load()
    #expect(throws: EditError.self) { try r.set(.plan, of: "d1.schools.commissioned", to: .number(Figure(literal: "0")!)) }
    #expect(throws: EditError.self) { try r.set(.actual, of: "d1.schools.commissioned", to: .number(Figure(literal: "-1")!)) }
    #expect(r.serializedBytes() == Sample.bytes)
  }

  @Test func typedFiguresAreReadAsPeopleWriteThem() {
    func parsed(_ s: String, _ f: Field = .actual) -> String? { try? Figure.parse(userInput: s, for: f).get().literal }
    #expect(parsed("1 710") == "1710")
    #expect(parsed("1\u{00A0}710") == "1710")
    #expect(parsed("5,6") == "5.6")
    #expect(parsed("5.6") == "5.6")
    #expect(parsed("0", .plan) == nil)
    #expect(parsed("-3") == nil)
    #expect(parsed("5,6.1") == nil)
    #expect(parsed("бес") == nil)
    #expect(parsed("1e400") == nil)
    #expect(Figure.parse(userInput: "0", for: .plan) == .failure(.outOfDomain(NumberDomain.plan.allowed)))
  }

  @Test func aProjectTitleTranslated() throws {
    var r = try Sample.load()
    let old = r.directions[0].projects[2].title
    try r.set(.title, of: "d1.schools", to: .text(old.setting("ru", to: "Школы")))
    #expect(r.serializedBytes() == (try python(#"project("d1.schools")["title"]["ru"] = "Школы""#)))
    #expect(r.directions[0].projects[2].title.resolved("ru") == "Школы")
  }

  @Test func anActivityTitleInEnglishAndTheAsOfDay() throws {
    var r = try Sample.load()
    let a = try #require(r.activity(id: "d1.schools.03"))
    try r.set(.title, of: a.id, to: .text(a.title.setting("en", to: "School № 3")))
    try r.set(.asOf, of: "", to: .day(Day("2024-05-30")!))
    let expected = try python("""
      a = next(a for a in project("d1.schools")["activities"] if a["id"] == "d1.schools.03")
      t = a["title"]
      a["title"] = dict(t, en="School № 3") if isinstance(t, dict) else {"kk": t, "en": "School № 3"}
      d["as_of"] = "2024-05-30"
      """)
    #expect(r.serializedBytes() == expected)
    #expect(r.asOf == Day("2024-05-30"))
  }

  @Test func anActivityAddedGetsTheNextIdAndRemovedGivesTheSameBytes() throws {
    var r = try Sample.load()
    let id = r.newActivityID(inProject: "d1.schools")
    #expect(id == "d1.schools.12")
    let entry = Entry.newActivity(
      id: id, project: "d1.schools", after: "d1.schools.11", title: LocalizedText("Жаңа мектеп"),
      owner: LocalizedText("Білім басқармасы"), due: Day("2025-09-01"))
    let add = try r.set(.entry, of: id, to: .entry(entry))
    #expect(add.old == nil)
    let expected = try python("""
      project("d1.schools")["activities"].append({"id": "d1.schools.12", "title": "Жаңа мектеп", "status": "pending", "owner": "Білім басқармасы", "due": "2025-09-01"})
      """)
    #expect(r.serializedBytes() == expected)
    let pendingBefore = try JSONParser.parse(Sample.bytes)["directions"]?.arrayValue?[0]["projects"]?.arrayValue?[2]["activities"]?
      .arrayValue?.filter { $0["status"]?.stringValue == "pending" }.count
    #expect(r.directions[0].projects[2].counts.pending == (pendingBefore ?? -1) + 1)
    #expect(r.activity(id: id)?.status == .pending)
    // Saved and read again: the same roadmap.
    let reread = try RoadmapLoader.decode(r.serializedBytes()).roadmap
    #expect(reread.directions == r.directions)
    try r.apply(add.inverse)
    #expect(r.serializedBytes() == Sample.bytes)
    #expect(r.activity(id: id) == nil)
  }

  @Test func aNewActivityContinuesItsProjectsSeriesNotAMovedInActivitysOldOne() throws {
    var r = try Sample.load()
    let heritage = try #require(r.directions.flatMap(\.projects).first { $0.id == "d3.heritage" })
    let last = try #require(heritage.activities.last?.id)
    // Worked out from the file: the largest number of the project's own ids, plus one.
    let largest = heritage.activities.compactMap { a -> Int? in
      a.id.hasPrefix("d3.heritage.") ? Int(a.id.dropFirst("d3.heritage.".count)) : nil
    }.max() ?? 0
    _ = try r.set(.project, of: "d1.schools.03", to: .place(Place(project: "d3.heritage", after: last)))
    let expected = "d3.heritage." + (largest + 1 < 10 ? "0" : "") + String(largest + 1)
    #expect(r.newActivityID(inProject: "d3.heritage") == expected)
  }

  @Test func removeThenUndoBringsBackTheSameBytes() throws {
    for id in ["d1.schools.01", "d1.schools.05", "d1.schools.11", "d4.air.05"] {
      var r = try Sample.load()
      let removal = try r.set(.entry, of: id, to: nil)
      #expect(r.activity(id: id) == nil)
      let expected = try python("""
        for x in d["directions"]:
            for p in x["projects"]:
                p["activities"] = [a for a in p["activities"] if a["id"] != "\(id)"]
        """)
      #expect(r.serializedBytes() == expected, "removing \(id)")
      #expect(r.counts.total == 121)
      try r.apply(removal.inverse)
      #expect(r.serializedBytes() == Sample.bytes, "undoing the removal of \(id)")
      #expect(r.counts.total == 122)
      #expect(try RoadmapLoader.decode(r.serializedBytes()).roadmap.activityIndex == r.activityIndex)
    }
  }

  @Test func aMoveKeepsEveryFieldAndUnknownMember() throws {
    let text = replacing(Sample.text, #""id": "d1.schools.03","#, with: #""id": "d1.schools.03", "x-source": {"page": 4, "line": [1, 2.50]},"#)
    var r = try RoadmapLoader.decode(Array(text.utf8)).roadmap
    let before = try #require(r.activity(id: "d1.schools.03"))
    let move = try r.set(.project, of: "d1.schools.03", to: .place(Place(project: "d3.heritage", after: "d3.heritage.07")))
    let after = try #require(r.activity(id: "d1.schools.03"))
    #expect(after == before)
    #expect(r.activityIndex["d1.schools.03"]?.direction == 2)
    let reread = try RoadmapLoader.decode(r.serializedBytes()).roadmap
    #expect(reread.directions == r.directions)
    let moved = r.document["directions"]?.arrayValue?[2]["projects"]?.arrayValue?[0]["activities"]?.arrayValue?.last
    #expect(moved?["x-source"]?["line"]?.arrayValue?[1] == JSON(.number("2.50")))
    // Some other edit in between; then the move undone: the original bytes.
    let other = try r.set(.status, of: "d2.business.01", to: .status(.done))
    try r.apply(move.inverse)
    try r.apply(other.inverse)
    #expect(r.serializedBytes() == Array(text.utf8))
  }

  @Test func aProjectAddedAndRenamed() throws {
    var r = try Sample.load()
    let id = r.newProjectID(inDirection: "d3")
    #expect(r.thing(id) == nil)
    try r.set(.entry, of: id, to: .entry(.newProject(id: id, direction: "d3", after: "d3.youth", title: LocalizedText("Мәдениет"))))
    try r.set(.title, of: id, to: .text(LocalizedText("Мәдениет үйлері")))
    let expected = try python("""
      d["directions"][2]["projects"].append({"id": "\(id)", "title": "Мәдениет үйлері", "indicators": [], "activities": []})
      """)
    #expect(r.serializedBytes() == expected)
    // An activity in the new, empty project.
    let aid = r.newActivityID(inProject: id)
    #expect(aid == id + ".01")
    try r.set(.entry, of: aid, to: .entry(.newActivity(id: aid, project: id, after: nil, title: LocalizedText("Бірінші"))))
    #expect(try RoadmapLoader.decode(r.serializedBytes()).roadmap.activityIndex[aid] != nil)
    #expect(throws: EditError.self) { try r.set(.entry, of: id, to: nil) }
  }

  @Test func idsStayUniqueAcrossTheFile() throws {
    var r = try Sample.load()
    let taken = Entry.newActivity(id: "d1.schools", project: "d1.schools", after: nil, title: LocalizedText("x"))
    #expect(throws: EditError.self) { try r.set(.entry, of: "d1.schools", to: .entry(taken)) }
    #expect(Roadmap.nextID(after: ["a.1", "a.2"], prefix: "a.", taken: { $0 == "a.3" }) == "a.4")
    #expect(Roadmap.nextID(after: ["x.009"], prefix: "x.", taken: { _ in false }) == "x.010")
    #expect(Suggestions.nearest(to: "d2.auyl_amanaty.7", among: r.allIDs).first == "d2.auyl_amanaty.07")
  }

  @Test func mergeKeepsAnAdditionAndAnotherWritersIndicator() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let store = RoadmapStore(path: path)
    // Writer A reads, then B changes an indicator and saves first.
    var a = try RoadmapLoader.load(path: path).roadmap
    var b = try RoadmapLoader.load(path: path).roadmap
    let bChange = try b.set(.actual, of: "d1.schools.commissioned", to: .number(Figure(literal: "8")!))
    _ = try store.commit([bChange], author: "b", base: b.origin, current: b)
    let id = a.newActivityID(inProject: "d2.business")
    let add = try a.set(.entry, of: id, to: .entry(.newActivity(id: id, project: "d2.business", after: "d2.business.08", title: LocalizedText("Жаңа"))))
    let result = try store.commit([add], author: "a", base: a.origin, current: a, policy: .merge(keepMine: { _, _ in false }))
    #expect(result.merged)
    let disk = try RoadmapLoader.load(path: path).roadmap
    #expect(disk.activity(id: id) != nil)
    #expect(disk.value(of: .actual, id: "d1.schools.commissioned") == .some(.number(Figure(literal: "8")!)))
    // The history has both, and reading it back gives the same values.
    let history = HistoryEntry.read(path: store.historyPath).entries
    #expect(history.map(\.field) == [.actual, .entry])
    #expect(history[1].new == add.new)
  }

  @Test func theSameFigureChangedByBothAsks() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let store = RoadmapStore(path: path)
    var a = try RoadmapLoader.load(path: path).roadmap
    var b = try RoadmapLoader.load(path: path).roadmap
    _ = try store.commit([try b.set(.actual, of: "d1.schools.commissioned", to: .number(Figure(literal: "9")!))], author: "b", base: b.origin, current: b)
    let mine = try a.set(.actual, of: "d1.schools.commissioned", to: .number(Figure(literal: "8")!))
    let result = try store.commit([mine], author: "a", base: a.origin, current: a, policy: .merge(keepMine: { _, _ in false }))
    #expect(result.conflicts.count == 1)
    #expect(result.conflicts.first?.theirs == .number(Figure(literal: "9")!))
    #expect(try RoadmapLoader.load(path: path).roadmap.value(of: .actual, id: "d1.schools.commissioned") == .some(.number(Figure(literal: "9")!)))
  }

  @Test func anAdditionStaysInTheHistoryWhenTheNextSaveChangesWhatWasAdded() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let store = RoadmapStore(path: path)
    // Each commit as the command line makes it: read under the lock (base nil).
    func commit(_ make: (inout Roadmap) throws -> Change) throws {
      var r = try RoadmapLoader.load(path: path).roadmap
      _ = try store.commit([try make(&r)], author: "a")
    }
    let pid = try RoadmapLoader.load(path: path).roadmap.newProjectID(inDirection: "d3")
    try commit { try $0.set(.entry, of: pid, to: .entry(.newProject(id: pid, direction: "d3", after: "d3.youth", title: LocalizedText("Мәдениет")))) }
    // An activity in the new project changes the project's entry; its status changes its own.
    let aid = pid + ".01"
    try commit { try $0.set(.entry, of: aid, to: .entry(.newActivity(id: aid, project: pid, after: nil, title: LocalizedText("Бірінші")))) }
    try commit { try $0.set(.status, of: aid, to: .status(.done)) }
    let history = store.readHistory().entries
    #expect(history.map(\.id) == [pid, aid, aid])
    #expect(!String(decoding: try RoadmapLoader.readFile(store.historyPath), as: UTF8.self).contains("committed"))
  }
}

/// Recording a meeting: version 2, the list made before "directions", the as-of day.
struct MeetingEditTests {
  @Test func aMeetingRecordedAndUndone() throws {
    var r = try Sample.load()
    let changes = r.recording(
      date: Day("2024-05-30")!, chair: LocalizedText("С. Ізмұханбетова"), reporter: LocalizedText("Н. Төреғалиев"),
      speakers: [LocalizedText("Ә. Әбенова"), LocalizedText("Б. Бекова")], decision: LocalizedText("Есеп қабылдансын."))
    #expect(changes.map(\.field) == [.version, .entry, .asOf])
    for c in changes { try r.apply(c) }
    let expected = try StructureEditTests().python("""
      items = list(d.items())
      out = {}
      for k, v in items:
          if k == "directions":
              out["meetings"] = [{"id": "meeting.2024-05-30", "date": "2024-05-30", "chair": "С. Ізмұханбетова", "reporter": "Н. Төреғалиев", "speakers": ["Ә. Әбенова", "Б. Бекова"], "decision": "Есеп қабылдансын."}]
          out[k] = v
      out["version"] = 2
      out["as_of"] = "2024-05-30"
      d.clear(); d.update(out)
      """)
    #expect(r.serializedBytes() == expected)
    let reread = try RoadmapLoader.decode(r.serializedBytes()).roadmap
    #expect(reread.meetings.map(\.id) == ["meeting", "meeting.2024-05-30"])
    #expect(reread.lastMeeting?.speakers.count == 2)
    #expect(reread.asOf == Day("2024-05-30"))
    #expect(r.meetings == reread.meetings)
    // A second meeting the same day gets its own id, and goes after the first.
    let second = r.recording(date: Day("2024-05-30")!)
    #expect(second.map(\.field) == [.entry])
    try r.apply(second[0])
    #expect(try RoadmapLoader.decode(r.serializedBytes()).roadmap.meetings.map(\.id) == ["meeting", "meeting.2024-05-30", "meeting.2024-05-30-2"])
    try r.apply(second[0].inverse)
    for c in changes.reversed() { try r.apply(c.inverse) }
    #expect(r.serializedBytes() == Sample.bytes)
    #expect(r.version == 1)
  }

  @Test func aVersionOneFilesOwnMeetingsMemberIsNotTakenOver() throws {
    let text = replacing(Sample.text, #""as_of": "2023-11-30","#, with: #""as_of": "2023-11-30", "meetings": "ours","#)
    var r = try RoadmapLoader.decode(Array(text.utf8)).roadmap
    let changes = r.recording(date: Day("2024-05-30")!)
    #expect(throws: EditError.self) { try r.apply(changes[0]) }
    #expect(r.serializedBytes() == Array(text.utf8))
  }
}

/// A save that adds an activity and changes it in the same commit (the dashboard sends
/// edits queued during a save together) counts in the history once it is in the file.
struct EntryAndChangeInOneSaveTests {
  @Test func bothLinesCount() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    var r = try RoadmapLoader.load(path: path).roadmap
    let id = r.newActivityID(inProject: "d1.roads")
    let add = try r.set(.entry, of: id, to: .entry(.newActivity(id: id, project: "d1.roads", after: "d1.roads.10", title: LocalizedText("Жаңа жол"))))
    let start = try r.set(.status, of: id, to: .status(.inProgress))
    _ = try RoadmapStore(path: path).commit([add, start], author: "a", base: r.origin, current: r)
    let read = RoadmapStore(path: path).readHistory().entries
    #expect(read.map(\.field) == [.entry, .status])
  }
}

/// Two writers adding to one project from the same version: both activities land, the
/// second under the next free id.
struct SimultaneousAdditionTests {
  @Test func theSecondAdditionTakesTheNextId() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let store = RoadmapStore(path: path)
    var a = try RoadmapLoader.load(path: path).roadmap
    var b = try RoadmapLoader.load(path: path).roadmap
    let idA = a.newActivityID(inProject: "d1.roads")
    let idB = b.newActivityID(inProject: "d1.roads")
    #expect(idA == idB)
    let addA = try a.set(.entry, of: idA, to: .entry(.newActivity(id: idA, project: "d1.roads", after: "d1.roads.10", title: LocalizedText("A"))))
    _ = try store.commit([addA], author: "a", base: a.origin, current: a)
    let addB = try b.set(.entry, of: idB, to: .entry(.newActivity(id: idB, project: "d1.roads", after: "d1.roads.10", title: LocalizedText("B"))))
    let startB = try b.set(.status, of: idB, to: .status(.inProgress))
    let result = try store.commit([addB, startB], author: "b", base: b.origin, current: b, policy: .merge(keepMine: { _, _ in true }))
    #expect(result.written.map(\.id) == ["d1.roads.12", "d1.roads.12"])
    let disk = try RoadmapLoader.load(path: path).roadmap
    #expect(disk.activity(id: "d1.roads.11")?.title == LocalizedText("A"))
    #expect(disk.activity(id: "d1.roads.12")?.title == LocalizedText("B"))
    #expect(disk.activity(id: "d1.roads.12")?.status == .inProgress)
    #expect(store.readHistory().entries.map(\.id) == ["d1.roads.11", "d1.roads.12", "d1.roads.12"])
  }
}
