/// The roadmap format's rules, written once and read by both decoders.
///
/// The fast decoder (straight from the bytes) and the thorough one (over a parsed tree,
/// placing every problem) must accept exactly the same files. Which fields each kind of
/// object has, of what kind, within what domain and whether they are required lives
/// here: the thorough decoder walks this table, and the fast one checks every object it
/// reads against it (required fields through `requiredMask`, numbers through
/// `NumberDomain`, nesting through `depth`). A rule changed here changes in both; the
/// differential fuzz test holds the rest (how each kind of value is read) together.
enum FormatRules {
  /// The kinds of object in a roadmap.
  enum Object: Int, CaseIterable, Sendable {
    case document, period, direction, project, indicator, activity, meeting

    /// How messages name one ("an activity must be an object").
    var article: String {
      switch self {
      case .document: return "the document"
      case .period: return "\"period\""
      case .direction: return "a direction"
      case .project: return "a project"
      case .indicator: return "an indicator"
      case .activity: return "an activity"
      case .meeting: return "a meeting"
      }
    }
  }

  /// What a field holds.
  enum Kind: Equatable, Sendable {
    /// `"jolkarta-roadmap"`.
    case format
    /// One of the `versions` this jolkarta reads.
    case version
    /// A text (T): a string or an object of language code to string.
    case text
    /// An array of texts (T).
    case texts
    /// A text whose translations may each be an object of plural forms
    /// (`{"one": "…", "few": "…", "many": "…", "other": "…"}`, CLDR's category names,
    /// `pluralCategories`): an indicator's `unit`.
    case pluralText
    /// An id (S): a non-empty string, unique across the file.
    case id
    /// A whole number from 1 to 9999.
    case year
    /// A real date written `YYYY-MM-DD`.
    case date
    /// `"done"`, `"in_progress"` or `"pending"`.
    case status
    /// A finite number within a domain.
    case number(NumberDomain)
    /// An array of objects of one kind.
    case list(Object)
    /// One object of a kind.
    case object(Object)
  }

  /// One field of an object.
  struct Field: Sendable {
    /// The member name.
    let name: String
    /// What it holds.
    let kind: Kind
    /// Whether an object without it is refused.
    let required: Bool
    /// The first version of the format it belongs to: in an older file a member of this
    /// name is an unknown field, kept and not read.
    let since: Int

    init(_ name: String, _ kind: Kind, required: Bool = true, since: Int = 1) {
      self.name = name
      self.kind = kind
      self.required = required
      self.since = since
    }
  }

  /// The versions of the format this jolkarta reads: 2 is 1 plus `meetings`.
  static let versions = [1, 2]

  /// The version a `version` number names, when it is one of `versions` (`2.0` is 2).
  static func version(_ number: Double) -> Int? {
    versions.first { Double($0) == number }
  }

  /// "versions 1 and 2", for messages.
  static var versionsText: String {
    let names = versions.map(String.init)
    return "version" + (names.count > 1 ? "s " + names.dropLast().joined(separator: ", ") + " and " : " ")
      + names.last!
  }

  /// The names of plural forms a `pluralText` may give, CLDR's, in its order.
  static let pluralCategories = PluralCategory.allCases.map(\.rawValue)

  /// "zero", "one", "two", "few", "many", "other", for messages.
  static var pluralCategoriesText: String {
    pluralCategories.map { "\"\($0)\"" }.joined(separator: ", ")
  }

  /// The top-level block older files carry for one meeting: read leniently as the first
  /// meeting (see `Meeting.init(legacy:)`), never refused, in every version.
  static let legacyMeeting = "meeting"

  /// The fields of each kind of object, in the format's order (FORMAT.md, "Fields").
  static func fields(of object: Object) -> [Field] {
    switch object {
    case .document:
      return [
        Field("format", .format), Field("version", .version), Field("title", .text),
        Field("region", .text), Field("program", .text, required: false),
        Field("period", .object(.period)), Field("as_of", .date),
        Field("directions", .list(.direction)),
        Field("meetings", .list(.meeting), required: false, since: 2),
      ]
    case .period:
      return [Field("start", .year), Field("end", .year)]
    case .direction:
      return [
        Field("id", .id), Field("title", .text),
        Field("indicators", .list(.indicator), required: false),
        Field("projects", .list(.project)),
      ]
    case .project:
      return [
        Field("id", .id), Field("title", .text),
        Field("indicators", .list(.indicator), required: false),
        Field("activities", .list(.activity)),
      ]
    case .indicator:
      return [
        Field("id", .id), Field("title", .text), Field("unit", .pluralText),
        Field("plan", .number(.plan), required: false), Field("actual", .number(.actual)),
      ]
    case .activity:
      return [
        Field("id", .id), Field("title", .text), Field("status", .status),
        Field("owner", .text, required: false), Field("due", .date, required: false),
        Field("note", .text, required: false),
      ]
    case .meeting:
      return [
        Field("id", .id), Field("date", .date), Field("chair", .text, required: false),
        Field("reporter", .text, required: false), Field("speakers", .texts, required: false),
        Field("decision", .text, required: false),
      ]
    }
  }

  /// How deep the members of an object sit when the object sits at `depth`, counted as
  /// `JSONParser` counts (the document's members are at 1): an object's fields one level
  /// below it, a list's elements two (the array, then the element).
  static func depth(below depth: Int, in kind: Kind) -> Int {
    if case .list = kind { return depth + 2 }
    return depth + 1
  }
}

/// The values a number field may hold.
///
/// An indicator counts what was delivered (m² of housing, km of road, loans, events):
/// `actual` is 0 or more, and `plan`, when there is one, is more than 0 — a plan of 0
/// has no share to show, so a roadmap without a plan leaves `plan` out.
public enum NumberDomain: Hashable, Sendable {
  /// An indicator's `plan`: finite and greater than 0.
  case plan
  /// An indicator's `actual`: finite and 0 or greater.
  case actual

  /// Whether `value` is in the domain (never NaN or infinite).
  func allows(_ value: Double) -> Bool {
    guard value.isFinite else { return false }
    switch self {
    case .plan: return value > 0
    case .actual: return value >= 0
    }
  }

  /// What is allowed, for messages.
  var allowed: String {
    switch self {
    case .plan: return "a number greater than 0 (leave \"plan\" out when there is no plan)"
    case .actual: return "a number 0 or greater"
    }
  }
}
