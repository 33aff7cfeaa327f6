import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSession
import RoadmapUI
import TerminalBackend

/// `jolkarta present [FILE]`: full-screen slides for the meeting.
struct Present: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "present",
    abstract: "Show full-screen slides for the meeting (never edits the file).",
    discussion: """
      Slides: title and overall figures; progress over time (once there are two points: \
      meetings or days the history changed a status); one per direction; one per project with \
      indicators; changes since the last meeting; unfinished activities by agency.
      Keys: →/Space/PgDn next, ←/PgUp previous, 1-9 go to a slide, Home/End first/last, \
      b blank the screen (any key brings it back), ? keys, q/Esc end.
      The changes slide compares with --since DATE (the history file) or --compare FILE \
      (an earlier copy); without either, with the history since the roadmap's last meeting, \
      and in a roadmap without meetings it says how to ask for it. The slides follow the \
      file: when it changes on disk, the slide shown is redrawn with the new figures.
      """)

  @OptionGroup var roadmap: RoadmapFileArgument

  @Option(help: "Language of the slides: kk, ru or en (default: $JOLKARTA_LANG, else the locale, else kk).")
  var lang: LanguageOption?

  @Option(help: ArgumentHelp("Advance to the next slide every SECONDS (a loop).", valueName: "SECONDS"))
  var interval: Double?

  @OptionGroup var baseline: BaselineOptions

  func validate() throws {
    try baseline.check()
    if let interval, !(interval >= 1 && interval <= 86_400) {
      throw ValidationError("--interval must be between 1 and 86400 seconds")
    }
  }

  func run() throws {
    let loaded = try roadmap.load()
    let changeBaseline = try baseline.presentationBaseline(for: loaded.roadmap, file: roadmap.file)
    let terminal = try startTerminal()
    let options = PresentationOptions(
      language: LanguageOption.language(lang), asciiOnly: !terminal.capabilities.utf8,
      colors: terminal.capabilities.colors, interval: interval)
    let presentation = Presentation(loaded, baseline: changeBaseline, options: options)
    // The session only follows the file here: a presentation asks for no saves.
    var app = LiveSession(app: presentation, path: roadmap.file, loaded: loaded, author: resolveAuthor(nil))
    let status = terminal.run(&app)
    if status != 0 { throw ExitCode(status) }
  }
}
