import Foundation
import Testing
import RoadmapKit

/// Offices sharing one roadmap through git: a bare repository as the remote, clones as
/// offices, the real `git` and `jolkarta sync`, all in a temporary folder.
@Suite(.serialized) struct GitSyncTests {
  /// A remote and offices cloned from it, with git's own config kept out (HOME is the
  /// folder itself, so no global identity: jolkarta must give one).
  struct Offices {
    let dir = TempFolder()
    var remote: String { dir.file("remote.git") }
    var env: [String: String] { ["HOME": dir.path, "GIT_CONFIG_NOSYSTEM": "1"] }

    /// Runs git in `cwd`.
    @discardableResult
    func git(_ args: [String], in cwd: String) -> CLI.Result {
      CLI.run(args, cwd: cwd, environment: env, program: "/usr/bin/git")
    }

    /// Runs jolkarta in `cwd`.
    @discardableResult
    func jolkarta(_ args: [String], in cwd: String) -> CLI.Result {
      CLI.run(args, cwd: cwd, environment: env)
    }

    /// The first office starts the repository with the region's roadmap; the others clone.
    init(_ names: [String]) {
      git(["init", "--quiet", "--bare", "-b", "main", remote], in: dir.path)
      let first = dir.file(names[0])
      dir.write(names[0] + "/roadmap.json", CLI.sampleBytes)
      let started = jolkarta(["git", "init", "--remote", remote, "--author", "\(names[0]) <\(names[0])@x>", "roadmap.json"], in: first)
      #expect(started.status == 0, "\(started.stdout)\(started.stderr)")
      for name in names.dropFirst() {
        git(["clone", "--quiet", remote, dir.file(name)], in: dir.path)
      }
    }

    func path(_ office: String) -> String { dir.file(office) }
    func roadmap(_ office: String) -> [UInt8] { dir.read(office + "/roadmap.json") }
    func history(_ office: String) -> [String] {
      String(decoding: dir.read(office + "/roadmap.history.jsonl"), as: UTF8.self).split(separator: "\n").map(String.init)
    }
    func sync(_ office: String) -> CLI.Result {
      jolkarta(["sync", "--author", "\(office) <\(office)@x>", "--lang", "en", "roadmap.json"], in: path(office))
    }
  }

  /// Ids of the sample's activities in a status.
  static func ids(_ status: String) -> [String] {
    let doc = try! JSONSerialization.jsonObject(with: Data(CLI.sampleBytes)) as! [String: Any]
    var out: [String] = []
    for d in doc["directions"] as! [[String: Any]] {
      for p in d["projects"] as! [[String: Any]] {
        for a in p["activities"] as! [[String: Any]] where a["status"] as? String == status { out.append(a["id"] as! String) }
      }
    }
    return out
  }

  /// Status in one office, note in the other, on the same activity: both kept, no question.
  @Test func differentFieldsOfOneActivity() throws {
    let o = Offices(["a", "b"])
    defer { o.dir.remove() }
    let id = Self.ids("in_progress")[0]
    #expect(o.jolkarta(["set-status", id, "done", "roadmap.json"], in: o.path("a")).status == 0)
    #expect(o.jolkarta(["set", id, "note", "келісілді", "roadmap.json"], in: o.path("b")).status == 0)
    #expect(o.sync("a").status == 0)
    let b = o.sync("b")
    #expect(b.status == 0, "\(b.stdout)\(b.stderr)")
    #expect(o.sync("a").status == 0)
    #expect(o.roadmap("a") == o.roadmap("b"))
    let doc = String(decoding: o.roadmap("a"), as: UTF8.self)
    #expect(doc.contains("келісілді") && !doc.contains("<<<<<<<"))
    let merged = try JSONSerialization.jsonObject(with: Data(o.roadmap("a"))) as! [String: Any]
    #expect(Self.find(id, in: merged)?["status"] as? String == "done")
    #expect(o.jolkarta(["validate", "roadmap.json"], in: o.path("b")).status == 0)
    // The commit names the change, by the office that made it.
    let log = o.git(["log", "--format=%an|%s"], in: o.path("a")).stdout
    #expect(log.contains("a|\(id): status in_progress → done"))
    #expect(log.contains("b|\(id): note — → келісілді"))
  }

  /// The same field to different values: sync exits 1 and lists it, the file stays
  /// valid and keeps ours, the conflict waits in the conflict file.
  @Test func theSameFieldTwoWays() throws {
    let o = Offices(["a", "b"])
    defer { o.dir.remove() }
    let id = Self.ids("pending")[0]
    o.jolkarta(["set-status", id, "done", "roadmap.json"], in: o.path("a"))
    o.jolkarta(["set-status", id, "in_progress", "roadmap.json"], in: o.path("b"))
    #expect(o.sync("a").status == 0)
    let b = o.sync("b")
    #expect(b.status == 1)
    #expect(b.stdout.contains("\(id) status: here in progress, there done"), "\(b.stdout)")
    #expect(o.jolkarta(["validate", "roadmap.json"], in: o.path("b")).status == 0)
    let text = String(decoding: o.roadmap("b"), as: UTF8.self)
    #expect(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"))
    let conflicts = try JSONSerialization.jsonObject(with: Data(o.dir.read("b/roadmap.conflicts.json"))) as! [[String: Any]]
    #expect(conflicts.count == 1 && conflicts[0]["id"] as? String == id && conflicts[0]["theirs"] as? String == "done")
    // The merge itself was committed and pushed: the conflict file is not in it.
    #expect(o.git(["status", "--porcelain"], in: o.path("b")).stdout.isEmpty)
    #expect(o.sync("a").status == 0)
    #expect(o.roadmap("a") == o.roadmap("b"))
  }

