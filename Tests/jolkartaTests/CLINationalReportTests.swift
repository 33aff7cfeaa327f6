import Foundation
import Testing

/// `jolkarta report DIR`: the command around the national report (its figures are checked
/// in RoadmapSpreadsheetTests.NationalReportTests): the exit status, the file not read named
/// on standard error, table keys, options that do not apply to a folder.
struct CLINationalReportTests {
  @Test func aFolderReportNamesTheFileNotReadAndExitsOne() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    dir.write("zko.json", CLI.sampleBytes)
    #expect(CLI.run(["generate", "--activities", "200", "--seed", "3", "--output", dir.file("aktobe.json")]).status == 0)
    let ok = CLI.run(["report", dir.path, "--format", "csv", "--lang", "en"])
    #expect(ok.status == 0, "\(ok.stderr)")
    let counts = CLINationalSummaryTests.counts(CLI.sampleBytes)
    let zko = try #require(ok.stdout.split(separator: "\r\n").first { $0.contains(",zko.json,") })
    #expect(zko.contains(",zko.json,\(counts["done"]!),\(counts["in_progress"]!),\(counts["pending"]!),122,"))

    dir.write("broken.json", Array("{\"format\":".utf8))
    let md = CLI.run(["report", dir.path, "--format", "md", "--lang", "ru", "-o", dir.file("out.md")])
    #expect(md.status == 1)
    #expect(md.stderr.contains("broken.json:1:") && md.stderr.contains("ошибка"), "\(md.stderr)")
    let written = String(decoding: dir.read("out.md"), as: UTF8.self)
    #expect(written.hasPrefix("# Отчёт по всем регионам\n\n2 региона\n"))
    #expect(written.contains("## Не прочитаны"))

    let bad = CLI.run(["report", dir.path, "--format", "csv", "--table", "nope", "--lang", "en"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("no table \"nope\"; there are: totals, ranking, invalid, "))
    #expect(bad.stderr.contains("zko.json/overview"))
    let one = CLI.run(["report", dir.path, "--format", "csv", "--table", "zko.json/overview", "--lang", "en"])
    #expect(one.stdout.contains("Done,60,49"))
    let since = CLI.run(["report", dir.path, "--format", "md", "--since", "2023-01-01", "--lang", "en"])
    #expect(since.status == 2)
    #expect(since.stderr.contains("do not apply to a folder"))
  }

  @Test func anEmptyFolderSaysSo() {
    let dir = TempFolder()
    defer { dir.remove() }
    let r = CLI.run(["report", dir.path, "--format", "md", "--lang", "en"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("no roadmap (*.json) in the folder"))
  }
}
