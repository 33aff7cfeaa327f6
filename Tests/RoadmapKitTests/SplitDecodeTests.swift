import Foundation
import Testing

@testable import RoadmapKit

/// The fast decoder on two cores (`ProjectRuns`): wherever the second core starts, the
/// roadmap read is the one a single core reads, ids are unique across both halves, and a
/// run that reads as projects but does not stand in a `projects` list is never taken.
struct SplitDecodeTests {
  /// The fast path over `bytes`, the second core starting at `splitAt` (`Int.max`: none);
  /// the roadmap (nil when it bails) and how many runs were taken over.
  static func fast(_ bytes: [UInt8], splitAt: Int, keepTexts: Bool = true) -> (Roadmap?, Int) {
    bytes.withUnsafeBufferPointer { buf in
      var d = RoadmapFastDecoder(buf)
      d.splitAt = splitAt
      d.keepTexts = keepTexts
      let r = try? d.document(source: bytes)
      return (r, d.runsTaken)
    }
  }

  /// Everything the model holds, spans and owner slots included, as comparable text.
  static func facts(_ r: Roadmap) -> [String] {
    var out = ["\(r.directions.count) \(r.ownerTable.map { $0.resolved() })"]
    for (id, at) in r.activityIndex.sorted(by: { $0.key < $1.key }) { out.append("\(id) \(at.path)") }
    for (at, a) in r.allActivities {
      out.append("\(at.path) \(a.id) \(a.title.translations.map(\.text)) \(a.status) \(a.owner?.resolved() ?? "-") \(a.ownerKey ?? -1) \(a.due?.description ?? "-") \(a.note?.resolved() ?? "-") \(a.span)")
    }
    for d in r.directions {
      for p in d.projects { out.append("\(p.id) \(p.title.resolved()) \(p.counts.total) \(p.indicators.map(\.id))") }
    }
    return out
  }

  static let synthetic = SyntheticRoadmap(activities: 1500, seed: 11).bytes()

  @Test(arguments: [true, false])
  func everyPlaceToStartReadsTheSameRoadmap(keepTexts: Bool) throws {
    let bytes = Self.synthetic
    let (single, none) = Self.fast(bytes, splitAt: .max, keepTexts: keepTexts)
    let expected = Self.facts(try #require(single))
    #expect(none == 0)
    var taken = 0
    for at in stride(from: 0, to: bytes.count, by: bytes.count / 53) {
      let (split, runs) = Self.fast(bytes, splitAt: at, keepTexts: keepTexts)
      #expect(split.map(Self.facts) == expected, "second core from \(at)")
      taken += runs
    }
    // The second core did read: most starting places lead to a run taken over.
    #expect(taken >= 40)
  }

  /// The first activity's id given again to the last activity, or to the last project.
  @Test(arguments: ["\"id\": \"g4.p28.a50\"", "\"id\": \"g4.p28\""])
  func anIDReadByTheOtherCoreIsStillAnID(last: String) throws {
    let text = String(decoding: Self.synthetic, as: UTF8.self)
    #expect(text.contains(last))
    let bytes = Array(text.replacingOccurrences(of: last, with: "\"id\": \"g1.p1.a1\"").utf8)
    for at in [bytes.count / 2, bytes.count / 3, 2 * bytes.count / 3] {
      #expect(Self.fast(bytes, splitAt: at).0 == nil, "second core from \(at)")
    }
    // Also when the duplicate is read first, by the main core, and the original second.
    let swapped = Array(text.replacingOccurrences(of: "\"id\": \"g1.p1.a1\"", with: last).utf8)
    #expect(Self.fast(swapped, splitAt: swapped.count / 2).0 == nil)
    #expect(throws: RoadmapLoadError.self) { try RoadmapLoader.decode(bytes) }
  }

  /// Activities that each look like a project (an unknown `activities` member): the second
  /// core reads them as a run of projects, which must not be taken, since they are not.
  @Test func aRunThatStandsInAnActivitiesListIsDropped() throws {
    var text = String(decoding: Self.synthetic, as: UTF8.self)
    let lookalikes = (1...400).map {
      "{\"id\": \"x\($0)\", \"title\": \"t\", \"status\": \"done\", \"activities\": []}"
    }.joined(separator: ", ")
    let marker = "\"activities\": ["
    let middle = text.index(text.startIndex, offsetBy: text.count / 2)
    let at = try #require(text.range(of: marker, range: middle..<text.endIndex))
    text.insert(contentsOf: lookalikes + ", ", at: at.upperBound)
    let bytes = Array(text.utf8)
    let (single, _) = Self.fast(bytes, splitAt: .max)
    let expected = Self.facts(try #require(single))
    let start = Array(text[..<at.upperBound].utf8).count
    for at in [start, start + 1, start - 40] {
      let (split, _) = Self.fast(bytes, splitAt: at)
      #expect(split.map(Self.facts) == expected, "second core from \(at)")
    }
  }

  @Test func aLargeFileIsReadOnTwoCoresAsOnOne() throws {
    let bytes = SyntheticRoadmap(activities: 30_000, seed: 3).bytes()
    #expect(ProjectRuns.worthIt(bytes.count) == (ProcessInfo.processInfo.activeProcessorCount >= 2))
    let loaded = try RoadmapLoader.decode(bytes)
    let (single, _) = Self.fast(bytes, splitAt: .max)
    #expect(Self.facts(loaded.roadmap) == Self.facts(try #require(single)))
  }
}
