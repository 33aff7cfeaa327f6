/// A field of something in the roadmap that can be changed.
///
/// Every change of the roadmap is one field of one thing, named by its id (the file has
/// one namespace of ids: directions, projects, activities, indicators and meetings), or
/// of the roadmap itself (id ""). Adding and removing a thing is its `entry` field going
/// from nothing to the thing and back; moving an activity is its `project` field.
public enum Field: String, CaseIterable, Sendable, Hashable, Codable {
  /// An activity's status.
  case status
  /// An activity's responsible agency.
  case owner
  /// An activity's due date.
  case due
  /// An activity's free note.
  case note
  /// The title of an activity, project, direction or indicator.
  case title
  /// An indicator's figure reached so far.
  case actual
  /// An indicator's planned figure.
  case plan
  /// Where an activity sits: its project, and the activity it follows there.
  case project
  /// Whether an activity, project or meeting exists: added, it holds the whole thing.
  case entry
  /// The roadmap's "as of" day (id "").
  case asOf = "as_of"
  /// The roadmap format's version (id ""): 2 once the file keeps meetings.
  case version

  /// The fields of an activity's own object, in the format's order.
  public static let activityMembers: [Field] = [.title, .status, .owner, .due, .note]

  /// The keys that come before this one in the format's order, for placing a new member.
  var precedingKeys: [String] {
    let order = ["id", "title", "status", "owner", "due", "note", "unit", "plan", "actual"]
    return Array(order.prefix(while: { $0 != rawValue }))
  }
}

/// The value of a field.
public enum FieldValue: Hashable, Sendable, CustomStringConvertible {
  /// An activity's status.
  case status(Status)
  /// A text: a title, owner or note.
  case text(LocalizedText)
  /// A day: a due date or the "as of" day.
  case day(Day)
  /// A figure, as its JSON number text (`1710`, `5.6`); equal when the numbers are.
  case number(Figure)
  /// Where an activity sits.
  case place(Place)
  /// A whole activity, project or meeting, with where it goes.
  case entry(Entry)

  /// A one-line rendering for history and messages (Kazakh where translated).
  public var description: String {
    switch self {
    case .status(let s): return s.rawValue
    case .day(let d): return d.description
    case .text(let t): return t.resolved()
    case .number(let n): return n.literal
    case .place(let p): return p.project
    case .entry(let e): return e.title?.resolved() ?? e.id
    }
  }
}

/// One change to one field of one thing: what it was and what it becomes.
public struct Change: Hashable, Sendable {
  /// The thing's id ("" for the roadmap itself).
  public var id: String
  /// The field changed.
  public var field: Field
  /// The value before (nil when the field was absent).
  public var old: FieldValue?
  /// The value after (nil removes the field, or the thing for `entry`).
  public var new: FieldValue?

  /// Makes a change.
  public init(id: String, field: Field, old: FieldValue?, new: FieldValue?) {
    self.id = id
    self.field = field
    self.old = old
    self.new = new
  }

  /// The change that undoes this one.
  public var inverse: Change { Change(id: id, field: field, old: new, new: old) }
}

extension LocalizedText {
  /// A text read from its JSON form (a string, or an object of language to string).
  public init?(json: JSON) {
    if let s = json.stringValue {
      self.init(s)
      return
    }
    guard let members = json.objectValue, !members.isEmpty else { return nil }
    var out: [Translation] = []
    for m in members {
      guard let s = m.value.stringValue, !m.key.isEmpty else { return nil }
      out.append(.init(language: m.key, text: s))
    }
    self.init(translations: out)
  }

  /// The text in its JSON form: a plain string, or an object of language to string.
  public var json: JSON {
    if isPlain { return .string(resolved()) }
    return JSON(.object(translations.map { JSON.Member(key: $0.language, value: .string($0.text)) }))
  }

  /// The text with the translation for `language` set to `text` (added after the others
  /// when missing). A plain string is kept as the translation of `plainLanguage`.
  public func setting(_ language: String, to text: String, plainLanguage: String = "kk") -> LocalizedText {
    var t = isPlain ? [Translation(language: plainLanguage, text: resolved())] : translations
    if isPlain && language == plainLanguage { return LocalizedText(text) }
    if let i = t.firstIndex(where: { $0.language == language }) {
      t[i].text = text
    } else {
      t.append(Translation(language: language, text: text))
    }
    return LocalizedText(translations: t)
  }
}

