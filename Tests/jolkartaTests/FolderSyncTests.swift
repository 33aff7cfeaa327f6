import Foundation
import Testing

/// A folder of regions shared through git as a whole: `git init --remote URL DIR`, clones,
/// `sync DIR` committing, merging (each file through the driver) and pushing every region.
@Suite(.serialized) struct FolderSyncTests {
  /// A bare remote and two offices, each a clone of the folder of three regions.
  struct Offices {
    let dir = TempFolder()
    var remote: String { dir.file("remote.git") }
    var env: [String: String] { ["HOME": dir.path, "GIT_CONFIG_NOSYSTEM": "1"] }
    static let regions = ["aktobe.json", "atyrau.json", "zko.json"]

    @discardableResult
    func git(_ args: [String], in cwd: String) -> CLI.Result {
      CLI.run(args, cwd: cwd, environment: env, program: "/usr/bin/git")
    }

    @discardableResult
    func jolkarta(_ args: [String], in cwd: String) -> CLI.Result {
      CLI.run(args, cwd: cwd, environment: env)
    }

    init() {
      git(["init", "--quiet", "--bare", "-b", "main", remote], in: dir.path)
      dir.write("a/zko.json", CLI.sampleBytes)
      jolkarta(["generate", "--activities", "120", "--seed", "4", "--output", dir.file("a/aktobe.json")], in: dir.path)
      jolkarta(["generate", "--activities", "90", "--seed", "9", "--output", dir.file("a/atyrau.json")], in: dir.path)
      let started = jolkarta(["git", "init", "--remote", remote, "--author", "a <a@x>", "--lang", "en", "a"], in: dir.path)
      #expect(started.status == 0, "\(started.stdout)\(started.stderr)")
      git(["clone", "--quiet", remote, dir.file("b")], in: dir.path)
    }

    func sync(_ office: String) -> CLI.Result {
      jolkarta(["sync", "--author", "\(office) <\(office)@x>", "--lang", "en", office], in: dir.path)
    }

    func set(_ office: String, _ file: String, _ id: String, _ status: String) {
      let r = jolkarta(["set-status", id, status, office + "/" + file], in: dir.path)
      #expect(r.status == 0, "\(r.stderr)")
    }

    /// The first activity of `file` in `status`, read with Foundation's parser.
    func id(_ file: String, _ status: String, _ k: Int = 0) -> String {
      let doc = try! JSONSerialization.jsonObject(with: Data(dir.read("a/" + file))) as! [String: Any]
      var out: [String] = []
      for d in doc["directions"] as! [[String: Any]] {
        for p in d["projects"] as! [[String: Any]] {
          for a in p["activities"] as! [[String: Any]] where a["status"] as? String == status { out.append(a["id"] as! String) }
        }
      }
      return out[k]
    }

    func same() -> Bool { Self.regions.allSatisfy { dir.read("a/" + $0) == dir.read("b/" + $0) } }
  }

