import ArgumentParser
import RoadmapKit

/// `jolkarta history [ID] [FILE]`: the changes recorded beside a roadmap.
struct History: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the history of changes, of one activity or of all.")

  @Option(name: .customLong("id"), help: "Only this activity.")
  var idOption: String?

  @Argument(help: ArgumentHelp("An activity id, then the roadmap file; or only the file.", valueName: "ID|FILE"))
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
      if words[0].hasSuffix(".json") || words[0].contains("/") { file = words[0] } else { id = words[0] }
    default: break
    }
    let store = RoadmapStore(path: file)
    let (entries, problems) = HistoryEntry.read(path: store.historyPath)
    for p in problems { printError(p.description) }
    for e in entries where id == nil || e.id == id {
      print("\(e.time)  \(e.author)  \(e.id)  \(e.field.rawValue): \(e.old?.description ?? "—") → \(e.new?.description ?? "—")")
    }
  }
}
