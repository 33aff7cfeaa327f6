import Foundation
import Testing

/// `jolkarta add`, `remove` and `move`, on the region's file and on a file of another
/// shape, checked with Python's json.
struct CLIStructureTests {
  @Test func addPrintsOnlyTheNewIdThatFollowsTheProjectsPattern() throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    let r = f.run([
      "add", "activity", "--project", "d1.schools", "--title", "Жаңа мектеп", "--owner", "Батыс Қазақстан облысының білім басқармасы",
      "--due", "2025-09-01", "--author", "Ә. Әбенова",
    ])
    #expect(r.status == 0 && r.stderr == "", "\(r.stderr)")
    #expect(r.stdout == "d1.schools.12\n")
    #expect(try f.python("ids('d1.schools')[-2:]") == #"["d1.schools.11","d1.schools.12"]"#)
    // The owner is the file's own, with its translations; pending unless told.
    #expect(try f.python("[find('d1.schools.12')['owner'] == find('d1.schools.11')['owner'], find('d1.schools.12')['status'], find('d1.schools.12')['title'], find('d1.schools.12')['due']]") == #"[true,"pending","Жаңа мектеп","2025-09-01"]"#)
    let next = f.run(["add", "activity", "--project", "d1.schools", "--title", "New school", "--lang", "en", "--status", "done"])
    #expect(next.stdout == "d1.schools.13\n")
    #expect(try f.python("[find('d1.schools.13')['title'], find('d1.schools.13')['status']]") == #"[{"en":"New school"},"done"]"#)

    let project = f.run(["add", "project", "--direction", "d3", "--title", "Мәдениет"])
    #expect(project.status == 0)
    let pid = project.stdout.trimmingCharacters(in: .newlines)
    #expect(pid.hasPrefix("d3.") && !project.stdout.dropLast().contains("\n"))
    #expect(try f.python("[p['id'] for p in d['directions'][2]['projects']][-1]") == "\"\(pid)\"")
    #expect(try f.python("project('\(pid)')") == #"{"activities":[],"id":"\#(pid)","indicators":[],"title":"Мәдениет"}"#)
    let first = f.run(["add", "activity", "--project", pid, "--title", "Бірінші"])
    #expect(first.stdout == "\(pid).01\n")
    #expect(try f.python("canonical()") == "true")
    #expect(try f.python("len(list(a for x in d['directions'] for p in x['projects'] for a in p['activities']))") == "125")

