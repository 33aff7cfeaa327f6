import Foundation
import Testing

@testable import RoadmapKit

/// Many edits and saves in a row, on canonical and other layouts: what is saved always
/// loads back to the model, and a canonical file stays canonical.
struct SaveSequenceTests {
  static func randomChange(_ r: Roadmap, _ rng: inout SplitMix64) -> (String, Field, FieldValue?) {
    let (_, a) = r.allActivities[Int.random(in: 0..<r.allActivities.count, using: &rng)]
    switch Int.random(in: 0..<7, using: &rng) {
    case 0, 1: return (a.id, .status, .status(a.status.next))
    case 2: return (a.id, .note, Bool.random(using: &rng) ? nil : .text(LocalizedText("ескерту \(Int.random(in: 0...99, using: &rng))\n\"x\"")))
    case 3: return (a.id, .owner, Bool.random(using: &rng) ? nil : .text(LocalizedText(translations: [.init(language: "kk", text: "Әкімдік"), .init(language: "en", text: "Akimat")])))
    case 4: return (a.id, .due, nil)
    default: return (a.id, .due, .day(Day(year: 2024, month: Int.random(in: 1...12, using: &rng), day: 28)!))
    }
  }

  func run(_ bytes: [UInt8], seed: UInt64, edits: Int, expectCanonical: Bool) throws {
    var rng = SplitMix64(seed: seed)
    var r = try RoadmapLoader.decode(bytes).roadmap
    for step in 0..<edits {
      let (id, field, value) = Self.randomChange(r, &rng)
      try r.set(field, of: id, to: value)
      // Save every few edits; in between, several edits are pending at once.
      if step % 3 == 2 || step == edits - 1 {
        let saved = r.rebase()
        let reloaded: Roadmap
        do { reloaded = try RoadmapLoader.decode(saved).roadmap } catch {
          Issue.record("step \(step): the saved file does not load: \(error.description)")
          return
        }
        #expect(FuzzTests.facts(reloaded) == FuzzTests.facts(r), "step \(step)")
        if expectCanonical {
          #expect(JSONWriter.canonicalBytes(try JSONParser.parse(saved)) == saved, "step \(step)")
        }
        #expect(r.serializedBytes() == saved)
      }
    }
  }

  @Test func canonicalSampleStaysCanonical() throws {
    try run(Sample.bytes, seed: 1, edits: 90, expectCanonical: true)
  }

  @Test func compactLayout() throws {
    let compact = JSONWriter.compactBytes(try JSONParser.parse(Sample.bytes))
    try run(compact, seed: 2, edits: 60, expectCanonical: false)
  }

  @Test func tabsAndCRLF() throws {
    let text = Sample.text.replacingOccurrences(of: "  ", with: "\t").replacingOccurrences(of: "\n", with: "\r\n")
    try run(Array(text.utf8), seed: 3, edits: 60, expectCanonical: false)
  }

  @Test func unknownFieldsSurviveEverySave() throws {
    var text = Sample.text
    text = replacing(text, "\"status\": \"done\",", with: "\"x-keep\": [1.0, {\"a\": \"б\"}],\n              \"status\": \"done\",")
    var r = try RoadmapLoader.decode(Array(text.utf8)).roadmap
    var rng = SplitMix64(seed: 4)
    for _ in 0..<40 {
      let (id, field, value) = Self.randomChange(r, &rng)
      try r.set(field, of: id, to: value)
      _ = r.rebase()
    }
    // Every activity once more, so the one with the unknown field is rewritten for sure.
    for (_, a) in r.allActivities { try r.set(.status, of: a.id, to: .status(a.status.next)) }
    let saved = String(decoding: r.rebase(), as: UTF8.self)
    #expect(saved.contains("\"x-keep\": [\n                1.0,\n                {\n                  \"a\": \"б\"\n                }\n              ],\n              \"status\": "))
    #expect(saved.contains("\"meeting\": {"))
  }
}
