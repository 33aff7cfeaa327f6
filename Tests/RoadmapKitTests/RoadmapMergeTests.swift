import Foundation
import Testing
@testable import RoadmapKit

/// The three-way merge by id and field that git's merge driver runs.
@Suite struct RoadmapMergeTests {
  func bytes(_ r: Roadmap) -> [UInt8] { r.serializedBytes() }
  func text(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }
  func decode(_ b: [UInt8]) throws -> Roadmap { try RoadmapLoader.decode(b).roadmap }

  /// Status on one side and note on the other, both on the same activity (one line in the
  /// canonical layout, so git's own merge would conflict): both kept, no conflict.
  @Test func differentFieldsOfOneActivityAreBothKept() throws {
    let base = try Sample.load()
    let id = base.allActivities.first { $0.activity.status == .inProgress }!.activity.id
    var ours = base, theirs = base
    try ours.set(.status, of: id, to: .status(.done))
    try theirs.set(.note, of: id, to: .text(LocalizedText("келісілді")))
    let result = try RoadmapMerge.merge(base: bytes(base), ours: bytes(ours), theirs: bytes(theirs))
    #expect(result.conflicts.isEmpty)
    let merged = try decode(result.bytes)
    #expect(merged.activity(id: id)?.status == .done)
    #expect(merged.activity(id: id)?.note == LocalizedText("келісілді"))
    // The same bytes as the two edits made one after the other: the layout is kept.
    var both = base
    try both.set(.status, of: id, to: .status(.done))
    try both.set(.note, of: id, to: .text(LocalizedText("келісілді")))
    #expect(text(result.bytes) == text(bytes(both)))
  }

