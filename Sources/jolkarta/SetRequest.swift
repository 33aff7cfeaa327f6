import ArgumentParser
import RoadmapKit

/// What `jolkarta set` was asked, read from its words before the file is opened: the
/// thing, the field, and the value as that field reads it.
///
/// Everything wrong here is a usage error (exit 2): it is wrong whatever the file holds.
struct SetRequest: Equatable {
  /// A value as typed, read for its field.
  enum Value: Equatable {
    case status(Status)
    case text(String)
    case day(Day)
    case figure(Figure)
    /// Empty (or `none` for due and plan): the field is removed.
    case nothing
  }

  /// The fields `set` changes, in the order messages list them.
  static let fields: [Field] = [.status, .owner, .due, .note, .title, .actual, .plan, .asOf]

  /// The thing's id ("" for the roadmap itself).
  var id: String
  /// The field.
  var field: Field
  /// The value read.
  var value: Value
  /// The roadmap file.
  var file: String

  /// Reads `ID FIELD VALUE [FILE]`, or `as_of DATE [FILE]` for the roadmap's own day.
  ///
  /// The words are every argument the parser did not take, so that a value may start
  /// with `-` (`-3` is read, and refused as a figure). A word after `--` is always a word;
  /// before it, one that looks like a long option is an unknown option.
  init(words typedWords: [String]) throws(ValidationError) {
    var words = typedWords[...]
    let end = words.firstIndex(of: "--") ?? words.endIndex
    if let option = words[..<end].first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
      throw ValidationError(EditMessage.unknownOption(option))
    }
    if end < words.endIndex { words.remove(at: end) }
    // `as_of DATE`: the roadmap itself, when the word after as_of is not a field's name.
    if words.first == Field.asOf.rawValue, words.count >= 2,
      Field(rawValue: words[words.startIndex + 1]) == nil
    {
      words[words.startIndex] = ""
      words.insert(Field.asOf.rawValue, at: words.startIndex + 1)
    }
    guard words.count >= 2 else { throw ValidationError(EditMessage.tooFewWords) }
    id = words.removeFirst()
    field = try Self.field(words.removeFirst(), id: id)
    guard let typed = words.popFirst() else {
      throw ValidationError(EditMessage.missingValue(field))
    }
    guard words.count <= 1 else { throw ValidationError(EditMessage.tooManyWords) }
    file = words.first ?? RoadmapFileArgument.defaultPath
    value = try Self.value(typed, of: field)
  }

  /// A field by its name, with the nearest names when it is none.
  static func field(_ word: String, id: String) throws(ValidationError) -> Field {
    if let f = Field(rawValue: word), fields.contains(f) { return f }
    if let f = Field(rawValue: word) { throw ValidationError(EditMessage.fieldHasItsCommand(f)) }
    var near = Suggestions.nearest(to: word, among: fields.map(\.rawValue))
    // `set asof 2024-05-30`: the roadmap's day, misspelt.
    if near.isEmpty, Day(word) != nil,
      !Suggestions.nearest(to: id, among: [Field.asOf.rawValue]).isEmpty
    {
      near = ["`jolkarta set as_of \(word)`"]
    }
    throw ValidationError(EditMessage.unknownField(word, nearest: near, all: fields))
  }

  /// The typed value read as `field` reads it.
  static func value(_ typed: String, of field: Field) throws(ValidationError) -> Value {
    let text = typed.trimmingCharacters(in: .whitespaces)
    switch field {
    case .status: return .status(try status(text))
    case .due where text.isEmpty || text == "none": return .nothing
    case .due, .asOf: return .day(try day(text, of: field))
    case .plan where text.isEmpty || text == "none": return .nothing
    case .actual, .plan:
      switch Figure.parse(userInput: text, for: field) {
      case .success(let figure): return .figure(figure)
      case .failure(.notANumber):
        throw ValidationError(EditMessage.badValue(field, mustBe: EditMessage.aNumber, found: typed))
      case .failure(.outOfDomain(let allowed)):
        throw ValidationError(EditMessage.badValue(field, mustBe: EditMessage.inDomain(field, allowed), found: typed))
      }
    case .title where text.isEmpty: throw ValidationError(EditMessage.emptyTitle)
    case _ where text.isEmpty: return .nothing
    default: return .text(text)
    }
  }

  /// A status as typed, with the nearest ones when it is none.
  static func status(_ word: String) throws(ValidationError) -> Status {
    if let s = Status(rawValue: word) { return s }
    let near = Suggestions.nearest(to: word, among: Status.allCases.map(\.rawValue))
    throw ValidationError(
      EditMessage.badValue(
        .status, mustBe: EditMessage.aStatus, found: word, nearest: near))
  }

  /// A date as typed.
  static func day(_ word: String, of field: Field) throws(ValidationError) -> Day {
    guard let d = Day(word) else {
      throw ValidationError(
        EditMessage.badValue(field, mustBe: EditMessage.aRealDate, found: word))
    }
    return d
  }

  /// The new value of the field, given what it holds now: a title or note gets its
  /// translation in `language` set (a plain text counts as Kazakh); an owner is the file's
  /// own when the text is one of its translations.
  func fieldValue(old: FieldValue?, language: LanguageOption, explicit: Bool, in edit: RoadmapEdit)
    -> FieldValue?
  {
    switch value {
    case .nothing: return nil
    case .status(let s): return .status(s)
    case .day(let d): return .day(d)
    case .figure(let f): return .number(f)
    case .text(let t) where field == .owner: return .text(edit.owner(t))
    case .text(let t):
      guard case .text(let current)? = old else {
        return .text(typedText(t, language: explicit ? language : nil))
      }
      return .text(current.setting(language.rawValue, to: t))
    }
  }
}
