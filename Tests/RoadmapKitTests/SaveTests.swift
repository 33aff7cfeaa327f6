import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// Load → edit → save: lossless, minimal diffs, undo, file identity, conflicts, history.
struct SaveTests {
  // MARK: - Lossless round trip

  @Test func loadSaveLoadIsIdentical() throws {
    let first = try RoadmapLoader.decode(Sample.bytes)
    let saved = first.roadmap.serializedBytes()
    #expect(saved == Sample.bytes)
    #expect(JSONWriter.canonicalBytes(first.roadmap.document) == Sample.bytes)
    let second = try RoadmapLoader.decode(saved)
    #expect(second.roadmap.directions == first.roadmap.directions)
    #expect(second.roadmap.document == first.roadmap.document)
    #expect(second.roadmap.title == first.roadmap.title)
    #expect(second.roadmap.asOf == first.roadmap.asOf)
    #expect(second.roadmap.activityIndex == first.roadmap.activityIndex)
  }

  @Test func canonicalLayoutMatchesPython() throws {
    // The canonical writer puts a non-canonical text into the layout of
    // json.dumps(v, indent=2, ensure_ascii=False) + "\n": escapes, empty containers, numbers as written.
    let messy = #"{"a":[],"b":{},"c":[1,{"d":"x\u0001\"\\\/\n"}],"e":1.50E+3,"f":"Жол ₸","g":[[]]}"#
    let json = try JSONParser.parse(Array(messy.utf8))
    let expected = """
      {
        "a": [],
        "b": {},
        "c": [
          1,
          {
            "d": "x\\u0001\\"\\\\/\\n"
          }
        ],
        "e": 1.50E+3,
        "f": "Жол ₸",
        "g": [
          []
        ]
      }

      """
    #expect(JSONWriter.canonicalString(json) == expected)
    #expect(String(decoding: JSONWriter.compactBytes(json), as: UTF8.self)
      == #"{"a":[],"b":{},"c":[1,{"d":"x\u0001\"\\/\n"}],"e":1.50E+3,"f":"Жол ₸","g":[[]]}"#)
  }

