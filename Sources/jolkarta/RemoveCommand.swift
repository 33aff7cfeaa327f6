import ArgumentParser
import RoadmapUI
import RoadmapKit

/// `jolkarta remove ID [FILE]`: an activity, or a project that is empty.
struct Remove: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "remove",
      abstract: HelpText.removeAbstract.said,
      discussion: HelpText.removeDiscussion.said)
  }

  @Argument(help: HelpText.removeID.help)
  var id: String

  @OptionGroup var roadmap: RoadmapFileArgument

  @OptionGroup var lang: LanguageGroup

  @OptionGroup var author: AuthorOption

  func run() throws {
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
      EditMessage.removed(id, ChangeText.title(entry, lang.resolved.rawValue)))
  }
}
