import Foundation
import Testing

@testable import RoadmapKit

/// Meetings in the file: version 2's `meetings`, version 1's unknown member, the legacy
/// block, the versions read. Expected values are the literals of the file text.
struct MeetingFormatTests {
  /// Two meetings, the second on a day given twice to test "the last of equals".
  static let list = """
    "meetings": [
        {"id": "meeting.2024-05-30", "date": "2024-05-30", "chair": {"kk": "Төраға", "ru": "Председатель"},
         "reporter": "Баяндамашы", "speakers": ["Бірінші", {"en": "Second"}], "decision": "Шешім", "x-kept": [1]},
        {"id": "meeting.2024-11-28", "date": "2024-11-28"},
        {"id": "meeting.2024-11-28b", "date": "2024-11-28", "decision": "Кейінгі"}
      ],
      "directions": [
    """

  static func sample(version: Int, meetings: String = list) -> String {
    let v = replacing(Sample.text, "\"version\": 1,", with: "\"version\": \(version),")
    return replacing(v, "\"directions\": [", with: meetings)
  }

  /// The legacy block as `data/roadmap.json` has it (lines 29–41).
  static let legacy = Meeting(
    id: "meeting", date: Day("2023-11-30")!, chair: LocalizedText("С. Ізмұханбетова"),
    reporter: LocalizedText("Н. Төреғалиев"), speakers: [LocalizedText("Ә. Әбенова")],
    decision: LocalizedText(translations: [
      .init(language: "kk", text: "Биыл орындалмаған тармақтардың келесі жылы толықтай орындалуын қамтамасыз ету мекемелерге міндеттелді."),
      .init(language: "ru", text: "На учреждения возложена обязанность обеспечить полное исполнение в следующем году пунктов, не выполненных в этом году."),
      .init(language: "en", text: "Items not completed this year are to be completed in full next year; the institutions are obliged to ensure this."),
    ]))

  @Test func theSamplesLegacyBlockIsTheFirstMeeting() throws {
    let r = try Sample.load()
    #expect(r.meetings == [Self.legacy])
    #expect(r.lastMeeting == Self.legacy)
  }

  @Test func aVersion1FileWithMeetingsLoadsWithoutReadingThemAndSavesByteIdentical() throws {
    let text = Self.sample(version: 1)
    let bytes = Array(text.utf8)
    let loaded = try RoadmapLoader.decode(bytes)
    #expect(loaded.roadmap.meetings == [Self.legacy], "an unknown field in version 1")
    #expect(loaded.roadmap.serializedBytes() == bytes)
    // Even a list that version 2 would refuse is only an unknown field here.
    let odd = Self.sample(version: 1, meetings: "\"meetings\": [{\"date\": \"2024-02-30\"}, 5],\n  \"directions\": [")
    #expect(try RoadmapLoader.decode(Array(odd.utf8)).roadmap.serializedBytes() == Array(odd.utf8))

    // A save through the store changes the status line and nothing else.
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", bytes)
    var r = loaded.roadmap
    let change = try r.set(.status, of: "d1.roads.06", to: .status(.done))
    _ = try RoadmapStore(path: path).commit([change], author: "t", base: bytes, current: r)
    let after = String(decoding: readBytes(path), as: UTF8.self)
    let diff = try #require(changedLines(text, after))
    #expect(diff.count == 1)
    #expect(diff.first?.0.hasSuffix("\"status\": \"in_progress\",") == true)
    #expect(diff.first?.1.hasSuffix("\"status\": \"done\",") == true)
  }

  @Test func aVersion2FileReadsItsMeetingsAfterTheLegacyBlock() throws {
    let text = Self.sample(version: 2)
    let loaded = try RoadmapLoader.decode(Array(text.utf8))
    let m = loaded.roadmap.meetings
    #expect(m.map(\.id) == ["meeting", "meeting.2024-05-30", "meeting.2024-11-28", "meeting.2024-11-28b"])
    #expect(m[1].date == Day(year: 2024, month: 5, day: 30))
    #expect(m[1].chair == LocalizedText(translations: [.init(language: "kk", text: "Төраға"), .init(language: "ru", text: "Председатель")]))
    #expect(m[1].reporter == LocalizedText("Баяндамашы"))
    #expect(m[1].speakers == [LocalizedText("Бірінші"), LocalizedText(translations: [.init(language: "en", text: "Second")])])
    #expect(m[1].decision == LocalizedText("Шешім"))
    #expect(m[2] == Meeting(id: "meeting.2024-11-28", date: Day("2024-11-28")!))
    // The latest by date; of two on one day, the later in the file.
    #expect(loaded.roadmap.lastMeeting?.id == "meeting.2024-11-28b")
    // Saved losslessly, the unknown member in a meeting too.
    #expect(loaded.roadmap.serializedBytes() == Array(text.utf8))
    // The version may come after the list.
    let late = replacing(
      replacing(text, "\"version\": 2,\n", with: ""), "\"directions\": [", with: "\"version\": 2,\n  \"directions\": [")
    #expect(try RoadmapLoader.decode(Array(late.utf8)).roadmap.meetings == m)
  }

  @Test func aBadMeetingDateIsPlaced() throws {
    let text = replacing(Self.sample(version: 2), "\"date\": \"2024-05-30\"", with: "\"date\": \"2024-02-30\"")
    let ps = problems(text, file: "roadmap.json")
    #expect(ps.count == 1)
    let loc = location(of: "\"2024-02-30\"", in: text)
    #expect(ps.first?.description == "roadmap.json:\(loc.line):\(loc.column): error: meetings[0].date (id \"meeting.2024-05-30\"): must be a real date written YYYY-MM-DD, found \"2024-02-30\"")
  }

