import ArgumentParser
import RoadmapUI

/// `jolkarta keys`: the dashboard's key bindings, from the same table that dispatches them.
struct Keys: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "keys", abstract: HelpText.keysAbstract.said)
  }

  @OptionGroup var lang: LanguageGroup

  func run() throws {
    try Output.stdout(Self.markdown(language: lang.language))
  }

  /// One row per binding, in table order: keys, what they do, where and when they work,
  /// every word in `language` (the places as the catalogue names them, not the code's).
  static func markdown(language: Language) -> String {
    func say(_ key: HelpText) -> String { Catalogue.help(key, language) }
    let headings = [HelpText.keysHeadingKeys, .keysHeadingWhat, .keysHeadingWhere, .keysHeadingWhen]
    var out = "| " + headings.map(say).joined(separator: " | ") + " |\n| --- | --- | --- | --- |\n"
    // Keys by what their caps say in Kazakh and Russian (Ctrl+R, Shift+Tab, Бос орын), as
    // the help screen shows them; English keeps the terminal names (^R, S-Tab, Space).
    let painter = Painter(theme: Theme(asciiOnly: false, colors: false), language: language)
    for b in KeyTable.all {
      let keys = painter.keyLabel(KeyTable.label(b, asciiOnly: false)).replacingOccurrences(of: "|", with: "\\|")
      let places = KeyContext.allCases.filter { b.contexts.contains($0) }.map { say(place($0)) }
      let when = Catalogue.text(b.requires.description, language)
      out += "| `\(keys)` | \(Catalogue.text(b.help, language)) | \(places.joined(separator: ", ")) | \(when) |\n"
    }
    return out
  }

  /// The catalogue's name of a place where keys work.
  static func place(_ context: KeyContext) -> HelpText {
    switch context {
    case .overview: return .placeOverview
    case .direction: return .placeDirection
    case .project: return .placeProject
    case .activity: return .placeActivity
    case .agencies: return .placeAgencies
    case .agency: return .placeAgency
    case .search: return .placeSearch
    case .help: return .placeHelp
    case .trend: return .placeTrend
    case .ownerPicker: return .placeOwnerPicker
    case .lineEditor: return .placeLineEditor
    case .ownerEditor: return .placeOwnerEditor
    case .carryOverPreview: return .placeCarryOver
    case .conflict: return .placeConflict
    case .bulkConfirm: return .placeBulkConfirm
    case .quitQuestion: return .placeQuitQuestion
    case .recoveryQuestion: return .placeRecoveryQuestion
    case .form: return .placeForm
    case .projectPicker: return .placeProjectPicker
    case .removeQuestion: return .placeRemoveQuestion
    case .searchList: return .placeSearchList
    case .national: return .placeNational
    case .nationalDirections: return .placeSharedDirections
    case .nationalDirection: return .placeDirectionAcross
    }
  }
}
