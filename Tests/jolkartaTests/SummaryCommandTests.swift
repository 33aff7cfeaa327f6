import Foundation
import Testing

/// The built `jolkarta` binary, next to the test runner.
func jolkartaBinary() -> URL {
  URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jolkarta")
}

/// The package root, for the region's data.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// Runs the binary; its exit status, standard output and standard error.
func runJolkarta(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, out: String, err: String) {
  let p = Process()
  p.executableURL = jolkartaBinary()
  p.arguments = arguments
  if let directory { p.currentDirectoryURL = directory }
  let out = Pipe(), err = Pipe()
  p.standardOutput = out
  p.standardError = err
  try p.run()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// `jolkarta summary --json` on the region's data gives the report's figures.
struct SummaryCommandTests {
  @Test func summaryJSONHasTheRegionsFigures() throws {
    let r = try runJolkarta(["summary", "--json", packageRoot.appendingPathComponent("data/roadmap.json").path])
    #expect(r.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    let activities = try #require(json["activities"] as? [String: Any])
    #expect(activities["total"] as? Int == 122)
    #expect(activities["done"] as? Int == 60)
    #expect(activities["in_progress"] as? Int == 52)
    #expect(activities["pending"] as? Int == 10)
    #expect(activities["overdue"] as? Int == 11)
    let directions = try #require(json["directions"] as? [[String: Any]])
    #expect(directions.map { $0["title"] as? String } == [
      "Өмір сапасын арттыру", "Кірістерді арттыру", "Өмір сапасын жақсарту", "Экологиялық жағдайды жақсарту",
    ])
    #expect(directions.compactMap { $0["total"] as? Int }.reduce(0, +) == 122)
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try runJolkarta(["validate"]).status == 2)
    #expect(try runJolkarta(["summary", "--no-such-option"]).status == 2)
  }
}

/// The text summary reads as each language writes: words, digit groups, decimal comma, dates.
struct SummaryTextLanguageTests {
  @Test func kazakhAndRussianWriteNumbersAndDatesTheirWay() throws {
    let path = packageRoot.appendingPathComponent("data/roadmap.json").path
    let kk = try runJolkarta(["summary", path, "--lang", "kk"]).out
    #expect(kk.contains("30 қараша 2023 жағдай бойынша"))
    #expect(kk.contains("барлығы 122 · орындалды 60 (49%)"))
    #expect(kk.contains("460 000"))
    #expect(kk.contains("5,6 млрд ₸"))
    let ru = try runJolkarta(["summary", path, "--lang", "ru"]).out
    #expect(ru.contains("30 ноября 2023"))
    #expect(ru.contains("5,6"))
    #expect(!ru.contains("орындалды"))
  }
}
