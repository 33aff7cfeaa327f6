import RoadmapKit

/// A failure of the model (why a save failed, why the file is read-only, why an edit does
/// not apply) in the interface language, from its structured case.
///
/// The frame the status line already says («Сақталмады (өзгерістер жадта): …», "cannot
/// save …") is not repeated; every place the model names (the file, the lock file, the
/// folder, the id, the value as typed) is kept; the system's refusal (an errno) is said
/// in the language too (`SystemWords`: «рұқсат жоқ», «на диске нет места»).
public enum SaveFailure {
  /// Why a save failed, in `language`.
  public static func words(_ reason: SaveReason, _ language: Language) -> String {
    func say(_ m: Message, _ args: String...) -> String { Catalogue.format(m, language, args) }
    func failure(_ key: FailureText, _ args: String...) -> String {
      Catalogue.fill(Catalogue.failure(key, language), count: nil, args)
    }
    func system(_ s: SystemError?) -> String { s.map { SystemWords.words($0, language) } ?? "" }
    func withSystem(_ step: WriteStep, _ s: SystemError?) -> String {
      let step = words(step, language)
      return s.map { step + ": " + SystemWords.words($0, language) } ?? step
    }
    switch reason {
    case .readOnly(let r): return words(r, language)
    case .changedOnDisk(let path): return say(.reasonChangedOnDisk, path)
    case .keptChanging(let path, _): return say(.reasonKeptChanging, path)
    case .cannotLock(_, let s): return say(.reasonCannotLock, system(s))
    case .stoppedWaiting(let path): return failure(.stoppedWaiting, path)
    case .lockIsSymbolicLink(_, let lock): return failure(.lockIsSymbolicLink, lock)
    case .cannotCreateLock(_, let lock, let s): return failure(.cannotCreateLock, lock, system(s))
    case .write(_, let step, let s): return withSystem(step, s)
    case .history(let path, let step, let s): return failure(.historyFailed, path, withSystem(step, s))
    case .recovery(let path, let step, let s): return failure(.recoveryFailed, path, withSystem(step, s))
    case .unreadable(let e): return LoadFailure.words(e, language)
    case .invalidOnDisk(let path, let e): return failure(.invalidOnDisk, path, LoadFailure.words(e, language))
    case .refused(let e): return EditFailure.words(e, language)
    case .nothingWritten(let inner): return failure(.nothingWritten, words(inner, language))
    case .completeKept(let inner, let complete): return failure(.completeKept, words(inner, language), complete)
    }
  }

  /// Why the file may not be written, in `language`.
  public static func words(_ reason: ReadOnlyReason, _ language: Language) -> String {
    func say(_ m: Message, _ args: String...) -> String { Catalogue.format(m, language, args) }
    switch reason {
    case .mode(let path, let mode): return say(.reasonReadOnly, path, mode)
    case .fileSystem(let path): return say(.reasonReadOnlyFileSystem, path)
    case .notWritable(let path, let mode): return say(.reasonNotWritable, path, mode)
    case .folderNotWritable(let path): return say(.reasonFolderNotWritable, path)
    }
  }

  /// The step of writing a file that failed, in `language`.
  public static func words(_ step: WriteStep, _ language: Language) -> String {
    func t(_ key: FailureText, _ args: String...) -> String {
      Catalogue.fill(Catalogue.failure(key, language), count: nil, args)
    }
    switch step {
    case .createTemporary(let folder): return t(.stepCreateTemporary, folder)
    case .setMode: return t(.stepSetMode)
    case .flush: return t(.stepFlush)
    case .readSize: return t(.stepReadSize)
    case .setLength: return t(.stepSetLength)
    case .write: return t(.stepWrite)
    case .replace: return t(.stepReplace)
    case .openForWriting: return t(.stepOpenForWriting)
    case .rename: return t(.stepRename)
    case .reserve(let bytes): return t(.stepReserve, Formatting.count(bytes, language))
    case .notRegularFile: return t(.stepNotRegularFile)
    case .symbolicLink: return t(.stepSymbolicLink)
    }
  }
}

