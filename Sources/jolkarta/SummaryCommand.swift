import ArgumentParser
import RoadmapUI
import Foundation
import RoadmapKit

/// `jolkarta summary`: the roadmap's figures, as text or JSON.
struct Summary: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "summary",
      abstract: HelpText.summaryAbstract.said)
  }

  @OptionGroup var roadmap: RoadmapFileArgument

  @Flag(help: HelpText.summaryJSON.help)
  var json = false

  @OptionGroup var lang: LanguageGroup

  @Flag(help: HelpText.openToday.help)
  var today = false

  func run() throws {
    let loaded = try roadmap.load()
    let language = lang.resolved
    let reference = today ? Day.today() : loaded.roadmap.asOf
    if json {
      try Output.stdout(
        JSONWriter.canonicalString(
          SummaryReport.json(loaded.roadmap, language: language.rawValue, asOf: reference)))
    } else {
      try Output.stdout(
        SummaryReport.text(loaded.roadmap, language: language.rawValue, asOf: reference))
    }
  }
}
