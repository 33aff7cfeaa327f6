import ArgumentParser
import RoadmapUI
import RoadmapKit

/// `jolkarta move ID --to PROJECT [FILE]`: an activity to the end of another project.
struct Move: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "move",
      abstract: HelpText.moveAbstract.said,
      discussion: HelpText.moveDiscussion.said)
  }

  @Argument(help: HelpText.activityID.help)
  var id: String

  @Option(name: .customLong("to"), help: HelpText.moveTo.help)
  var project: String

  @OptionGroup var roadmap: RoadmapFileArgument

  @OptionGroup var author: AuthorOption

  @OptionGroup var lang: LanguageGroup

  func run() throws {
    let edit = try RoadmapEdit(file: roadmap.file)
    _ = try edit.thing(id, of: .activity)
    _ = try edit.thing(project, of: .project)
    let old = edit.roadmap.value(of: .project, id: id) ?? nil
    let new = FieldValue.place(Place(project: project, after: edit.lastActivity(of: project)))
    let change = Change(id: id, field: .project, old: old, new: new)
    guard old != new, let written = try edit.save(change, author: author.author) else {
      try Output.stdout(EditMessage.alreadyIn(id, project))
      return
    }
    try Output.stdout(
      EditMessage.changed(
        id, ChangeText.line(.project, old: written.old, new: written.new, language: lang.resolved.rawValue)))
  }
}
