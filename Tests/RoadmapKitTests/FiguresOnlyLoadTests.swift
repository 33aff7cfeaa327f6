import Foundation
import Testing

@testable import RoadmapKit

/// `RoadmapLoader.loadFigures` (summary, validate) checks the texts of activities it does
/// not keep exactly as `load` checks the texts it keeps: the same files refused with the
/// same problems at the same places, the same figures read from the rest.
struct FiguresOnlyLoadTests {
  /// What a load says: the problems' descriptions, or the figures read.
  static func outcome(_ bytes: [UInt8], keepTexts: Bool) -> [String] {
    do {
      let r = try RoadmapLoader.decode(bytes, file: "f.json", progress: nil, keepTexts: keepTexts).roadmap
      var out = ["\(r.counts) \(r.overdueCount(asOf: r.asOf)) \(r.title.resolved()) \(r.period)"]
      for (at, a) in r.allActivities { out.append("\(at.path) \(a.id) \(a.status) \(a.due?.description ?? "-")") }
      for d in r.directions {
        out.append("\(d.id) \(d.title.resolved("ru")) \(d.indicators)")
        for p in d.projects { out.append("\(p.id) \(p.title.resolved("en")) \(p.counts) \(p.indicators)") }
      }
      return out
    } catch {
      return error.problems.map(\.description)
    }
  }

  /// The sample with the first activity's title, owner or a new note replaced by `raw`
  /// bytes (which may be invalid UTF-8).
  static func mutated(_ field: String, _ raw: [UInt8]) -> [UInt8] {
    let text = Sample.text
    let start = text.range(of: "\"id\": \"d1.housing.01\"")!.upperBound
    var bytes = Array(text[..<start].utf8)
    var rest = String(text[start...])
    switch field {
    case "title":
      let r = rest.range(of: "\"title\": ")!
      let end = rest.range(of: "},", range: r.upperBound..<rest.endIndex)!
      bytes += Array(rest[..<r.upperBound].utf8) + raw
      rest = String(rest[rest.index(before: end.upperBound)...])
    case "owner":
      let r = rest.range(of: "\"owner\": ")!
      let end = rest.range(of: "},", range: r.upperBound..<rest.endIndex)!
      bytes += Array(rest[..<r.upperBound].utf8) + raw
      rest = String(rest[rest.index(before: end.upperBound)...])
    default:
      bytes += Array(",\n\"note\": ".utf8) + raw
    }
    return bytes + Array(rest.utf8)
  }

  static let cases: [(String, [UInt8])] = [
    ("title", Array("\"Орал ".utf8) + [0xFF] + Array("\"".utf8)),  // not UTF-8
    ("title", Array("\"Орал ".utf8) + [0xE0, 0x80, 0xAF] + Array("\"".utf8)),  // overlong
    ("owner", Array("\"Басқарма".utf8) + [0x01] + Array("\"".utf8)),  // raw control character
    ("note", Array("\"bad \\x escape\"".utf8)),
    ("title", Array("\"\\ud800 lone\"".utf8)),
    ("title", Array("{\"kk\": \"a\", \"kk\": \"b\"}".utf8)),
    ("title", Array("{\"\": \"a\"}".utf8)),
    ("title", Array("{\"kk\": 5}".utf8)),
    ("title", Array("5".utf8)),
    ("owner", Array("[\"a\"]".utf8)),
    ("note", Array("{}".utf8)),
    ("note", Array("\"unterminated".utf8)),
    // Valid: escapes, a plain owner, a note of translations.
    ("title", Array("\"\\u0430\\n\\\"q\\\" \\ud83d\\ude00\"".utf8)),
    ("owner", Array("\"Басқарма\"".utf8)),
    ("note", Array("{\"kk\": \"ескерту\", \"ru\": \"примечание\"}".utf8)),
  ]

  @Test(arguments: 0..<cases.count)
  func aTextNotKeptIsCheckedAsOneKept(k: Int) throws {
    let (field, raw) = Self.cases[k]
    let bytes = Self.mutated(field, raw)
    let full = Self.outcome(bytes, keepTexts: true)
    #expect(Self.outcome(bytes, keepTexts: false) == full)
    // Each case but the last three is refused; those three load.
    let valid = (try? RoadmapLoader.decode(bytes)) != nil
    #expect(valid == (k >= Self.cases.count - 3), "\(full.prefix(2))")
  }

  @Test func theFiguresAreTheFullLoadsFigures() throws {
    for bytes in [Sample.bytes, SyntheticRoadmap(activities: 3000, seed: 5).bytes()] {
      #expect(Self.outcome(bytes, keepTexts: false) == Self.outcome(bytes, keepTexts: true))
      let r = try RoadmapLoader.decode(bytes, file: "f.json", progress: nil, keepTexts: false).roadmap
      // What is not kept: activities' titles, owners and notes.
      #expect(r.allActivities.allSatisfy { $0.activity.title.resolved() == "" && $0.activity.owner == nil && $0.activity.note == nil })
    }
  }
}
