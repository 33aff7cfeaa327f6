import Foundation
import Testing

@testable import RoadmapKit

/// The fast decoder and the thorough pass, side by side, in both directions: the fast
/// path accepts exactly what the thorough pass accepts, reads the same model, and when it
/// refuses, the thorough pass names at least one error.
struct DifferentialTests {
  /// What each decoder says of `bytes`: the fast path's roadmap (nil when it bails), the
  /// thorough pass's errors, and its model read from the tree (nil when it has errors).
  static func both(_ bytes: [UInt8]) -> (fast: Roadmap?, errors: [Problem], tree: [String]?) {
    let fast: Roadmap? = bytes.withUnsafeBufferPointer { buf in
      var decoder = RoadmapFastDecoder(buf)
      return try? decoder.document(source: bytes)
    }
    guard let json = try? JSONParser.parse(bytes) else {
      return (fast, [Problem(message: "malformed JSON")], nil)
    }
    var decoder = RoadmapDecoder(file: "f.json", source: SourceText(bytes))
    decoder.decode(json)
    let errors = decoder.problems.filter { $0.severity == .error }
    return (fast, errors, errors.isEmpty ? facts(json) : nil)
  }

  /// The facts `FuzzTests.facts` lists, read independently from a valid tree.
  static func facts(_ root: JSON) -> [String] {
    func text(_ v: JSON?) -> LocalizedText? {
      guard let v else { return nil }
      if let s = v.stringValue { return LocalizedText(s) }
      return LocalizedText(translations: v.objectValue!.map { .init(language: $0.key, text: $0.value.stringValue!) })
    }
    func number(_ v: JSON?) -> Double? {
      guard case .number(let t)? = v?.value else { return nil }
      return Double(t)! + 0
    }
    func t(_ x: LocalizedText?) -> String {
      x.map { $0.translations.map { "\($0.language)=\($0.text)" }.joined(separator: "|") } ?? "-"
    }
    // A unit: a text, or per language a text or an object of plural forms (valid here:
    // no errors; if the thorough pass ever wrongly accepts one, the facts say so instead
    // of trapping).
    func unit(_ v: JSON) -> PluralText {
      if let s = v.stringValue { return PluralText(LocalizedText(s)) }
      return PluralText(translations: (v.objectValue ?? []).map { m in
        if let s = m.value.stringValue { return .init(language: m.key, value: .text(s)) }
        return .init(language: m.key, value: .forms((m.value.objectValue ?? []).map {
          .init(PluralCategory(rawValue: $0.key) ?? .zero, $0.value.stringValue ?? "<not a form>")
        }))
      })
    }
    func indicators(_ o: JSON) -> [Indicator] {
      (o["indicators"]?.arrayValue ?? []).map { i in
        Indicator(id: i["id"]!.stringValue!, title: text(i["title"])!, unitForms: unit(i["unit"]!),
          plan: number(i["plan"]), actual: number(i["actual"])!)
      }
    }
    let period = root["period"]!
    let start = Int(number(period["start"])!), end = Int(number(period["end"])!)
    var out = [t(text(root["title"])), t(text(root["region"])), t(text(root["program"])), "\(start...end)",
      "\(Day(root["as_of"]!.stringValue!)!)"]
    for d in root["directions"]!.arrayValue! {
      out.append("D \(d["id"]!.stringValue!) \(t(text(d["title"]))) \(indicators(d))")
      for p in d["projects"]!.arrayValue! {
        let activities = p["activities"]!.arrayValue!.map { a in
          Activity(id: a["id"]!.stringValue!, title: text(a["title"])!,
            status: Status(rawValue: a["status"]!.stringValue!)!, owner: text(a["owner"]),
            due: a["due"].map { Day($0.stringValue!)! }, note: text(a["note"]))
        }
        out.append("P \(p["id"]!.stringValue!) \(t(text(p["title"]))) \(indicators(p)) \(StatusCounts(activities))")
        for a in activities {
          out.append("A \(a.id) \(t(a.title)) \(a.status) \(t(a.owner)) \(a.due.map { "\($0)" } ?? "-") \(t(a.note))")
        }
      }
    }
    // Meetings: the legacy block when it is an object with a real date, each part only
    // when it is a text; then, in version 2 only, the list (valid here: no errors).
    func lenient(_ v: JSON?) -> LocalizedText? {
      guard let v else { return nil }
      if let s = v.stringValue { return LocalizedText(s) }
      guard let members = v.objectValue, !members.isEmpty,
        members.allSatisfy({ !$0.key.isEmpty && $0.value.stringValue != nil })
      else { return nil }
      return text(v)
    }
    func meeting(_ id: String, _ date: String, _ m: JSON, _ read: (JSON?) -> LocalizedText?) -> String {
      let speakers = (m["speakers"]?.arrayValue ?? []).compactMap(read).map(t)
      return "M \(id) \(date) \(t(read(m["chair"]))) \(t(read(m["reporter"]))) [\(speakers.joined(separator: ", "))] \(t(read(m["decision"])))"
    }
    if let legacy = root["meeting"], legacy.objectValue != nil, let d = legacy["date"]?.stringValue, let day = Day(d) {
      out.append(meeting("meeting", "\(day)", legacy, lenient))
    }
    if number(root["version"]) == 2 {
      for m in root["meetings"]?.arrayValue ?? [] {
        // Valid when the thorough pass found no error; if it ever wrongly does, the facts
        // say so instead of trapping.
        let strict = { (v: JSON?) in v.map { lenient($0) ?? LocalizedText("<not a text>") } }
        out.append(meeting(m["id"]?.stringValue ?? "<no id>", m["date"]?.stringValue ?? "<no date>", m, strict))
      }
    }
    return out
  }

