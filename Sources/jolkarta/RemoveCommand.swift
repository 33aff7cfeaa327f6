import ArgumentParser
import RoadmapKit

/// `jolkarta remove ID [FILE]`: an activity, or a project that is empty.
struct Remove: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove an activity, or a project that is empty; prints what was removed.",
    discussion: """
      A project is removed only when it has no activities and no indicators. The \
      removal is saved atomically under a lock and appended to the history file, with the \
      whole activity, so that the history says what it was.

      Exit status: 0 removed (or already gone); 1 the file cannot be read, is invalid or \
      cannot be written, the id is unknown, or it is not an activity or an empty project; 2 usage.
      """)

  @Argument(help: "The activity's or project's id.")
  var id: String

  @OptionGroup var roadmap: RoadmapFileArgument

  @Option(help: "The language of the removed title and the messages: kk, ru or en.")
  var lang: LanguageOption?

  @OptionGroup var author: AuthorOption

  func run() throws {
    CLILanguage.use(lang)
    let edit = try RoadmapEdit(file: roadmap.file)
    let thing = try edit.thing(id, nearest: edit.roadmap.ids(of: [.activity, .project]))
    switch thing {
    case .activity: break
    case .project(let d, let p):
      let project = edit.roadmap.directions[d].projects[p]
      guard project.activities.isEmpty, project.indicators.isEmpty else {
        throw failure(
          EditMessage.projectNotEmpty(
            edit.file, id, activities: project.activities.count,
            indicators: project.indicators.count))
      }
    default: throw failure(EditMessage.cannotRemove(edit.file, id, ThingKind(thing)))
    }
    guard case .entry(let entry)?? = edit.roadmap.value(of: .entry, id: id),
      try edit.save(
        Change(id: id, field: .entry, old: .entry(entry), new: nil), author: author.author) != nil
    else {
      try Output.stdout(EditMessage.alreadyRemoved(id))
      return
    }
    try Output.stdout(
      EditMessage.removed(id, ChangeText.title(entry, LanguageOption.resolve(lang).rawValue)))
  }
}
