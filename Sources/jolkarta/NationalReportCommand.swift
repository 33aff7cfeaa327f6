import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSpreadsheet
import RoadmapUI

extension Report {
  /// `report DIR`: the national report of every roadmap file in the folder. Exits 1 when
  /// a file could not be read (the report is still written, naming it) or the folder
  /// holds none.
  func national() throws {
    if baseline.since != nil || baseline.compare != nil || annex || minutesNumber != nil {
      // Each region's changes are those since its own last meeting.
      printError("jolkarta: " + Said(
        kk: "қалта үшін --since, --compare, --annex және --minutes-number жоқ: әр өңір өз соңғы отырысынан бастап есептеледі",
        ru: "для папки нет --since, --compare, --annex и --minutes-number: каждый регион считается от своего последнего заседания",
        en: "--since, --compare, --annex and --minutes-number do not apply to a folder: each region counts from its own last meeting"
      ).text)
      throw ExitCode(2)
    }
    let files = RegionFolder.roadmapFiles(in: roadmap.file)
    guard !files.isEmpty else {
      printError("jolkarta: " + Said(
        kk: "\(roadmap.file) қалтасында жол картасы (*.json) жоқ", ru: "в папке \(roadmap.file) нет дорожных карт (*.json)",
        en: "no roadmap (*.json) in the folder \(roadmap.file)").text)
      throw ExitCode(1)
    }
    let language = LanguageOption.language(lang)
    let read = RegionFolder.load(files)
    let report = NationalReport(read, language: language)
    if let key = table, report.table(key) == nil, !(key == "all" && format == .csv) {
      printError("jolkarta: " + Said(
        kk: "\"\(key)\" деген кесте жоқ; бары: ", ru: "нет таблицы \"\(key)\"; есть: ",
        en: "no table \"\(key)\"; there are: "
      ).text + (report.tableKeys + (format == .csv ? ["all"] : [])).joined(separator: ", "))
      throw ExitCode(2)
    }
    switch format {
    case .md: try OutputFile.write(NationalMarkdown.render(report), to: output)
    case .html: try OutputFile.write(NationalHTML.render(report), to: output)
    case .csv:
      // One sheet's worth: the ranking unless another table, or all of them, is named.
      let d = SpreadsheetOutput.delimiter(delimiter, language)
      let text = table == "all"
        ? NationalCSV.render(report, delimiter: d) : ReportCSV.table(report.table(table ?? "ranking")!, delimiter: d)
      try OutputFile.write(text, to: output)
    case .xlsx:
      try SpreadsheetOutput.writeWorkbook(Sheets.national(report, only: table), language: language, to: output)
    }
    for f in read {
      if case .invalid(let problem) = f.state { printError(ProblemWords.line(problem, CLILanguage.current)) }
    }
    if report.tables.contains(where: { $0.key == "invalid" }) { throw ExitCode(1) }
  }
}
