import Foundation
import Testing

@testable import RoadmapKit

/// Seeded mutations of the sample: every one ends in a load error or a valid roadmap.
struct FuzzTests {
  static let interesting: [UInt8] = Array("{}[],:\"\\ \n0123456789-+.eEtrufalsn".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF]

  static func mutate(_ input: [UInt8], _ rng: inout SplitMix64) -> (kind: String, bytes: [UInt8]) {
    var b = input
    let at = Int.random(in: 0..<b.count, using: &rng)
    switch Int.random(in: 0..<6, using: &rng) {
    case 0:
      b[at] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
      return ("flip", b)
    case 1:
      b[at] = interesting.randomElement(using: &rng)!
      return ("replace", b)
    case 2:
      let n = Int.random(in: 1...16, using: &rng)
      b.removeSubrange(at..<min(b.count, at + n))
      return ("delete", b)
    case 3:
      let n = Int.random(in: 1...4, using: &rng)
      b.insert(contentsOf: (0..<n).map { _ in interesting.randomElement(using: &rng)! }, at: at)
      return ("insert", b)
    case 4:
      return ("truncate", Array(b.prefix(at)))
    default:
      // Copy a stretch of the file elsewhere: duplicate members, ids, brackets.
      let n = Int.random(in: 1...200, using: &rng)
      let from = Int.random(in: 0..<b.count, using: &rng)
      b.insert(contentsOf: b[from..<min(b.count, from + n)], at: at)
      return ("copy", b)
    }
  }

