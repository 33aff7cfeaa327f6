import ArgumentParser
import RoadmapUI
import RoadmapKit

/// `jolkarta validate FILE...`: exit 0 when every file is valid, 1 otherwise.
struct Validate: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "validate",
      abstract: HelpText.validateAbstract.said,
      discussion: HelpText.validateDiscussion.said)
  }

  @Argument(help: ArgumentHelp(HelpText.validateFiles.said, valueName: "FILE"))
  var files: [String]

  @OptionGroup var lang: LanguageGroup

  func validate() throws {
    if files.isEmpty { throw ValidationError(Said(
      kk: "тексерілетін кемінде бір FILE атаңыз", ru: "укажите хотя бы один FILE для проверки",
      en: "name at least one FILE to check").text) }
  }

  func run() throws {
    var failed = false
    // The last roadmap read stays alive to the exit, which does not free it.
    var last: LoadedRoadmap?
    for file in files {
      last = nil
      // Checked as thoroughly as every load; the texts of activities are not kept.
      do { last = try RoadmapLoader.loadFigures(path: file) } catch {
        printError(CLIWords.problems(error.problems))
        failed = true
        continue
      }
      for w in last!.warnings { printError(CLIWords.problems([w])) }
      try Output.stdout(EditMessage.valid(file, activities: last!.roadmap.counts.total))
    }
    exitKeeping(last, status: failed ? 1 : 0)
  }
}
