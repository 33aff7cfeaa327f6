import ArgumentParser
import Foundation
import RoadmapKit

/// The `jolkarta` command: the dashboard by default, and the subcommands around it.
struct Jolkarta: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jolkarta",
    abstract: "Follow a regional roadmap (Жол картасы): dashboard, figures, edits, reports.",
    discussion: """
      FILE defaults to data/roadmap.json in the current folder. Without a subcommand,
      jolkarta opens the dashboard.
      """,
    version: JolkartaVersion.string,
    subcommands: [
      Open.self, Summary.self, Validate.self, SetStatus.self, SetField.self, Add.self, Remove.self,
      Move.self, History.self, Export.self, Import.self, Init.self, Report.self, Present.self, MeetingCommand.self,
      Keys.self, Generate.self, SyncCommand.self, GitCommand.self, MergeDriver.self,
    ],
    defaultSubcommand: Open.self
  )
}

/// Entry point: runs the command and maps errors to exit statuses.
///
/// Usage errors exit 2 (argument-parser's default is 64) so scripts can tell them from
/// an invalid roadmap (1).
@main
enum Main {
  static func main() {
    Output.holdStandardStreams()
    if let message = Add.misspeltKind(Array(CommandLine.arguments.dropFirst())) {
      printError(EditMessage.addUsage(message))
      exit(2)
    }
    do {
      var command = try Jolkarta.parseAsRoot(Open.withSyncDefault(Array(CommandLine.arguments.dropFirst())))
      try command.run()
    } catch let failure as OutputError {
      if !failure.brokenPipe { printError(failure.description) }
      exit(failure.status)
    } catch {
      let code = Jolkarta.exitCode(for: error)
      if code == .validationFailure {
        let message = Jolkarta.fullMessage(for: error)
        printError(message)
        exit(2)
      }
      Jolkarta.exit(withError: error)
    }
  }
}
