import ArgumentParser
import Foundation
import RoadmapKit

/// Opens the dashboard. Until the terminal front end lands, prints the summary.
struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the dashboard (the default).")

  @OptionGroup var roadmap: RoadmapFileArgument

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
    var summary = Summary()
    summary.roadmap = roadmap
    try summary.run()
  }
}
