/// Why an edit could not be applied: a case with its places (the id, the field, the
/// value as typed) and no words of any language; RoadmapUI's `EditFailure` words it in
/// the interface language, `description` in English.
public enum EditError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Nothing in the roadmap has this id.
  case unknownID(String)
  /// The thing has no such field.
  case noSuchField(id: String, field: Field)
  /// The value is not one the field can hold.
  case invalidValue(field: Field, reason: EditReason)

  /// A plain message, in English.
  public var description: String {
    switch self {
    case .unknownID(let id): return "nothing in the roadmap has the id \"\(id)\""
    case .noSuchField(let id, let field): return "\"\(id)\" has no field \(field.rawValue)"
    case .invalidValue(let field, let reason): return "invalid value for \(field.rawValue): \(reason.english)"
    }
  }
}

/// Why a value does not fit its field.
public enum EditReason: Sendable, Hashable {
  /// An activity's `project` must name one.
  case mustBeInProject
  /// A status is `done`, `in_progress` or `pending`.
  case statusCodes
  /// An activity's title cannot be removed.
  case activityNeedsTitle
  /// The value is of another kind than the field's.
  case wrongKind
  /// A meeting goes before `directions`, which the file lacks.
  case noDirections
  /// The new entry breaks a rule of the format (the rule's words, from the decoder).
  case entryProblem(String)
  /// A meeting needs an id and a date.
  case meetingNeedsIDAndDate
  /// The versions this jolkarta writes.
  case versions([Int])
  /// A version 1 file has a member "meetings" that version 2 would read as the list.
  case unreadMeetingsMember
  /// A figure outside its domain, as typed.
  case outOfDomain(NumberDomain, found: String)
  /// Not a number.
  case notANumber
  /// A title cannot be removed.
  case titleCannotBeRemoved
  /// Not a date `YYYY-MM-DD`.
  case notADate
  /// Not an entry.
  case notAnEntry
  /// The project still has activities.
  case projectHasActivities(String)
  /// This thing cannot be removed.
  case cannotBeRemoved(String)
  /// The entry's id must be this one.
  case entryIDMustBe(String)
  /// The id is taken.
  case idTaken(String)
  /// A project needs a title.
  case projectNeedsTitle
  /// A new project starts without activities and indicators.
  case newProjectStartsEmpty
  /// Meetings are kept from format version 2 on.
  case meetingsNeedVersion2
  /// An activity needs an id, a title and a status.
  case activityNeedsFields

  /// In English.
  public var english: String {
    switch self {
    case .mustBeInProject: return "an activity must be in a project"
    case .statusCodes: return "must be done, in_progress or pending"
    case .activityNeedsTitle: return "an activity must have a title"
    case .wrongKind: return "wrong kind of value"
    case .noDirections: return "the roadmap has no directions"
    case .entryProblem(let p): return p
    case .meetingNeedsIDAndDate: return "a meeting needs an id and a date"
    case .versions(let v): return "this jolkarta writes versions \(v)"
    case .unreadMeetingsMember:
      return "the file has a member \"meetings\" that version 1 does not read; rename it to keep meetings"
    case .outOfDomain(let d, let found): return "must be \(d.allowed), found \(found)"
    case .notANumber: return "must be a number"
    case .titleCannotBeRemoved: return "a title cannot be removed"
    case .notADate: return "must be a date YYYY-MM-DD"
    case .notAnEntry: return "not an entry"
    case .projectHasActivities(let id): return "project \"\(id)\" still has activities"
    case .cannotBeRemoved(let id): return "\"\(id)\" cannot be removed"
    case .entryIDMustBe(let id): return "the entry's id must be \"\(id)\""
    case .idTaken(let id): return "the id \"\(id)\" is taken"
    case .projectNeedsTitle: return "a project needs a title"
    case .newProjectStartsEmpty: return "a new project starts empty"
    case .meetingsNeedVersion2: return "meetings are kept from format version 2 on"
    case .activityNeedsFields: return "an activity needs an id, a title and a status"
    }
  }
}
