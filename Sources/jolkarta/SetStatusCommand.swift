import ArgumentParser
import RoadmapKit

extension Status: ExpressibleByArgument {}

/// `jolkarta set-status ID STATUS [FILE]`: one status change through the model's save.
struct SetStatus: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set-status",
    abstract: "Set an activity's status (done, in_progress, pending) and save.",
    discussion: "The change is saved atomically under a lock and appended to the history file.")

  @Argument(help: "The activity's id.")
  var id: String

  @Argument(help: "The new status: done, in_progress or pending.")
  var status: Status

  @OptionGroup var roadmap: RoadmapFileArgument

  @OptionGroup var author: AuthorOption

  @Option(help: "The language of messages: kk, ru or en (default: the interface language).")
  var lang: LanguageOption?

  func run() throws {
    CLILanguage.use(lang)
    let loaded = try roadmap.load()
    guard let activity = loaded.roadmap.activity(id: id) else {
      let ids = loaded.roadmap.allActivities.map(\.activity.id)
      printError(EditMessage.noSuchActivity(roadmap.file, id, nearest: Suggestions.nearest(to: id, among: ids)))
      throw ExitCode(1)
    }
    let change = Change(id: id, field: .status, old: .status(activity.status), new: .status(status))
    let result = try commitChanges([change], to: roadmap.file, author: author.author)
    let old = result.written.first?.old.map { ChangeText.shown($0, "") } ?? CLIWords.status(status)
    try Output.stdout("\(id): \(old) → \(CLIWords.status(status))\n")
  }
}
