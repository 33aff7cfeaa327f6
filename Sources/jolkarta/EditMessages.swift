import RoadmapKit

/// The words of the editing commands (`set`, `add`, `remove`, `move`), in one place.
///
/// English for now; every one of them is printed through `Output`, which makes ids,
/// titles and values from the file inert on a terminal.
enum EditMessage {
  // MARK: - Shared

  /// "FILE: no such id "d2.auyl_amanaty.7"; did you mean d2.auyl_amanaty.07?"
  static func noSuchID(_ file: String, _ id: String, nearest: [String]) -> String {
    "\(file): no such id \"\(id)\"" + didYouMean(nearest)
  }

  /// "; did you mean a?", "; did you mean a or b?", "" when there is nothing near.
  static func didYouMean(_ words: [String]) -> String {
    guard let last = words.last else { return "" }
    let list = words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
    return "; did you mean \(list)?"
  }

  /// " (did you mean a?)", "" when there is nothing near.
  static func didYouMeanAside(_ words: [String]) -> String {
    words.isEmpty ? "" : " (" + didYouMean(words).dropFirst(2) + ")"
  }

  /// How a thing is named in a message: its id, or "roadmap" for the roadmap itself.
  static func subject(_ id: String) -> String { id.isEmpty ? "roadmap" : id }

  /// "FILE: d1 is a direction, not a project".
  static func wrongKind(_ file: String, _ id: String, is kind: ThingKind, expected: String)
    -> String
  {
    "\(file): \(subject(id)) is \(kind.name), not \(expected)"
  }

  /// The thing was removed from the file on disk between reading it and saving.
  static func goneOnDisk(_ file: String, _ id: String) -> String {
    "\(file): \(subject(id)) was removed from the file meanwhile; nothing written"
  }

  /// A change the model refused (its own words).
  static func refused(_ file: String, _ error: EditError) -> String { "\(file): \(error)" }

  // MARK: - set

  /// "d1.schools.03 status: in_progress → done".
  static func changed(_ id: String, _ line: String) -> String { "\(subject(id)) \(line)\n" }

  /// "d1.schools.03 status is already done; nothing written".
  static func already(_ id: String, _ field: Field, _ value: String?) -> String {
    "\(subject(id)) \(field.rawValue) is already \(value ?? "empty"); nothing written\n"
  }

  /// "FILE: d1.schools (a project) has no field status; it has: title".
  static func noSuchField(
    _ file: String, _ id: String, _ kind: ThingKind, _ field: Field, has: [Field]
  ) -> String {
    "\(file): \(subject(id)) (\(kind.name)) has no field \(field.rawValue); it has: "
      + has.map(\.rawValue).joined(separator: ", ")
  }

  /// An unknown field name, with the nearest ones and all of them.
  static func unknownField(_ word: String, nearest: [String], all: [Field]) -> String {
    "unknown field \"\(word)\"" + didYouMean(nearest) + " The fields: "
      + all.map(\.rawValue).joined(separator: ", ")
  }

  /// A field that has its own command.
  static func fieldHasItsCommand(_ field: Field) -> String {
    switch field {
    case .project: return "an activity changes project with `jolkarta move ID --to PROJECT`"
    case .entry: return "things are added with `jolkarta add` and removed with `jolkarta remove`"
    default: return "\(field.rawValue) is not set from the command line"
    }
  }

  /// "actual must be a number 0 or greater, found "-3"".
  static func badValue(_ field: Field, mustBe: String, found: String, nearest: [String] = [])
    -> String
  {
    "\(field.rawValue) must be \(mustBe), found \"\(found)\"" + didYouMean(nearest)
  }

  /// `jolkarta set as_of` without a date, or a field without a value.
  static func missingValue(_ field: Field) -> String {
    "missing the value of \(field.rawValue) (an empty value '' removes note, owner, due and plan)"
  }

  /// Fewer words than an id and a field.
  static let tooFewWords = "expected ID FIELD VALUE [FILE], or as_of DATE [FILE]"

  /// Words left over after FILE.
  static let tooManyWords =
    "too many arguments: expected ID FIELD VALUE [FILE], or as_of DATE [FILE]"

  /// "unknown option --lnag", and how to give a value that starts with `--`.
  static func unknownOption(_ word: String) -> String {
    "unknown option \(word) (a value that starts with -- goes after --: jolkarta set ID note -- '\(word)')"
  }

  /// `--lang` given for a field that has no translations to choose.
  static let langOnlyForTexts = "--lang applies to title and note only"

  /// A title set to nothing.
  static let emptyTitle = "a title cannot be empty"

  // MARK: - add

  /// `jolkarta add` without saying what.
  static let addWhat = "say what to add: jolkarta add activity … or jolkarta add project …"

  /// `jolkarta add activty`.
  static func unknownKind(_ word: String, nearest: [String]) -> String {
    "cannot add \"\(word)\"" + didYouMean(nearest)
      + " (jolkarta add activity … or jolkarta add project …)"
  }

  /// The usage error of `add`, as argument-parser words its own.
  static func addUsage(_ message: String) -> String {
    """
    Error: \(message)
    Usage: jolkarta add activity|project <options>
      See 'jolkarta add --help' for more information.
    """
  }

  /// A new thing's id, alone on its line, for scripts.
  static func added(_ id: String) -> String { "\(id)\n" }

  // MARK: - remove

  /// "removed d1.schools.03 «title»".
  static func removed(_ id: String, _ title: String) -> String { "removed \(id) «\(title)»\n" }

  /// Someone removed it first.
  static func alreadyRemoved(_ id: String) -> String {
    "\(id) is already removed; nothing written\n"
  }

  /// "FILE: d1.schools still has 11 activities and 1 indicator; …".
  static func projectNotEmpty(_ file: String, _ id: String, activities: Int, indicators: Int)
    -> String
  {
    var parts: [String] = []
    if activities > 0 { parts.append(count(activities, "activity", "activities")) }
    if indicators > 0 { parts.append(count(indicators, "indicator", "indicators")) }
    return
      "\(file): \(id) still has \(parts.joined(separator: " and ")); a project is removed only when empty"
      + (activities > 0
        ? " (move its activities with `jolkarta move ID --to PROJECT`, or remove them)" : "")
  }

  /// "FILE: d1 is a direction; only activities and empty projects are removed".
  static func cannotRemove(_ file: String, _ id: String, _ kind: ThingKind) -> String {
    "\(file): \(subject(id)) is \(kind.name); only activities and empty projects are removed"
  }

  // MARK: - move

  /// "d1.schools.03 is already in d1.schools; nothing written".
  static func alreadyIn(_ id: String, _ project: String) -> String {
    "\(id) is already in \(project); nothing written\n"
  }

  /// "1 activity", "11 activities".
  static func count(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
  }
}
