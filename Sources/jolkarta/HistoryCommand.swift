import ArgumentParser
import RoadmapKit

/// `jolkarta history [ID] [FILE]`: the changes recorded beside a roadmap.
struct History: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Print the history of changes, of one thing or of all.",
    discussion: """
      Only confirmed changes are printed: those that reached the roadmap file (a save \
      interrupted before it replaced the file is left out). A damaged line is reported \
      with its line number on standard error. An addition or removal is shown as \
      "added «title» to PROJECT" / "removed «title» from PROJECT", a move by the projects, \
      figures as written, the roadmap's own fields (as_of) under "roadmap".
      """)

  @Option(name: .customLong("id"), help: "Only this id (an activity, project, indicator…).")
  var idOption: String?

  @Flag(help: "One JSON object a line, with exactly: time, author, id, field, old, new.")
  var json = false

  @Option(help: "The language texts are shown in: kk, ru or en.")
  var lang: LanguageOption?

  @Argument(
    help: ArgumentHelp(
      "An id, then the roadmap file; or only the file.", valueName: "ID|FILE"))
  var words: [String] = []

  func validate() throws {
    if words.count > 2 { throw ValidationError("expected at most an ID and a FILE") }
  }

  func run() throws {
    var file = RoadmapFileArgument.defaultPath
    var id = idOption
    switch words.count {
    case 2: id = words[0]; file = words[1]
    case 1:
      if words[0].hasSuffix(".json") || words[0].contains("/") {
        file = words[0]
      } else {
        id = words[0]
      }
    default: break
    }
    for note in AtomicFile.recoverInterrupted(of: file) { printError("jolkarta: \(note)") }
    let (entries, problems) = RoadmapStore(path: file).readHistory()
    for p in problems { printError(p.description) }
    // One write for the whole listing: a line at a time would be a system call each.
    var out = ""
    CLILanguage.use(lang)
    let language = LanguageOption.resolve(lang).rawValue
    for e in entries where id == nil || e.id == id {
      if json {
        out += String(decoding: JSONWriter.compactBytes(e.json), as: UTF8.self) + "\n"
      } else {
        let change = ChangeText.line(e.field, old: e.old, new: e.new, language: language)
        out += "\(e.time)  \(e.author)  \(EditMessage.subject(e.id))  \(change)\n"
      }
    }
    try Output.stdout(out)
  }
}
