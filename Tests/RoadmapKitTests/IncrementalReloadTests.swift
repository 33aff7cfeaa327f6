import Foundation
import Testing

@testable import RoadmapKit

/// A reload reads again only the changed activities (`RoadmapLoader.decode(_:after:)`);
/// the oracle is the whole decode of the same bytes, which it must equal in everything a
/// screen or a save reads: the model, warnings, ids, owners and every span.
struct IncrementalReloadTests {
  /// What the whole decode and the reload say about `bytes`, checked to agree; the
  /// reload's roadmap. `incremental`: whether the change must be read in place (true)
  /// or must fall back to the whole decode (false).
  @discardableResult
  func reload(_ bytes: [UInt8], after old: Roadmap, incremental: Bool?, _ what: String = "",
    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Roadmap
  {
    if let incremental {
      #expect((IncrementalDecode.roadmap(bytes, after: old) != nil) == incremental, "\(what)",
        sourceLocation: sourceLocation)
    }
    let whole = try RoadmapLoader.decode(bytes, file: "r.json")
    let fresh = try RoadmapLoader.decode(bytes, after: old, file: "r.json")
    #expect(fresh == whole, "\(what)", sourceLocation: sourceLocation)
    let a = fresh.roadmap, b = whole.roadmap
    #expect(a.activityIndex == b.activityIndex, "\(what)", sourceLocation: sourceLocation)
    #expect(a.ownerTable == b.ownerTable, "\(what)", sourceLocation: sourceLocation)
    #expect(a.version == b.version && a.origin == bytes && a.edited.isEmpty, sourceLocation: sourceLocation)
    for (loc, x) in b.allActivities {
      let y = a[loc]
      guard a.actualSpan(y) == x.span, y.ownerSlot == x.ownerSlot, y == x else {
        Issue.record("\(what): \(x.id) at \(a.actualSpan(y)) not \(x.span)", sourceLocation: sourceLocation)
        return a
      }
    }
    for d in b.directions.indices {
      for p in b.directions[d].projects.indices {
        #expect(a.directions[d].projects[p].counts == b.directions[d].projects[p].counts, sourceLocation: sourceLocation)
      }
    }
    return a
  }

  /// Both ways fail alike: the same problems.
  func expectSameError(_ bytes: [UInt8], after old: Roadmap, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    var whole: RoadmapLoadError?, fresh: RoadmapLoadError?
    do { _ = try RoadmapLoader.decode(bytes, file: "r.json") } catch { whole = error }
    do { _ = try RoadmapLoader.decode(bytes, after: old, file: "r.json") } catch { fresh = error }
    #expect(whole != nil, sourceLocation: sourceLocation)
    #expect(whole?.problems == fresh?.problems, sourceLocation: sourceLocation)
  }

  func synthetic(_ n: Int, seed: UInt64 = 7) throws -> Roadmap {
    try RoadmapLoader.decode(SyntheticRoadmap(activities: n, seed: seed).bytes()).roadmap
  }

  /// The store's own edits, saved one after another (so shifts pile up across reloads):
  /// each reload is read in place and equals the whole decode.
  @Test(arguments: [0, 1])
  func storeEditsReadInPlace(_ which: Int) throws {
    var disk = which == 0 ? try Sample.load() : try synthetic(3000)
    var rng = SplitMix64(seed: 16 + UInt64(which))
    let ids = disk.allActivities.map(\.activity.id)
    let owners = disk.ownerTable
    for round in 0..<120 {
      var mine = disk
      let id = ids[Int(rng.next() % UInt64(ids.count))]
      switch round % 5 {
      case 0: try mine.set(.status, of: id, to: .status(Status.allCases[Int(rng.next() % 3)]))
      case 1: try mine.set(.title, of: id, to: .text(LocalizedText("Жаңа \(round) «\\\"» ")))
      case 2: try mine.set(.note, of: id, to: round % 2 == 0 ? nil : .text(LocalizedText(String(repeating: "ә", count: round))))
      case 3: try mine.set(.owner, of: id, to: .text(owners[Int(rng.next() % UInt64(owners.count))]))
      default:
        // Two activities at once, in the same project: one window.
        try mine.set(.status, of: ids[0], to: .status(.inProgress))
        try mine.set(.due, of: ids[1], to: .day(Day(year: 2024, month: 1 + round % 12, day: 3)!))
      }
      let bytes = mine.rebase()
      // An owner moved away from its only activity, or one's first appearance: whole decode.
      disk = try reload(bytes, after: disk, incremental: round % 5 == 3 ? nil : true, "round \(round)")
    }
  }

  /// At the first and the last activity of the file, edits of the bytes by hand.
  @Test func firstAndLastActivities() throws {
    let disk = try Sample.load()
    let all = disk.allActivities
    for (_, a) in [all.first!, all.last!] {
      var text = String(decoding: disk.source, as: UTF8.self)
      let span = disk.actualSpan(a)
      let object = String(decoding: disk.source[span], as: UTF8.self)
      let edited = object.replacingOccurrences(of: "\"status\": \"\(a.status.rawValue)\"", with: "\"status\" :\"done\"")
      text = String(decoding: disk.source[..<span.lowerBound], as: UTF8.self) + edited
        + String(decoding: disk.source[span.upperBound...], as: UTF8.self)
      try reload(Array(text.utf8), after: disk, incremental: true, a.id)
    }
  }

