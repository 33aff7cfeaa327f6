import ArgumentParser
import RoadmapUI
import Foundation
import RoadmapKit

/// The `jolkarta` command: the dashboard by default, and the subcommands around it.
struct Jolkarta: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "jolkarta",
      abstract: HelpText.rootAbstract.said,
      discussion: HelpText.rootDiscussion.said,
      version: JolkartaVersion.string,
      subcommands: [
        Open.self, Summary.self, Validate.self, SetStatus.self, SetField.self, Add.self, Remove.self,
        Move.self, History.self, Export.self, Import.self, Init.self, Report.self, Present.self, MeetingCommand.self,
        Keys.self, Generate.self, Manual.self, SyncCommand.self, GitCommand.self,
        MergeDriver.self,
      ],
      defaultSubcommand: Open.self
    )
  }
}

/// Entry point: runs the command and maps errors to exit statuses.
///
/// Usage errors exit 2 (argument-parser's default is 64) so scripts can tell them from
/// an invalid roadmap (1).
@main
enum Main {
  static func main() {
    Output.holdStandardStreams()
    let names = Set(Jolkarta.configuration.subcommands.map { $0._commandName } + ["help"])
    let arguments = CLILanguage.leadingLanguageMoved(
      CLILanguage.prescan(Array(CommandLine.arguments.dropFirst())), subcommands: names)
    if let message = Add.misspeltKind(arguments) {
      printError(EditMessage.addUsage(message))
      exit(2)
    }
    do {
      var command = try Jolkarta.parseAsRoot(Open.withSyncDefault(arguments))
      try command.run()
    } catch let failure as OutputError {
      if !failure.brokenPipe { printError(failure.description) }
      exit(failure.status)
    } catch where Jolkarta.exitCode(for: error) == .success {
      // Help and the version: argument-parser's own words around ours put in the language.
      // The command tree (`--experimental-dump-help`) is JSON for tools: left as it is.
      let message = Jolkarta.fullMessage(for: error)
      let text = message.hasPrefix("{") ? message : HelpWords.localized(message, CLILanguage.current)
      do { try Output.stdout(text.hasSuffix("\n") ? text : text + "\n") } catch { exit(1) }
      exit(0)
    } catch {
      let code = Jolkarta.exitCode(for: error)
      if code == .validationFailure {
        let message = HelpWords.usageError(Jolkarta.fullMessage(for: error), CLILanguage.current)
        printError(message)
        exit(2)
      }
      Jolkarta.exit(withError: error)
    }
  }
}
