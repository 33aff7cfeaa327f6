import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSpreadsheet
import RoadmapUI

/// `jolkarta report`: the meeting report as Markdown, HTML, CSV or an xlsx workbook.
struct Report: ParsableCommand {
  static var configuration: CommandConfiguration { CommandConfiguration(
    commandName: "report",
    abstract: HelpText.reportAbstract.said,
    discussion: HelpText.reportDiscussion.said + "\n\n" + HelpText.reportFolder.said)
  }

  enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, csv, xlsx }

  @OptionGroup var roadmap: RoadmapFileArgument

  @Option(name: .customLong("format"), help: HelpText.reportFormat.help)
  var formatGiven: Format?

  /// `--format`, else the `-o` file's extension, else Markdown.
  var format: Format { OutputFormat.chosen(formatGiven, output: output, fallback: .md) }

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(HelpText.outputOption.said, valueName: "OUT"))
  var output: String?

  @Option(help: HelpText.reportLang.help)
  var lang: LanguageOption?

  @Option(help: ArgumentHelp(HelpText.delimiterOption.said, valueName: ";|,"))
  var delimiter: CSVDelimiter?

  @Option(help: ArgumentHelp(HelpText.reportTable.said, valueName: "KEY"))
  var table: String?

  @OptionGroup var baseline: BaselineOptions

  @Flag(help: HelpText.reportAnnex.help)
  var annex = false

  @Option(help: ArgumentHelp(HelpText.reportMinutesNumber.said, valueName: "NUMBER"))
  var minutesNumber: String?

  func validate() throws {
    if let lang { CLILanguage.use(lang) }  // else as `CLILanguage.prescan` set it
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
  @Option(help: ArgumentHelp(HelpText.sinceOption.said, valueName: "YYYY-MM-DD"))
  var since: String?

  @Option(help: ArgumentHelp(HelpText.compareOption.said, valueName: "FILE"))
  var compare: String?

  /// Rejects both options together and a date that is not a real day.
  func check() throws {
    if since != nil && compare != nil { throw ValidationError(Said(
      kk: "--since не --compare беріңіз, екеуін бірге емес", ru: "укажите --since или --compare, но не оба",
      en: "give --since or --compare, not both").text) }
    if let since, Day(since) == nil { throw ValidationError(Said(
      kk: "--since YYYY-MM-DD түріндегі күн болуы керек, берілгені: \"\(since)\"",
      ru: "--since должен быть датой YYYY-MM-DD, указано: \"\(since)\"",
      en: "--since must be a date YYYY-MM-DD, got \"\(since)\"").text) }
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
        printError(CLIWords.problems(error.problems))
        throw ExitCode(1)
      }
    }
    if let meeting = current.lastMeeting { return .meeting(history(), meeting) }
    return .none
  }
}