  /// A remote that cannot be reached: exit 3, the change committed here; it goes next time.
  @Test func offlineThenDelivered() throws {
    let o = Offices(["a", "b"])
    defer { o.dir.remove() }
    let id = Self.ids("pending")[1]
    o.jolkarta(["set-status", id, "done", "roadmap.json"], in: o.path("a"))
    o.git(["remote", "set-url", "origin", o.dir.file("nowhere.git")], in: o.path("a"))
    let away = o.sync("a")
    #expect(away.status == 3, "\(away.stdout)\(away.stderr)")
    #expect(away.stdout.contains("(1 commit waiting)"), "\(away.stdout)")
    #expect(o.git(["status", "--porcelain", "roadmap.json"], in: o.path("a")).stdout.isEmpty)
    o.git(["remote", "set-url", "origin", o.remote], in: o.path("a"))
    #expect(o.sync("a").status == 0)
    #expect(o.sync("b").status == 0)
    #expect(o.roadmap("a") == o.roadmap("b"))
    #expect(String(decoding: o.roadmap("b"), as: UTF8.self).contains(id))
  }

  /// Three offices, 100 edits each on different activities, syncing at random moments:
  /// afterwards every clone has every edit, the files are byte for byte the same, no
  /// conflict marker, every history line once, and the log shows each author.
  @Test func threeOfficesHundredEditsEach() throws {
    let names = ["a", "b", "c"]
    let o = Offices(names)
    defer { o.dir.remove() }
    let all = Self.ids("pending") + Self.ids("in_progress") + Self.ids("done")
    var rng = SplitMix64(seed: 14)
    var expected: [String: String] = [:]
    // Each activity's status as the test knows it: a set to the status already there
    // writes no history line.
    var current: [String: String] = [:]
    for status in ["done", "in_progress", "pending"] { for id in Self.ids(status) { current[id] = status } }
    var changes = 0
    let statuses = ["done", "in_progress", "pending"]
    for step in 0..<100 {
      for (k, name) in names.enumerated() {
        // Each office keeps to its own third of the activities.
        let mine = all.enumerated().filter { $0.offset % 3 == k }.map(\.element)
        let id = mine[Int(rng.next() % UInt64(mine.count))]
        let status = statuses[(step + k) % 3]
        let r = o.jolkarta(["set-status", id, status, "--author", name, "roadmap.json"], in: o.path(name))
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        expected[id] = status
        if current[id] != status { changes += 1 }
        current[id] = status
        if rng.next() % 12 == 0 { #expect(o.sync(name).status == 0) }
      }
    }
    for _ in 0..<2 { for name in names { #expect(o.sync(name).status == 0) } }
    let first = o.roadmap("a")
    for name in names { #expect(o.roadmap(name) == first, "\(name)") }
    let doc = try JSONSerialization.jsonObject(with: Data(first)) as! [String: Any]
    for (id, status) in expected { #expect(Self.find(id, in: doc)?["status"] as? String == status, "\(id)") }
    #expect(!String(decoding: first, as: UTF8.self).contains("<<<<<<<"))
    let history = o.history("a")
    #expect(Set(history).count == history.count)
    #expect(history.filter { $0.contains("\"field\":\"status\"") }.count == changes)
    #expect(changes > 150)
    for name in names { #expect(o.history(name) == history) }
    let authors = Set(o.git(["log", "--format=%an"], in: o.path("a")).stdout.split(separator: "\n").map(String.init))
    #expect(authors.isSuperset(of: ["a", "b", "c"]))
  }

  /// A bare `--sync` means every 60 s, but a note that reads "--sync" after `--` is a note.
  @Test func aSyncWordAfterTheEndOfOptionsIsAValue() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let file = dir.write("roadmap.json", CLI.sampleBytes)
    let id = Self.ids("done")[0]
    let r = CLI.run(["set", id, "note", "--", "--sync", file])
    #expect(r.status == 0, "\(r.stderr)")
    let doc = try JSONSerialization.jsonObject(with: Data(dir.read("roadmap.json"))) as! [String: Any]
    #expect(Self.find(id, in: doc)?["note"] as? String == "--sync")
  }

  static func find(_ id: String, in doc: [String: Any]) -> [String: Any]? {
    for d in doc["directions"] as! [[String: Any]] {
      for p in d["projects"] as! [[String: Any]] {
        if let a = (p["activities"] as! [[String: Any]]).first(where: { $0["id"] as? String == id }) { return a }
      }
    }
    return nil
  }
}
