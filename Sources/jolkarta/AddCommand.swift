import ArgumentParser
import RoadmapKit

/// `jolkarta add activity|project …`: a new thing, whose id alone is printed.
struct Add: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add an activity to a project, or a project to a direction; prints the new id.",
    discussion: """
      Only the new id is printed on standard output, so that scripts can use it: \
      id=$(jolkarta add activity --project d1.schools --title "…"). The id continues the \
      project's numbering (d1.schools.12 after d1.schools.11). The addition is saved \
      atomically under a lock and appended to the history file.

      Exit status: 0 added; 1 the file cannot be read, is invalid or cannot be written, \
      or the project or direction is unknown; 2 usage.
      """,
    subcommands: [AddActivity.self, AddProject.self])

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
  @Option(help: "The title.")
  var title: String

  @Option(help: "The title's language, kk, ru or en (without it: a plain text).")
  var lang: LanguageOption?

  @OptionGroup var roadmap: RoadmapFileArgument

  @OptionGroup var author: AuthorOption

  func validate() throws {
    if title.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(EditMessage.emptyTitle)
    }
  }

  /// The title as given.
  var text: LocalizedText { typedText(title.trimmingCharacters(in: .whitespaces), language: lang) }

  /// Saves the entry `make` builds for the roadmap, and prints its id.
  func add(_ make: (RoadmapEdit) throws -> Entry) throws {
    CLILanguage.use(lang)
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
  static let configuration = CommandConfiguration(
    commandName: "activity",
    abstract: "Add an activity at the end of a project; prints its id.",
    discussion:
      "Pending unless --status says otherwise. Exit status: 0 added; 1 runtime failure; 2 usage.")

  @Option(help: "The project's id.")
  var project: String

  @Option(help: "The responsible agency (one of the file's owners keeps its translations).")
  var owner: String?

  @Option(help: "The due date, YYYY-MM-DD.")
  var due: String?

  @Option(help: "done, in_progress or pending (the default).")
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
  static let configuration = CommandConfiguration(
    commandName: "project",
    abstract: "Add an empty project at the end of a direction; prints its id.",
    discussion: "Exit status: 0 added; 1 runtime failure; 2 usage.")

  @Option(help: "The direction's id.")
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
