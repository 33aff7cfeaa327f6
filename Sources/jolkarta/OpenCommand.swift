import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSession
import RoadmapSync
import RoadmapUI
import TerminalBackend

/// `jolkarta open [FILE]`, the default command: the interactive dashboard.
///
/// A file of ordinary size is loaded and validated before the terminal is touched, so an
/// invalid one prints its problems on the normal screen (exit 1) and curses never starts.
/// A very large file is loaded behind a progress bar instead (`StartupApp`), where `q`
/// cancels; its problems are printed once the terminal is restored. Without a terminal,
/// or with one that cannot draw a screen, the command exits 2.
struct Open: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "open", abstract: HelpText.openAbstract.said)
  }

  /// Files up to this size load before the terminal starts: well under a second.
  static let loadFirstLimit = 4 << 20

  @OptionGroup var roadmap: RoadmapFileArgument

  // national
  /// More roadmap files after the first: with them, or with a folder, the national overview.
  @Argument(help: ArgumentHelp(HelpText.fileArgument.said, valueName: "FILE"))
  var more: [String] = []

  @OptionGroup var lang: LanguageGroup

  @Flag(help: HelpText.openReadOnly.help)
  var readOnly = false

  @Flag(help: HelpText.openToday.help)
  var today = false

  @Option(help: HelpText.authorOption.help)
  var author: String?

  @Option(
    name: .customLong("sync"),
    help: ArgumentHelp(
      HelpText.openSync.said,
      valueName: "SECONDS"))
  var syncSeconds: Int?

  /// The default interval of a bare `--sync`.
  static let defaultSyncSeconds = 60

  /// `--sync` without SECONDS means every minute: argument-parser has no optional
  /// values, so a bare `--sync` gets the default written after it before parsing.
  static func withSyncDefault(_ arguments: [String]) -> [String] {
    var out: [String] = []
    for (i, a) in arguments.enumerated() {
      out.append(a)
      // After `--` every word is a value (a note may read "--sync"): left as it is.
      if a == "--" { return out + arguments[(i + 1)...] }
      if a == "--sync", i + 1 == arguments.count || Int(arguments[i + 1]) == nil { out.append(String(defaultSyncSeconds)) }
    }
    return out
  }

  /// `jolkarta frobnicate` reaches here as `open frobnicate`: a word that names no file
  /// and does not look like a path is a mistyped subcommand, a usage error (exit 2).
  func validate() throws {
    let word = roadmap.file
    if word != RoadmapFileArgument.defaultPath, !word.contains("/"), !word.contains("."),
      !FileManager.default.fileExists(atPath: word)
    {
      let names = Jolkarta.configuration.subcommands.map { $0._commandName }
      let near = EditMessage.didYouMeanAside(Suggestions.nearest(to: word, among: names))
      throw ValidationError(
        Said(
          kk: "'\(word)' ішкі команда да, жол картасының файлы да емес\(near); қараңыз: 'jolkarta --help'",
          ru: "'\(word)' — не подкоманда и не файл дорожной карты\(near); см. 'jolkarta --help'",
          en: "'\(word)' is neither a subcommand nor a roadmap file\(near); see 'jolkarta --help'"
        ).text)
    }
  }

  func run() throws {
    if isNational { return try runNational() }
    // The repository is found before the terminal starts, so a file outside one is a
    // plain message (exit 1), not a dashboard that cannot do what was asked.
    var sync: RoadmapSync?
    if let seconds = syncSeconds {
      guard seconds > 0 else { throw ValidationError(Said(
        kk: "--sync 0-ден үлкен секунд санын алады", ru: "--sync принимает число секунд больше 0",
        en: "--sync takes a number of seconds greater than 0").text) }
      sync = RoadmapSync(repository: try repository(of: roadmap.file), author: author, driver: thisProgram())
    }
    let interval = Double(syncSeconds ?? Self.defaultSyncSeconds)
    let attributes = try? FileManager.default.attributesOfItem(atPath: roadmap.file)
    let size = attributes?[.size] as? Int
    // A missing or unreadable file gets its message (how to pass one, `jolkarta init`) here.
    let loadFirst = size.map { $0 <= Open.loadFirstLimit } ?? true
    let loaded = loadFirst ? try roadmap.load() : nil
    let terminal = try startTerminal()
    var options = DashboardOptions(
      language: lang.language, asciiOnly: !terminal.capabilities.utf8,
      colors: terminal.capabilities.colors, readOnly: readOnly, today: today ? Day.today() : nil)
    // A file its mode makes read-only opens read-only, saying why, instead of being
    // rewritten by a process that happens to be allowed to (root).
    options.readOnlyReason = RoadmapStore.readOnlyReason(roadmap.file)
    let status: Int32
    if let loaded {
      var app = LiveSession(
        app: Dashboard(loaded, options: options), path: roadmap.file, loaded: loaded,
        author: resolveAuthor(author), sync: sync, syncInterval: interval)
      status = terminal.run(&app)
    } else {
      var app = StartupApp(path: roadmap.file, options: options, author: resolveAuthor(author))
      app.sync = sync.map { ($0, interval) }
      status = terminal.run(&app)
      if let failure = app.failure { printError(CLIWords.problems(failure.problems)) }
    }
    if status != 0 { throw ExitCode(status) }
  }
}
