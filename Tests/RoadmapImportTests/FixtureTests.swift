import Foundation
import RoadmapKit
import Testing

@testable import RoadmapImport

/// The .xlsx files LibreOffice saved: cells, types, merges and the roadmaps they give.
@Suite struct FixtureTests {
  @Test func kazakhWorkbookReadsSheetsCellsAndMerges() throws {
    let book = try XLSXReader.read(try fixture("akimat-kk.xlsx"))
    #expect(book.sheets.map(\.name) == ["Жол картасы", "Анықтама"])
    let sheet = book.sheets[0]
    let row6 = try #require(sheet.rows.first { $0.number == 6 })
    // Rich text runs («Жаңа », bold «мектеп», « салу») are one text.
    #expect(row6.cells[1] == .text("Жаңа мектеп салу"))
    // A date cell is a number with a dd.mm.yyyy style.
    #expect(row6.cells[3] == .date(Day("2024-09-01")!))
    let row11 = try #require(sheet.rows.first { $0.number == 11 })
    #expect(row11.cells[5] == .number(1, "1"))
    #expect(sheet.isMergedAcross(row: 4) && sheet.isMergedAcross(row: 5) && !sheet.isMergedAcross(row: 6))
    #expect(sheet.merged.contains(MergedRange(reference: "A4:G4")!))
  }

  @Test func kazakhHeadingRowsBecomeDirectionsAndProjects() throws {
    let r = try imported(try fixture("akimat-kk.xlsx"))
    #expect(r.title.translations == [.init(language: "kk", text: "Батыс Қазақстан облысының 2024–2025 жылдарға арналған жол картасы")])
    #expect(r.directions.map { $0.title.resolved() } == ["Өмір сапасын арттыру", "Кірістерді арттыру"])
    #expect(r.directions.map { $0.projects.map { $0.title.resolved() } } == [["Мектептер"], ["Ауыл аманаты"]])
    #expect(r.directions.map(\.id) == ["d1", "d2"])
    let all = rows(r).map(\.activity)
    #expect(all.map(\.id) == ["d1.01.01", "d1.01.02", "d1.01.03", "d2.01.01", "d2.01.02"])
    #expect(all.map { $0.title.resolved() } == [
      "Жаңа мектеп салу", "Мектептерді жөндеу", "Спорт залдарын жабдықтау", "Шағын несиелер беру",
      "Кооперативтерді қолдау",
    ])
    #expect(all.map(\.status) == [.done, .inProgress, .pending, .done, .inProgress])
    #expect(all.map { $0.due?.description } == ["2024-09-01", "2024-12-31", "2025-12-31", "2024-12-31", "2025-12-31"])
    #expect(all[0].owner?.translations == [.init(language: "kk", text: "Білім басқармасы")])
    // The form of completion is kept in the note, labelled; the note column follows.
    #expect(all[1].note?.resolved() == "form/kk: әкімдікке ақпарат; 2 мектеп")
    #expect(r.period == 2024...2025)
  }

  @Test func russianColumnsGiveDirectionsAndProjects() throws {
    let r = try imported(try fixture("akimat-ru.xlsx"))
    #expect(r.title.translations.first?.language == "ru")
    #expect(r.directions.map { $0.title.resolved() } == ["Повышение качества жизни", "Рост доходов"])
    #expect(r.directions.map { $0.projects.map { $0.title.resolved() } } == [["Школы", "Дороги"], ["Ауыл аманаты"]])
    let all = rows(r).map(\.activity)
    #expect(all.map(\.status) == [.done, .inProgress, .done, .pending, .inProgress])
    #expect(all.map { $0.due?.description } == ["2024-12-31", "2024-12-31", "2024-12-31", "2025-06-30", "2025-12-31"])
    #expect(all.allSatisfy { $0.title.translations.first?.language == "ru" })
    // Words after the status word are a progress report: kept in the note.
    #expect(all[2].note?.resolved("ru") == "form/ru: акт; progress/ru: Исполнено. Отремонтировано 12 км")
  }

  @Test func badRowsAreReportedByPlaceAllAtOnce() throws {
    let failure = try #require(problems(try fixture("bad-rows.xlsx")))
    #expect(failure.problems.map { $0.place?.description } == ["Лист1!F10", "Лист1!B12", "Лист1!D14"])
    #expect(failure.problems.map(\.kind) == [.unknownStatus("почти готово"), .noTitle, .notADate("32.13.2024")])
    #expect(failure.total == 3)
  }
}