  /// Checks one input; returns true when it loaded.
  static func check(_ bytes: [UInt8], _ label: String) -> Bool {
    do {
      let loaded = try RoadmapLoader.decode(bytes, file: "fuzz.json")
      // A valid roadmap: its counts are consistent and it saves and reloads to itself.
      let r = loaded.roadmap
      #expect(r.counts.total == r.activityIndex.count, "\(label)")
      let saved = r.serializedBytes()
      let again = try RoadmapLoader.decode(saved)
      #expect(again.roadmap.directions == r.directions, "\(label)")
      #expect(again.roadmap.meetings == r.meetings, "\(label)")
      return true
    } catch {
      #expect(!error.problems.isEmpty, "\(label)")
      for p in error.problems {
        #expect(!p.message.isEmpty, "\(label)")
        #expect(p.file == "fuzz.json", "\(label)")
        // Malformed JSON always has a place; validation problems of parsed nodes too.
        if p.message.hasPrefix("malformed JSON") { #expect(p.location != nil, "\(label)") }
        // The fast and the thorough pass must agree on what is valid.
        #expect(!p.message.hasPrefix("cannot read this roadmap"), "\(label): \(p)")
      }
      return false
    }
  }

  @Test func mutationsOfTheSample() throws {
    var rng = SplitMix64(seed: 0x6A6F_6C6B_6172_7461)  // "jolkarta"
    let clock = ContinuousClock()
    let start = clock.now
    var loaded = 0, rejected = 0
    let rounds = 2000
    for round in 0..<rounds {
      var bytes = Sample.bytes
      var kinds: [String] = []
      // One to three mutations stacked.
      for _ in 0..<Int.random(in: 1...3, using: &rng) where !bytes.isEmpty {
        let m = Self.mutate(bytes, &rng)
        kinds.append(m.kind)
        bytes = m.bytes
      }
      if Self.check(bytes, "round \(round) (\(kinds.joined(separator: "+")))") { loaded += 1 } else { rejected += 1 }
    }
    // Both outcomes occur, so the loop exercises both paths.
    #expect(loaded > 20)
    #expect(rejected > 20)
    let elapsed = clock.now - start
    #expect(elapsed < .seconds(60), "fuzzing took \(elapsed)")  // about 5 s in debug on 2 cores
  }

  @Test func mutationsOfASmallRoadmap() throws {
    // The small file makes every byte count: many more mutations per second.
    var rng = SplitMix64(seed: 42)
    let base = Array(tinyRoadmap.utf8)
    var loaded = 0
    for round in 0..<20_000 {
      var bytes = base
      for _ in 0..<Int.random(in: 1...2, using: &rng) where !bytes.isEmpty { bytes = Self.mutate(bytes, &rng).bytes }
      if Self.check(bytes, "small round \(round)") { loaded += 1 }
    }
    #expect(loaded > 100)
  }

  @Test func everyPrefixAndEveryDeletedByteOfASmallRoadmap() throws {
    // A truncated file once trapped in the fast loader (a number expected at the end of
    // the text, after `"start":`); every cut is now checked, not just random ones.
    let base = Array(tinyRoadmap.utf8)
    for n in 0..<base.count {
      // Only the final newline may go: every shorter prefix is cut inside the value.
      if n < base.count - 1 {
        #expect(throws: RoadmapLoadError.self, "prefix \(n)") { try RoadmapLoader.decode(Array(base.prefix(n))) }
      } else {
        #expect(throws: Never.self) { try RoadmapLoader.decode(Array(base.prefix(n))) }
      }
      var b = base
      b.remove(at: n)
      _ = Self.check(b, "without byte \(n)")
    }
    let cut = Array(#"{"format":"jolkarta-roadmap","version":1,"title":"T","region":"R","period":{"start":"#.utf8)
    let p = try #require(problems(cut, file: "f.json").first)
    #expect(p.description == "f.json:1:85: error: malformed JSON: unexpected end of file: a value is missing")
  }

  @Test func everyPrefixOfTheSamplesHead() throws {
    for n in stride(from: 0, through: 4000, by: 1) {
      #expect(throws: RoadmapLoadError.self, "prefix \(n)") { try RoadmapLoader.decode(Array(Sample.bytes.prefix(n))) }
    }
  }

  /// The same JSON spelled differently: characters of strings (keys included) as \u
  /// escapes, `/` as `\/`, extra white space between tokens.
  static func respell(_ bytes: [UInt8], _ rng: inout SplitMix64, rate: Double) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    var inString = false
    var k = 0
    func hex(_ v: UInt32, _ rng: inout SplitMix64) -> [UInt8] {
      let digits = Bool.random(using: &rng) ? "0123456789abcdef" : "0123456789ABCDEF"
      let d = Array(digits.utf8)
      return [0x5C, 0x75] + [12, 8, 4, 0].map { d[Int((v >> UInt32($0)) & 0xF)] }
    }
    while k < bytes.count {
      let b = bytes[k]
      let chance = Double.random(in: 0..<1, using: &rng) < rate
      if inString {
        if b == 0x5C {  // an existing escape: copy it whole
          let n = bytes[k + 1] == 0x75 ? 6 : 2
          out.append(contentsOf: bytes[k..<(k + n)])
          k += n
          continue
        }
        if b == 0x22 { inString = false; out.append(b); k += 1; continue }
        if b == 0x2F && chance { out.append(contentsOf: [0x5C, 0x2F]); k += 1; continue }
        if b < 0x80 && chance { out.append(contentsOf: hex(UInt32(b), &rng)); k += 1; continue }
        if b & 0xE0 == 0xC0 && chance {  // a two-byte character, e.g. Cyrillic
          out.append(contentsOf: hex(UInt32(b & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F), &rng))
          k += 2
          continue
        }
        out.append(b)
        k += 1
        continue
      }
      if b == 0x22 { inString = true }
      out.append(b)
      if (b == 0x3A || b == 0x2C || b == 0x5B || b == 0x7B) && chance {
        out.append(contentsOf: [[0x20], [0x09], [0x0A], [0x0D, 0x0A], [0x20, 0x20, 0x20]].randomElement(using: &rng)!)
      }
      k += 1
    }
    return out
  }

  /// Everything a roadmap says, as plain values, to compare two loads.
  static func facts(_ r: Roadmap) -> [String] {
    func t(_ x: LocalizedText?) -> String { x.map { $0.translations.map { "\($0.language)=\($0.text)" }.joined(separator: "|") } ?? "-" }
    var out = [t(r.title), t(r.region), t(r.program), "\(r.period)", "\(r.asOf)"]
    for d in r.directions {
      out.append("D \(d.id) \(t(d.title)) \(d.indicators)")
      for p in d.projects {
        out.append("P \(p.id) \(t(p.title)) \(p.indicators) \(p.counts)")
        for a in p.activities {
          out.append("A \(a.id) \(t(a.title)) \(a.status) \(t(a.owner)) \(a.due.map { "\($0)" } ?? "-") \(t(a.note))")
        }
      }
    }
    for m in r.meetings {
      out.append("M \(m.id) \(m.date) \(t(m.chair)) \(t(m.reporter)) [\(m.speakers.map(t).joined(separator: ", "))] \(t(m.decision))")
    }
    return out
  }

  @Test func respelledSampleLoadsTheSame() throws {
    var rng = SplitMix64(seed: 11)
    let expected = Self.facts(try Sample.load())
    for round in 0..<12 {
      let bytes = Self.respell(Sample.bytes, &rng, rate: round == 0 ? 1 : 0.05)
      #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "round \(round): the respelling broke the JSON")
      let loaded: LoadedRoadmap
      do { loaded = try RoadmapLoader.decode(bytes, file: "respelled.json") } catch {
        Issue.record("round \(round): \(error.description)")
        continue
      }
      #expect(Self.facts(loaded.roadmap) == expected, "round \(round)")
      // An edit of a respelled file saves to a file that loads with just that change.
      var r = loaded.roadmap
      let (_, a) = r.allActivities[Int.random(in: 0..<122, using: &rng)]
      try r.set(.status, of: a.id, to: .status(a.status.next))
      try r.set(.note, of: a.id, to: .text(LocalizedText("/\"\\ ескерту")))
      let saved = try RoadmapLoader.decode(r.serializedBytes()).roadmap
      #expect(saved.activity(id: a.id)?.status == a.status.next)
      #expect(saved.activity(id: a.id)?.note == LocalizedText("/\"\\ ескерту"))
      #expect(Self.facts(saved).filter { !$0.hasPrefix("A \(a.id) ") && !$0.hasPrefix("P ") }
        == expected.filter { !$0.hasPrefix("A \(a.id) ") && !$0.hasPrefix("P ") })
    }
  }
}
