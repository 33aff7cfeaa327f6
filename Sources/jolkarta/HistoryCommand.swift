import ArgumentParser
import RoadmapUI
import RoadmapKit

/// `jolkarta history [ID] [FILE]`: the changes recorded beside a roadmap.
struct History: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "history",
      abstract: HelpText.historyAbstract.said,
      discussion: HelpText.historyDiscussion.said)
  }

  @Option(name: .customLong("id"), help: HelpText.historyID.help)
  var idOption: String?

  @Flag(help: HelpText.historyJSON.help)
  var json = false

  @OptionGroup var lang: LanguageGroup

  @Argument(
    help: ArgumentHelp(
      HelpText.historyWords.said, valueName: "ID|FILE"))
  var words: [String] = []

  func validate() throws {
    if words.count > 2 { throw ValidationError(Said(
      kk: "ең көбі бір ID және бір FILE күтілді", ru: "ожидается не больше одного ID и одного FILE",
      en: "expected at most an ID and a FILE").text) }
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
    for note in AtomicFile.recoverInterrupted(of: file) { printError("jolkarta: " + RecoveryWords.said(note, CLILanguage.current)) }
    let (entries, problems) = RoadmapStore(path: file).readHistory()
    for p in problems { printError(CLIWords.problems([p])) }
    // One write for the whole listing: a line at a time would be a system call each.
    var out = ""
    let language = lang.resolved.rawValue
    for e in entries where id == nil || e.id == id {
      if json {
        out += String(decoding: JSONWriter.compactBytes(e.json), as: UTF8.self) + "\n"
      } else {
        let change = ChangeText.line(e.field, old: e.old, new: e.new, language: language)
        // The time as the history screen shows it: local, to the minute (the file and
        // `--json` keep it in UTC, as written).
        out += "\(Formatting.localTime(e.time))  \(e.author)  \(EditMessage.subject(e.id))  \(change)\n"
      }
    }
    try Output.stdout(out)
  }
}
