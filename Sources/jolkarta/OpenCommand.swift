import ArgumentParser
import RoadmapKit

/// Opens the dashboard. Until the terminal front end lands, prints the summary.
struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the dashboard (the default).")

  @OptionGroup var roadmap: RoadmapFileArgument

  func run() throws {
    var summary = Summary()
    summary.roadmap = roadmap
    try summary.run()
  }
}
