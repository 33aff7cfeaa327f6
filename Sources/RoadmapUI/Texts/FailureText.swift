/// The key of one text that words a failure of the model (`SaveReason`, `WriteStep`,
/// `EditReason`) in the interface language; `SaveFailure` and `EditFailure` fill them.
///
/// In tables of their own (`FailureTexts.swift`) so that the screens' catalogues stay of a
/// readable size; a test checks each key in every language. The system's refusal (an
/// errno) is said in the language by `SystemWords`.
public enum FailureText: String, CaseIterable, Sendable, Hashable {
  /// Saving: `{}` the file, the lock file, the folder, the step, the system's words.
  case stoppedWaiting, lockIsSymbolicLink, cannotCreateLock, writeFailed, historyFailed
  case recoveryFailed, invalidOnDisk, completeKept
  /// The steps of writing a file.
  case stepCreateTemporary, stepSetMode, stepFlush, stepReadSize, stepSetLength, stepWrite
  case stepReplace, stepOpenForWriting, stepRename, stepReserve, stepNotRegularFile
  case stepSymbolicLink
  /// Edits: `{}` the id, the field, the value as typed.
  case unknownID, noSuchField, invalidValue
  case mustBeInProject, statusCodes, activityNeedsTitle, wrongKind, noDirections
  case meetingNeedsIDAndDate, versions, unreadMeetingsMember, outOfDomainActual
  case outOfDomainPlan, notANumber, titleCannotBeRemoved, notADate, notAnEntry
  case projectHasActivities, cannotBeRemoved, entryIDMustBe, idTaken, projectNeedsTitle
  case newProjectStartsEmpty, meetingsNeedVersion2, activityNeedsFields
  /// A problem of a roadmap file: its severity.
  case problemError, problemWarning
  /// The command line's frame of a failed save: `{}` the file, then the reason.
  case notSaved
  /// A save that stopped before writing anything: `{}` the reason.
  case nothingWritten
}

extension Catalogue {
  /// The template of `key` in `language`.
  public static func failure(_ key: FailureText, _ language: Language) -> String {
    let table: [FailureText: String]
    switch language {
    case .kk: table = kazakhFailures
    case .ru: table = russianFailures
    case .en: table = englishFailures
    }
    return table[key] ?? englishFailures[key] ?? key.rawValue
  }

  /// `key`'s template in `language` with each `{}` the next of `arguments`, each inserted
  /// once (a `{}` in a file name stays as it is).
  public static func failure(_ key: FailureText, _ language: Language, _ arguments: [String]) -> String {
    fill(failure(key, language), count: nil, arguments)
  }

  /// The table of one language.
  public static func failureTable(_ language: Language) -> [FailureText: String] {
    switch language {
    case .kk: return kazakhFailures
    case .ru: return russianFailures
    case .en: return englishFailures
    }
  }
}
