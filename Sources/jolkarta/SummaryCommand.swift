import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapUI

/// `jolkarta summary`: the roadmap's figures, as text or JSON.
struct Summary: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Print the roadmap's figures: counts, percentages, overdue, indicators.",
    discussion: """
      Given a folder (every region's roadmap, one file each), prints the national figures: \
      the sums of the regions' counts (percentages by largest remainder over the sums), \
      the regions best first, and each invalid file with its first problem (exit 1 when \
      there is one; the others are still counted).
      """)

  @OptionGroup var roadmap: RoadmapFileArgument

  @Flag(help: "Print JSON: activities and per-direction counts.")
  var json = false

  @Option(help: "Language of titles and labels: kk, ru or en.")
  var lang: LanguageOption?

  @Flag(help: "Count overdue against today instead of the roadmap's as_of date.")
  var today = false

  func run() throws {
    var folder: ObjCBool = false
    if FileManager.default.fileExists(atPath: roadmap.file, isDirectory: &folder), folder.boolValue {
      return try national()
    }
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

  /// The summary of every roadmap in the folder.
  func national() throws {
    CLILanguage.use(lang)
    let language = LanguageOption.resolve(lang)
    let files = RegionFolder.roadmapFiles(in: roadmap.file)
    let figures = NationalFigures(RegionFolder.load(files), today: today ? Day.today() : nil)
    if json {
      try Output.stdout(JSONWriter.canonicalString(NationalSummary.json(figures, language: language.rawValue)))
    } else {
      try Output.stdout(NationalSummary.text(figures, language: Language(code: language.rawValue) ?? .kk))
    }
    if !figures.invalid.isEmpty || files.isEmpty { throw ExitCode(1) }
  }
}
