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

  @Option(help: ArgumentHelp(HelpText.delimiterOption.said, valueName: ";|,"))
  var delimiter: CSVDelimiter?

  func validate() throws {
    CLILanguage.use(lang)
    try SpreadsheetOutput.checkDelimiter(delimiter, isCSV: format == .csv)
    if format == .xlsx { try SpreadsheetOutput.checkNotTerminal(output) }
  }

  func run() throws {
    CLILanguage.use(lang)
    // Read, never saved: mapped rather than copied into memory.
    let loaded = try roadmap.loadForReading()
    let language = LanguageOption.language(lang)
    if format == .csv {
      // Straight to bytes, the same as `ExportTable.csv` (a test compares them); into a
      // stream a piece at a time, into a file whole (it is replaced atomically).
      let mark = SpreadsheetOutput.delimiter(delimiter, language)
      if OutputFile.takesPieces(output) {
        try OutputFile.withDescriptor(output) { (fd, name) throws(OutputError) in
          try ExportCSV.write(loaded.roadmap, language: language, delimiter: mark, every: 1 << 20) {
            (piece) throws(OutputError) in try Output.write(bytes: piece, to: fd, named: name)
          }
        }
      } else {
        try OutputFile.write(bytes: ExportCSV.bytes(loaded.roadmap, language: language, delimiter: mark), to: output)
      }
      exitKeeping(loaded)
    }
    let table = ExportTable(loaded.roadmap, language: language)
    switch format {
    case .csv: break
    case .md: try OutputFile.write(table.markdown(), to: output)
    case .json: try OutputFile.write(table.json(), to: output)
    case .xlsx: try SpreadsheetOutput.writeWorkbook(Sheets.export(table), language: language, to: output)
    }
    exitKeeping(loaded)
  }
}
