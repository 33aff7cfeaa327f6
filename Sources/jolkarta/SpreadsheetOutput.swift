import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSpreadsheet
import RoadmapUI

#if canImport(Glibc)
  import Glibc
#endif

extension CSVDelimiter: ExpressibleByArgument {}

/// What `export` and `report` share to write CSV and xlsx: the delimiter's default and
/// the workbook's way out.
enum SpreadsheetOutput {
  /// `--delimiter`, else the one a spreadsheet in the language's locale expects.
  static func delimiter(_ option: CSVDelimiter?, _ language: Language) -> CSVDelimiter {
    option ?? CSVDelimiter.standard(for: language)
  }

  /// Refuses `--delimiter` with a format that has no delimiter.
  static func checkDelimiter(_ option: CSVDelimiter?, isCSV: Bool) throws {
    guard option != nil, !isCSV else { return }
    throw ValidationError(Said(
      kk: "--delimiter тек --format csv үшін", ru: "--delimiter — только для --format csv",
      en: "--delimiter goes with --format csv only"
    ).text)
  }

  /// Refuses a workbook bound for a terminal: its bytes are a ZIP archive, which would
  /// only fill the screen with placeholders.
  static func checkNotTerminal(_ output: String?) throws {
    let tty: Bool
    switch OutputFile.destination(output) {
    case .stream(let fd, _): tty = isatty(fd) == 1
    case .node(let path, isSocket: false):
      let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK)
      tty = fd >= 0 && isatty(fd) == 1
      if fd >= 0 { close(fd) }
    default: tty = false
    }
    guard tty else { return }
    throw ValidationError(Said(
      kk: "xlsx кітабы екілік файл, оны терминалға шығармаймын; -o ФАЙЛ.xlsx көрсетіңіз",
      ru: "книга xlsx — двоичный файл, в терминал она не выводится; укажите -o ФАЙЛ.xlsx",
      en: "an xlsx workbook is binary and is not written to a terminal; give -o FILE.xlsx"
    ).text)
  }

  /// Writes the sheets as a workbook where `-o` says (atomically, as every output).
  static func writeWorkbook(_ sheets: [Sheet], language: Language, to output: String?) throws {
    let bytes: [UInt8]
    do { bytes = try XLSXFile.bytes(sheets, language: language) } catch {
      printError(Said(
        kk: "jolkarta: xlsx кітабын жазу мүмкін болмады: ", ru: "jolkarta: не удалось записать книгу xlsx: ",
        en: "jolkarta: cannot write the xlsx workbook: "
      ).text + error.description)
      throw ExitCode(1)
    }
    try OutputFile.write(bytes: bytes, to: output)
  }
}
