import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapUI
import TerminalBackend

/// `jolkarta open [FILE]`, the default command: the interactive dashboard.
///
/// The file is loaded and validated before the terminal is touched, so an invalid file
/// prints its problems on a normal screen (exit 1); a missing terminal exits 2.
struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the dashboard (the default).")

  @OptionGroup var roadmap: RoadmapFileArgument

  @Option(help: "Language of the dashboard: kk, ru or en.")
  var lang: LanguageOption?

  @Flag(help: "Look only: status keys do not change the file.")
  var readOnly = false

  /// `jolkarta frobnicate` reaches here as `open frobnicate`: a word that names no file
  /// and does not look like a path is a mistyped subcommand, a usage error (exit 2).
  func validate() throws {
    let word = roadmap.file
    if word != RoadmapFileArgument.defaultPath, !word.contains("/"), !word.contains("."),
      !FileManager.default.fileExists(atPath: word)
    {
      throw ValidationError("'\(word)' is neither a subcommand nor a roadmap file; see 'jolkarta --help'")
    }
  }

  func run() throws {
    let loaded = try roadmap.load()
    let terminal: Terminal
    do {
      terminal = try Terminal.start()
    } catch {
      printError("jolkarta: \(error)")
      throw ExitCode(error.exitStatus)
    }
    var app = InterimDashboard(loaded: loaded, language: LanguageOption.resolve(lang))
    let status = terminal.run(&app)
    if status != 0 { throw ExitCode(status) }
  }
}

/// A one-screen stand-in until `RoadmapUI.Dashboard` lands: title and the four counts.
struct InterimDashboard: TerminalApp {
  let loaded: LoadedRoadmap
  let language: LanguageOption
  var tickInterval: Double? { nil }

  mutating func handle(_ event: Event) -> AppOutcome {
    if case .key(let key) = event, key == .character("q") || key == .escape {
      return .quit(status: 0)
    }
    return .keepRunning
  }

  func render(into grid: inout Grid) {
    let c = loaded.roadmap.counts
    let lines = [
      loaded.roadmap.title.resolved(language.rawValue),
      "Total \(c.total)  Done \(c.done)  In progress \(c.inProgress)  Pending \(c.pending)",
      "\(grid.width)x\(grid.height)  q: quit",
    ]
    for (y, line) in lines.enumerated() {
      for (x, ch) in line.enumerated() { grid[x, y] = Cell(ch) }
    }
  }
}
