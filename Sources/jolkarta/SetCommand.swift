import ArgumentParser
import RoadmapKit

/// `jolkarta set ID FIELD VALUE [FILE]`: one field of one thing, through the model's save.
struct SetField: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract:
      "Set one field of an activity, project, direction or indicator, or the roadmap's as_of day.",
    usage: """
      jolkarta set <id> <field> <value> [<file>] [--lang <lang>] [--author <author>]
      jolkarta set as_of <date> [<file>] [--author <author>]
      """,
    discussion: """
      Fields:
        activity   status (done, in_progress, pending), title, owner, due, note
        project    title
        direction  title
        indicator  title, actual, plan
        roadmap    as_of: jolkarta set as_of 2024-05-30 (or: set "" as_of 2024-05-30)

      Values are read as people type them: dates YYYY-MM-DD; figures `1 710`, `5,6` or \
      `5.6` (actual 0 or greater, plan greater than 0). An empty value ('') removes \
      note, owner, due and plan; `none` removes due and plan too. A title or note sets \
      one translation: --lang's, else the interface language's (JOLKARTA_LANG, the \
      locale; a plain text counts as Kazakh). An owner that is one of the file's owners \
      (in any of its translations) keeps that owner's translations.

      A value that starts with -- goes after --: jolkarta set ID note -- '--text'. The \
      change is saved atomically under a lock and appended to the history file; a value \
      that is already there writes nothing.

      Exit status: 0 changed, or already so; 1 the file cannot be read, is invalid or \
      cannot be written, the id is unknown, or the thing has no such field; 2 usage: an \
      unknown field, or a value the field cannot hold.
      """)

  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp("ID FIELD VALUE [FILE], or as_of DATE [FILE].", valueName: "words"))
  var words: [String] = []

  @Option(help: "The translation a title or note sets: kk, ru or en.")
  var lang: LanguageOption?

  @OptionGroup var author: AuthorOption

  func validate() throws {
    let request = try SetRequest(words: words)
    if lang != nil, request.field != .title, request.field != .note {
      throw ValidationError(EditMessage.langOnlyForTexts)
    }
  }

  func run() throws {
    CLILanguage.use(lang)
    let request = try SetRequest(words: words)
    let edit = try RoadmapEdit(file: request.file)
    let id = request.id
    let field = request.field
    let roadmap = edit.roadmap
    let thing = try edit.thing(id, nearest: roadmap.allIDs.filter { roadmap.has(field, $0) })
    guard case .some(let old) = roadmap.value(of: field, id: id) else {
      let has = SetRequest.fields.filter { roadmap.has($0, id) }
      throw failure(EditMessage.noSuchField(edit.file, id, ThingKind(thing), field, has: has))
    }
    let language = LanguageOption.resolve(lang)
    let new = request.fieldValue(old: old, language: language, explicit: lang != nil, in: edit)
    let shownIn = language.rawValue
    guard new != old,
      let written = try edit.save(
        Change(id: id, field: field, old: old, new: new), author: author.author)
    else {
      // The file's own spelling (`7`, not the `7,0` typed), or what another writer saved.
      let there = new == old ? old : new
      try Output.stdout(EditMessage.already(id, field, there.map { ChangeText.shown($0, shownIn) }))
      return
    }
    try Output.stdout(
      EditMessage.changed(
        id, ChangeText.line(field, old: written.old, new: written.new, language: shownIn)))
  }
}