  @Test func unknownFieldsAreKeptInOrderThroughASave() throws {
    let dir = TempDir()
    defer { dir.remove() }
    // Unknown fields at every level, in odd places, with odd numbers.
    var text = Sample.text
    text = replacing(text, "\"format\": \"jolkarta-roadmap\",", with: "\"x-first\": [\n    1.0,\n    -0.0\n  ],\n  \"format\": \"jolkarta-roadmap\",")
    text = replacing(text, "\"start\": 2023,", with: "\"x-period\": 1e3,\n    \"start\": 2023,")
    text = replacing(text, "\"id\": \"d2\",", with: "\"id\": \"d2\",\n      \"x-direction\": {\n        \"z\": null,\n        \"a\": true\n      },")
    text = replacing(text, "\"id\": \"d2.business\",", with: "\"id\": \"d2.business\",\n          \"x-project\": \"Ж\",")
    text = replacing(text, "\"actual\": 837", with: "\"actual\": 837,\n              \"x-indicator\": 8.370e2")
    text = replacing(text, "\"id\": \"d2.business.03\",", with: "\"id\": \"d2.business.03\",\n              \"x-activity\": [],")
    let path = dir.write("roadmap.json", Array(text.utf8))
    let loaded = try RoadmapLoader.load(path: path)
    #expect(JSONWriter.canonicalString(loaded.roadmap.document) == text)
    #expect(loaded.roadmap.serializedBytes() == Array(text.utf8))

    var r = loaded.roadmap
    let change = try r.set(.status, of: "d2.business.03", to: .status(.done))
    _ = try RoadmapStore(path: path).commit([change], author: "t", base: loaded.sourceBytes, current: r)
    let after = String(decoding: readBytes(path), as: UTF8.self)
    let expected = replacing(text, "\"status\": \"in_progress\"", with: "\"status\": \"done\"", after: "\"x-activity\"")
    #expect(after == expected)
    for key in ["x-first", "x-period", "x-direction", "x-project", "x-indicator", "x-activity", "\"meeting\"", "\"source\""] {
      #expect(after.contains(key))
    }
    // And through the merge path (re-read from disk) as well.
    let again = try RoadmapStore(path: path).commit(
      [Change(id: "d2.business.03", field: .status, old: .status(.done), new: .status(.pending))], author: "t")
    #expect(again.written.count == 1)
    #expect(String(decoding: readBytes(path), as: UTF8.self)
      == replacing(text, "\"status\": \"in_progress\"", with: "\"status\": \"pending\"", after: "\"x-activity\""))
  }

  @Test func oneStatusChangeIsOneChangedLine() throws {
    let original = try Sample.load()
    for (_, activity) in original.allActivities {
      var r = original
      let new = activity.status.next
      try r.set(.status, of: activity.id, to: .status(new))
      let text = String(decoding: r.serializedBytes(), as: UTF8.self)
      guard let diff = changedLines(Sample.text, text) else {
        Issue.record("\(activity.id): the line count changed")
        continue
      }
      #expect(diff.count == 1, "\(activity.id)")
      #expect(diff.first?.0.trimmingCharacters(in: .whitespaces) == "\"status\": \"\(activity.status.rawValue)\",")
      #expect(diff.first?.1.trimmingCharacters(in: .whitespaces) == "\"status\": \"\(new.rawValue)\",")
    }
  }

  @Test func newFieldsGoInFormatOrder() throws {
    var r = try RoadmapLoader.decode(Array(tinyRoadmap.utf8)).roadmap
    try r.set(.note, of: "a1", to: .text(LocalizedText("N")))
    try r.set(.due, of: "a1", to: .day(Day("2024-05-01")!))
    try r.set(.owner, of: "a1", to: .text(LocalizedText(translations: [.init(language: "kk", text: "Әкімдік"), .init(language: "ru", text: "Акимат")])))
    let expected = replacing(tinyRoadmap, "\"status\": \"done\"\n", with: """
      "status": "done",
                    "owner": {
                      "kk": "Әкімдік",
                      "ru": "Акимат"
                    },
                    "due": "2024-05-01",
                    "note": "N"

      """)
    #expect(String(decoding: r.serializedBytes(), as: UTF8.self) == expected)
    #expect(r.activity(id: "a1")?.due == Day("2024-05-01"))
    // Reloading the saved text gives the same activity.
    let reloaded = try RoadmapLoader.decode(Array(expected.utf8)).roadmap
    #expect(reloaded.activity(id: "a1") == r.activity(id: "a1"))

    // On the sample: an activity without a note gets it after "due", one inserted line.
    var s = try Sample.load()
    #expect(s.activity(id: "d1.housing.04")?.note == nil)
    try s.set(.note, of: "d1.housing.04", to: .text(LocalizedText("кешігу")))
    let lines = String(decoding: s.serializedBytes(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let old = Sample.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == old.count + 1)
    let i = try #require(old.indices.first(where: { old[$0] != lines[$0] }))
    // The due line gains a comma, the note line follows it, the rest is as it was.
    #expect(old[i].hasSuffix("\"due\": \"2023-12-31\""))
    #expect(lines[i] == old[i] + ",")
    #expect(lines[i + 1] == old[i].prefix(while: { $0 == " " }) + "\"note\": \"кешігу\"")
    #expect(Array(lines[(i + 2)...]) == Array(old[(i + 1)...]))
  }

  @Test func newFieldsKeepUnknownNeighbours() throws {
    let text = replacing(tinyRoadmap, "\"status\": \"done\"", with: "\"status\": \"done\",\n\"x\": 1")
    var r = try RoadmapLoader.decode(Array(text.utf8)).roadmap
    try r.set(.due, of: "a1", to: .day(Day("2024-01-02")!))
    let keys = r.document["directions"]?.arrayValue?[0]["projects"]?.arrayValue?[0]["activities"]?.arrayValue?[0]
      .objectValue?.map(\.key)
    #expect(keys == ["id", "title", "status", "due", "x"])
  }

  @Test func undoRestoresTheBytesExactly() throws {
    var r = try Sample.load()
    var changes: [Change] = []
    changes.append(try r.set(.status, of: "d1.roads.06", to: .status(.done)))
    changes.append(try r.set(.owner, of: "d1.roads.06", to: .text(LocalizedText("Әкімдік"))))  // object → string
    changes.append(try r.set(.note, of: "d1.housing.04", to: .text(LocalizedText("жаңа"))))  // added
    changes.append(try r.set(.note, of: "d1.roads.06", to: nil))  // removed
    changes.append(try r.set(.due, of: "d4.air.05", to: nil))
    changes.append(try r.set(.due, of: "d4.air.05", to: .day(Day("2024-02-29")!)))
    changes.append(try r.set(.status, of: "d1.roads.06", to: .status(.pending)))
    #expect(r.serializedBytes() != Sample.bytes)
    #expect(r.counts != StatusCounts(done: 60, inProgress: 52, pending: 10))
    for c in changes.reversed() { try r.apply(c.inverse) }
    #expect(r.serializedBytes() == Sample.bytes)
    #expect(r.counts == StatusCounts(done: 60, inProgress: 52, pending: 10))
    #expect(r.directions == (try Sample.load()).directions)
    #expect(changes[0].inverse.inverse == changes[0])
  }

  @Test func badEditsAreRefused() throws {
    var r = try Sample.load()
    #expect(throws: EditError.unknownID("nope")) { try r.set(.status, of: "nope", to: .status(.done)) }
    #expect(throws: EditError.self) { try r.set(.status, of: "d1.roads.06", to: nil) }
    #expect(throws: EditError.self) { try r.set(.due, of: "d1.roads.06", to: .status(.done)) }
    #expect(r.serializedBytes() == Sample.bytes)
    #expect(EditError.unknownID("nope").description == "nothing in the roadmap has the id \"nope\"")
  }

  // MARK: - The file on disk

  func changeOne(_ path: String, _ id: String = "d1.roads.06", to status: Status = .done) throws {
    let loaded = try RoadmapLoader.load(path: path)
    var r = loaded.roadmap
    let c = try r.set(.status, of: id, to: .status(status))
    _ = try RoadmapStore(path: path).commit([c], author: "t", base: loaded.sourceBytes, current: r)
  }

  /// The sample with one status changed, made on the text itself.
  func expectedAfterChange(_ id: String = "d1.roads.06", to status: Status = .done) throws -> [UInt8] {
    let old = try #require(try Sample.load().activity(id: id)).status
    return Array(replacing(Sample.text, "\"status\": \"\(old.rawValue)\"", with: "\"status\": \"\(status.rawValue)\"",
      after: "\"id\": \"\(id)\",").utf8)
  }

  @Test func saveKeepsTheFileMode() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    #expect(chmod(path, 0o640) == 0)
    try changeOne(path)
    var st = stat()
    #expect(stat(path, &st) == 0)
    #expect(st.st_mode & 0o7777 == 0o640)
    #expect(readBytes(path) == (try expectedAfterChange()))
    // No temporary file is left beside it.
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names == [".roadmap.json.lock", "roadmap.history.jsonl", "roadmap.json"])
  }

  @Test func saveWritesThroughASymlink() throws {
    let dir = TempDir()
    defer { dir.remove() }
    try FileManager.default.createDirectory(atPath: dir.file("real"), withIntermediateDirectories: false)
    let target = dir.write("real/roadmap.json", Sample.bytes)
    let link = dir.file("link.json")
    #expect(symlink("real/roadmap.json", link) == 0)
    try changeOne(link)
    var st = stat()
    #expect(lstat(link, &st) == 0)
    #expect(st.st_mode & S_IFMT == S_IFLNK)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/roadmap.json")
    #expect(readBytes(target) == (try expectedAfterChange()))
    // The history goes beside the real file.
    #expect(FileManager.default.fileExists(atPath: dir.file("real/roadmap.history.jsonl")))
  }

  @Test func saveKeepsAHardLinkShared() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let other = dir.file("copy.json")
    #expect(link(path, other) == 0)
    var before = stat()
    stat(path, &before)
    try changeOne(path)
    var a = stat(), b = stat()
    stat(path, &a)
    stat(other, &b)
    #expect(a.st_ino == b.st_ino)
    #expect(a.st_ino == before.st_ino)
    #expect(a.st_nlink == 2)
    #expect(readBytes(other) == (try expectedAfterChange()))
  }

  @Test func refusesWhenChangedOnDisk() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let mine = try RoadmapLoader.load(path: path)
    try changeOne(path, "d4.air.05", to: .pending)  // someone else
    let theirs = readBytes(path)
    var r = mine.roadmap
    let c = try r.set(.status, of: "d1.roads.06", to: .status(.done))
    do {
      _ = try RoadmapStore(path: path).commit([c], author: "me", base: mine.sourceBytes, current: r, policy: .refuse)
      Issue.record("the commit should have been refused")
    } catch {
      #expect(error.changedOnDisk)
      #expect(error.message.contains("changed on disk since it was read; nothing was written"))
      #expect(error.message.contains(path))
    }
    #expect(readBytes(path) == theirs)
    let history = HistoryEntry.read(path: RoadmapStore(path: path).historyPath).entries
    #expect(history.map(\.author) == ["t"])
  }

  @Test func mergeKeepsAnotherWritersChange() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let mine = try RoadmapLoader.load(path: path)
    try changeOne(path, "d4.air.05", to: .pending)  // theirs: another activity
    // Theirs: another field of the same activity.
    let other = try RoadmapLoader.load(path: path)
    var o = other.roadmap
    let oc = try o.set(.note, of: "d1.roads.06", to: .text(LocalizedText("их")))
    _ = try RoadmapStore(path: path).commit([oc], author: "they", base: other.sourceBytes, current: o)

    var r = mine.roadmap
    let c = try r.set(.status, of: "d1.roads.06", to: .status(.done))
    let result = try RoadmapStore(path: path).commit(
      [c], author: "me", base: mine.sourceBytes, current: r,
      policy: .merge(keepMine: { _, _ in
        Issue.record("no conflict expected")
        return true
      }))
    #expect(result.merged)
    #expect(result.written == [c])
    #expect(result.dropped.isEmpty)
    let now = try RoadmapLoader.load(path: path).roadmap
    #expect(now.activity(id: "d4.air.05")?.status == .pending)
    #expect(now.activity(id: "d1.roads.06")?.status == .done)
    #expect(now.activity(id: "d1.roads.06")?.note == LocalizedText("их"))
    #expect(readBytes(path) == result.loaded.roadmap.serializedBytes())
    #expect(readBytes(path) == JSONWriter.canonicalBytes(result.loaded.roadmap.document))
  }

  @Test(arguments: [true, false])
  func mergeSameFieldAsksKeepMine(keepMine: Bool) throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let mine = try RoadmapLoader.load(path: path)
    try changeOne(path, "d1.roads.06", to: .pending)  // theirs: in_progress → pending
    var r = mine.roadmap
    let c = try r.set(.status, of: "d1.roads.06", to: .status(.done))  // mine: in_progress → done
    let asked = Box()
    let result = try RoadmapStore(path: path).commit(
      [c], author: "me", base: mine.sourceBytes, current: r,
      policy: .merge(keepMine: { m, theirs in
        asked.calls.append((m, theirs))
        return keepMine
      }))
    #expect(asked.calls.count == 1)
    #expect(asked.calls.first?.0 == c)
    #expect(asked.calls.first?.1 == .status(.pending))
    let status = try RoadmapLoader.load(path: path).roadmap.activity(id: "d1.roads.06")?.status
    #expect(status == (keepMine ? .done : .pending))
    #expect(result.dropped == (keepMine ? [] : [c]))
    #expect(result.written == (keepMine ? [Change(id: c.id, field: .status, old: .status(.pending), new: .status(.done))] : []))
    let history = HistoryEntry.read(path: RoadmapStore(path: path).historyPath).entries
    #expect(history.count == (keepMine ? 2 : 1))
    if keepMine { #expect(history.last?.old == .status(.pending)) }
  }

  @Test func fileThatBecameInvalidIsNotOverwritten() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let mine = try RoadmapLoader.load(path: path)
    let broken = Array(replacing(Sample.text, "\"status\": \"done\"", with: "\"status\": \"gone\"").utf8)
    _ = dir.write("roadmap.json", broken)
    var r = mine.roadmap
    let c = try r.set(.status, of: "d1.roads.06", to: .status(.done))
    for policy: RoadmapStore.ConflictPolicy in [.merge(keepMine: { _, _ in true }), .refuse] {
      #expect(throws: SaveError.self) {
        _ = try RoadmapStore(path: path).commit([c], author: "me", base: mine.sourceBytes, current: r, policy: policy)
      }
    }
    do {
      _ = try RoadmapStore(path: path).commit([c], author: "me")
      Issue.record("expected a refusal")
    } catch {
      #expect(error.message.contains("not a valid roadmap now, so nothing was written"))
      #expect(error.message.contains("invalid status \"gone\""))
    }
    #expect(readBytes(path) == broken)
    #expect(!FileManager.default.fileExists(atPath: RoadmapStore(path: path).historyPath))
  }

  @Test func commitWithABaseAndNoCurrentState() throws {
    // base: only (the caller kept the bytes, not the edited roadmap): the changes are
    // applied to the file as read, whether or not it changed since.
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let base = try RoadmapLoader.load(path: path).sourceBytes
    let c = Change(id: "d1.roads.06", field: .status, old: .status(.inProgress), new: .status(.done))
    let result = try RoadmapStore(path: path).commit([c], author: "t", base: base)
    #expect(result.written == [c])
    #expect(readBytes(path) == (try expectedAfterChange()))
    // …and refused when it did change, under .refuse.
    let d = Change(id: "d4.air.05", field: .status, old: .status(.done), new: .status(.pending))
    #expect(throws: SaveError.self) { _ = try RoadmapStore(path: path).commit([d], author: "t", base: base) }
    #expect(readBytes(path) == (try expectedAfterChange()))
  }

  @Test func commitOfAMissingFileFails() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let c = Change(id: "a", field: .status, old: nil, new: .status(.done))
    #expect(throws: SaveError.self) { _ = try RoadmapStore(path: dir.file("none.json")).commit([c], author: "x") }
    #expect(!FileManager.default.fileExists(atPath: dir.file("none.json")))
  }

  @Test func staleTemporaryFilesOfDeadWritersAreRemoved() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let dead = dir.write(".roadmap.json.tmp-\(Int32.max - 1)-7", [0x7B])
    let live = dir.write(".roadmap.json.tmp-\(getpid())-7", [0x7B])
    let other = dir.write(".other.json.tmp-\(Int32.max - 1)-7", [0x7B])
    try changeOne(path)
    #expect(!FileManager.default.fileExists(atPath: dead))
    #expect(FileManager.default.fileExists(atPath: live))
    #expect(FileManager.default.fileExists(atPath: other))
  }

  // MARK: - History

  @Test func historyLinesAreAppendedAndReadable() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let store = RoadmapStore(path: path)
    #expect(store.historyPath == AtomicFile.resolve(dir.path) + "/roadmap.history.jsonl")
    let when = Date(timeIntervalSince1970: 1_701_338_100)  // 2023-11-30T09:55:00Z
    _ = try store.commit(
      [Change(id: "d1.roads.06", field: .status, old: .status(.inProgress), new: .status(.done))],
      author: "Ә. Әбенова", now: when)
    _ = try store.commit(
      [
        Change(id: "d1.housing.04", field: .note, old: nil, new: .text(LocalizedText("a \"quoted\"\nline"))),
        Change(id: "d1.housing.04", field: .due, old: .day(Day("2023-12-31")!), new: .day(Day("2024-12-31")!)),
        Change(id: "d1.housing.04", field: .owner, old: nil,
          new: .text(LocalizedText(translations: [.init(language: "kk", text: "Ә"), .init(language: "ru", text: "А")]))),
      ], author: "b", now: when)
    let raw = String(decoding: readBytes(store.historyPath), as: UTF8.self)
    let lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 5 && lines.last == "")
    // Each line carries the id of its save, the same for the lines of one commit.
    let save0 = try #require(saveID(of: lines[0]))
    let save1 = try #require(saveID(of: lines[1]))
    #expect(save0 != save1 && lines[1...3].allSatisfy { saveID(of: $0) == save1 })
    #expect(lines[0] == #"{"time":"2023-11-30T09:55:00Z","author":"Ә. Әбенова","id":"d1.roads.06","field":"status","old":"in_progress","new":"done","save":"\#(save0)"}"#)
    #expect(lines[1] == #"{"time":"2023-11-30T09:55:00Z","author":"b","id":"d1.housing.04","field":"note","old":null,"new":"a \"quoted\"\nline","save":"\#(save1)"}"#)
    // Every line is plain JSON for other tools.
    for line in lines.dropLast() {
      #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
    }
    let (entries, problems) = HistoryEntry.read(path: store.historyPath)
    #expect(problems.isEmpty)
    #expect(entries.count == 4)
    #expect(entries[0] == HistoryEntry(time: "2023-11-30T09:55:00Z", author: "Ә. Әбенова", id: "d1.roads.06",
      field: .status, old: .status(.inProgress), new: .status(.done)))
    #expect(entries[1].new == .text(LocalizedText("a \"quoted\"\nline")))
    #expect(entries[2].old == .day(Day("2023-12-31")!))
    // The owner was already set, so the merge recorded the real old value from disk.
    #expect(entries[3].old == (try Sample.load()).activity(id: "d1.housing.04")?.owner.map(FieldValue.text))
    #expect(entries[3].new == .text(LocalizedText(translations: [.init(language: "kk", text: "Ә"), .init(language: "ru", text: "А")])))
  }

  @Test func tornHistoryLinesAreSkippedWithAWarning() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let good = #"{"time":"t","author":"a","id":"x","field":"status","old":"done","new":"pending"}"#
    let path = dir.write("h.jsonl", Array((good + "\n{\"time\":\"t\",\"auth\n" + good + "\n{\"field\":\"colour\"}\n").utf8))
    let (entries, problems) = HistoryEntry.read(path: path)
    #expect(entries.count == 2)
    #expect(problems.map(\.location?.line) == [2, 4])
    #expect(problems.allSatisfy { $0.severity == .warning && $0.message == "not a history entry; skipped" })
    #expect(HistoryEntry.read(path: dir.file("missing.jsonl")).entries.isEmpty)
  }
}

/// The `save` member of a stored history line.
func saveID(of line: Substring) -> String? {
  (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["save"] as? String
}

/// A mutable box for values a `@Sendable` callback records (called synchronously).
final class Box: @unchecked Sendable {
  var calls: [(Change, FieldValue?)] = []
}
