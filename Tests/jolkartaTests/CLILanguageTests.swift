import Foundation
import Testing

/// The command line speaks the interface language: `--lang`, `JOLKARTA_LANG`, the locale.
struct CLILanguageTests {
  @Test func setStatusSaysTheStatusInWords() throws {
    let f = EditFixture()
    defer { f.remove() }
    let kk = f.run(["set-status", "d1.roads.06", "done"])
    #expect(kk.status == 0)
    #expect(kk.stdout == "d1.roads.06: орындалуда → орындалды\n")
    let ru = f.run(["set-status", "d1.roads.06", "pending", "--lang", "ru"])
    #expect(ru.stdout.hasPrefix("d1.roads.06: исполнено → "))
    #expect(!ru.stdout.contains("pending"))
    let en = f.run(["set-status", "d1.roads.06", "in_progress"], environment: ["JOLKARTA_LANG": "en"])
    #expect(en.stdout == "d1.roads.06: not started → in progress\n")
    let locale = f.run(["set-status", "d1.roads.06", "done"], environment: ["LANG": "ru_RU.UTF-8"])
    #expect(locale.stdout.hasSuffix("→ исполнено\n"))
    let unknown = f.run(["set-status", "d1.roads.6", "done", "--lang", "ru"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("нет мероприятия с кодом «d1.roads.6»"))
  }

  @Test func historyShowsWordsAndJSONKeepsTheCodes() throws {
    let f = EditFixture()
    defer { f.remove() }
    f.run(["set-status", "d1.roads.06", "done", "--author", "a"])
    let kk = f.run(["history", "--lang", "kk"])
    #expect(kk.stdout.contains("d1.roads.06  мәртебесі: орындалуда → орындалды\n"))
    let ru = f.run(["history"], environment: ["JOLKARTA_LANG": "ru"])
    #expect(ru.stdout.contains("d1.roads.06  статус: "))
    #expect(ru.stdout.contains(" → исполнено\n"))
    let en = f.run(["history", "--lang", "en"])
    #expect(en.stdout.contains("d1.roads.06  status: in progress → done\n"))
    let json = f.run(["history", "--json", "--lang", "kk"])
    #expect(json.stdout.contains("\"old\":\"in_progress\""))
    #expect(json.stdout.contains("\"new\":\"done\""))
  }

  @Test func didYouMeanAndNothingWrittenInEachLanguage() throws {
    let f = EditFixture()
    defer { f.remove() }
    let kk = f.run(["set", "d2.auyl_amanaty.7", "status", "done"])
    #expect(kk.status == 1)
    #expect(kk.stderr.contains("\"d2.auyl_amanaty.7\" деген id жоқ; d2.auyl_amanaty.07"))
    #expect(kk.stderr.contains("болуы мүмкін бе?"))
    let ru = f.run(["set", "d2.auyl_amanaty.7", "status", "done"], environment: ["JOLKARTA_LANG": "ru"])
    #expect(ru.stderr.contains("нет кода «d2.auyl_amanaty.7»; возможно, вы имели в виду d2.auyl_amanaty.07"))
    let en = f.run(["set", "d2.auyl_amanaty.7", "status", "done"], environment: ["JOLKARTA_LANG": "en"])
    #expect(en.stderr.contains("no such id \"d2.auyl_amanaty.7\"; did you mean d2.auyl_amanaty.07"))
    let already = f.run(["set", "d1.roads.06", "status", "in_progress"])
    #expect(already.stdout == "d1.roads.06: мәртебесі бұрыннан «орындалуда»; ештеңе жазылмады\n")
    let ruAlready = f.run(["move", "d1.roads.06", "--to", "d1.roads", "--lang", "ru"])
    #expect(ruAlready.stdout == "d1.roads.06 уже в d1.roads; ничего не записано\n")
  }

  @Test func countsTakeEachLanguagesForm() throws {
    let kk = CLI.run(["validate", CLI.samplePath])
    #expect(kk.stdout == "\(CLI.samplePath): жарамды (122 іс-шара)\n")
    let ru = CLI.run(["validate", CLI.samplePath, "--lang", "ru"])
    #expect(ru.stdout == "\(CLI.samplePath): без ошибок (122 мероприятия)\n")
    let en = CLI.run(["validate", CLI.samplePath, "--lang", "en"])
    #expect(en.stdout == "\(CLI.samplePath): valid (122 activities)\n")
    let f = EditFixture()
    defer { f.remove() }
    let notEmpty = f.run(["remove", "d1.schools", "--lang", "ru"])
    #expect(notEmpty.status == 1)
    #expect(notEmpty.stderr.contains("в d1.schools ещё 11 мероприятий и 1 показатель"))
    let kkNotEmpty = f.run(["remove", "d1.schools"])
    #expect(kkNotEmpty.stderr.contains("d1.schools ішінде әлі 11 іс-шара және 1 көрсеткіш бар"))
  }
}

/// Usage errors of the editing commands in each language.
struct CLILanguageUsageTests {
  @Test func usageErrorsInEachLanguage() throws {
    let f = EditFixture()
    defer { f.remove() }
    let kk = f.run(["set", "d1.schools.03", "title", " "])
    #expect(kk.status == 2 && kk.stderr.contains("атауы бос болмауы керек"))
    let ru = f.run(["add", "activty", "--project", "d1.schools", "--title", "x"], environment: ["JOLKARTA_LANG": "ru"])
    #expect(ru.status == 2 && ru.stderr.contains("нельзя добавить \"activty\"; возможно, вы имели в виду activity?"))
    let few = CLI.run(["set", "d1.schools.03", "note"], environment: ["JOLKARTA_LANG": "ru"])
    #expect(few.status == 2 && few.stderr.contains("не хватает значения note"))
  }
}

/// Failures of the model (a save, a load) in each language, every place kept.
struct CLIFailureLanguageTests {
  @Test func aReadOnlyRoadmapInEachLanguage() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("r.json", CLI.sampleBytes)
    #expect(chmod(path, 0o444) == 0)
    let kk = CLI.run(["set-status", "d1.roads.06", "done", path])
    #expect(kk.status == 1)
    #expect(kk.stderr == "сақталмады: \(path) тек оқуға арналған (режимі 0444); ештеңе жазылмады\n")
    let ru = CLI.run(["set", "d1.roads.06", "note", "x", path], environment: ["JOLKARTA_LANG": "ru"])
    #expect(ru.status == 1)
    #expect(ru.stderr == "не сохранено: \(path) только для чтения (режим 0444); ничего не записано\n")
    let en = CLI.run(["set-status", "d1.roads.06", "done", path, "--lang", "en"])
    #expect(en.stderr == "cannot save: \(path) is read-only (mode 0444); nothing was written\n")
    #expect(dir.read("r.json") == CLI.sampleBytes)
  }

  @Test func aLoadProblemKeepsItsPlaceInEachLanguage() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let text = String(decoding: CLI.sampleBytes, as: UTF8.self)
    let bad = dir.write("bad.json", Array(text.replacingOccurrences(of: "\"id\": \"d1.roads.06\",", with: "\"id\": \"d1.roads.05\",").utf8))
    let place = "\(bad):342:21: "
    let path = "directions[0].projects[1].activities[5].id (id \"d1.roads.05\"): "
    #expect(CLI.run(["validate", bad]).stderr.hasPrefix(place + "қате: " + path))
    #expect(CLI.run(["validate", bad, "--lang", "ru"]).stderr.hasPrefix(place + "ошибка: " + path))
    #expect(CLI.run(["set-status", "d1.roads.05", "done", bad], environment: ["LANG": "ru_RU.UTF-8"])
      .stderr.hasPrefix(place + "ошибка: " + path))
  }
}
