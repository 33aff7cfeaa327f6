import ArgumentParser
import RoadmapKit

/// `jolkarta move ID --to PROJECT [FILE]`: an activity to the end of another project.
struct Move: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "move",
    abstract: "Move an activity to the end of another project.",
    discussion: """
      The activity goes whole: every field, and members jolkarta does not know, move \
      with it. The move is saved atomically under a lock and appended to the history file.

      Exit status: 0 moved, or already in that project; 1 the file cannot be read, is \
      invalid or cannot be written, or an id is unknown or not an activity / a project; 2 usage.
      """)

  @Argument(help: "The activity's id.")
  var id: String

  @Option(name: .customLong("to"), help: "The project it goes to.")
  var project: String

  @OptionGroup var roadmap: RoadmapFileArgument

  @OptionGroup var author: AuthorOption

  @Option(help: "The language of messages: kk, ru or en (default: the interface language).")
  var lang: LanguageOption?

  func run() throws {
    CLILanguage.use(lang)
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
        id, ChangeText.line(.project, old: written.old, new: written.new, language: LanguageOption.resolve(lang).rawValue)))
  }
}