  /// Checks agreement on one input; returns whether it was accepted.
  @discardableResult
  static func agree(_ bytes: [UInt8], _ label: String) -> Bool {
    let (fast, errors, tree) = both(bytes)
    if let fast {
      #expect(errors.isEmpty, "\(label): the fast path accepts what the thorough pass refuses: \(errors)")
      if let tree { #expect(FuzzTests.facts(fast) == tree, "\(label): the two read different models") }
    } else {
      #expect(!errors.isEmpty, "\(label): the fast path refuses what the thorough pass accepts")
    }
    return fast != nil
  }

  /// Figures in and around the domain, as they may be written.
  static let figures = ["0", "-0", "0.0", "-0.0", "5e-324", "4.9e-324", "1e-400", "1e308", "1.7976931348623157e308",
    "1e309", "-1", "-5e-324", "7", "0.5", "1E2", "1e+2", "14.0", "\"7\"", "null", "true", "[]", "{}"]

  /// Replaces one number (or the value after one indicator figure) with a figure from the list.
  static func refigure(_ b: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    let text = String(decoding: b, as: UTF8.self)
    let spots = text.ranges(of: /"(plan|actual)":\s*[^,}\]]+/)
    guard let spot = spots.randomElement(using: &rng) else { return b }
    let name = text[spot].hasPrefix("\"plan") ? "plan" : "actual"
    return Array(text.replacingCharacters(in: spot, with: "\"\(name)\": \(figures.randomElement(using: &rng)!)").utf8)
  }

  /// Hand-made files at the edges: nesting just under and at the limit in every kind of
  /// object, boundary figures, ids equal only after unescaping or normalisation.
  static func edgeFiles() -> [(String, [UInt8])] {
    var out: [(String, [UInt8])] = []
    func nested(_ levels: Int) -> String { String(repeating: "[", count: levels) + String(repeating: "]", count: levels) }
    // The document's members sit at depth 1, a direction's at 3, its indicators' at 5,
    // a project's at 5, its indicators' and activities' at 7 (as JSONParser counts).
    for (kind, at) in [("top", 1), ("direction", 3), ("dindicator", 5), ("project", 5), ("pindicator", 7),
      ("activity", 7), ("period", 2), ("meeting", 3)]
    {
      for extra in [-1, 0, 1] {
        let levels = JSONParser.maxDepth - at + extra
        out.append(("\(kind) nested \(levels)", edgeRoadmap(extra: [kind: "\"x\": \(nested(levels))"])))
      }
    }
    for f in figures {
      out.append(("plan \(f)", edgeRoadmap(plan: f)))
      out.append(("actual \(f)", edgeRoadmap(actual: f)))
    }
    for (a, b) in [("é", "e\u{301}"), ("\\u0430", "а"), ("d1", "d\\u0031"), ("қ", "\\u049b"), ("a", "A")] {
      out.append(("ids \(a) / \(b)", edgeRoadmap(ids: (a, b))))
    }
    return out + meetingFiles() + unitFiles()
  }

  /// Units with plural forms, good and bad, in the direction's indicator and the project's.
  static let units: [(String, String, Bool)] = [
    ("plain", #""u""#, true),
    ("translations", #"{"kk": "u", "ru": "v"}"#, true),
    ("forms", #"{"kk": "u", "ru": {"one": "a", "few": "b", "many": "c"}, "en": {"one": "x", "other": "y"}}"#, true),
    ("one form", #"{"ru": {"one": "a"}}"#, true),
    ("every category", #"{"ru": {"zero": "0", "one": "1", "two": "2", "few": "3", "many": "4", "other": "5"}}"#, true),
    ("escaped category", #"{"ru": {"\u006fne": "a", "m\u0061ny": "c"}}"#, true),
    ("categories as languages", #"{"one": "a", "other": "b"}"#, true),
    ("empty forms", #"{"ru": {}}"#, false),
    ("unknown category", #"{"ru": {"single": "a"}}"#, false),
    ("capitalised category", #"{"ru": {"One": "a"}}"#, false),
    ("form a number", #"{"ru": {"one": 1}}"#, false),
    ("form an object", #"{"ru": {"one": {"x": "y"}}}"#, false),
    ("form null", #"{"ru": {"one": null}}"#, false),
    ("same category twice", #"{"ru": {"one": "a", "one": "b"}}"#, false),
    ("same category escaped", #"{"ru": {"one": "a", "\u006fne": "b"}}"#, false),
    ("forms an array", #"{"ru": ["a"]}"#, false),
    ("forms without a language", #"{"": {"one": "a"}}"#, false),
    ("empty object", "{}", false),
    ("a number", "5", false),
    ("forms at the top", #"{"one": {"one": "a"}}"#, true),
  ]

  static func unitFiles() -> [(String, [UInt8])] {
    units.flatMap { label, unit, _ in
      [("unit \(label) in a direction", edgeRoadmap(unit: (unit, #""u""#))),
       ("unit \(label) in a project", edgeRoadmap(unit: (#""u""#, unit)))]
    }
  }

  /// Meetings at the edges: version 2 lists good and bad, the same list in version 1 (an
  /// unknown field), before the version member, and the legacy block in every shape.
  static func meetingFiles() -> [(String, [UInt8])] {
    let good = #"{"id": "m1", "date": "2024-05-30", "chair": "Ч", "speakers": ["А", {"kk": "Б", "ru": "В"}], "decision": {"en": "D"}}"#
    let lists = [
      ("good", "[\(good)]"), ("empty", "[]"), ("two", #"[{"id": "m1", "date": "2024-05-30"}, {"id": "m2", "date": "2024-05-30", "x": [1]}]"#),
      ("bad date", #"[{"id": "m1", "date": "2024-02-30"}]"#), ("no id", #"[{"date": "2024-05-30"}]"#),
      ("no date", #"[{"id": "m1"}]"#), ("empty id", #"[{"id": "", "date": "2024-05-30"}]"#),
      ("id of an activity", #"[{"id": "a1", "date": "2024-05-30"}]"#),
      ("id of a direction", #"[{"id": "d", "date": "2024-05-30"}]"#),
      ("same id twice", #"[{"id": "m1", "date": "2024-05-30"}, {"id": "m\u0031", "date": "2024-06-30"}]"#),
      ("speakers a string", #"[{"id": "m1", "date": "2024-05-30", "speakers": "А"}]"#),
      ("speaker a number", #"[{"id": "m1", "date": "2024-05-30", "speakers": ["А", 1]}]"#),
      ("chair empty object", #"[{"id": "m1", "date": "2024-05-30", "chair": {}}]"#),
      ("decision null", #"[{"id": "m1", "date": "2024-05-30", "decision": null}]"#),
      ("not an object", "[5]"), ("not an array", "{}"), ("escaped names", #"[{"\u0069d": "m1", "d\u0061te": "2024-05-30"}]"#),
      ("date escaped", #"[{"id": "m1", "date": "2024\u002d05-30"}]"#),
    ]
    var out: [(String, [UInt8])] = []
    for (label, list) in lists {
      for version in ["1", "2", "2.0", "3"] {
        out.append(("meetings \(label) v\(version)", edgeRoadmap(version: version, extra: ["top": "\"meetings\": \(list)"])))
      }
      out.append(("meetings \(label) before the version", edgeRoadmap(version: "2", first: "\"meetings\": \(list)")))
    }
    let legacy = [
      "{\"date\": \"2023-11-30\", \"chair\": \"Ч\", \"reporter\": {\"kk\": \"Б\"}, \"speakers\": [\"А\"], \"decision\": \"Ш\"}",
      "{\"date\": \"2023-02-30\", \"chair\": \"Ч\"}", "{\"chair\": \"Ч\"}", "[]", "\"2023-11-30\"", "null",
      "{\"date\": \"2023-11-30\", \"chair\": 5, \"reporter\": {}, \"speakers\": [\"А\", 1, {\"kk\": 2}, {\"ru\": \"В\"}], \"decision\": [\"Ш\"]}",
      "{\"date\": \"2023-11-30\", \"speakers\": \"А\", \"id\": \"a1\"}",
    ]
    for (k, block) in legacy.enumerated() {
      out.append(("legacy \(k)", edgeRoadmap(extra: ["top": "\"meeting\": \(block)"])))
      out.append(("legacy \(k) with a list", edgeRoadmap(
        version: "2", extra: ["top": "\"meeting\": \(block), \"meetings\": [\(good)]"])))
    }
    return out
  }

  /// A small roadmap with an indicator in the direction and one in the project.
  static func edgeRoadmap(
    version: String = "1", first: String? = nil, extra: [String: String] = [:], plan: String = "14",
    actual: String = "7", ids: (String, String) = ("a1", "a2"), unit: (String, String) = (#""u""#, #""u""#)
  ) -> [UInt8] {
    func more(_ kind: String) -> String { extra[kind].map { ", " + $0 } ?? "" }
    // A meeting only in version 2, where the list is read: holding what "meeting" nests.
    let meeting = extra["meeting"].map { #", "meetings": [{"id": "m", "date": "2024-05-30", "#  + $0 + "}]" } ?? ""
    let text = """
      {\(first.map { $0 + ", " } ?? "")"format": "jolkarta-roadmap", "version": \(extra["meeting"] == nil ? version : "2"), "title": "T", "region": "R"\(more("top"))\(meeting),
       "period": {"start": 2023, "end": 2027\(more("period"))}, "as_of": "2023-11-30",
       "directions": [{"id": "d", "title": "D"\(more("direction")),
         "indicators": [{"id": "i1", "title": "I", "unit": \(unit.0), "plan": \(plan), "actual": \(actual)\(more("dindicator"))}],
         "projects": [{"id": "p", "title": "P"\(more("project")),
           "indicators": [{"id": "i2", "title": "I", "unit": \(unit.1), "actual": \(actual)\(more("pindicator"))}],
           "activities": [
             {"id": "\(ids.0)", "title": "A", "status": "done"\(more("activity"))},
             {"id": "\(ids.1)", "title": "B", "status": "pending", "owner": {"kk": "О", "ru": "В"}}]}]}]}
      """
    return Array(text.utf8)
  }

  @Test func edgeFilesAgree() {
    let files = Self.edgeFiles()
    var accepted: Set<String> = []
    for (label, bytes) in files where Self.agree(bytes, label) { accepted.insert(label) }
    // The nesting limit is the parser's, in every kind of object: 200 levels in, 201 out.
    for kind in ["top", "direction", "dindicator", "project", "pindicator", "activity", "period", "meeting"] {
      let at = ["top": 1, "direction": 3, "dindicator": 5, "project": 5, "pindicator": 7, "activity": 7, "period": 2,
        "meeting": 3][kind]!
      #expect(accepted.contains("\(kind) nested \(JSONParser.maxDepth - at)"), "\(kind)")
      #expect(!accepted.contains("\(kind) nested \(JSONParser.maxDepth - at + 1)"), "\(kind)")
    }
    #expect(accepted.isSuperset(of: ["plan 5e-324", "plan 1e308", "actual 0", "actual -0", "actual 1e308"]))
    #expect(accepted.isDisjoint(with: ["plan 0", "plan -0", "plan -1", "actual -1", "actual -5e-324", "plan 1e309"]))
    // Meetings: read in version 2 (also before the version member), an unknown field in
    // version 1, never a reason to refuse in the legacy block; version 3 is refused.
    for label in ["good", "empty", "two", "escaped names", "date escaped"] {
      #expect(accepted.isSuperset(of: ["meetings \(label) v1", "meetings \(label) v2", "meetings \(label) v2.0",
        "meetings \(label) before the version"]), "\(label)")
    }
    for label in ["bad date", "no id", "no date", "empty id", "id of an activity", "id of a direction", "same id twice",
      "speakers a string", "speaker a number", "chair empty object", "decision null", "not an object", "not an array"]
    {
      #expect(accepted.contains("meetings \(label) v1"), "\(label)")
      #expect(accepted.isDisjoint(with: ["meetings \(label) v2", "meetings \(label) v2.0", "meetings \(label) before the version"]),
        "\(label)")
    }
    #expect(!accepted.contains { $0.hasPrefix("meetings") && $0.hasSuffix("v3") })
    #expect(accepted.isSuperset(of: (0..<8).flatMap { ["legacy \($0)", "legacy \($0) with a list"] }))
    // Units: a text, or per language a text or an object of CLDR's plural forms.
    for (label, _, valid) in Self.units {
      for place in ["direction", "project"] {
        #expect(accepted.contains("unit \(label) in a \(place)") == valid, "unit \(label) in a \(place)")
      }
    }
  }

  @Test func pluralFormsOfAUnitAreReadInFileOrder() throws {
    let bytes = Self.edgeRoadmap(unit: (Self.units[2].1, #""u""#))
    let unit = try #require(Self.both(bytes).fast?.directions[0].indicators[0].unitForms)
    #expect(unit.translations == [
      .init(language: "kk", value: .text("u")),
      .init(language: "ru", value: .forms([.init(.one, "a"), .init(.few, "b"), .init(.many, "c")])),
      .init(language: "en", value: .forms([.init(.one, "x"), .init(.other, "y")])),
    ])
  }

  /// The sample in version 2 with two meetings besides its legacy block, for mutations.
  static let sampleWithMeetings: [UInt8] = {
    let v2 = replacing(Sample.text, "\"version\": 1,", with: "\"version\": 2,")
    return Array(replacing(v2, "\"directions\": [", with: """
      "meetings": [{"id": "meeting.2024-05-30", "date": "2024-05-30", "chair": {"kk": "Ч", "ru": "П"}, "speakers": ["А", "Б"]},
        {"id": "meeting.2024-11-28", "date": "2024-11-28", "reporter": "Б", "decision": "Ш"}],
        "directions": [
      """).utf8)
  }()

  @Test func mutationsAgreeInBothDirections() {
    var rng = SplitMix64(seed: 0x6469_6666)
    var accepted = 0, refused = 0
    let bases = [Sample.bytes, Array(tinyRoadmap.utf8), Self.sampleWithMeetings] + Self.edgeFiles().map(\.1)
    for round in 0..<3000 {
      // The sample, the sample with meetings, then any of the others.
      let base = round % 3 == 0 ? 0 : round % 6 == 1 ? 2 : Int.random(in: 1..<bases.count, using: &rng)
      var bytes = bases[base]
      for _ in 0..<Int.random(in: 1...2, using: &rng) where !bytes.isEmpty {
        bytes = Bool.random(using: &rng) ? Self.refigure(bytes, &rng) : FuzzTests.mutate(bytes, &rng).bytes
      }
      if Self.agree(bytes, "round \(round)") { accepted += 1 } else { refused += 1 }
    }
    #expect(accepted > 100 && refused > 100, "\(accepted) accepted, \(refused) refused")
  }
}