  /// The same field to different values: a conflict naming both, ours kept, file valid.
  @Test func theSameFieldChangedTwoWaysIsAConflict() throws {
    let base = try Sample.load()
    let id = base.allActivities.first { $0.activity.status == .pending }!.activity.id
    var ours = base, theirs = base
    try ours.set(.status, of: id, to: .status(.done))
    try theirs.set(.status, of: id, to: .status(.inProgress))
    try theirs.set(.note, of: id, to: .text(LocalizedText("басталды")))
    let result = try RoadmapMerge.merge(base: bytes(base), ours: bytes(ours), theirs: bytes(theirs))
    #expect(result.conflicts == [MergeConflict(
      id: id, field: "status", base: .string("pending"), ours: .string("done"), theirs: .string("in_progress"))])
    let merged = try decode(result.bytes)
    #expect(merged.activity(id: id)?.status == .done)
    #expect(merged.activity(id: id)?.note == LocalizedText("басталды"))
  }

  /// Titles merge per language; a member without a field (the roadmap's region) merges
  /// as a member; both sides adding under one id keep both, theirs renamed.
  @Test func languagesMembersAndAdditions() throws {
    let base = try Sample.load()
    let project = base.directions[1].projects[0]
    var ours = base, theirs = base
    func title(_ kk: String, _ ru: String, _ en: String) -> FieldValue {
      .text(LocalizedText(translations: [.init(language: "kk", text: kk), .init(language: "ru", text: ru), .init(language: "en", text: en)]))
    }
    let was = project.title.translations.map(\.text)
    try ours.set(.title, of: project.id, to: title("Жаңа атау", was[1], was[2]))
    try theirs.set(.title, of: project.id, to: title(was[0], was[1], "New name"))
    let newID = base.newActivityID(inProject: project.id)
    try ours.set(.entry, of: newID, to: .entry(Entry.newActivity(id: newID, project: project.id, after: nil, title: LocalizedText("Біздікі"))))
    try theirs.set(.entry, of: newID, to: .entry(Entry.newActivity(id: newID, project: project.id, after: nil, title: LocalizedText("Олардікі"))))
    // Theirs also edits the file by hand: the region's Kazakh name and a member of its own.
    var theirBytes = text(bytes(theirs))
    let regionLine = "\"kk\": \"Батыс Қазақстан облысы\","
    let asOfLine = "\"as_of\": \"2023-11-30\","
    #expect(theirBytes.contains(regionLine) && theirBytes.contains(asOfLine))
    theirBytes = theirBytes.replacingOccurrences(of: regionLine, with: "\"kk\": \"Батыс Қазақстан облысы (жаңа)\",")
      .replacingOccurrences(of: asOfLine, with: asOfLine + "\n  \"x_office\": \"akimat\",")

    let result = try RoadmapMerge.merge(base: bytes(base), ours: bytes(ours), theirs: Array(theirBytes.utf8))
    #expect(result.conflicts.isEmpty)
    let merged = try decode(result.bytes)
    let t = merged.directions[1].projects[0].title
    #expect(t.resolved("kk") == "Жаңа атау" && t.resolved("en") == "New name")
    #expect(merged.document["region"]?["kk"] == .string("Батыс Қазақстан облысы (жаңа)"))
    #expect(merged.document["x_office"] == .string("akimat"))
    let titles = merged.directions[1].projects[0].activities.map { $0.title.resolved() }
    #expect(titles.contains("Біздікі") && titles.contains("Олардікі"))
    #expect(merged.activity(id: newID)?.title == LocalizedText("Біздікі"))
  }

  /// Theirs removed what ours changed: ours keeps it, and the removal is a conflict.
  @Test func removedThereChangedHere() throws {
    let base = try Sample.load()
    let id = base.allActivities[3].activity.id
    var ours = base, theirs = base
    try ours.set(.status, of: id, to: .status(.done))
    try theirs.set(.entry, of: id, to: nil)
    let result = try RoadmapMerge.merge(base: bytes(base), ours: bytes(ours), theirs: bytes(theirs))
    #expect(result.conflicts.map(\.id) == [id])
    #expect(result.conflicts.first?.field == "entry")
    #expect(try decode(result.bytes).activity(id: id)?.status == .done)
  }

  /// Random edits on both sides from one base, on different activities and indicators:
  /// the merge always validates and equals the base with both edit lists applied.
  @Test(arguments: 0..<24) func randomEditsOnBothSides(seed: Int) throws {
    var rng = SplitMix64(seed: UInt64(seed) &+ 7)
    let base = try Sample.load()
    var ids = base.allActivities.map(\.activity.id).shuffled(using: &rng)
    let half = ids.count / 2
    let mineIDs = Array(ids[..<half]), theirIDs = Array(ids[half...])
    ids = []
    var ours = base, theirs = base, both = base
    let projects = base.directions.flatMap(\.projects).map(\.id)
    let indicators = base.allIndicators.map(\.id)
    func edit(_ r: inout Roadmap, _ pool: [String], _ indicator: String, _ tag: String) throws -> [Change] {
      var out: [Change] = []
      for _ in 0..<Int.random(in: 1...12, using: &rng) {
        let id = pool.randomElement(using: &rng)!
        guard r.activity(id: id) != nil else { continue }
        switch Int.random(in: 0..<7, using: &rng) {
        case 0: out.append(try r.set(.status, of: id, to: .status(Status.allCases.randomElement(using: &rng)!)))
        case 1: out.append(try r.set(.note, of: id, to: .text(LocalizedText("\(tag) \(Int.random(in: 0..<99, using: &rng))"))))
        case 2: out.append(try r.set(.due, of: id, to: .day(Day(year: 2025, month: Int.random(in: 1...12, using: &rng), day: 1)!)))
        case 3: out.append(try r.set(.project, of: id, to: .place(Place(project: projects.randomElement(using: &rng)!, after: nil))))
        case 4: out.append(try r.set(.entry, of: id, to: nil))
        case 5:
          let p = projects.randomElement(using: &rng)!
          let n = r.newActivityID(inProject: p) + "-\(tag)-\(out.count)"
          out.append(try r.set(.entry, of: n, to: .entry(Entry.newActivity(id: n, project: p, after: nil, title: LocalizedText("\(tag) жаңа")))))
        default: out.append(try r.set(.owner, of: id, to: .text(LocalizedText("\(tag) басқармасы"))))
        }
      }
      out.append(try r.set(.actual, of: indicator, to: .number(Figure(value: Double(Int.random(in: 0..<999, using: &rng))))))
      return out
    }
    let mine = try edit(&ours, mineIDs, indicators[0], "біз")
    let their = try edit(&theirs, theirIDs, indicators[1], "олар")
    for c in mine + their { try both.apply(Change(id: c.id, field: c.field, old: nil, new: c.new)) }

    let result = try RoadmapMerge.merge(base: bytes(base), ours: bytes(ours), theirs: bytes(theirs))
    #expect(result.conflicts.isEmpty)
    let merged = try decode(result.bytes)
    // The merged file validates (decode throws otherwise), and says what both edit lists
    // say, activity by activity.
    func view(_ r: Roadmap) -> [String: String] {
      Dictionary(uniqueKeysWithValues: r.allActivities.map { loc, a in
        (a.id, "\(r.directions[loc.direction].projects[loc.project].id)|\(a.status)|\(a.note?.resolved() ?? "")|\(a.due?.description ?? "")|\(a.owner?.resolved() ?? "")|\(a.title.resolved())")
      })
    }
    #expect(view(merged) == view(both))
    #expect(merged.allIndicators.map(\.actual) == both.allIndicators.map(\.actual))
  }
}