    let history = try f.history()
    #expect(history.map { $0["field"] as? String } == ["entry", "entry", "entry", "entry"])
    #expect(history[0]["author"] as? String == "Ә. Әбенова" && history[0]["old"] is NSNull)
    #expect(CLI.run(["history", f.path, "--lang", "en"]).stdout.contains("  d1.schools.12  added «Жаңа мектеп» to d1.schools\n"))
  }

  @Test func addRefusesWhatItCannotPlace() throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    let near = f.run(["add", "activity", "--project", "d1.schols", "--title", "x"])
    #expect(near.status == 1 && near.stderr.contains("no such id \"d1.schols\"; did you mean d1.schools?"))
    let direction = f.run(["add", "activity", "--project", "d1", "--title", "x"])
    #expect(direction.status == 1 && direction.stderr.contains("d1 is a direction, not a project"))
    let noDirection = f.run(["add", "project", "--direction", "d1.schools", "--title", "x"])
    #expect(noDirection.status == 1 && noDirection.stderr.contains("d1.schools is a project, not a direction"))
    for (words, message) in [
      (["add", "activity", "--project", "d1.schools", "--title", "x", "--status", "don"], "did you mean done?"),
      (["add", "activity", "--project", "d1.schools", "--title", "x", "--due", "2025-02-30"], "due must be a real date"),
      (["add", "activity", "--project", "d1.schools", "--title", " "], "a title cannot be empty"),
      (["add", "activty", "--project", "d1.schools", "--title", "x"], "cannot add \"activty\"; did you mean activity?"),
      (["add", "project"], "Missing expected argument '--direction <direction>'"),
    ] {
      let r = f.run(words)
      #expect(r.status == 2, "\(words)")
      #expect(r.stderr.contains(message), "\(words): \(r.stderr)")
    }
    let bare = CLI.run(["add"], environment: ["JOLKARTA_LANG": "en"])
    #expect(bare.status == 2 && bare.stderr.contains("say what to add"))
    #expect(f.names == ["r.json"] && f.bytes == CLI.sampleBytes)
  }

  @Test func removeThenTheHistoryShowsIt() throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    let r = f.run(["remove", "d1.schools.05", "--lang", "en"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("removed d1.schools.05 «") && r.stdout.hasSuffix("»\n"))
    #expect(try f.python("find('d1.schools.05')") == "null")
    #expect(try f.python("len(ids('d1.schools'))") == "10")
    #expect(try f.python("canonical()") == "true")
    let title = r.stdout.dropFirst("removed d1.schools.05 «".count).dropLast(2)
    let shown = CLI.run(["history", "--lang", "en", f.path]).stdout
    #expect(shown.hasSuffix("  d1.schools.05  removed «\(title)» from d1.schools\n"), "\(shown)")
    // The history keeps the whole activity: what it was can be read back.
    let entry = try #require(try f.history().first)
    #expect(entry["new"] is NSNull)
    let old = try #require((entry["old"] as? [String: Any])?["object"] as? [String: Any])
    #expect(old["id"] as? String == "d1.schools.05" && (old["title"] as? [String: String])?["en"] == String(title))

    // Gone: its id is unknown now.
    let again = f.run(["remove", "d1.schools.05"])
    #expect(again.status == 1 && again.stderr.contains("no such id \"d1.schools.05\"; did you mean d1.schools.0"))
  }

  @Test func removeRefusesAProjectThatIsNotEmptyAndADirection() throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    let full = f.run(["remove", "d1.schools"])
    #expect(full.status == 1)
    #expect(full.stderr.contains("d1.schools still has 11 activities and 1 indicator; a project is removed only when empty"))
    let direction = f.run(["remove", "d1"])
    #expect(direction.status == 1 && direction.stderr.contains("d1 is a direction; only activities and empty projects are removed"))
    let indicator = f.run(["remove", "d1.schools.commissioned"])
    #expect(indicator.status == 1 && indicator.stderr.contains("is an indicator"))
    #expect(f.names == ["r.json"] && f.bytes == CLI.sampleBytes)
    // An empty project goes.
    let pid = f.run(["add", "project", "--direction", "d4", "--title", "Бос"]).stdout.trimmingCharacters(in: .newlines)
    let gone = f.run(["remove", pid])
    #expect(gone.status == 0 && gone.stdout == "removed \(pid) «Бос»\n")
    #expect(f.bytes == CLI.sampleBytes)
    // A project without activities still holds its indicators: it stays.
    for k in 1...11 { #expect(f.run(["remove", String(format: "d1.schools.%02d", k)]).status == 0) }
    let kept = f.run(["remove", "d1.schools"])
    #expect(kept.status == 1 && kept.stderr.contains("d1.schools still has 1 indicator; a project is removed only when empty"))
    #expect(try f.python("[ids('d1.schools'), len(project('d1.schools')['indicators'])]") == "[[],1]")
  }

  @Test func moveKeepsUnknownMembersAndGoesToTheEnd() throws {
    let text = String(decoding: CLI.sampleBytes, as: UTF8.self).replacingOccurrences(
      of: #""id": "d1.schools.03","#, with: #""id": "d1.schools.03", "x-source": {"page": 4, "line": [1, 2.50]},"#)
    let f = EditFixture(Array(text.utf8), language: "en")
    defer { f.remove() }
    let before = try f.python("find('d1.schools.03')")
    let r = f.run(["move", "d1.schools.03", "--to", "d3.heritage"])
    #expect(r.status == 0 && r.stdout == "d1.schools.03 project: d1.schools → d3.heritage\n", "\(r.stderr)")
    #expect(try f.python("ids('d3.heritage')[-1]") == #""d1.schools.03""#)
    #expect(try f.python("'d1.schools.03' in ids('d1.schools')") == "false")
    #expect(try f.python("find('d1.schools.03')") == before)
    // The number is kept as written, not as Python or Swift would write it.
    #expect(String(decoding: f.bytes, as: UTF8.self).contains("2.50"))
    #expect(CLI.run(["history", f.path, "--lang", "en"]).stdout.contains("  d1.schools.03  project: d1.schools → d3.heritage\n"))
    #expect(try f.history().first?["field"] as? String == "project")

    let near = f.run(["move", "d1.schools.03", "--to", "d3.heritag"])
    #expect(near.status == 1 && near.stderr.contains("did you mean d3.heritage?"))
    let notActivity = f.run(["move", "d1.schools", "--to", "d3.heritage"])
    #expect(notActivity.status == 1 && notActivity.stderr.contains("d1.schools is a project, not an activity"))
    let missingTo = f.run(["move", "d1.schools.03"])
    #expect(missingTo.status == 2 && missingTo.stderr.contains("--to"))
  }

  @Test func writersAtOnceAllLand() throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    let business = try f.python("ids('d2.business')")
    let moved = try #require(try JSONSerialization.jsonObject(with: Data(business.utf8)) as? [String]).prefix(5)
    let noted = try #require(try JSONSerialization.jsonObject(with: Data(try f.python("ids('d4.air')").utf8)) as? [String])
    let workers: [[String]] = [
      (1...10).map { "\"$0\" add activity --project d1.schools --title 'Жаңа \($0)' \"$1\" --author adder" },
      noted.map { "\"$0\" set \($0) note 'Тексерілді' \"$1\" --author noter" },
      moved.map { "\"$0\" move \($0) --to d3.heritage \"$1\" --author mover" },
    ]
    let processes = try workers.map { lines in
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      p.arguments = ["-c", lines.map { $0 + " >/dev/null || echo failed >&2" }.joined(separator: "\n"), CLI.binary, f.path]
      try p.run()
      return p
    }
    for p in processes { p.waitUntilExit() }
    #expect(processes.allSatisfy { $0.terminationStatus == 0 })
    #expect(try f.python("ids('d1.schools')[-10:]") == "[" + (12...21).map { "\"d1.schools.\($0)\"" }.joined(separator: ",") + "]")
    #expect(try f.python("all(a.get('note') == 'Тексерілді' for a in project('d4.air')['activities'])") == "true")
    #expect(try f.python("ids('d3.heritage')[-5:]") == "[" + moved.map { "\"\($0)\"" }.joined(separator: ",") + "]")
    #expect(try f.python("canonical()") == "true")
    let history = try f.history()
    #expect(history.count == 10 + noted.count + 5)
    #expect(Set(history.compactMap { $0["author"] as? String }) == ["adder", "noter", "mover"])
  }

  /// The sample as one line of compact JSON, titles as plain strings, indicators at the
  /// direction level (written by Python).
  static func otherShape() throws -> [UInt8] {
    let script = """
      import json, sys
      d = json.load(open(sys.argv[1], encoding="utf-8"))
      def plain(o):
          if isinstance(o, dict):
              for k, v in list(o.items()):
                  if k in ("title", "owner", "unit", "note") and isinstance(v, dict): o[k] = v["kk"]
                  else: plain(v)
          elif isinstance(o, list):
              for v in o: plain(v)
      plain(d["directions"])
      for x in d["directions"]:
          x["indicators"] = [i for p in x["projects"] for i in p.pop("indicators", [])]
      sys.stdout.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")))
      """
    let r = try runProcess("/usr/bin/python3", ["-c", script, CLI.samplePath])
    return Array(r.output)
  }

  @Test func aCompactFileWithPlainTitlesAndDirectionIndicators() throws {
    let f = EditFixture(try Self.otherShape(), language: "en")
    defer { f.remove() }
    #expect(!f.bytes.contains(0x0A) && f.bytes.count > 1000)
    let steps: [[String]] = [
      ["set", "d1.schools.commissioned", "actual", "8"],
      ["set", "d1.schools.commissioned", "title", "Введено школ", "--lang", "ru"],
      ["set", "d1.schools.03", "owner", ""],
      ["set", "d1.schools.03", "note", "Жоба"],
      ["add", "activity", "--project", "d1.schools", "--title", "Жаңа"],
      ["move", "d1.schools.01", "--to", "d2.business"],
      ["remove", "d1.schools.02"],
      ["set", "as_of", "2024-05-30"],
    ]
    for words in steps {
      let r = f.run(words)
      #expect(r.status == 0, "\(words): \(r.stderr)")
    }
    // Still one line; every change where Python finds it.
    #expect(!f.bytes.contains(0x0A))
    let kk = try f.python("find('d1.schools.commissioned')['title']")
    #expect(kk.hasPrefix(#"{"kk":""#) && kk.hasSuffix(#","ru":"Введено школ"}"#))
    #expect(try f.python("[find('d1.schools.commissioned')['actual'], 'indicators' in project('d1.schools'), d['as_of']]") == #"[8,false,"2024-05-30"]"#)
    #expect(try f.python("[k for k in find('d1.schools.03')]") == #"["id","title","status","due","note"]"#)
    #expect(try f.python("find('d1.schools.03')['note']") == #""Жоба""#)
    #expect(try f.python("[ids('d1.schools')[0], ids('d1.schools')[-1], ids('d2.business')[-1], find('d1.schools.02')]") == #"["d1.schools.03","d1.schools.12","d1.schools.01",null]"#)
    #expect(try f.history().count == 8)
    #expect(CLI.run(["validate", f.path]).status == 0)
  }
}
