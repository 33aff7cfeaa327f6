import ArgumentParser
import RoadmapUI
import Foundation
import RoadmapKit
import RoadmapUI

/// `jolkarta summary`: the roadmap's figures, as text or JSON.
struct Summary: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "summary",
      abstract: HelpText.summaryAbstract.said, discussion: HelpText.summaryDiscussion.said)
  }

  @OptionGroup var roadmap: RoadmapFileArgument

  @Flag(help: HelpText.summaryJSON.help)
  var json = false

  @OptionGroup var lang: LanguageGroup

  @Flag(help: HelpText.openToday.help)
  var today = false

  func run() throws {
    var folder: ObjCBool = false
    if FileManager.default.fileExists(atPath: roadmap.file, isDirectory: &folder), folder.boolValue {
      return try national()
    }
    // The figures only: activities' titles, owners and notes are checked, not kept.
    let loaded = try roadmap.loadFigures()
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
    exitKeeping(loaded)
  }

  /// The summary of every roadmap in the folder.
  func national() throws {
    let language = lang.resolved
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