  @Test func editsInDifferentRegionsAndInOneRegionMeetInBothOffices() throws {
    let o = Offices()
    defer { o.dir.remove() }
    #expect(o.same())
    // The folder's attributes are patterns, so a region added later is merged as well.
    let attributes = String(decoding: o.dir.read("b/.gitattributes"), as: UTF8.self)
    #expect(attributes.contains("/*.json merge=jolkarta") && attributes.contains("/*.history.jsonl merge=jolkarta-history"))
    let zkoID = o.id("zko.json", "pending"), aktobeID = o.id("aktobe.json", "pending")
    let atyrauA = o.id("atyrau.json", "pending", 0), atyrauB = o.id("atyrau.json", "pending", 1)
    o.set("a", "zko.json", zkoID, "done")
    o.set("b", "aktobe.json", aktobeID, "in_progress")
    o.set("a", "atyrau.json", atyrauA, "done")
    o.set("b", "atyrau.json", atyrauB, "done")
    let a = o.sync("a")
    #expect(a.status == 0, "\(a.stdout)\(a.stderr)")
    #expect(a.stdout.contains("atyrau.json: 1 change sent\n"), "\(a.stdout)")
    #expect(a.stdout.contains("zko.json: 1 change sent\n"), "\(a.stdout)")
    #expect(!a.stdout.contains("aktobe.json"))
    let b = o.sync("b")
    #expect(b.status == 0, "\(b.stdout)\(b.stderr)")
    #expect(b.stdout.contains("aktobe.json: 1 change sent\n"), "\(b.stdout)")
    #expect(b.stdout.contains("atyrau.json: 1 change sent, 1 change received\n"), "\(b.stdout)")
    #expect(b.stdout.contains("zko.json: 1 change received\n"), "\(b.stdout)")
    #expect(o.sync("a").status == 0)
    #expect(o.same())
    // Every file valid, nothing left uncommitted, one commit naming both regions of a.
    for office in ["a", "b"] {
      #expect(o.git(["status", "--porcelain"], in: o.dir.file(office)).stdout.isEmpty)
      for f in Offices.regions { #expect(o.jolkarta(["validate", office + "/" + f], in: o.dir.path).status == 0) }
    }
    let doc = try JSONSerialization.jsonObject(with: Data(o.dir.read("a/atyrau.json"))) as! [String: Any]
    let statuses = (doc["directions"] as! [[String: Any]]).flatMap { d in
      (d["projects"] as! [[String: Any]]).flatMap { $0["activities"] as! [[String: Any]] }
    }.filter { [atyrauA, atyrauB].contains($0["id"] as! String) }.map { $0["status"] as! String }
    #expect(statuses == ["done", "done"])
    let log = o.git(["log", "--format=%an|%s"], in: o.dir.file("b")).stdout
    #expect(log.contains("a|jolkarta: 2 roadmaps"), "\(log)")
  }

  @Test func aConflictIsReportedByFileAndID() throws {
    let o = Offices()
    defer { o.dir.remove() }
    let id = o.id("aktobe.json", "pending")
    o.set("a", "aktobe.json", id, "done")
    o.set("b", "aktobe.json", id, "in_progress")
    #expect(o.sync("a").status == 0)
    let b = o.sync("b")
    #expect(b.status == 1, "\(b.stdout)\(b.stderr)")
    #expect(b.stdout.contains("aktobe.json: 1 change sent, 1 field waiting for a decision\n"), "\(b.stdout)")
    #expect(b.stdout.contains("  aktobe.json \(id) status: here in progress, there done"), "\(b.stdout)")
    #expect(!b.stdout.contains("zko.json"))
    #expect(o.git(["status", "--porcelain"], in: o.dir.file("b")).stdout.isEmpty)
    #expect(o.sync("a").status == 0)
    #expect(o.same())
  }

  @Test func aRegionAddedInOneOfficeArrivesInTheOther() throws {
    let o = Offices()
    defer { o.dir.remove() }
    // A fresh clone has the folder's patterns, not the drivers: setup adds them, once.
    let setup = o.jolkarta(["git", "setup", "--lang", "en", "b"], in: o.dir.path)
    #expect(setup.status == 0)
    #expect(setup.stdout.contains("git config: set merge.jolkarta.driver"), "\(setup.stdout)")
    #expect(!setup.stdout.contains(".gitattributes"))
    let again = o.jolkarta(["git", "setup", "--lang", "en", "b"], in: o.dir.path)
    #expect(again.stdout == "Already set up: *.json are merged by jolkarta.\n")
    o.jolkarta(["generate", "--activities", "40", "--seed", "2", "--output", o.dir.file("a/almaty.json")], in: o.dir.path)
    #expect(o.sync("a").status == 0)
    let b = o.sync("b")
    #expect(b.status == 0, "\(b.stdout)\(b.stderr)")
    #expect(b.stdout.contains("almaty.json: new file received\n"), "\(b.stdout)")
    #expect(o.dir.read("a/almaty.json") == o.dir.read("b/almaty.json"))
    // Offline: exit 3, committed here.
    o.set("b", "zko.json", o.id("zko.json", "pending"), "done")
    o.git(["remote", "set-url", "origin", o.dir.file("nowhere.git")], in: o.dir.file("b"))
    #expect(o.sync("b").status == 3)
    #expect(o.git(["status", "--porcelain"], in: o.dir.file("b")).stdout.isEmpty)
  }
}