  /// An edit inside a title, by another program: a letter changed, escapes written.
  @Test func titleEditedByHand() throws {
    let disk = try synthetic(2000)
    let a = disk.allActivities[1234].activity
    let span = disk.actualSpan(a)
    var bytes = disk.source
    let object = Array(bytes[span])
    let at = span.lowerBound + object.firstRange(of: Array("\"title\"".utf8))!.upperBound
    let quote = bytes[at...].firstIndex(of: 0x22)!
    bytes.insert(contentsOf: Array("\\u04d9\\n".utf8), at: quote + 1)
    let r = try reload(bytes, after: disk, incremental: true)
    #expect(r.activity(id: a.id)!.title != a.title)
  }

  /// Activities added and removed (by the store and by hand): the id index and the
  /// places after them follow.
  @Test func activitiesAddedAndRemoved() throws {
    var disk = try synthetic(1500)
    let project = disk.directions[1].projects[2]
    for after in [nil, project.activities[3].id, project.activities.last!.id] as [String?] {
      var mine = disk
      let id = mine.newActivityID(inProject: project.id)
      try mine.set(.entry, of: id, to: .entry(.newActivity(
        id: id, project: project.id, after: after, title: LocalizedText("Жаңа"), owner: disk.ownerTable[0])))
      disk = try reload(mine.rebase(), after: disk, incremental: nil, "added after \(after ?? "-")")
      #expect(disk.activity(id: id) != nil)
    }
    // Removed by hand: the object and the separator before it.
    for k in [0, 4, -1] {
      let list = disk.directions[1].projects[2].activities
      let k = k < 0 ? list.count - 1 : k
      let span = disk.actualSpan(list[k])
      let cut = k == 0 ? span.lowerBound..<disk.actualSpan(list[1]).lowerBound
        : disk.actualSpan(list[k - 1]).upperBound..<span.upperBound
      var bytes = disk.source
      bytes.removeSubrange(cut)
      disk = try reload(bytes, after: disk, incremental: true, "removed \(k)")
    }
    // Added by hand: a copy of an activity with a new id after it.
    let list = disk.directions[1].projects[2].activities
    var copy = Array(disk.source[disk.actualSpan(list[2])])
    let id = Array("\"\(list[2].id)\"".utf8)
    copy.replaceSubrange(copy.firstRange(of: id)!, with: Array("\"copied.1\"".utf8))
    var bytes = disk.source
    bytes.insert(contentsOf: Array(",\n  ".utf8) + copy, at: disk.actualSpan(list[2]).upperBound)
    disk = try reload(bytes, after: disk, incremental: true, "copied")
    #expect(disk.activityIndex["copied.1"]?.activity == 3)
  }

  /// Changes outside the activities fall back to the whole decode, and are right.
  @Test func outsideActivitiesFallsBack() throws {
    var disk = try synthetic(1500)
    var mine = disk
    try mine.set(.asOf, of: "", to: .day(Day(year: 2024, month: 2, day: 29)!))
    disk = try reload(mine.rebase(), after: disk, incremental: false, "as_of")
    // The whole file rewritten with other indentation (as jq would).
    var other: [UInt8] = []
    JSONWriter.write(try JSONParser.parse(disk.source), indent: 4, into: &other)
    other = Array(String(decoding: other, as: UTF8.self).replacingOccurrences(of: "  ", with: "   ").utf8)
    disk = try reload(other, after: disk, incremental: false, "rewritten")
    // A change reaching from one project into the next.
    let a = disk.directions[0].projects[0].activities.last!, b = disk.directions[0].projects[1].activities[0]
    var bytes = disk.source
    bytes.insert(0x20, at: disk.actualSpan(b).lowerBound + 1)
    bytes.insert(0x20, at: disk.actualSpan(a).upperBound - 1)
    try reload(bytes, after: disk, incremental: false, "two projects")
    // Nothing changed: the same roadmap.
    try reload(disk.source, after: disk, incremental: true, "same")
  }

  /// A truncated file, garbage, an id taken twice: the same error as the whole decode.
  @Test func brokenFilesGiveTheSameError() throws {
    let disk = try synthetic(1500)
    let list = disk.directions[2].projects[1].activities
    let span = disk.actualSpan(list[5])
    expectSameError(Array(disk.source[..<(disk.source.count / 2)]), after: disk)
    expectSameError(Array(disk.source.dropLast(2)), after: disk)
    var garbage = disk.source
    garbage.replaceSubrange((span.lowerBound + 3)..<(span.lowerBound + 9), with: Array("@@{[,".utf8))
    expectSameError(garbage, after: disk)
    // An activity's id changed to another's, to a project's, to a direction's.
    for taken in [list[0].id, disk.directions[2].projects[1].id, disk.directions[0].id] {
      var bytes = disk.source
      let object = Array(bytes[span])
      let id = object.firstRange(of: Array("\"\(list[5].id)\"".utf8))!
      bytes.replaceSubrange((span.lowerBound + id.lowerBound)..<(span.lowerBound + id.upperBound), with: Array("\"\(taken)\"".utf8))
      expectSameError(bytes, after: disk)
    }
    // A required field removed.
    var bytes = disk.source
    let object = String(decoding: bytes[span], as: UTF8.self)
    let without = object.replacingOccurrences(of: "\"status\"", with: "\"statut\"")
    bytes.replaceSubrange(span, with: Array(without.utf8))
    expectSameError(bytes, after: disk)
  }
}
