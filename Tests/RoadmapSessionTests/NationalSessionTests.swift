import Foundation
import RoadmapKit
import RoadmapSession
import RoadmapUI
import Testing

/// The national session over a real folder: a region opened in its own live dashboard and
/// back, its edit saved to its file with history; the overview following changes, new
/// files and removed ones. Every wait is for a condition, bounded.
@Suite struct NationalSessionTests {
  /// A folder of three regions: the sample's file and two generated ones.
  static func folder() throws -> String {
    let (dir, path) = try temporaryRoadmap()
    try FileManager.default.moveItem(atPath: path, toPath: dir + "/wko.json")
    try Data(SyntheticRoadmap(activities: 60, seed: 3).bytes()).write(to: URL(fileURLWithPath: dir + "/a.json"))
    try Data(SyntheticRoadmap(activities: 80, seed: 4).bytes()).write(to: URL(fileURLWithPath: dir + "/b.json"))
    return dir
  }

  /// Ticks the session until `condition` holds, for at most `seconds`.
  static func wait(_ s: inout NationalSession, _ seconds: Double = 10, until condition: (NationalSession) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      _ = s.handle(.tick)
      if condition(s) { return true }
      usleep(5_000)
    }
    return false
  }

  static func session(_ dir: String) -> NationalSession {
    var s = NationalSession(
      watch: RegionWatch(folder: dir, interval: 0.05), label: dir,
      options: DashboardOptions(language: .en), author: "tester")
    _ = s.handle(.resize(width: 100, height: 30))
    return s
  }

  /// The counts of the file on disk, by Foundation's parser.
  static func done(_ path: String) -> Int {
    let doc = try! JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: path)!) as! [String: Any]
    var n = 0
    for d in doc["directions"] as! [[String: Any]] {
      for p in d["projects"] as! [[String: Any]] {
        for a in p["activities"] as! [[String: Any]] where a["status"] as! String == "done" { n += 1 }
      }
    }
    return n
  }

  @Test func enterEditEscSavesToThatFileWithHistory() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var s = Self.session(dir)
    defer { s.stop() }
    #expect(Self.wait(&s) { $0.core.loaded })
    let others = try ["a.json", "b.json"].map { try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0)) }
    while s.core.selectedRow?.file != "wko.json" { _ = s.handle(.key(.down)) }
    let doneBefore = s.core.selectedRow!.counts.done
    #expect(doneBefore == Self.done(dir + "/wko.json"))
    _ = s.handle(.key(.enter))
    #expect(Self.wait(&s) { $0.region != nil })
    // The region's own dashboard, on its own file, knowing it was opened from here.
    #expect(s.region?.store.path == dir + "/wko.json")
    #expect(s.region?.app.state.embedded == true)
    // Down to the first project and mark its first activity that is not done, done.
    _ = s.handle(.key(.enter))
    _ = s.handle(.key(.enter))
    let roadmap = s.region!.app.state.roadmap
    let activities = roadmap.directions[0].projects[0].activities
    let row = activities.firstIndex { $0.status != .done }!
    for _ in 0..<row { _ = s.handle(.key(.down)) }
    _ = s.handle(.key(.character("d")))
    // Esc back up to the overview, and Esc there leaves once the edit is on disk.
    _ = s.handle(.key(.escape))
    _ = s.handle(.key(.escape))
    #expect(s.region?.app.state.stack.count == 1)
    _ = s.handle(.key(.escape))
    #expect(Self.wait(&s) { $0.region == nil })
    #expect(Self.done(dir + "/wko.json") == doneBefore + 1)
    let history = try String(contentsOfFile: dir + "/wko.history.jsonl", encoding: .utf8)
    #expect(history.contains(activities[row].id) && history.contains("tester"))
    // Only that file was written.
    #expect(try ["a.json", "b.json"].map { try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0)) } == others)
    #expect(!FileManager.default.fileExists(atPath: dir + "/a.history.jsonl"))
    // Its row shows the change on return.
    #expect(Self.wait(&s) { $0.core.rows.first { $0.file == "wko.json" }?.counts.done == doneBefore + 1 })
    #expect(s.core.selectedRow?.file == "wko.json")
    // q in a region quits the whole program.
    _ = s.handle(.key(.enter))
    #expect(Self.wait(&s) { $0.region != nil })
    #expect(s.handle(.key(.character("q"))) == .quit(status: 0))
  }

  /// L in a region's dashboard is the overview's language too once back.
  @Test func theLanguageChosenInARegionStaysOnReturn() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var s = Self.session(dir)
    defer { s.stop() }
    #expect(Self.wait(&s) { $0.core.loaded })
    #expect(s.core.language == .en)
    while s.core.selectedRow?.problem != nil { _ = s.handle(.key(.down)) }
    _ = s.handle(.key(.enter))
    #expect(Self.wait(&s) { $0.region != nil })
    _ = s.handle(.key(.character("L")))
    let chosen = try #require(s.region?.app.state.language)
    #expect(chosen != .en)
    _ = s.handle(.key(.escape))
    #expect(Self.wait(&s) { $0.region == nil })
    #expect(s.core.language == chosen)
  }

  @Test func followsAChangeANewFileAndARemovedOne() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var s = Self.session(dir)
    defer { s.stop() }
    #expect(Self.wait(&s) { $0.core.loaded })
    #expect(s.core.rows.map(\.file).sorted() == ["a.json", "b.json", "wko.json"])
    // The size given while the files were first read is the overview's.
    #expect(s.core.width == 100 && s.core.height == 30)
    // Another program rewrites a.json with more activities.
    let bigger = SyntheticRoadmap(activities: 90, seed: 5)
    try Data(bigger.bytes()).write(to: URL(fileURLWithPath: dir + "/a.json"), options: .atomic)
    #expect(Self.wait(&s) { $0.core.rows.first { $0.file == "a.json" }?.counts.total == 90 })
    #expect(s.core.rows.first { $0.file == "a.json" }?.counts.done == Self.done(dir + "/a.json"))
    // A new region arrives.
    try Data(SyntheticRoadmap(activities: 30, seed: 6).bytes()).write(to: URL(fileURLWithPath: dir + "/c.json"))
    #expect(Self.wait(&s) { $0.core.rows.contains { $0.file == "c.json" } })
    #expect(s.core.rows.first { $0.file == "c.json" }?.counts.total == 30)
    // One goes; one turns invalid and shows its problem in its row.
    try FileManager.default.removeItem(atPath: dir + "/b.json")
    #expect(Self.wait(&s) { !$0.core.rows.contains { $0.file == "b.json" } })
    try Data("{".utf8).write(to: URL(fileURLWithPath: dir + "/c.json"))
    #expect(Self.wait(&s) { $0.core.rows.first { $0.file == "c.json" }?.problem != nil })
    #expect(s.core.figures.totals.total == 90 + s.core.rows.first { $0.file == "wko.json" }!.counts.total)
  }
}