/// Why an edit does not apply, in the interface language, naming the id and the field.
public enum EditFailure {
  /// `error` in `language`.
  public static func words(_ error: EditError, _ language: Language) -> String {
    func t(_ key: FailureText, _ args: String...) -> String {
      Catalogue.fill(Catalogue.failure(key, language), count: nil, args)
    }
    switch error {
    case .unknownID(let id): return t(.unknownID, id)
    case .noSuchField(let id, let field): return t(.noSuchField, id, field.rawValue)
    case .invalidValue(let field, let reason): return t(.invalidValue, field.rawValue, words(reason, language))
    }
  }

  /// `reason` in `language`.
  public static func words(_ reason: EditReason, _ language: Language) -> String {
    func t(_ key: FailureText, _ args: String...) -> String {
      Catalogue.fill(Catalogue.failure(key, language), count: nil, args)
    }
    switch reason {
    case .mustBeInProject: return t(.mustBeInProject)
    case .statusCodes: return t(.statusCodes)
    case .activityNeedsTitle: return t(.activityNeedsTitle)
    case .wrongKind: return t(.wrongKind)
    case .noDirections: return t(.noDirections)
    case .entryProblem(let p): return p
    case .meetingNeedsIDAndDate: return t(.meetingNeedsIDAndDate)
    case .versions(let v): return t(.versions, v.map(String.init).joined(separator: ", "))
    case .unreadMeetingsMember: return t(.unreadMeetingsMember)
    case .outOfDomain(.actual, let found): return t(.outOfDomainActual, found)
    case .outOfDomain(.plan, let found): return t(.outOfDomainPlan, found)
    case .notANumber: return t(.notANumber)
    case .titleCannotBeRemoved: return t(.titleCannotBeRemoved)
    case .notADate: return t(.notADate)
    case .notAnEntry: return t(.notAnEntry)
    case .projectHasActivities(let id): return t(.projectHasActivities, id)
    case .cannotBeRemoved(let id): return t(.cannotBeRemoved, id)
    case .entryIDMustBe(let id): return t(.entryIDMustBe, id)
    case .idTaken(let id): return t(.idTaken, id)
    case .projectNeedsTitle: return t(.projectNeedsTitle)
    case .newProjectStartsEmpty: return t(.newProjectStartsEmpty)
    case .meetingsNeedVersion2: return t(.meetingsNeedVersion2)
    case .activityNeedsFields: return t(.activityNeedsFields)
    }
  }
}

/// A roadmap that cannot be loaded, in the interface language: its first problem with its
/// place (file:line:column, JSON path, id).
public enum LoadFailure {
  /// `error`'s first problem in `language`.
  public static func words(_ error: RoadmapLoadError, _ language: Language) -> String {
    error.problems.first.map { ProblemWords.line($0, language) } ?? ""
  }
}

/// One problem of a roadmap file as compilers print it, the frame in the interface
/// language: `file:line:col: қате: path (id "x"): message`.
public enum ProblemWords {
  /// One problem's words in `language`, without a place («мұндай файл жоқ»).
  public static func text(_ text: ProblemText, _ language: Language) -> String {
    ProblemTexts.words(text, language)
  }

  /// `problem` in `language`; without `withFile` from its line:column on, for a row that
  /// already names the file.
  public static func line(_ problem: Problem, _ language: Language, withFile: Bool = true) -> String {
    var s = problem.file.isEmpty || !withFile ? "" : problem.file + ":"
    if let location = problem.location { s += "\(location):" }
    if !s.isEmpty { s += " " }
    let severity: FailureText = problem.severity == .error ? .problemError : .problemWarning
    s += Catalogue.failure(severity, language) + ": "
    if !problem.path.isEmpty { s += problem.path }
    if let id = problem.id { s += (problem.path.isEmpty ? "" : " ") + "(id \"\(id)\")" }
    if !problem.path.isEmpty || problem.id != nil { s += ": " }
    return s + (problem.text.map { ProblemTexts.words($0, language) } ?? problem.message)
  }
}
