import Foundation
import Testing

/// `jolkarta summary --json` on the region's data gives the report's figures.
struct SummaryCommandTests {
  @Test func summaryJSONHasTheRegionsFigures() throws {
    let r = CLI.run(["summary", "--json", CLI.samplePath])
    #expect(r.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
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
    #expect(CLI.run(["validate"]).status == 2)
    #expect(CLI.run(["summary", "--no-such-option"]).status == 2)
  }
}

/// The text summary reads as each language writes: words, digit groups, decimal comma, dates.
struct SummaryTextLanguageTests {
  @Test func kazakhAndRussianWriteNumbersAndDatesTheirWay() throws {
    let path = CLI.samplePath
    let kk = CLI.run(["summary", path, "--lang", "kk"]).stdout
    #expect(kk.contains("2023 жылғы 30 қарашадағы жағдай бойынша"))
    #expect(kk.contains("\nБарлығы 122 · орындалды 60 (49%)"))
    #expect(kk.contains("460 000"))
    #expect(kk.contains("5,6 млрд ₸"))
    let ru = CLI.run(["summary", path, "--lang", "ru"]).stdout
    #expect(ru.contains("\nПо состоянию на 30 ноября 2023 г.\n"))  // a line of its own
    #expect(ru.contains("2 амбулатории") && ru.contains("7 / 14 школ") && ru.contains("82 мероприятия"))
    #expect(ru.contains("5,6"))
    #expect(!ru.contains("орындалды"))
  }
}
