import Foundation
import Testing
@testable import RoadmapKit

/// Every region's file read side by side: sums, ranking and shared directions, checked
/// against counts the test makes itself with Foundation's JSON parser.
@Suite struct NationalFiguresTests {
  /// Five files of different shapes in a folder: the region's, two generated, one with a
  /// fifth direction, and one that is not valid.
  static func folder() throws -> TempDir {
    let dir = TempDir()
    _ = dir.write("zko.json", Sample.bytes)
    _ = dir.write("akmola.json", SyntheticRoadmap(activities: 300, seed: 1).bytes())
    _ = dir.write("almaty.json", SyntheticRoadmap(activities: 500, seed: 2).bytes())
    var doc = try JSONSerialization.jsonObject(with: Data(Sample.bytes)) as! [String: Any]
    var directions = doc["directions"] as! [[String: Any]]
    var fifth = directions[3]
    fifth["id"] = "d5"
    fifth["title"] = ["kk": "Цифрландыру", "ru": "Цифровизация", "en": "Digitalisation"]
    fifth["indicators"] = []
    fifth["projects"] = (fifth["projects"] as! [[String: Any]]).map { p -> [String: Any] in
      var p = p
      p["id"] = "d5." + (p["id"] as! String)
      p["indicators"] = []
      p["activities"] = (p["activities"] as! [[String: Any]]).map { a -> [String: Any] in
        var a = a
        a["id"] = "d5." + (a["id"] as! String)
        a["status"] = "done"
        return a
      }
      return p
    }
    directions.append(fifth)
    doc["directions"] = directions
    _ = dir.write("atyrau.json", Array(try JSONSerialization.data(withJSONObject: doc)))
    _ = dir.write("broken.json", Array(Sample.bytes.prefix(500)))
    _ = dir.write("zko.conflicts.json", Array("[]".utf8))
    _ = dir.write(".hidden.json", Sample.bytes)
    return dir
  }

  /// Counts by status, from the bytes, by Foundation's parser.
  static func counts(_ path: String) -> [String: Int] {
    let doc = try! JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: path)!) as! [String: Any]
    var out: [String: Int] = [:]
    for d in doc["directions"] as! [[String: Any]] {
      for p in d["projects"] as! [[String: Any]] {
        for a in p["activities"] as! [[String: Any]] { out[a["status"] as! String, default: 0] += 1 }
      }
    }
    return out
  }

  @Test func sumsRankingAndAnInvalidFile() throws {
    let dir = try Self.folder()
    defer { dir.remove() }
    let files = RegionFolder.roadmapFiles(in: dir.path)
    #expect(files.map { ($0 as NSString).lastPathComponent } == ["akmola.json", "almaty.json", "atyrau.json", "broken.json", "zko.json"])
    let national = NationalFigures(RegionFolder.load(files))
    #expect(national.regions.map(\.file) == ["akmola.json", "almaty.json", "atyrau.json", "zko.json"])
    #expect(national.invalid.count == 1)
    #expect(national.invalid.first?.path.hasSuffix("broken.json") == true)
    #expect(national.invalid.first?.problem.description.contains("broken.json") == true)

    var done = 0, inProgress = 0, pending = 0
    var shares: [(String, Double)] = []
    for name in ["akmola.json", "almaty.json", "atyrau.json", "zko.json"] {
      let c = Self.counts(dir.file(name))
      done += c["done", default: 0]
      inProgress += c["in_progress", default: 0]
      pending += c["pending", default: 0]
      shares.append((name, Double(c["done", default: 0]) / Double(c.values.reduce(0, +))))
    }
    #expect(national.totals == StatusCounts(done: done, inProgress: inProgress, pending: pending))
    let p = national.percentages
    #expect(p.done + p.inProgress + p.pending == 100)
    let total = Double(done + inProgress + pending)
    #expect(abs(Double(p.done) - 100 * Double(done) / total) < 1)
    #expect(abs(Double(p.pending) - 100 * Double(pending) / total) < 1)
    #expect(national.ranking.map(\.file) == shares.sorted { $0.1 > $1.1 }.map(\.0))
    #expect(national.regions.first { $0.file == "atyrau.json" }?.directions.count == 5)
    #expect(national.overdue == national.regions.reduce(0) { $0 + $1.overdue })

    // The four directions every region has are shared (by id among the region's files, by
    // title with the generated ones, whose ids are g1…g4); the fifth is one region's own.
    let shared = national.sharedDirections()
    #expect(shared.map { $0.title.resolved("kk") } == (try Sample.load()).directions.map { $0.title.resolved("kk") })
    #expect(shared.allSatisfy { $0.regions.count == 4 })
    #expect(!shared.contains { $0.id == "d5" })
    // The same in Russian and English: the generated files write their titles in Kazakh
    // only, the region's in three languages; a title both write in Kazakh is shared.
    for language in ["ru", "en"] {
      let other = national.sharedDirections(language: language)
      #expect(other.count == 4 && other.allSatisfy { $0.regions.count == 4 }, "\(language): \(other.map { ($0.id, $0.regions.count) })")
      // Named in the language asked, by the region's file that writes it so.
      #expect(other.map { $0.title.resolved(language) } == (try Sample.load()).directions.map { $0.title.resolved(language) })
    }
  }

  /// The change since the last meeting comes from the history: an activity done after
  /// the meeting's day counts, one done on it does not.
  @Test func doneSinceTheMeetingFromTheHistory() throws {
    var r = try Sample.load()
    let pending = r.allActivities.filter { $0.activity.status == .pending }.map(\.activity.id)
    let c1 = try r.set(.status, of: pending[0], to: .status(.done))
    let c2 = try r.set(.status, of: pending[1], to: .status(.done))
    var file = RegionFile(path: "/x/zko.json", state: .loaded(r))
    file.history = [
      HistoryEntry(time: "2023-11-30T09:00:00Z", author: "t", id: c1.id, field: .status, old: c1.old, new: c1.new),
      HistoryEntry(time: "2023-12-05T09:00:00Z", author: "t", id: c2.id, field: .status, old: c2.old, new: c2.new),
    ]
    let figures = NationalFigures([file])
    #expect(figures.regions.first?.doneSinceMeeting == 1)
    #expect(NationalFigures([RegionFile(path: "/x/zko.json", state: .loaded(try Sample.load()))]).regions.first?.doneSinceMeeting == 0)
  }
}
