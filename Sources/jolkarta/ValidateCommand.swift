import ArgumentParser
import RoadmapKit

/// `jolkarta validate FILE...`: exit 0 when every file is valid, 1 otherwise.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check roadmap files and print every problem with its place.",
    discussion: "Exit status: 0 all valid, 1 problems found, 2 usage error.")

  @Argument(help: ArgumentHelp("Roadmap files to check.", valueName: "FILE"))
  var files: [String]

  @Option(help: "The language of messages: kk, ru or en (default: the interface language).")
  var lang: LanguageOption?

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one FILE to check") }
  }

  func run() throws {
    CLILanguage.use(lang)
    var failed = false
    for file in files {
      let loaded: LoadedRoadmap
      do { loaded = try RoadmapLoader.load(path: file) } catch {
        printError(error.description)
        failed = true
        continue
      }
      for w in loaded.warnings { printError(w.description) }
      try Output.stdout(EditMessage.valid(file, activities: loaded.roadmap.counts.total))
    }
    if failed { throw ExitCode(1) }
  }
}