  @Test func aMeetingIdIsUniqueAcrossTheFile() throws {
    // The same id as an activity, written before the directions in the file.
    let text = replacing(Self.sample(version: 2), "\"id\": \"meeting.2024-11-28\"", with: "\"id\": \"d1.roads.06\"")
    let ps = problems(text, file: "roadmap.json")
    #expect(ps.count == 1)
    let at = location(of: "\"d1.roads.06\"", in: text)
    let first = location(of: "\"d1.roads.06\"", in: text, after: "\"directions\": [")
    #expect(ps.first?.description == "roadmap.json:\(at.line):\(at.column): error: meetings[1].id (id \"d1.roads.06\"): duplicate id \"d1.roads.06\": already used by directions[0].projects[1].activities[5] at \(first.line):\(first.column); ids must be unique across the file")
    // Two meetings with one id.
    let twice = replacing(Self.sample(version: 2), "\"id\": \"meeting.2024-11-28b\"", with: "\"id\": \"meeting.2024-05-30\"")
    let p = try #require(problems(twice).first)
    #expect(p.path == "meetings[2].id")
    #expect(p.message.hasPrefix("duplicate id \"meeting.2024-05-30\": already used by meetings[0] at "))
  }

  @Test func missingAndWrongMeetingFieldsArePlaced() throws {
    let text = Self.sample(version: 2, meetings: """
      "meetings": [{"id": "m1"}, {"date": "2024-01-01"}, {"id": "m3", "date": "2024-01-01", "speakers": ["А", 5], "chair": 7}, "x"],
        "directions": [
      """)
    let ps = problems(text)
    #expect(ps.map { "\($0.path) \($0.id ?? "-"): \($0.message)" } == [
      "meetings[0] m1: required field \"date\" is missing",
      "meetings[1] -: required field \"id\" is missing",
      // In file order: the speakers come before the chair.
      "meetings[2].speakers[1] m3: must be a string or an object of language code to string (e.g. {\"kk\": \"…\", \"ru\": \"…\"}), found 5",
      "meetings[2].chair m3: must be a string or an object of language code to string (e.g. {\"kk\": \"…\", \"ru\": \"…\"}), found 7",
      "meetings[3] -: a meeting must be an object, found \"x\"",
    ])
    #expect(ps[0].location == location(of: "{\"id\": \"m1\"}", in: text))
  }

  @Test(arguments: ["3", "0", "2.5"])
  func otherVersionsAreRefusedNamingTheOnesRead(version: String) throws {
    // The meetings' own mistakes are not reported on top: the version is the problem.
    let text = replacing(Self.sample(version: 2), "\"version\": 2,", with: "\"version\": \(version),")
    let bad = replacing(text, "\"date\": \"2024-05-30\"", with: "\"date\": \"nope\"")
    let ps = problems(bad, file: "roadmap.json")
    #expect(ps.count == 1)
    let loc = location(of: "\"version\": \(version)", in: bad)
    #expect(ps.first?.description == "roadmap.json:\(loc.line):\(loc.column + 11): error: version: unsupported \"version\" \(version); this jolkarta reads versions 1 and 2")
  }

  @Test func theLegacyBlockIsReadLenientlyAndNeverRefused() throws {
    func meetings(_ block: String, version: Int = 1) throws -> [Meeting] {
      let start = Sample.text.range(of: "  \"meeting\": {")!.lowerBound
      let end = Sample.text.range(of: "  \"source\": {")!.lowerBound
      var text = Sample.text.replacingCharacters(in: start..<end, with: "  \"meeting\": \(block),\n")
      text = replacing(text, "\"version\": 1,", with: "\"version\": \(version),")
      return try RoadmapLoader.decode(Array(text.utf8)).roadmap.meetings
    }
    #expect(try meetings(#"{"date": "2023-02-30", "chair": "Ч"}"#) == [])
    #expect(try meetings(#"{"chair": "Ч"}"#) == [])
    #expect(try meetings(#"["2023-11-30"]"#) == [])
    #expect(try meetings("null", version: 2) == [])
    #expect(try meetings(#"{"date": "2023-11-30", "id": "d1", "chair": 5, "reporter": {}, "speakers": ["А", 1, {"kk": 2}, {"ru": "В"}], "decision": ["Ш"]}"#)
      == [Meeting(id: "meeting", date: Day("2023-11-30")!, speakers: [LocalizedText("А"), LocalizedText(translations: [.init(language: "ru", text: "В")])])])
    #expect(try meetings(#"{"date": "2023-11-30", "speakers": "А"}"#) == [Meeting(id: "meeting", date: Day("2023-11-30")!)])
  }

  @Test func aMeetingAsJSONForTheFile() throws {
    let m = Meeting(
      id: "meeting.2024-05-30", date: Day("2024-05-30")!, reporter: LocalizedText("Б"),
      speakers: [LocalizedText("А"), LocalizedText(translations: [.init(language: "kk", text: "Қ"), .init(language: "ru", text: "К")])],
      decision: LocalizedText(translations: [.init(language: "en", text: "D")]))
    #expect(String(decoding: JSONWriter.compactBytes(m.json), as: UTF8.self)
      == #"{"id":"meeting.2024-05-30","date":"2024-05-30","reporter":"Б","speakers":["А",{"kk":"Қ","ru":"К"}],"decision":{"en":"D"}}"#)
    #expect(String(decoding: JSONWriter.compactBytes(Meeting(id: "m", date: Day("2024-01-02")!).json), as: UTF8.self)
      == #"{"id":"m","date":"2024-01-02"}"#)
  }
}
