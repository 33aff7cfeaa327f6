import ArgumentParser
import Foundation
import RoadmapKit

/// `jolkarta summary`: the roadmap's figures, as text or JSON.
struct Summary: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Print the roadmap's figures: counts, percentages, overdue, indicators.")

  @OptionGroup var roadmap: RoadmapFileArgument

  @Flag(help: "Print JSON: activities and per-direction counts.")
  var json = false

  @Option(help: "Language of titles and labels: kk, ru or en.")
  var lang: LanguageOption?

  @Flag(help: "Count overdue against today instead of the roadmap's as_of date.")
  var today = false

  func run() throws {
    let loaded = try roadmap.load()
    let language = LanguageOption.resolve(lang)
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
