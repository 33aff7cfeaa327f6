/// A field of an activity that can be edited.
public enum ActivityField: String, CaseIterable, Sendable, Hashable, Codable {
  case status, owner, due, note

  /// The keys that come before this one in the format's order, for placing a new member.
  var precedingKeys: [String] {
    let order = ["id", "title", "status", "owner", "due", "note"]
    return Array(order.prefix(while: { $0 != rawValue }))
  }
}

/// The value of an editable field.
public enum FieldValue: Hashable, Sendable, CustomStringConvertible {
  case status(Status)
  case text(LocalizedText)
  case day(Day)

  /// The value as it is written in the file.
  public var json: JSON {
    switch self {
    case .status(let s): return .string(s.rawValue)
    case .day(let d): return .string(d.description)
    case .text(let t):
      if t.translations.count == 1, t.translations[0].language.isEmpty { return .string(t.translations[0].text) }
      return JSON(.object(t.translations.map { JSON.Member(key: $0.language, value: .string($0.text)) }))
    }
  }

  /// A one-line rendering for history and messages (Kazakh where translated).
  public var description: String {
    switch self {
    case .status(let s): return s.rawValue
    case .day(let d): return d.description
    case .text(let t): return t.resolved()
    }
  }
}

/// One change to one field of one activity: what it was and what it becomes.
public struct ActivityChange: Hashable, Sendable {
  /// The activity's id.
  public var id: String
  /// The field changed.
  public var field: ActivityField
  /// The value before (nil when the field was absent).
  public var old: FieldValue?
  /// The value after (nil removes the field; status cannot be removed).
  public var new: FieldValue?

  /// Makes a change.
  public init(id: String, field: ActivityField, old: FieldValue?, new: FieldValue?) {
    self.id = id
    self.field = field
    self.old = old
    self.new = new
  }

  /// The change that undoes this one.
  public var inverse: ActivityChange { ActivityChange(id: id, field: field, old: new, new: old) }
}

/// Why an edit could not be applied.
public enum EditError: Error, Sendable, Equatable, CustomStringConvertible {
  case unknownActivity(String)
  case invalidValue(field: ActivityField, reason: String)

  /// A plain message.
  public var description: String {
    switch self {
    case .unknownActivity(let id): return "no activity has the id \"\(id)\""
    case .invalidValue(let field, let reason): return "invalid value for \(field.rawValue): \(reason)"
    }
  }
}

extension Activity {
  /// The current value of a field (nil when absent).
  public func value(of field: ActivityField) -> FieldValue? {
    switch field {
    case .status: return .status(status)
    case .owner: return owner.map(FieldValue.text)
    case .due: return due.map(FieldValue.day)
    case .note: return note.map(FieldValue.text)
    }
  }
}

extension Roadmap {
  /// Sets one field of one activity and returns the change made (old and new value).
  ///
  /// The one edit API every front end uses: it updates the typed model, the project's
  /// counts and the JSON document together, so a save writes exactly this change.
  @discardableResult
  public mutating func set(_ field: ActivityField, of id: String, to value: FieldValue?) throws(EditError) -> ActivityChange {
    guard let loc = activityIndex[id] else { throw EditError.unknownActivity(id) }
    let old = self[loc].value(of: field)
    let change = ActivityChange(id: id, field: field, old: old, new: value)
    try apply(change)
    return change
  }

  /// Applies a change's new value (its `old` is not checked; see `RoadmapStore` for merging).
  public mutating func apply(_ change: ActivityChange) throws(EditError) {
    guard let loc = activityIndex[change.id] else { throw EditError.unknownActivity(change.id) }
    var activity = self[loc]
    let before = activity.status
    switch (change.field, change.new) {
    case (.status, .status(let s)?): activity.status = s
    case (.owner, .text(let t)?):
      activity.owner = t
      if let i = ownerTable.firstIndex(of: t) {
        activity.ownerSlot = Int32(i)
      } else {
        ownerTable.append(t)
        activity.ownerSlot = Int32(ownerTable.count - 1)
      }
    case (.owner, nil):
      activity.owner = nil
      activity.ownerSlot = -1
    case (.due, .day(let d)?): activity.due = d
    case (.due, nil): activity.due = nil
    case (.note, .text(let t)?): activity.note = t
    case (.note, nil): activity.note = nil
    case (.status, _):
      throw EditError.invalidValue(field: .status, reason: "must be done, in_progress or pending")
    default:
      throw EditError.invalidValue(field: change.field, reason: "wrong kind of value \(String(describing: change.new))")
    }
    directions[loc.direction].projects[loc.project].activities[loc.activity] = activity
    if before != activity.status {
      directions[loc.direction].projects[loc.project].counts[before] -= 1
      directions[loc.direction].projects[loc.project].counts[activity.status] += 1
    }
    edited.insert(loc)
  }
}
