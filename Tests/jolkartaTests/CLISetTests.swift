import Foundation
import Testing

/// `jolkarta set`: every editable field, on the region's file, checked with Python's json.
struct CLISetTests {
  @Test func everyFieldOfAnActivityIsSetAndTheFileStaysCanonical() throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    let a = "d1.schools.03"
    let steps: [([String], String)] = [
      (["set", a, "status", "in_progress"], "d1.schools.03 status: done → in progress\n"),
      (["set", a, "note", "Жобалау-сметалық құжаттама дайын"], "d1.schools.03 note: — → Жобалау-сметалық құжаттама дайын\n"),
      (["set", a, "due", "2024-09-01"], "d1.schools.03 due: 2023-08-25 → 2024-09-01\n"),
      (["set", a, "owner", "Теректі ауданының әкімдігі"], "d1.schools.03 owner: Department of Education, West Kazakhstan Region → Теректі ауданының әкімдігі\n"),
      (["set", a, "title", "School № 3", "--lang", "en"], "d1.schools.03 title: Build 2 modular 50-place schools in Terekti district → School № 3\n"),
    ]
    for (words, out) in steps {
      let r = f.run(words, environment: ["JOLKARTA_AUTHOR": "Ә. Әбенова"])
      #expect(r.status == 0, "\(words): \(r.stderr)")
      #expect(r.stdout == out)
      #expect(r.stderr == "")
    }
    #expect(try f.python("find('d1.schools.03')") == """
      {"due":"2024-09-01","id":"d1.schools.03","note":"Жобалау-сметалық құжаттама дайын","owner":"Теректі ауданының әкімдігі","status":"in_progress","title":{"en":"School № 3","kk":"Теректі ауданында 50 орындық 2 модульдік мектеп салу","ru":"Строительство 2 модульных школ на 50 мест в Теректинском районе"}}
      """)
    #expect(try f.python("canonical()") == "true")

    // Empty values remove note, owner and due.
    for field in ["note", "owner", "due"] {
      let r = f.run(["set", a, field, ""])
      #expect(r.status == 0 && r.stdout.hasSuffix(" → —\n"), "\(field): \(r.stdout) \(r.stderr)")
    }
    #expect(try f.python("sorted(find('d1.schools.03').keys())") == #"["id","status","title"]"#)

    let history = try f.history()
    #expect(history.count == 8)
    #expect(history.map { $0["field"] as? String } == ["status", "note", "due", "owner", "title", "note", "owner", "due"])
    #expect(history.prefix(5).allSatisfy { $0["author"] as? String == "Ә. Әбенова" && $0["id"] as? String == a })
    #expect(history[2]["old"] as? String == "2023-08-25" && history[2]["new"] as? String == "2024-09-01")
    #expect((history[4]["new"] as? [String: String])?["en"] == "School № 3")
    #expect(history[7]["new"] is NSNull)
    let text = CLI.run(["history", a, f.path, "--lang", "en"]).stdout
    #expect(text.contains("  Ә. Әбенова  d1.schools.03  title: Build 2 modular 50-place schools in Terekti district → School № 3\n"))
    // Shown in Kazakh, whose translation did not change: the one that did, named.
    let kk = CLI.run(["history", a, f.path, "--lang", "kk"]).stdout
    #expect(kk.contains("  Ә. Әбенова  d1.schools.03  атауы (en): Build 2 modular 50-place schools in Terekti district → School № 3\n"))
    #expect(text.contains("  d1.schools.03  due: 2024-09-01 → —\n"))
  }

  @Test func translationsAndKnownOwners() throws {
    let f = EditFixture()
    defer { f.remove() }
    #expect(f.run(["set", "d1.schools", "title", "Школы"], environment: ["LANG": "ru_RU.UTF-8"]).status == 0)
    #expect(f.run(["set", "d1", "title", "Өмір сапасы"]).status == 0)
    #expect(try f.python("project('d1.schools')['title']['ru']") == #""Школы""#)
    #expect(try f.python("d['directions'][0]['title']['kk']") == #""Өмір сапасы""#)
    #expect(try f.python("d['directions'][0]['title']['ru']") == #""Повышение качества жизни""#)
    // An owner typed as one of the file's owners, in any language, keeps its translations.
    let health = "Управление здравоохранения Западно-Казахстанской области"
    #expect(f.run(["set", "d1.schools.03", "owner", health]).status == 0)
    #expect(try f.python("find('d1.schools.03')['owner'] == next(a['owner'] for a in walk(d) if 'owner' in a and a['owner'].get('ru') == '\(health)' and a['id'] != 'd1.schools.03')") == "true")
    #expect(try f.python("sorted(find('d1.schools.03')['owner'].keys())") == #"["en","kk","ru"]"#)
    #expect(try f.python("canonical()") == "true")
  }

  @Test func figuresAndTheAsOfDay() throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    let i = "d1.schools.commissioned"
    let r = f.run(["set", i, "actual", "1 710"])
    #expect(r.stdout == "d1.schools.commissioned actual: 7 → 1710\n")
    #expect(f.run(["set", i, "plan", "5,6"]).stdout == "d1.schools.commissioned plan: 14 → 5.6\n")
    #expect(f.run(["set", "d1.housing.area", "plan", "500 000"]).status == 0)
    #expect(f.run(["set", i, "plan", "none"]).stdout == "d1.schools.commissioned plan: 5.6 → —\n")
    #expect(f.run(["set", "as_of", "2024-05-30"]).stdout == "roadmap as_of: 2023-11-30 → 2024-05-30\n")
    #expect(f.run(["set", "", "as_of", "2024-06-01"]).status == 0)
    let figures = "[find('\(i)').get('plan'), find('\(i)')['actual'], find('d1.housing.area')['plan'], d['as_of']]"
    #expect(try f.python(figures) == #"[null,1710,500000,"2024-06-01"]"#)
    #expect(try f.python("canonical()") == "true")
    let history = CLI.run(["history", f.path, "--lang", "en"]).stdout
    #expect(history.contains("  d1.schools.commissioned  actual: 7 → 1710\n"))
    #expect(history.contains("  d1.schools.commissioned  plan: 14 → 5.6\n"))
    #expect(history.contains("  roadmap  as_of: 2023-11-30 → 2024-05-30\n"))
    let json = try f.history()
    #expect(json[0]["new"] as? Int == 1710 && json[1]["new"] as? Double == 5.6)
    #expect(json[4]["id"] as? String == "" && json[4]["field"] as? String == "as_of")
  }

  @Test(arguments: [
    (["set", "d1.schools.03", "status", "done"], "d1.schools.03 status is already done; nothing written\n"),
    (["set", "d1.schools.03", "note", ""], "d1.schools.03 note is already empty; nothing written\n"),
    (["set", "d1.schools.03", "title", "Build 2 modular 50-place schools in Terekti district", "--lang", "en"],
     "d1.schools.03 title is already Build 2 modular 50-place schools in Terekti district; nothing written\n"),
    (["set", "d1.schools.commissioned", "actual", "7,0"], "d1.schools.commissioned actual is already 7; nothing written\n"),
    (["set", "as_of", "2023-11-30"], "roadmap as_of is already 2023-11-30; nothing written\n"),
    (["move", "d1.schools.03", "--to", "d1.schools"], "d1.schools.03 is already in d1.schools; nothing written\n"),
  ])
  func aValueAlreadyThereWritesNothing(words: [String], out: String) throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    let before = f.mtime
    let r = f.run(words)
    #expect(r.status == 0 && r.stdout == out && r.stderr == "", "\(r.stdout) \(r.stderr)")
    #expect(f.bytes == CLI.sampleBytes)
    #expect(f.mtime.tv_sec == before.tv_sec && f.mtime.tv_nsec == before.tv_nsec)
    // No history, and not even a lock file: the store was never asked.
    #expect(f.names == ["r.json"])
  }

  @Test func nearestIDFieldAndStatus() throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    let id = f.run(["set", "d2.auyl_amanaty.7", "status", "done"])
    #expect(id.status == 1)
    #expect(id.stderr.hasPrefix("\(f.path): no such id \"d2.auyl_amanaty.7\"; did you mean d2.auyl_amanaty.07"))
    let field = f.run(["set", "d1.schools.03", "stauts", "done"])
    #expect(field.status == 2)
    #expect(field.stderr.contains("unknown field \"stauts\"; did you mean status?"))
    let status = f.run(["set", "d1.schools.03", "status", "in-progress"])
    #expect(status.status == 2)
    #expect(status.stderr.contains("status must be done, in_progress or pending, found \"in-progress\"; did you mean in_progress?"))
    let day = f.run(["set", "asof", "2024-05-30"])
    #expect(day.status == 2 && day.stderr.contains("did you mean `jolkarta set as_of 2024-05-30`?"))
    let missing = f.run(["set", "d1.schools", "status", "done"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("d1.schools (a project) has no field status; it has: title"))
    let indicator = f.run(["set", "d1.schools.commissioned", "due", "2024-01-01"])
    #expect(indicator.stderr.contains("has no field due; it has: title, actual, plan"))
    #expect(f.names == ["r.json"] && f.bytes == CLI.sampleBytes)
  }

  @Test(arguments: [
    (["d1.schools.commissioned", "actual", "-3"], #"actual must be a number 0 or greater, found "-3""#),
    (["d1.schools.commissioned", "actual", "--", "-3"], #"actual must be a number 0 or greater, found "-3""#),
    (["d1.schools.commissioned", "plan", "0"], #"plan must be a number greater than 0"#),
    (["d1.schools.commissioned", "actual", "сегіз"], #"actual must be a number, found "сегіз""#),
    (["d1.schools.commissioned", "actual", ""], #"actual must be a number, found """#),
    (["d1.schools.03", "due", "2023-02-30"], #"due must be a real date written YYYY-MM-DD, found "2023-02-30""#),
    (["as_of", "2023-13-01"], #"as_of must be a real date written YYYY-MM-DD, found "2023-13-01""#),
    (["", "as_of", "none"], #"as_of must be a real date written YYYY-MM-DD, found "none""#),
    (["d1.schools.03", "title", " "], "a title cannot be empty"),
    (["d1.schools.03", "owner", "X", "--lang", "en"], "--lang applies to title and note only"),
    (["d1.schools.03", "note", "--bogus"], "unknown option --bogus"),
    (["d1.schools.03", "project", "d3.heritage"], "jolkarta move ID --to PROJECT"),
    (["d1.schools.03"], "expected ID FIELD VALUE [FILE]"),
    (["d1.schools.03", "note"], "missing the value of note"),
  ])
  func aValueTheFieldCannotHoldIsAUsageError(words: [String], message: String) throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    // FILE goes last but for the words that have none.
    let r = words.count < 3 && words.first != "as_of"
      ? CLI.run(["set"] + words, environment: ["JOLKARTA_LANG": "en"]) : f.run(["set"] + words)
    #expect(r.status == 2, "\(r.stderr)")
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(r.stdout == "")
    #expect(f.names == ["r.json"] && f.bytes == CLI.sampleBytes)
  }

  @Test func aReadOnlyOrMissingFileIsARuntimeFailure() throws {
    let f = EditFixture(language: "en")
    defer { f.remove() }
    #expect(chmod(f.path, 0o444) == 0)
    for words in [["set", "d1.schools.03", "note", "x"], ["remove", "d1.schools.03"], ["move", "d1.schools.03", "--to", "d3.heritage"], ["add", "activity", "--project", "d1.schools", "--title", "x"]] {
      let r = f.run(words)
      #expect(r.status == 1, "\(words)")
      #expect(r.stderr.contains("\(f.path) is read-only (mode 0444)"), "\(r.stderr)")
      #expect(r.stdout == "")
    }
    #expect(f.bytes == CLI.sampleBytes)
    #expect(!f.names.contains("r.history.jsonl"))
    let missing = CLI.run(["set", "d1.schools.03", "note", "x", f.dir.file("none.json"), "--lang", "en"])
    #expect(missing.status == 1 && missing.stderr.contains("no such file"))
  }
}
