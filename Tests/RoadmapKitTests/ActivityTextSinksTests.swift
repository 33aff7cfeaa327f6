import Foundation
import Testing

@testable import RoadmapKit

/// The titles and ids the loader hands on as it reads (`ActivityTextSinks`): wherever the
/// second core starts, the pieces, one after another, hold every activity once, in the
/// roadmap's order, and nothing of a reading that was given up.
struct ActivityTextSinksTests {
  /// Writes down what it receives.
  final class Recorder: ActivityTextSink {
    var received: [String] = []
    func add(title: LocalizedText, id: String) { received.append("\(id) \(title.translations.map(\.text))") }
  }

  /// The fast path over `bytes` with sinks, the second core starting at `splitAt`; what
  /// the pieces received in order, and how many runs were taken over.
  static func received(_ bytes: [UInt8], splitAt: Int) -> (roadmap: Roadmap?, texts: [String], runs: Int, pieces: Int) {
    let sinks = ActivityTextSinks { _ in Recorder() }
    return bytes.withUnsafeBufferPointer { buf in
      var d = RoadmapFastDecoder(buf)
      d.splitAt = splitAt
      d.textSinks = sinks
      let r = try? d.document(source: bytes)
      let texts = sinks.pieces.flatMap { ($0 as! Recorder).received }
      return (r, texts, d.runsTaken, sinks.pieces.count)
    }
  }

  /// Every activity's id and title, in the model's order.
  static func inOrder(_ r: Roadmap) -> [String] {
    r.allActivities.map { "\($0.1.id) \($0.1.title.translations.map(\.text))" }
  }

  @Test func everyPlaceToStartHandsOnEveryActivityOnceInOrder() throws {
    let bytes = SplitDecodeTests.synthetic
    let (single, texts, _, pieces) = Self.received(bytes, splitAt: .max)
    let expected = Self.inOrder(try #require(single))
    #expect(expected.count == 1500)
    #expect(texts == expected)
    #expect(pieces == 1)
    var taken = 0
    for at in stride(from: 0, to: bytes.count, by: bytes.count / 53) {
      let (split, texts, runs, pieces) = Self.received(bytes, splitAt: at)
      #expect(split != nil)
      #expect(texts == expected, "second core from \(at)")
      // Each run taken over brings its own piece, and the main reading starts another.
      if runs > 0 { #expect(pieces >= 2, "second core from \(at)") }
      taken += runs
    }
    #expect(taken >= 40)
  }

  @Test func aLoadThatFailsLeavesNoPieces() throws {
    // Large enough for two cores: the runs taken over before the bad status are pieces.
    var bytes = SyntheticRoadmap(activities: 30_000, seed: 5).bytes()
    #expect(ProjectRuns.worthIt(bytes.count))
    #expect(Self.received(bytes, splitAt: bytes.count / 2).pieces >= 2)
    // The last activity's status misspelt: everything before it was read and handed on.
    let text = String(decoding: bytes, as: UTF8.self)
    let at = try #require(text.range(of: "\"status\": \"", options: .backwards))
    bytes = Array((text[..<at.upperBound] + "unknown" + text[at.upperBound...].drop { $0 != "\"" }).utf8)
    let sinks = ActivityTextSinks { _ in Recorder() }
    #expect(Self.received(bytes, splitAt: bytes.count / 2).roadmap == nil)
    #expect(throws: RoadmapLoadError.self) { try RoadmapLoader.decode(bytes, texts: sinks) }
    #expect(sinks.pieces.isEmpty)
  }

  @Test func theFiguresOnlyLoadHandsOnNothing() throws {
    let sinks = ActivityTextSinks { _ in Recorder() }
    _ = try RoadmapLoader.decode(SplitDecodeTests.synthetic, file: "", progress: nil, keepTexts: false, texts: sinks)
    #expect(sinks.pieces.isEmpty)
  }
}
