/// What changed from one roadmap to another, in the terms of the edit API: the changes
/// that, applied in order to the first, give the second; and the members the edit API
/// has no field for (the roadmap's title, an indicator's unit, members jolkarta does not
/// know), changed member by member.
///
/// The three-way merge (`RoadmapMerge`) takes the two sides' diffs from their common
/// base; `changes` are ordered so that they apply: the format's version and projects
/// added first, then the activities' fields and moves, activities added, activities
/// removed, projects removed, the other titles and figures, meetings last.
public struct RoadmapDiff: Sendable {
  /// A member of a thing's object with no field of its own, changed.
  public struct MemberChange: Equatable, Sendable {
    /// The thing's id ("" for the roadmap).
    public var id: String
    /// The member's key.
    public var key: String
    /// Its value before (nil: absent).
    public var old: JSON?
    /// Its value after (nil: taken away).
    public var new: JSON?
  }

  /// Field changes, in an order that applies.
  public var changes: [Change] = []
  /// Member changes of things on both sides.
  public var members: [MemberChange] = []
  /// What the edit API cannot express (a direction or an indicator added or removed), in
  /// words for a message; a merge takes such a side whole or not at all.
  public var unsupported: [String] = []

  /// Whether nothing changed.
  public var isEmpty: Bool { changes.isEmpty && members.isEmpty && unsupported.isEmpty }

  /// The keys each kind of object has fields (or children) for; the rest are members.
  static let handledKeys: [String: Set<String>] = [
    "roadmap": ["version", "as_of", "directions", "meetings", "meeting"],
    "direction": ["id", "title", "indicators", "projects"],
    "project": ["id", "title", "indicators", "activities"],
    "activity": ["id", "title", "status", "owner", "due", "note"],
    "indicator": ["id", "title", "actual", "plan"],
  ]

  /// The diff from `base` to `other`.
  public static func between(_ base: Roadmap, _ other: Roadmap) -> RoadmapDiff {
    var d = RoadmapDiff()
    let baseDoc = base.document, otherDoc = other.document
    func change(_ id: String, _ field: Field, in list: inout [Change]) {
      let old = base.value(of: field, id: id) ?? nil, new = other.value(of: field, id: id) ?? nil
      if old != new { list.append(Change(id: id, field: field, old: old, new: new)) }
    }
    var roadmap: [Change] = [], projectsAdded: [Change] = [], fields: [Change] = []
    var added: [Change] = [], removed: [Change] = [], projectsRemoved: [Change] = []
    var others: [Change] = [], meetings: [Change] = []
    change("", .version, in: &roadmap)
    change("", .asOf, in: &roadmap)
    d.memberChanges("", "roadmap", baseDoc, otherDoc)

    let baseDirections = Set(base.directions.map(\.id)), otherDirections = Set(other.directions.map(\.id))
    for id in baseDirections.symmetricDifference(otherDirections).sorted() {
      d.unsupported.append(baseDirections.contains(id) ? "direction \(id) removed" : "direction \(id) added")
    }
    let baseIndicators = Set(base.allIndicators.map(\.id)), otherIndicators = Set(other.allIndicators.map(\.id))
    for id in baseIndicators.symmetricDifference(otherIndicators).sorted() {
      d.unsupported.append(baseIndicators.contains(id) ? "indicator \(id) removed" : "indicator \(id) added")
    }

    for dir in other.directions where baseDirections.contains(dir.id) {
      change(dir.id, .title, in: &others)
      d.memberChanges(dir.id, "direction", base.object(dir.id, in: baseDoc), other.object(dir.id, in: otherDoc))
      for p in dir.projects {
        if base.projectLocation(p.id) == nil {
          // A project starts empty: its activities follow as additions of their own.
          if case .entry(var e)?? = other.value(of: .entry, id: p.id) {
            e.object.setMember("activities", to: JSON(.array([])))
            e.bytes = nil
            projectsAdded.append(Change(id: p.id, field: .entry, old: nil, new: .entry(e)))
          }
        } else {
          change(p.id, .title, in: &others)
          d.memberChanges(p.id, "project", base.object(p.id, in: baseDoc), other.object(p.id, in: otherDoc))
        }
      }
    }
    let indicatorsBefore = Dictionary(base.allIndicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for i in other.allIndicators {
      guard let was = indicatorsBefore[i.id] else { continue }
      // The figures as written are looked up in the bytes only when the numbers differ.
      if was.title != i.title { change(i.id, .title, in: &others) }
      if was.actual != i.actual { change(i.id, .actual, in: &others) }
      if was.plan != i.plan { change(i.id, .plan, in: &others) }
      d.memberChanges(i.id, "indicator", base.object(i.id, in: baseDoc), other.object(i.id, in: otherDoc))
    }
    for (_, a) in other.allActivities {
      if base.activity(id: a.id) == nil {
        change(a.id, .entry, in: &added)
      } else {
        for f in Field.activityMembers + [.project] { change(a.id, f, in: &fields) }
        d.memberChanges(a.id, "activity", base.object(a.id, in: baseDoc), other.object(a.id, in: otherDoc))
      }
    }
    for (_, a) in base.allActivities where other.activity(id: a.id) == nil { change(a.id, .entry, in: &removed) }
    for dir in base.directions {
      for p in dir.projects where other.projectLocation(p.id) == nil { change(p.id, .entry, in: &projectsRemoved) }
    }
    // A meeting is one entry: changed, it is taken away and put back as it now is.
    let otherMeetings = Dictionary(other.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for m in base.meetings {
      guard otherMeetings[m.id] != m else { continue }
      change(m.id, .entry, in: &meetings)
      if otherMeetings[m.id] != nil, case .entry(let e)?? = other.value(of: .entry, id: m.id) {
        meetings.append(Change(id: m.id, field: .entry, old: nil, new: .entry(e)))
      }
    }
    let baseMeetings = Set(base.meetings.map(\.id))
    for m in other.meetings where !baseMeetings.contains(m.id) { change(m.id, .entry, in: &meetings) }
    d.changes = roadmap + projectsAdded + fields + added + removed + projectsRemoved + others + meetings
    return d
  }

  /// The member changes of one thing's object, keys without a field of their own.
  private mutating func memberChanges(_ id: String, _ kind: String, _ old: JSON?, _ new: JSON?) {
    guard let oldMembers = old?.objectValue, let newMembers = new?.objectValue else { return }
    let handled = Self.handledKeys[kind] ?? []
    var keys: [String] = []
    for m in oldMembers + newMembers where !handled.contains(m.key) && !keys.contains(m.key) { keys.append(m.key) }
    for key in keys {
      let a = old?[key], b = new?[key]
      if a != b { members.append(MemberChange(id: id, key: key, old: a, new: b)) }
    }
  }
}

extension Roadmap {
  /// The JSON object of the thing `id` in `doc` (this roadmap's document).
  func object(_ id: String, in doc: JSON) -> JSON? {
    guard let thing = thing(id) else { return nil }
    var node: JSON? = doc
    for step in path(of: thing) {
      switch step {
      case .key(let k): node = node?[k]
      case .index(let i):
        guard let a = node?.arrayValue, a.indices.contains(i) else { return nil }
        node = a[i]
      }
    }
    return node
  }
}
