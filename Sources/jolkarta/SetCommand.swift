import ArgumentParser
import RoadmapUI
import RoadmapKit

/// `jolkarta set ID FIELD VALUE [FILE]`: one field of one thing, through the model's save.
struct SetField: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "set",
      abstract:
        HelpText.setAbstract.said,
      usage: """
        jolkarta set <id> <field> <value> [<file>] [--lang <lang>] [--author <author>]
        jolkarta set as_of <date> [<file>] [--author <author>]
        """,
      discussion: HelpText.setDiscussion.said)
  }

  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(HelpText.setWords.said, valueName: "words"))
  var words: [String] = []

  @OptionGroup var lang: LanguageGroup

  @OptionGroup var author: AuthorOption

  func validate() throws {
    let request = try SetRequest(words: words)
    if lang.option != nil, request.field != .title, request.field != .note {
      throw ValidationError(EditMessage.langOnlyForTexts)
    }
  }

  func run() throws {
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
    let language = lang.resolved
    let new = request.fieldValue(old: old, language: language, explicit: lang.option != nil, in: edit)
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
