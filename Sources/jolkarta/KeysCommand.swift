import ArgumentParser
import RoadmapUI

/// `jolkarta keys`: the dashboard's key bindings, from the same table that dispatches them.
struct Keys: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "Print the dashboard's key bindings as a Markdown table.")

  @Option(help: "Language of the help texts: kk, ru or en.")
  var lang: LanguageOption?

  func run() throws {
    let language = Language(code: LanguageOption.resolve(lang).rawValue) ?? .kk
    try Output.stdout(Self.markdown(language: language))
  }

  /// One row per binding, in table order: keys, what they do, where and when they work.
  static func markdown(language: Language) -> String {
    var out = "| keys | what they do | where | when |\n| --- | --- | --- | --- |\n"
    for b in KeyTable.all {
      let keys = KeyTable.label(b, asciiOnly: false).replacingOccurrences(of: "|", with: "\\|")
      let contexts = KeyContext.allCases.filter { b.contexts.contains($0) }.map { "\($0)" }
      let when = Catalogue.text(b.requires.description, language)
      out += "| `\(keys)` | \(Catalogue.text(b.help, language)) | \(contexts.joined(separator: ", ")) | \(when) |\n"
    }
    return out
  }
}
