import ArgumentParser
import RoadmapUI
import RoadmapKit

/// `jolkarta add activity|project …`: a new thing, whose id alone is printed.
struct Add: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "add",
      abstract: HelpText.addAbstract.said,
      discussion: HelpText.addDiscussion.said,
      subcommands: [AddActivity.self, AddProject.self])
  }

  /// The usage error for `jolkarta add` alone or with a mistyped kind (`add activty`);
  /// nil for anything else.
  ///
  /// Looked at before parsing: argument-parser shows the help with status 0 for the one,
  /// and only "Unknown option '--project'" for the other.
  static func misspeltKind(_ arguments: [String]) -> String? {
    guard arguments.first == "add" else { return nil }
    guard let word = arguments.dropFirst().first else { return EditMessage.addWhat }
    let kinds = configuration.subcommands.map { $0._commandName }
    if word.hasPrefix("-") || word == "help" || kinds.contains(word) { return nil }
    return EditMessage.unknownKind(word, nearest: Suggestions.nearest(to: word, among: kinds))
  }
}

/// What both additions take besides their own options.
struct AddOptions: ParsableArguments {
  @Option(help: HelpText.addTitle.help)
  var title: String

  @OptionGroup var lang: LanguageGroup

  @OptionGroup var roadmap: RoadmapFileArgument

  @OptionGroup var author: AuthorOption

  func validate() throws {
    if title.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(EditMessage.emptyTitle)
    }
  }

  /// The title as given.
  var text: LocalizedText { typedText(title.trimmingCharacters(in: .whitespaces), language: lang.option) }

  /// Saves the entry `make` builds for the roadmap, and prints its id.
  func add(_ make: (RoadmapEdit) throws -> Entry) throws {
    let edit = try RoadmapEdit(file: roadmap.file)
    let entry = try make(edit)
    // Another writer may have taken the id meanwhile: the store gives the next one.
    let written = try edit.save(
      Change(id: entry.id, field: .entry, old: nil, new: .entry(entry)), author: author.author)
    try Output.stdout(EditMessage.added(written?.id ?? entry.id))
  }
}

/// `jolkarta add activity --project ID --title TEXT [--owner …] [--due …] [--status …] [FILE]`.
struct AddActivity: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "activity",
      abstract: HelpText.addActivityAbstract.said,
      discussion:
        HelpText.addActivityDiscussion.said)
  }

  @Option(help: HelpText.addProject.help)
  var project: String

  @Option(help: HelpText.addOwner.help)
  var owner: String?

  @Option(help: HelpText.addDue.help)
  var due: String?

  @Option(help: HelpText.addStatus.help)
  var status: String?

  @OptionGroup var options: AddOptions

  func validate() throws {
    if let due { _ = try SetRequest.day(due, of: .due) }
    if let status { _ = try SetRequest.status(status) }
  }

  func run() throws {
    try options.add { edit in
      _ = try edit.thing(project, of: .project)
      let id = edit.roadmap.newActivityID(inProject: project)
      let owner = owner.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap {
        $0.isEmpty ? nil : edit.owner($0)
      }
      return Entry.newActivity(
        id: id, project: project, after: edit.lastActivity(of: project), title: options.text,
        status: try status.map(SetRequest.status) ?? .pending, owner: owner,
        due: try due.map { try SetRequest.day($0, of: .due) })
    }
  }
}

/// `jolkarta add project --direction ID --title TEXT [FILE]`.
struct AddProject: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "project",
      abstract: HelpText.addProjectAbstract.said,
      discussion: HelpText.addProjectDiscussion.said)
  }

  @Option(help: HelpText.addDirection.help)
  var direction: String

  @OptionGroup var options: AddOptions

  func run() throws {
    try options.add { edit in
      _ = try edit.thing(direction, of: .direction)
      let last = edit.roadmap.directions.first { $0.id == direction }?.projects.last?.id
      return Entry.newProject(
        id: edit.roadmap.newProjectID(inDirection: direction), direction: direction, after: last,
        title: options.text)
    }
  }
}
