import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSpreadsheet
import RoadmapUI

/// `jolkarta report`: the meeting report as Markdown, HTML, CSV or an xlsx workbook.
struct Report: ParsableCommand {
  static var configuration: CommandConfiguration { CommandConfiguration(
    commandName: "report",
    abstract: "Write the meeting report: figures, directions, indicators, agencies, changes, unfinished.",
    discussion: """
      Sections: overall figures and bar; a table per direction (its projects); indicators \
      (plan / actual); responsible agencies (done / in progress / pending / overdue, most \
      left first); changes since the last meeting, or since --since DATE or --compare FILE; \
      unfinished activities by agency with due dates. Overdue is counted against the \
      roadmap's as_of date. When the roadmap has meetings, the last one is named at the top \
      (date, chair, reporter, speakers, decision) and the changes are those recorded in the \
      history from its day on, unless --since or --compare says otherwise.

      The report opens with a heading block naming the meeting (date, chair, reporter, \
      speakers) and its decision, lists the unfinished activities under one heading per \
      agency with its counts, and (html) draws two charts.

      html: one self-contained file (inline CSS, inline SVG charts, no scripts, no \
      network), <html lang=…>, laid out for A4 when printed, with «page / pages» in the \
      bottom margin of every page (CSS margin boxes: Chromium 131 or later prints them; \
      use its print dialog or `chromium --headless --print-to-pdf=OUT.pdf \
      --no-pdf-header-footer FILE.html`). Charts: the statuses per direction as stacked \
      bars with their counts, and the progress over time as stacked bands with a marker \
      per point; done solid, in progress hatched, not started dotted, so that they read \
      in grayscale. With one point only, a sentence says so instead of the chart.

      --annex heads the report «Хаттамаға қосымша» / «Приложение к протоколу» / "Annex to \
      the minutes" with the last meeting's date; --minutes-number N adds «№ N» (and implies \
      --annex). The progress over time is read from the history file \
      (<name>.history.jsonl): the counts at each meeting, each day the history changed a \
      status, and now.

      md: GitHub-flavoured Markdown, pipe tables, text from the file escaped; the same \
      sections, the progress over time as a table.
      csv: UTF-8 with a byte-order mark (so that Excel keeps Kazakh and Russian letters), \
      RFC 4180 quoting, CRLF, fields separated by the --delimiter: ; by default for kk and \
      ru, , for en, the list separator a spreadsheet of that locale expects; numbers plain \
      (460000) with the decimal mark that goes with it (5,6 after ;, 5.6 after ,); dates ISO \
      2024-12-31, read as dates in every locale. A CSV is one sheet, so the whole report is \
      its tables stacked: the heading, the meeting (label, value lines), then per table a \
      line with its title, its notes, its heading line, its rows, an empty line. --table KEY \
      writes one table alone, its heading line and rows, ready to sort and filter. Bars are \
      left out; a text field starting with = + - @, TAB or CR (also after spaces) gets a ' \
      in front so it cannot run as a formula.
      xlsx: one sheet per table (the first starts with the heading and the meeting), \
      named after it (31 characters at most, as Excel allows), the heading row bold and \
      frozen with filter buttons, columns as wide as their text; figures as numbers, dates \
      as date cells; text always a string cell, never a formula. --table KEY keeps one \
      sheet. Needs -o FILE when standard output is a terminal.

      Table keys: overview, direction-1, direction-2, …, indicators, agencies, changes, \
      unfinished.
      """ + "\n\n" + HelpText.reportFolder.said)
  }

  enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, csv, xlsx }

  @OptionGroup var roadmap: RoadmapFileArgument

  @Option(help: "md, html, csv or xlsx.")
  var format: Format

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to this file (replaced atomically) instead of standard output; - or /dev/stdout "
        + "mean standard output, a FIFO or a device is written into.", valueName: "OUT"))
  var output: String?

  @Option(help: "Language of the report: kk, ru or en (default: $JOLKARTA_LANG, else the locale, else kk).")
  var lang: LanguageOption?

  @Option(help: ArgumentHelp(
    "CSV field separator: ';' (default for kk and ru, numbers with a decimal comma) or ',' "
      + "(default for en, a decimal point).", valueName: "; or ,"))
  var delimiter: CSVDelimiter?

  @Option(help: ArgumentHelp(
    "Only this table (csv or xlsx): overview, direction-N, indicators, agencies, changes, unfinished.",
    valueName: "KEY"))
  var table: String?

  @OptionGroup var baseline: BaselineOptions

  @Flag(help: "Head the report as an annex to the minutes of the roadmap's last meeting.")
  var annex = false

  @Option(help: ArgumentHelp(
    "The number of the minutes, named in the annex line (implies --annex).", valueName: "NUMBER"))
  var minutesNumber: String?

  func validate() throws {
    CLILanguage.use(lang)
    try baseline.check()
    if let n = minutesNumber, n.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(Said(
        kk: "--minutes-number бос болмауы керек", ru: "--minutes-number не может быть пустым",
        en: "--minutes-number must not be empty").text)
    }
    try SpreadsheetOutput.checkDelimiter(delimiter, isCSV: format == .csv)
    if table != nil && format != .csv && format != .xlsx {
      throw ValidationError(Said(
        kk: "--table тек --format csv немесе xlsx үшін", ru: "--table — только для --format csv или xlsx",
        en: "--table goes with --format csv or xlsx only"
      ).text)
    }
    if format == .xlsx { try SpreadsheetOutput.checkNotTerminal(output) }
  }

  func run() throws {
    if RegionFolder.isFolder(roadmap.file) { return try national() }
    let loaded = try roadmap.load()
    // Read once: the progress over time and the changes since the meeting both come from it.
    let history = BaselineOptions.history(for: loaded.roadmap, file: roadmap.file)
    let changes = try baseline.changes(for: loaded.roadmap, file: roadmap.file, history: history)
    let request = annex || minutesNumber != nil ? ReportAnnex.Request(number: minutesNumber) : nil
    let language = LanguageOption.language(lang)
    let report = MeetingReport(
      loaded.roadmap, language: language, changes: changes, history: history, annex: request)
    let chosen = try table.map { key in
      guard let t = report.tables.first(where: { $0.key == key }) else {
        // A usage error found only once the roadmap is read: said without the usage.
        printError("jolkarta: " + Said(
          kk: "\"\(key)\" деген кесте жоқ; бары: ", ru: "нет таблицы \"\(key)\"; есть: ",
          en: "no table \"\(key)\"; there are: "
        ).text + report.tables.map(\.key).joined(separator: ", "))
        throw ExitCode(2)
      }
      return t
    }
    let text: String
    switch format {
    case .md: text = ReportMarkdown.render(report)
    case .html: text = ReportHTML.render(report)
    case .csv:
      let d = SpreadsheetOutput.delimiter(delimiter, language)
      text = chosen.map { ReportCSV.table($0, delimiter: d) } ?? ReportCSV.render(report, delimiter: d)
    case .xlsx:
      let sheets = Sheets.report(report, only: chosen.map { [$0.key] })
      try SpreadsheetOutput.writeWorkbook(sheets, language: language, to: output)
      return
    }
    try OutputFile.write(text, to: output)
  }
}

/// `--since DATE | --compare FILE`: what "changes since the last meeting" are measured
/// against; without either, the roadmap's last meeting, if it has one.
struct BaselineOptions: ParsableArguments {
  @Option(help: ArgumentHelp(
    "Changes recorded in the history file (<name>.history.jsonl) from this day on (default: the day of the "
      + "roadmap's last meeting).", valueName: "YYYY-MM-DD"))
  var since: String?

  @Option(help: ArgumentHelp("Changes since this earlier copy of the roadmap.", valueName: "FILE"))
  var compare: String?

  /// Rejects both options together and a date that is not a real day.
  func check() throws {
    if since != nil && compare != nil { throw ValidationError("give --since or --compare, not both") }
    if let since, Day(since) == nil { throw ValidationError("--since must be a date YYYY-MM-DD, got \"\(since)\"") }
  }

  /// The changes asked for; without an option, those since the last meeting; nil when
  /// there is nothing to measure against.
  func changes(for current: Roadmap, file: String, history: [HistoryEntry]? = nil) throws -> ChangeSummary? {
    try presentationBaseline(for: current, file: file, history: history).changes(for: current)
  }

  /// The history that counts: confirmed against the roadmap as it was just read, each
  /// damaged line reported on standard error.
  static func history(for current: Roadmap, file: String) -> [HistoryEntry] {
    let (entries, problems) = HistoryEntry.read(path: RoadmapStore(path: file).historyPath, confirmingWith: current)
    for p in problems { printError(p.description) }
    return entries
  }

  /// What the changes are measured against, as the presentation keeps it (so that it can
  /// work them out again when the file changes during the meeting): `--since`, `--compare`,
  /// else the roadmap's last meeting, else nothing.
  func presentationBaseline(
    for current: Roadmap, file: String, history read: [HistoryEntry]? = nil
  ) throws -> ChangeBaseline {
    func history() -> [HistoryEntry] { read ?? Self.history(for: current, file: file) }
    if let since, let day = Day(since) { return .history(history(), since: day) }
    if let compare {
      do { return .copy(try RoadmapLoader.load(path: compare).roadmap) } catch {
        printError(error.description)
        throw ExitCode(1)
      }
    }
    if let meeting = current.lastMeeting { return .meeting(history(), meeting) }
    return .none
  }
}
