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
    func indicators(_ o: JSON) -> [Indicator] {
      (o["indicators"]?.arrayValue ?? []).map { i in
        Indicator(id: i["id"]!.stringValue!, title: text(i["title"])!, unit: text(i["unit"])!,
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
      ("activity", 7), ("period", 2)]
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
    return out
  }

  /// A small roadmap with an indicator in the direction and one in the project.
  static func edgeRoadmap(
    extra: [String: String] = [:], plan: String = "14", actual: String = "7", ids: (String, String) = ("a1", "a2")
  ) -> [UInt8] {
    func more(_ kind: String) -> String { extra[kind].map { ", " + $0 } ?? "" }
    let text = """
      {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R"\(more("top")),
       "period": {"start": 2023, "end": 2027\(more("period"))}, "as_of": "2023-11-30",
       "directions": [{"id": "d", "title": "D"\(more("direction")),
         "indicators": [{"id": "i1", "title": "I", "unit": "u", "plan": \(plan), "actual": \(actual)\(more("dindicator"))}],
         "projects": [{"id": "p", "title": "P"\(more("project")),
           "indicators": [{"id": "i2", "title": "I", "unit": "u", "actual": \(actual)\(more("pindicator"))}],
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
    for kind in ["top", "direction", "dindicator", "project", "pindicator", "activity", "period"] {
      let at = ["top": 1, "direction": 3, "dindicator": 5, "project": 5, "pindicator": 7, "activity": 7, "period": 2][kind]!
      #expect(accepted.contains("\(kind) nested \(JSONParser.maxDepth - at)"), "\(kind)")
      #expect(!accepted.contains("\(kind) nested \(JSONParser.maxDepth - at + 1)"), "\(kind)")
    }
    #expect(accepted.isSuperset(of: ["plan 5e-324", "plan 1e308", "actual 0", "actual -0", "actual 1e308"]))
    #expect(accepted.isDisjoint(with: ["plan 0", "plan -0", "plan -1", "actual -1", "actual -5e-324", "plan 1e309"]))
  }

  @Test func mutationsAgreeInBothDirections() {
    var rng = SplitMix64(seed: 0x6469_6666)
    var accepted = 0, refused = 0
    let bases = [Sample.bytes, Array(tinyRoadmap.utf8)] + Self.edgeFiles().map(\.1)
    for round in 0..<3000 {
      var bytes = bases[round % 3 == 0 ? 0 : Int.random(in: 1..<bases.count, using: &rng)]
      for _ in 0..<Int.random(in: 1...2, using: &rng) where !bytes.isEmpty {
        bytes = Bool.random(using: &rng) ? Self.refigure(bytes, &rng) : FuzzTests.mutate(bytes, &rng).bytes
      }
      if Self.agree(bytes, "round \(round)") { accepted += 1 } else { refused += 1 }
    }
    #expect(accepted > 100 && refused > 100, "\(accepted) accepted, \(refused) refused")
  }
}
