import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSession
import RoadmapUI
import TerminalBackend

/// `jolkarta present [FILE]`: full-screen slides for the meeting.
struct Present: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "present",
      abstract: HelpText.presentAbstract.said,
      discussion: HelpText.presentDiscussion.said + "\n\n" + HelpText.presentFolder.said)
  }

  @OptionGroup var roadmap: RoadmapFileArgument

  @OptionGroup var lang: LanguageGroup

  @Option(help: ArgumentHelp(HelpText.presentInterval.said, valueName: "SECONDS"))
  var interval: Double?

  @OptionGroup var baseline: BaselineOptions

  func validate() throws {
    try baseline.check()
    if let interval, !(interval >= 1 && interval <= 86_400) {
      throw ValidationError(Said(
        kk: "--interval 1 мен 86400 секунд аралығында болуы керек", ru: "--interval должен быть от 1 до 86400 секунд",
        en: "--interval must be between 1 and 86400 seconds").text)
    }
  }

  func run() throws {
    if RegionFolder.isFolder(roadmap.file) { return try national() }
    let loaded = try roadmap.load()
    let changeBaseline = try baseline.presentationBaseline(for: loaded.roadmap, file: roadmap.file)
    let terminal = try startTerminal()
    let options = PresentationOptions(
      language: lang.language, asciiOnly: !terminal.capabilities.utf8,
      colors: terminal.capabilities.colors, interval: interval)
    let presentation = Presentation(loaded, baseline: changeBaseline, options: options)
    // The session only follows the file here: a presentation asks for no saves.
    var app = LiveSession(app: presentation, path: roadmap.file, loaded: loaded, author: resolveAuthor(nil))
    let status = terminal.run(&app)
    if status != 0 { throw ExitCode(status) }
  }
}

extension Present {
  /// `present DIR`: the national totals, the ranking and each region's title slide.
  func national() throws {
    if baseline.since != nil || baseline.compare != nil {
      printError("jolkarta: " + Said(
        kk: "қалта үшін --since пен --compare жоқ", ru: "для папки нет --since и --compare",
        en: "--since and --compare do not apply to a folder").text)
      throw ExitCode(2)
    }
    let files = RegionFolder.roadmapFiles(in: roadmap.file)
    guard !files.isEmpty else {
      printError("jolkarta: " + Said(
        kk: "\(roadmap.file) қалтасында жол картасы (*.json) жоқ", ru: "в папке \(roadmap.file) нет дорожных карт (*.json)",
        en: "no roadmap (*.json) in the folder \(roadmap.file)").text)
      throw ExitCode(1)
    }
    let read = RegionFolder.load(files, withHistory: false)
    let terminal = try startTerminal()
    let options = PresentationOptions(
      language: lang.language, asciiOnly: !terminal.capabilities.utf8,
      colors: terminal.capabilities.colors, interval: interval)
    var app = FolderFollower(app: NationalPresentation(read, options: options), folder: roadmap.file)
    let status = terminal.run(&app)
    if status != 0 { throw ExitCode(status) }
  }
}