extension Activity {
  /// The current value of one of its own fields (nil when absent).
  public func value(of field: Field) -> FieldValue? {
    switch field {
    case .status: return .status(status)
    case .owner: return owner.map(FieldValue.text)
    case .due: return due.map(FieldValue.day)
    case .note: return note.map(FieldValue.text)
    case .title: return .text(title)
    default: return nil
    }
  }
}

extension Roadmap {
  /// Sets one field of one thing and returns the change made (old and new value).
  ///
  /// The one edit API every front end uses: it updates the typed model, its counts and
  /// the document together, so a save writes exactly this change.
  @discardableResult
  public mutating func set(_ field: Field, of id: String, to value: FieldValue?) throws(EditError) -> Change {
    guard case .some(let old) = self.value(of: field, id: id) else {
      throw thing(id) == nil ? EditError.unknownID(id) : EditError.noSuchField(id: id, field: field)
    }
    let change = Change(id: id, field: field, old: old, new: value)
    try apply(change)
    return change
  }

  /// The value of a field of a thing now: `.none` when there is no such thing or field,
  /// `.some(nil)` when the field is absent (or, for `entry`, the thing does not exist).
  public func value(of field: Field, id: String) -> FieldValue?? {
    let found = thing(id)
    if field == .entry { return .some(found.flatMap { entryValue(of: $0) }) }
    switch (found, field) {
    case (.roadmap?, .asOf): return .some(.day(asOf))
    case (.roadmap?, .version): return .some(.number(Figure(literal: String(version))!))
    case (.activity(let loc)?, .project): return .some(.place(place(of: loc)))
    case (.activity(let loc)?, _):
      guard Field.activityMembers.contains(field) else { return .none }
      return .some(self[loc].value(of: field))
    case (.indicator(let loc)?, .title): return .some(.text(indicator(at: loc).title))
    case (.indicator(let loc)?, .actual): return .some(.number(figure(of: loc, "actual")))
    case (.indicator(let loc)?, .plan):
      return .some(indicator(at: loc).plan == nil ? nil : .number(figure(of: loc, "plan")))
    case (.project(let d, let p)?, .title): return .some(.text(directions[d].projects[p].title))
    case (.direction(let d)?, .title): return .some(.text(directions[d].title))
    default: return .none
    }
  }

  /// Applies a change's new value (its `old` is not checked; see `RoadmapStore` for merging).
  public mutating func apply(_ change: Change) throws(EditError) {
    if change.field == .entry {
      try applyEntry(change)
      return
    }
    guard let found = thing(change.id) else { throw EditError.unknownID(change.id) }
    switch found {
    case .activity(let loc) where change.field == .project:
      guard case .place(let place)? = change.new else {
        throw EditError.invalidValue(field: .project, reason: .mustBeInProject)
      }
      try move(loc, to: place)
    case .activity(let loc): try applyActivityField(change, at: loc)
    default: try applyElsewhere(change, to: found)
    }
  }

  /// Sets one of an activity's own fields: rewritten in place on the next save.
  mutating func applyActivityField(_ change: Change, at loc: ActivityLocation) throws(EditError) {
    var activity = self[loc]
    let before = activity.status
    switch (change.field, change.new) {
    case (.status, .status(let s)?): activity.status = s
    case (.owner, .text(let t)?):
      activity.owner = t
      activity.ownerSlot = ownerSlot(for: t)
    case (.owner, nil):
      activity.owner = nil
      activity.ownerSlot = -1
    case (.due, .day(let d)?): activity.due = d
    case (.due, nil): activity.due = nil
    case (.note, .text(let t)?): activity.note = t
    case (.note, nil): activity.note = nil
    case (.title, .text(let t)?): activity.title = t
    case (.status, _):
      throw EditError.invalidValue(field: .status, reason: .statusCodes)
    case (.title, _): throw EditError.invalidValue(field: .title, reason: .activityNeedsTitle)
    case (let field, _) where !Field.activityMembers.contains(field):
      throw EditError.noSuchField(id: change.id, field: field)
    default:
      throw EditError.invalidValue(field: change.field, reason: .wrongKind)
    }
    directions[loc.direction].projects[loc.project].activities[loc.activity] = activity
    if before != activity.status {
      directions[loc.direction].projects[loc.project].counts[before] -= 1
      directions[loc.direction].projects[loc.project].counts[activity.status] += 1
    }
    edited.insert(loc)
  }

  /// The owner table's entry for `owner`, added when new.
  mutating func ownerSlot(for owner: LocalizedText) -> Int32 {
    if let i = ownerTable.firstIndex(of: owner) { return Int32(i) }
    ownerTable.append(owner)
    return Int32(ownerTable.count - 1)
  }
}
