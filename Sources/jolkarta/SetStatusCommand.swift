import ArgumentParser
import RoadmapUI
import RoadmapKit

extension Status: ExpressibleByArgument {}

/// `jolkarta set-status ID STATUS [FILE]`: one status change through the model's save.
struct SetStatus: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "set-status",
      abstract: HelpText.setStatusAbstract.said,
      discussion: HelpText.setStatusDiscussion.said)
  }

  @Argument(help: HelpText.activityID.help)
  var id: String

  @Argument(help: HelpText.newStatus.help)
  var status: Status

  @OptionGroup var roadmap: RoadmapFileArgument

  @OptionGroup var author: AuthorOption

  @OptionGroup var lang: LanguageGroup

  func run() throws {
    let loaded = try roadmap.load()
    guard let activity = loaded.roadmap.activity(id: id) else {
      let ids = loaded.roadmap.allActivities.map(\.activity.id)
      printError(EditMessage.noSuchActivity(roadmap.file, id, nearest: Suggestions.nearest(to: id, among: ids)))
      throw ExitCode(1)
    }
    let change = Change(id: id, field: .status, old: .status(activity.status), new: .status(status))
    let result = try commitChanges([change], to: roadmap.file, author: author.author)
    // A status that is already so is said as `set` says it, not as "done → done".
    guard let written = result.written.first else {
      try Output.stdout(EditMessage.already(id, .status, CLIWords.status(status)))
      return
    }
    let old = written.old.map { ChangeText.shown($0, "") } ?? CLIWords.status(status)
    try Output.stdout("\(id): \(old) → \(CLIWords.status(status))\n")
  }
}
