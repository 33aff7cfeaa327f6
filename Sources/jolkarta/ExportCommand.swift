import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSpreadsheet
import RoadmapUI

/// `jolkarta export`: one row per activity, as CSV, Markdown, JSON or an xlsx workbook.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: HelpText.exportAbstract.said, discussion: HelpText.exportDiscussion.said)

  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, md, json, xlsx }

  @OptionGroup var roadmap: RoadmapFileArgument

  @Option(help: HelpText.exportFormat.help)
  var format: Format

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(HelpText.outputOption.said, valueName: "OUT"))
  var output: String?

  @Option(help: HelpText.exportLang.help)
  var lang: LanguageOption?

  @Option(help: ArgumentHelp(HelpText.delimiterOption.said, valueName: "; or ,"))
  var delimiter: CSVDelimiter?

  func validate() throws {
    CLILanguage.use(lang)
    try SpreadsheetOutput.checkDelimiter(delimiter, isCSV: format == .csv)
    if format == .xlsx { try SpreadsheetOutput.checkNotTerminal(output) }
  }

  func run() throws {
    CLILanguage.use(lang)
    let loaded = try roadmap.load()
    let language = LanguageOption.language(lang)
    let table = ExportTable(loaded.roadmap, language: language)
    switch format {
    case .csv:
      try OutputFile.write(table.csv(delimiter: SpreadsheetOutput.delimiter(delimiter, language)), to: output)
    case .md: try OutputFile.write(table.markdown(), to: output)
    case .json: try OutputFile.write(table.json(), to: output)
    case .xlsx: try SpreadsheetOutput.writeWorkbook(Sheets.export(table), language: language, to: output)
    }
  }
}
