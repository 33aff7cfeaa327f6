import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSpreadsheet
import RoadmapUI

/// `jolkarta export`: one row per activity, as CSV, Markdown, JSON or an xlsx workbook.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export every activity with its direction, project, status, agency, due date and note.",
    discussion: """
      Columns, in this order, in every format: id, direction, project, title, status, \
      responsible agency, due date, overdue, note. Headings, statuses and yes/no are the \
      words of the interface language (--lang); titles are in that language too. \
      `jolkarta import` reads a csv or xlsx export back.

      csv: UTF-8 with a byte-order mark (so that Excel keeps Kazakh and Russian letters), \
      CRLF, RFC 4180 quoting with the --delimiter: ; by default for kk and ru, , for en, \
      the list separator a spreadsheet of that locale expects. Dates ISO 2024-12-31, read \
      as dates by Excel and LibreOffice in every locale. A text field starting with = + - \
      @, TAB or CR (also after spaces) gets a ' in front so it cannot run as a formula.
      md: a pipe table, text from the file escaped, dates in words.
      json: an array of objects keyed by the column codes (id, direction, project, title, \
      status, owner, due, overdue, note), statuses as codes (in_progress), overdue a boolean.
      xlsx: one sheet, the heading row bold and frozen with filter buttons, columns as wide \
      as their text, due dates as date cells (dd.mm.yyyy in kk and ru, yyyy-mm-dd in en); \
      text is always a string cell, never a formula. Needs -o FILE when standard output is \
      a terminal.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, md, json, xlsx }

  @OptionGroup var roadmap: RoadmapFileArgument

  @Option(help: "csv, md, json or xlsx.")
  var format: Format

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to this file (replaced atomically) instead of standard output; - or /dev/stdout "
        + "mean standard output, a FIFO or a device is written into.", valueName: "OUT"))
  var output: String?

  @Option(help: "Language of headings, words and titles: kk, ru or en.")
  var lang: LanguageOption?

  @Option(help: ArgumentHelp(
    "CSV field separator: ';' (default for kk and ru, numbers with a decimal comma) or ',' "
      + "(default for en, a decimal point).", valueName: "; or ,"))
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
