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

  @Option(name: .customLong("format"), help: HelpText.exportFormat.help)
  var formatGiven: Format?

  /// `--format`, else the `-o` file's extension, else CSV.
  var format: Format { OutputFormat.chosen(formatGiven, output: output, fallback: .csv) }

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(HelpText.outputOption.said, valueName: "OUT"))
  var output: String?

  @Option(help: HelpText.exportLang.help)
  var lang: LanguageOption?

  @Option(help: ArgumentHelp(HelpText.delimiterOption.said, valueName: ";|,"))
  var delimiter: CSVDelimiter?

  func validate() throws {
    if let lang { CLILanguage.use(lang) }  // else as `CLILanguage.prescan` set it
    try SpreadsheetOutput.checkDelimiter(delimiter, isCSV: format == .csv)
    if format == .xlsx { try SpreadsheetOutput.checkNotTerminal(output) }
  }

  func run() throws {
    if let lang { CLILanguage.use(lang) }  // else as `CLILanguage.prescan` set it
    let language = LanguageOption.language(lang)
    if format == .csv {
      let mark = SpreadsheetOutput.delimiter(delimiter, language)
      try csvFromMappedFile(language, mark)
    }
    // Read, never saved: mapped rather than copied into memory.
    let loaded = try roadmap.loadForReading()
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

  /// The CSV written from the mapped file, activities' texts never built as `String`s
  /// (`RoadmapLoader.withMappedTexts`, `ExportCSV.write(_:texts:…)`): exits once written.
  /// Returns, nothing written, when the file must be loaded the ordinary way (a problem,
  /// a warning, not mappable, changed before a byte went out).
  func csvFromMappedFile(_ language: Language, _ mark: CSVDelimiter) throws {
    enum Outcome {
      case written
      case changed(emitted: Bool)
      case failed(OutputError)
    }
    let result = roadmap.withMappedTexts(language: language.rawValue) { (r, texts) -> (Outcome, Roadmap) in
      do throws(OutputError) {
        if OutputFile.takesPieces(output) {
          var emitted = false, done = false
          try OutputFile.withDescriptor(output) { (fd, name) throws(OutputError) in
            done = try ExportCSV.write(r, texts: &texts, language: language, delimiter: mark, every: 1 << 20) {
              (piece) throws(OutputError) in
              emitted = true
              try Output.write(bytes: piece, to: fd, named: name)
            }
          }
          return (done ? .written : .changed(emitted: emitted), r)
        }
        var whole: [UInt8] = []
        let done = ExportCSV.write(r, texts: &texts, language: language, delimiter: mark, every: .max) { whole.append(contentsOf: $0) }
        guard done else { return (.changed(emitted: false), r) }
        try OutputFile.write(bytes: whole, to: output)
        return (.written, r)
      } catch {
        return (.failed(error), r)
      }
    }
    guard let (outcome, read) = result else { return }
    switch outcome {
    case .written: exitKeeping(read)
    case .changed(emitted: false): return
    case .changed(emitted: true):
      printError(Said(
        kk: "jolkarta: \(roadmap.file) оқылып жатқанда өзгерді: экспорт толық емес",
        ru: "jolkarta: \(roadmap.file) изменился во время чтения: экспорт неполный",
        en: "jolkarta: \(roadmap.file) changed while it was read: the export is incomplete"
      ).text)
      exitKeeping(read, status: 1)
    case .failed(let error): throw error
    }
  }
}
