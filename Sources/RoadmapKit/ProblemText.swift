/// What is wrong in a roadmap file, as a case with its values and no words of any
/// language: RoadmapUI's `ProblemWords` words it in the interface language, `english`
/// is `Problem.message`. A value shown is as the file writes it (`describeValue`).
public enum ProblemText: Sendable, Hashable {
  case requiredMissing(field: String)
  case idNotString(found: String)
  /// `firstLocation` is "3:7", or "" when the text has no places.
  case duplicateID(String, firstPath: String, firstLocation: String)
  case translationNotString(found: String, language: String)
  case notText(found: String)
  case notPluralText(found: String)
  case translationWithoutLanguage(found: String)
  case translationNotForms(found: String, language: String)
  case unknownPluralForm(found: String, allowed: String)
  case pluralFormNotString(found: String, form: String)
  case notFiniteNumber(found: String)
  case outOfDomain(NumberDomain, found: String)
  case notADate(found: String)
  case notAYear(found: String)
  case notAnObject(what: String, found: String)
  case wrongFormat(found: String)
  case unsupportedVersion(found: String, versions: [Int])
  case notTexts(found: String)
  case dueOutsidePeriod(due: String, start: Int, end: Int)
  case invalidStatus(found: String)
  case notAnArray(found: String)
  case startAfterEnd(start: Int, end: Int)
  /// Reading the file: it is missing, unreadable, a folder.
  case noSuchFile, cannotReadPermission, isFolder
  /// `open`/`read` failed: the system's refusal.
  case cannotOpen(system: SystemError), cannotRead(system: SystemError)
  /// The text is not JSON: the parser's detail (in English, with its places).
  case malformedJSON(detail: String)
  case loadingCancelled, structureNotReadable

  /// In English, as `Problem.message` says it.
  public var english: String {
    switch self {
    case .requiredMissing(let f): return "required field \"\(f)\" is missing"
    case .idNotString(let v): return "\"id\" must be a non-empty string, found \(v)"
    case .duplicateID(let id, let path, let loc):
      return "duplicate id \"\(id)\": already used by \(path)\(loc.isEmpty ? "" : " at " + loc); ids must be unique across the file"
    case .translationNotString(let v, let l):
      return "each translation must be a string under a language code, found \(v) under \"\(l)\""
    case .notText(let v):
      return "must be a string or an object of language code to string (e.g. {\"kk\": \"…\", \"ru\": \"…\"}), found \(v)"
    case .notPluralText(let v):
      return "must be a string or an object of language code to a string or to plural forms (e.g. {\"kk\": \"…\", \"ru\": {\"one\": \"…\", \"few\": \"…\", \"many\": \"…\"}}), found \(v)"
    case .translationWithoutLanguage(let v): return "each translation must be under a language code, found \(v) under \"\""
    case .translationNotForms(let v, let l):
      return "each translation must be a string or an object of plural forms (e.g. {\"one\": \"…\", \"other\": \"…\"}), found \(v) under \"\(l)\""
    case .unknownPluralForm(let v, let allowed): return "plural form \(v) is not one of \(allowed)"
    case .pluralFormNotString(let v, let f): return "each plural form must be a string, found \(v) under \"\(f)\""
    case .notFiniteNumber(let v): return "must be a finite number, found \(v)"
    case .outOfDomain(let d, let v): return "must be \(d.allowed), found \(v)"
    case .notADate(let v): return "must be a real date written YYYY-MM-DD, found \(v)"
    case .notAYear(let v): return "must be a year (a whole number from 1 to 9999), found \(v)"
    case .notAnObject(let what, let v): return "\(what) must be an object, found \(v)"
    case .wrongFormat(let v): return "\"format\" must be \"jolkarta-roadmap\", found \(v)"
    case .unsupportedVersion(let v, _): return "unsupported \"version\" \(v); this jolkarta reads \(FormatRules.versionsText)"
    case .notTexts(let v): return "must be an array of texts, found \(v)"
    case .dueOutsidePeriod(let due, let s, let e): return "due date \(due) is outside the programme period \(s)–\(e)"
    case .invalidStatus(let v): return "invalid status \(v); allowed: \"done\", \"in_progress\", \"pending\""
    case .notAnArray(let v): return "must be an array, found \(v)"
    case .startAfterEnd(let s, let e): return "\"start\" (\(s)) is after \"end\" (\(e))"
    case .noSuchFile: return "no such file"
    case .cannotReadPermission: return "permission denied: the file cannot be read"
    case .isFolder: return "is a folder, not a roadmap file"
    case .cannotOpen(let s): return "cannot open: \(s)"
    case .cannotRead(let s): return "cannot read: \(s)"
    case .malformedJSON(let d): return "malformed JSON: \(d)"
    case .loadingCancelled: return "loading was cancelled"
    case .structureNotReadable: return "cannot read this roadmap: its structure is not one this version of jolkarta reads"
    }
  }
}
