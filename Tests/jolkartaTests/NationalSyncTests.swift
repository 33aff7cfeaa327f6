import Foundation
import RoadmapKit
import RoadmapSession
import RoadmapSync
import RoadmapUI
import Testing

/// `jolkarta DIR --sync` at the session level: two offices' national views over clones of
/// one folder; an edit saved in a region's dashboard at one office is pushed by the
/// folder's one sync and arrives in the other's overview. Every wait is bounded.
@Suite(.serialized) struct NationalSyncTests {
  typealias Offices = FolderSyncTests.Offices

  /// The national view of `office`'s clone, its folder synced every `interval` seconds.
  static func session(_ o: Offices, _ office: String, interval: Double) throws -> NationalSession {
    let folder = o.dir.file(office)
    let git = try #require(Git(in: folder))
    let repo = try #require(FolderRepository(folder: folder, git: git))
    let sync = try #require(RoadmapSync(folder: repo, author: "\(office) <\(office)@x>", driver: CLI.binary))
    var s = NationalSession(
      watch: RegionWatch(folder: folder, interval: 0.05), label: folder,
      options: DashboardOptions(language: .en, today: Day("2023-11-30")), author: office, sync: sync,
      syncInterval: interval)
    _ = s.handle(.resize(width: 120, height: 40))
    return s
  }

  /// Ticks `s` until `condition` holds, for at most `seconds`.
  static func wait(_ s: inout NationalSession, _ seconds: Double = 30, until condition: (NationalSession) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      _ = s.handle(.tick)
      if condition(s) { return true }
      usleep(10_000)
    }
    return false
  }

  static func inSync(_ s: NationalSession) -> Bool {
    if case .inSync? = s.core.sync { return true }
    return false
  }

  /// The done activities of a file on disk, by Foundation's parser.
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

  /// The commits the remote's main has.
  static func remoteCommits(_ o: Offices) -> Int {
    Int(o.git(["rev-list", "--count", "main"], in: o.remote).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
  }

  @Test func anEditInOneOfficesRegionArrivesInTheOthersOverview() throws {
    let o = Offices()
    defer { o.dir.remove() }
    // a syncs only on open and after a save (the hour never comes); b every second.
    var a = try Self.session(o, "a", interval: 3600)
    defer { a.stop() }
    var b = try Self.session(o, "b", interval: 1)
    defer { b.stop() }
    #expect(Self.wait(&a) { $0.core.loaded && Self.inSync($0) })
    #expect(Self.wait(&b) { $0.core.loaded && Self.inSync($0) })
    // The badge is in the header row, left of the count.
    var grid = Grid(width: 120, height: 40)
    a.render(into: &grid)
    #expect(grid.rowText(0).contains("synced at "), "\(grid.rowText(0))")
    let zko = o.dir.file("b/zko.json")
    let doneBefore = Self.done(zko)
    let commitsBefore = Self.remoteCommits(o)

    // At a: open zko.json, mark the first activity of its first project that is not done, done.
    while a.core.selectedRow?.file != "zko.json" { _ = a.handle(.key(.down)) }
    _ = a.handle(.key(.enter))
    #expect(Self.wait(&a) { $0.region != nil })
    // The region shows the folder's sync; it runs none of its own.
    #expect(a.region?.app.state.edit.sync != nil)
    _ = a.handle(.key(.enter))
    _ = a.handle(.key(.enter))
    let activities = try #require(a.region?.app.state.roadmap.directions[0].projects[0].activities)
    let row = try #require(activities.firstIndex { $0.status != .done })
    for _ in 0..<row { _ = a.handle(.key(.down)) }
    _ = a.handle(.key(.character("d")))
    _ = a.handle(.key(.escape))
    _ = a.handle(.key(.escape))
    _ = a.handle(.key(.escape))
    #expect(Self.wait(&a) { $0.region == nil })
    #expect(Self.done(o.dir.file("a/zko.json")) == doneBefore + 1)

    // a's sync pushes it soon after the save; b's pulls it, and b's overview follows.
    #expect(Self.wait(&a) { _ in Self.remoteCommits(o) > commitsBefore })
    #expect(Self.wait(&b) { s in s.core.figures.regions.first { $0.file == "zko.json" }?.counts.done == doneBefore + 1 })
    #expect(Self.done(zko) == doneBefore + 1)
    #expect(Self.wait(&a) { Self.inSync($0) })
    #expect(Self.wait(&b) { Self.inSync($0) })
  }
}
