import Foundation
import Testing

/// `jolkarta import`: export round trips, what it refuses, its messages in kk/ru/en.
@Suite struct CLIImportTests {
  static let fixtures = CLI.repositoryRoot.appendingPathComponent("Tests/RoadmapImportTests/Fixtures").path

  /// Ids of directions, projects and activities, read with JSONSerialization.
  static func ids(_ bytes: [UInt8]) -> [String] {
    guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      let directions = root["directions"] as? [[String: Any]]
    else { return [] }
    return directions.flatMap { d -> [String] in
      [d["id"] as? String ?? ""] + (d["projects"] as? [[String: Any]] ?? []).flatMap { p -> [String] in
        [p["id"] as? String ?? ""] + (p["activities"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
      }
    }
  }

  @Test(arguments: ["kk", "ru", "en"]) func todaysExportImportsAsTheSameRoadmap(_ lang: String) {
    let dir = TempFolder()
    defer { dir.remove() }
    let export = CLI.run(["export", "--format", "csv", "--lang", lang, CLI.samplePath, "-o", dir.file("a.csv")])
    #expect(export.status == 0)
    let imported = CLI.run(["import", dir.file("a.csv"), "-o", dir.file("r.json"), "--as-of", "2023-11-30", "--lang", "en"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout == "wrote \(dir.file("r.json")): 122 activities\n")
    #expect(CLI.run(["validate", dir.file("r.json")]).status == 0)
    let again = CLI.run(["export", "--format", "csv", "--lang", lang, dir.file("r.json")])
    #expect(again.out == dir.read("a.csv"))
    #expect(Self.ids(dir.read("r.json")) == Self.ids(CLI.sampleBytes))
  }

  /// `import` of an `export --format xlsx` gives the same roadmap: the same export again,
  /// the same ids, in each language.
  @Test(arguments: ["kk", "ru", "en"]) func anXlsxExportImportsAsTheSameRoadmap(_ lang: String) {
    let dir = TempFolder()
    defer { dir.remove() }
    let export = CLI.run(["export", "--format", "xlsx", "--lang", lang, CLI.samplePath, "-o", dir.file("a.xlsx")])
    #expect(export.status == 0, "\(export.stderr)")
    let imported = CLI.run(["import", dir.file("a.xlsx"), "-o", dir.file("r.json"), "--as-of", "2023-11-30", "--lang", "en"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(CLI.run(["validate", dir.file("r.json")]).status == 0)
    #expect(Self.ids(dir.read("r.json")) == Self.ids(CLI.sampleBytes))
    let first = CLI.run(["export", "--format", "csv", "--lang", lang, CLI.samplePath])
    let again = CLI.run(["export", "--format", "csv", "--lang", lang, dir.file("r.json")])
    #expect(again.out == first.out)
  }

  /// The Russian export with the headers and a status word an akimat would use instead
  /// of the catalogue's (rewritten here with Python's csv module) imports the same.
  @Test func aLocalizedSemicolonExportImportsTheSame() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    #expect(CLI.run(["export", "--format", "csv", "--lang", "ru", CLI.samplePath, "-o", dir.file("a.csv")]).status == 0)
    let script = """
      import csv, sys
      rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";"))
      words = {"исполнено": "исполнено", "исполняется": "в работе", "не начато": "не начато"}
      out = [["Код", "Направление", "Проект", "Наименование мероприятия", "Ход исполнения", "Ответственные исполнители", "Срок исполнения", "Просрочено", "Примечание"]]
      out += [r[:4] + [words[r[4]]] + r[5:] for r in rows[1:]]
      with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as f:
          csv.writer(f, delimiter=";", lineterminator="\\r\\n").writerows(out)
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, dir.file("a.csv"), dir.file("b.csv")]
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(dir.read("b.csv").starts(with: [0xEF, 0xBB, 0xBF]))
    let imported = CLI.run(["import", dir.file("b.csv"), "-o", dir.file("r.json"), "--as-of", "2023-11-30"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(CLI.run(["export", "--format", "csv", "--lang", "ru", dir.file("r.json")]).out == dir.read("a.csv"))
  }

  @Test func anExistingRoadmapIsKeptWithoutForce() {
    let dir = TempFolder()
    defer { dir.remove() }
    let target = dir.write("roadmap.json", CLI.sampleBytes)
    let source = Self.fixtures + "/akimat-kk.xlsx"
    let refused = CLI.run(["import", source, "-o", target, "--lang", "en"])
    #expect(refused.status == 1)
    #expect(refused.stderr == "jolkarta: \(target) exists; pass --force to overwrite it\n")
    #expect(dir.read("roadmap.json") == CLI.sampleBytes)
    let forced = CLI.run(["import", source, "-o", target, "--force", "--lang", "kk"])
    #expect(forced.status == 0)
    #expect(forced.stdout == "\(target) жазылды: 5 іс-шара\n")
    #expect(Self.ids(dir.read("roadmap.json")).count == 2 + 2 + 5)
  }

  @Test(arguments: [
    ("en", "Лист1!D14: “32.13.2024” is not a date"), ("ru", "Лист1!D14: «32.13.2024» — не дата"),
    ("kk", "Лист1!D14: «32.13.2024» күн емес"),
  ])
  func badRowsAreReportedInTheLanguageAndNothingIsWritten(_ lang: String, _ message: String) {
    let dir = TempFolder()
    defer { dir.remove() }
    let r = CLI.run(["import", Self.fixtures + "/bad-rows.xlsx", "-o", dir.file("r.json"), "--lang", lang])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.map { $0.prefix { $0 != ":" } } == ["Лист1!F10", "Лист1!B12", "Лист1!D14"])
    #expect(lines.last?.hasPrefix(message) == true, "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.file("r.json")))
    #expect(r.stdout.isEmpty)
  }

  @Test func usageErrorsExit2() {
    let source = Self.fixtures + "/akimat-ru.xlsx"
    let map = CLI.run(["import", source, "--map", "what=B", "--lang", "en"])
    #expect(map.status == 2)
    #expect(map.stderr.hasPrefix("jolkarta: --map: there is no column “what”; names: number, id, direction"))
    #expect(CLI.run(["import", source, "--map", "due=9"]).status == 2)
    #expect(CLI.run(["import", source, "--as-of", "2024-02-30"]).status == 2)
  }

  @Test func aFileThatCannotBeReadSaysWhy() {
    let missing = CLI.run(["import", "/nonexistent/t.xlsx", "--lang", "en"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "jolkarta: /nonexistent/t.xlsx: cannot be read: No such file or directory\n")
    // In Kazakh and Russian the reason is in words too, not the system's English.
    let kk = CLI.run(["import", "/nonexistent/t.xlsx", "--lang", "kk"])
    #expect(kk.stderr == "jolkarta: /nonexistent/t.xlsx: оқу мүмкін болмады: мұндай файл жоқ\n", "\(kk.stderr)")
    let ru = CLI.run(["import", "/nonexistent/t.xlsx", "--lang", "ru"])
    #expect(!ru.stderr.contains("No such file"), "\(ru.stderr)")
    let dir = TempFolder()
    defer { dir.remove() }
    let fake = dir.write("t.xlsx", Array("PK\u{3}\u{4}not a zip".utf8))
    let r = CLI.run(["import", fake, "--lang", "ru"])
    #expect(r.status == 1)
    #expect(r.stderr == "\(fake): не книга .xlsx (не ZIP-архив)\n")
  }

  @Test func mapReadsATableWithoutHeaders() {
    let dir = TempFolder()
    defer { dir.remove() }
    let csv = dir.write("t.csv", Array("1;Мектеп салу;31.12.2024;орындалды\n2;Жол жөндеу;IV тоқсан 2025;орындалуда\n".utf8))
    let r = CLI.run(["import", csv, "--map", "activity=B,due=C,status=D", "--region", "Батыс Қазақстан облысы", "--title", "Жол картасы"])
    #expect(r.status == 0, "\(r.stderr)")
    let root = (try? JSONSerialization.jsonObject(with: Data(r.out))) as? [String: Any]
    #expect((root?["region"] as? String) == "Батыс Қазақстан облысы")
    #expect((root?["title"] as? [String: String]) == ["kk": "Жол картасы"])
    #expect(Self.ids(r.out) == ["d1", "d1.01", "d1.01.01", "d1.01.02"])
  }
}
