/// The key of one text of the command line's `--help`: abstracts, discussions, the help of
/// options and arguments, and the few words argument-parser itself prints.
///
/// Kept apart from `Message` because only the `jolkarta` command shows them, and in three
/// tables of their own (`Catalogue.kazakhHelp`, `russianHelp`, `englishHelp`) so the
/// screens' catalogues stay of a readable size. A test checks each key has a text in every
/// language.
public enum HelpText: String, CaseIterable, Sendable, Hashable {
  /// The root command and the options every command shares.
  case rootAbstract, rootDiscussion, fileArgument, langOption, authorOption
  /// `open`, `summary`, `validate`, `keys`, `init`, `generate`.
  case openAbstract, openReadOnly, openToday, summaryAbstract, summaryJSON, summaryDiscussion
  case validateAbstract, validateDiscussion, validateFiles, keysAbstract
  case initAbstract, initFile, initForce
  case generateAbstract, generateActivities, generateSeed, generateOutput
  /// Edits: `set-status`, `set`, `add`, `remove`, `move`.
  case setStatusAbstract, setStatusDiscussion, activityID, newStatus
  case setAbstract, setDiscussion, setWords
  case addAbstract, addDiscussion, addTitle, addActivityAbstract, addActivityDiscussion
  case addProject, addOwner, addDue, addStatus, addProjectAbstract, addProjectDiscussion
  case addDirection, removeAbstract, removeDiscussion, removeID
  case moveAbstract, moveDiscussion, moveTo
  /// `history`, `present`, `meeting`.
  case historyAbstract, historyDiscussion, historyID, historyJSON, historyWords
  case presentAbstract, presentDiscussion, presentInterval
  case meetingAbstract, meetingListAbstract, meetingListDiscussion, meetingListJSON
  case meetingAddAbstract, meetingAddDiscussion, meetingDate, meetingChair, meetingReporter
  case meetingSpeaker, meetingDecision, meetingCarryOver
  /// `jolkarta keys`: the table's headings and the places where a key works.
  case keysHeadingKeys, keysHeadingWhat, keysHeadingWhere, keysHeadingWhen
  case placeOverview, placeDirection, placeProject, placeActivity, placeAgencies, placeAgency
  case placeSearch, placeHelp, placeTrend, placeOwnerPicker, placeLineEditor, placeOwnerEditor
  case placeCarryOver, placeConflict, placeBulkConfirm, placeQuitQuestion, placeRecoveryQuestion
  case placeForm, placeProjectPicker, placeRemoveQuestion, placeSearchList
  // national
  case placeNational, placeSharedDirections, placeDirectionAcross
  /// What argument-parser prints around them: section headings and its own options.
  case overviewHeading, defaultValue, possibleValues
  case usageHeading, argumentsHeading, optionsHeading, subcommandsHeading, showHelp
  case showVersion, seeSubcommandHelp
  /// argument-parser's `<subcommand>` in a usage line (its "(default)" mark gives way:
  /// the default command's abstract says it in words).
  case subcommandWord
  /// Sharing through git: `open --sync`, `sync`, `git setup`, `git init`, `merge-driver`.
  case openSync, syncAbstract, syncDiscussion, gitAbstract, gitSetupAbstract, gitSetupDiscussion
  case gitInitAbstract, gitInitDiscussion, gitRemote, mergeDriverAbstract, mergeDriverDiscussion
  case mergeDriverHistory, mergeDriverBase, mergeDriverOurs, mergeDriverTheirs, mergeDriverPath
  // national report
  case reportFolder, presentFolder, syncFolder, gitFolder
  /// The man page (`jolkarta manual`): its NAME and DESCRIPTION headings and the command's
  /// own help.
  case manName, manDescription, manualAbstract
  /// A usage error as argument-parser prints it: its line heads and its own messages
  /// (`{}` the argument or option as typed).
  case errorLine, helpLine, usageLine, seeMore, missingArgument, unknownOption
  case unexpectedArgument, missingValue, invalidValueFor, orWord
  // i12
  /// `export`, `report` (and `present`'s `--since`/`--compare`), `import`: their own tables,
  /// `Catalogue.outputHelp`.
  case exportAbstract, exportDiscussion, exportFormat, outputOption, exportLang, delimiterOption
  case reportAbstract, reportDiscussion, reportFormat, reportLang, reportTable, reportAnnex
  case reportMinutesNumber, sinceOption, compareOption
  case importAbstract, importDiscussion, importFile, importOutput, importForce, importMap
  case importTitle, importRegion, importAsOf, importLang
}

extension Catalogue {
  /// The text of `key` in `language` (the English one if a table lacked it, which a test
  /// forbids).
  public static func help(_ key: HelpText, _ language: Language) -> String {
    let table: [HelpText: String]
    switch language {
    case .kk: table = kazakhHelp
    case .ru: table = russianHelp
    case .en: table = englishHelp
    }
    return table[key] ?? outputHelp(language)[key] ?? englishHelp[key] ?? englishOutputHelp[key] ?? key.rawValue
  }

  /// The table of one language.
  public static func helpTable(_ language: Language) -> [HelpText: String] {
    let main: [HelpText: String]
    switch language {
    case .kk: main = kazakhHelp
    case .ru: main = russianHelp
    case .en: main = englishHelp
    }
    return main.merging(outputHelp(language)) { mine, _ in mine }
  }
}
