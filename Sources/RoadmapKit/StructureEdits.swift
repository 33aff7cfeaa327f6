/// The edits that change more than an activity's own fields: titles of projects,
/// directions and indicators, an indicator's figures, the "as of" day, and activities
/// and projects added, removed and moved. Each rewrites its one region of the source at
/// once (see SourceSplice.swift) and updates the typed model with it.
extension Roadmap {
  /// A field of the roadmap, a direction, a project or an indicator.
  mutating func applyElsewhere(_ change: Change, to thing: Thing) throws(EditError) {
    let path = self.path(of: thing)
    switch (thing, change.field, change.new) {
    case (.roadmap, .asOf, .day(let day)?):
      asOf = day
      setMember("as_of", of: path, to: .string(day.description), after: [])
    case (.roadmap, .version, .number(let n)?):
      guard let v = Int(exactly: n.value), Self.readableVersions.contains(v) else {
        throw EditError.invalidValue(field: .version, reason: .versions(Array(Self.readableVersions).sorted()))
      }
      // A version 1 file may hold a member named "meetings" that version 1 does not
      // read: as version 2 it would be read as the list, so it is not made one silently.
      if version < 2, v >= 2, SourceLocator(bytes: source).span([.key("meetings")]) != nil {
        throw EditError.invalidValue(
          field: .version, reason: .unreadMeetingsMember)
      }
      version = v
      setMember("version", of: path, to: JSON(.number(n.literal)), after: [])
    case (.direction(let d), .title, .text(let t)?):
      directions[d].title = t
      setMember("title", of: path, to: t.json, after: ["id"])
    case (.project(let d, let p), .title, .text(let t)?):
      directions[d].projects[p].title = t
      setMember("title", of: path, to: t.json, after: ["id"])
    case (.indicator(let loc), .title, .text(let t)?):
      modifyIndicator(loc) { $0.title = t }
      setMember("title", of: path, to: t.json, after: ["id"])
    case (.indicator(let loc), .actual, .number(let n)?):
      guard NumberDomain.actual.allows(n.value) else {
        throw EditError.invalidValue(field: .actual, reason: .outOfDomain(.actual, found: n.literal))
      }
      modifyIndicator(loc) { $0.actual = n.value == 0 ? 0 : n.value }
      setMember("actual", of: path, to: JSON(.number(n.literal)), after: Field.actual.precedingKeys)
    case (.indicator(let loc), .plan, let value):
      var plan: Double?
      if case .number(let n)? = value {
        guard NumberDomain.plan.allows(n.value) else {
          throw EditError.invalidValue(field: .plan, reason: .outOfDomain(.plan, found: n.literal))
        }
        plan = n.value
      } else if value != nil {
        throw EditError.invalidValue(field: .plan, reason: .notANumber)
      }
      modifyIndicator(loc) { $0.plan = plan }
      let json: JSON? = {
        if case .number(let n)? = value { return JSON(.number(n.literal)) }
        return nil
      }()
      setMember("plan", of: path, to: json, after: Field.plan.precedingKeys)
    case (_, .title, _):
      throw EditError.invalidValue(field: .title, reason: .titleCannotBeRemoved)
    case (.roadmap, .asOf, _):
      throw EditError.invalidValue(field: .asOf, reason: .notADate)
    default:
      throw EditError.noSuchField(id: change.id, field: change.field)
    }
  }

  mutating func modifyIndicator(_ loc: IndicatorLocation, _ body: (inout Indicator) -> Void) {
    if let p = loc.project {
      body(&directions[loc.direction].projects[p].indicators[loc.index])
    } else {
      body(&directions[loc.direction].indicators[loc.index])
    }
  }

  /// An `entry` change: a thing added (new value) or removed (nil).
  mutating func applyEntry(_ change: Change) throws(EditError) {
    guard case .entry(let entry)? = change.new else {
      guard change.new == nil else { throw EditError.invalidValue(field: .entry, reason: .notAnEntry) }
      switch thing(change.id) {
      case .activity(let loc)?: removeActivity(at: loc)
      case .project(let d, let p)?:
        guard directions[d].projects[p].activities.isEmpty else {
          throw EditError.invalidValue(field: .entry, reason: .projectHasActivities(change.id))
        }
        removeProject(d, p)
      case .meeting(let m)? where meetings[m].id != Meeting.legacyID:
        removeMeeting(at: m)
      case nil: throw EditError.unknownID(change.id)
      default: throw EditError.invalidValue(field: .entry, reason: .cannotBeRemoved(change.id))
      }
      return
    }
    guard entry.id == change.id, !entry.id.isEmpty else {
      throw EditError.invalidValue(field: .entry, reason: .entryIDMustBe(change.id))
    }
    guard thing(entry.id) == nil else {
      throw EditError.invalidValue(field: .entry, reason: .idTaken(entry.id))
    }
    switch entry.kind {
    case .activity:
      guard let (d, p) = projectLocation(entry.parent) else { throw EditError.unknownID(entry.parent) }
      let activity = try Activity(entryObject: entry.object)
      let k = index(after: entry.after, in: directions[d].projects[p].activities.map(\.id))
      insertActivity(activity, object: entry.object, bytes: entry.bytes, at: ActivityLocation(direction: d, project: p, activity: k))
    case .project:
      guard case .direction(let d)? = thing(entry.parent) else { throw EditError.unknownID(entry.parent) }
      guard let title = entry.title else { throw EditError.invalidValue(field: .entry, reason: .projectNeedsTitle) }
      guard entry.object["activities"]?.arrayValue?.isEmpty == true, entry.object["indicators"].map({ $0.arrayValue?.isEmpty == true }) ?? true
      else { throw EditError.invalidValue(field: .entry, reason: .newProjectStartsEmpty) }
      let p = index(after: entry.after, in: directions[d].projects.map(\.id))
      insertProject(Project(id: entry.id, title: title, indicators: [], activities: [], counts: StatusCounts()), object: entry.object, at: d, p)
    case .meeting:
      guard version >= 2 else {
        throw EditError.invalidValue(field: .entry, reason: .meetingsNeedVersion2)
      }
      try insertMeeting(entry)
    }
  }

  /// Where a thing put after `after` goes: just after it, first when nil, last when
  /// `after` is no longer there.
  func index(after: String?, in ids: [String]) -> Int {
    guard let after else { return 0 }
    return ids.firstIndex(of: after).map { $0 + 1 } ?? ids.count
  }

  /// Moves an activity to another project (or elsewhere in its own), keeping its object
  /// whole: every field and unknown member goes with it.
  mutating func move(_ loc: ActivityLocation, to place: Place) throws(EditError) {
    guard let target = projectLocation(place.project) else { throw EditError.unknownID(place.project) }
    let activity = self[loc]
    let object = entryObject(at: loc)
    let taken = removeActivity(at: loc)
    let ids = directions[target.direction].projects[target.project].activities.map(\.id)
    let k = index(after: place.after, in: ids)
    insertActivity(activity, object: object, bytes: taken, at: ActivityLocation(direction: target.direction, project: target.project, activity: k))
  }

  /// An activity's object as it stands now (its pending edits folded in).
  mutating func entryObject(at loc: ActivityLocation) -> JSON {
    foldEdits()
    return SourceLocator(bytes: source).json(actualSpan(self[loc]))
  }

  /// Puts an activity into a project, in the model and in the source.
  mutating func insertActivity(_ activity: Activity, object: JSON, bytes: EntryBytes?, at loc: ActivityLocation) {
    let path = self.path(of: .project(loc.direction, loc.project)) + [.key("activities")]
    let span = insertElement(object, bytes: bytes, into: path, at: loc.activity)
    var a = activity
    a.ownerSlot = a.owner.map { ownerSlot(for: $0) } ?? -1
    if let span { a.span = span }
    directions[loc.direction].projects[loc.project].activities.insert(a, at: loc.activity)
    directions[loc.direction].projects[loc.project].counts[a.status] += 1
    reindexActivities(direction: loc.direction, project: loc.project, from: loc.activity)
  }

  /// Takes an activity out of the model and the source; returns its bytes.
  @discardableResult
  mutating func removeActivity(at loc: ActivityLocation) -> EntryBytes? {
    let path = self.path(of: .project(loc.direction, loc.project)) + [.key("activities")]
    foldEdits()
    let a = self[loc]
    directions[loc.direction].projects[loc.project].activities.remove(at: loc.activity)
    directions[loc.direction].projects[loc.project].counts[a.status] -= 1
    activityIndex[a.id] = nil
    reindexActivities(direction: loc.direction, project: loc.project, from: loc.activity)
    return removeElement(loc.activity, of: path)
  }

  /// Puts a new, empty project into a direction.
  mutating func insertProject(_ project: Project, object: JSON, at d: Int, _ p: Int) {
    insertElement(object, bytes: nil, into: path(of: .direction(d)) + [.key("projects")], at: p)
    directions[d].projects.insert(project, at: p)
    for q in p..<directions[d].projects.count { reindexActivities(direction: d, project: q, from: 0) }
  }

  /// Takes an empty project out of its direction.
  mutating func removeProject(_ d: Int, _ p: Int) {
    removeElement(p, of: path(of: .direction(d)) + [.key("projects")])
    directions[d].projects.remove(at: p)
    for q in p..<directions[d].projects.count { reindexActivities(direction: d, project: q, from: 0) }
  }

  /// Brings the id index up to date for the activities of a project from index `k` on.
  mutating func reindexActivities(direction d: Int, project p: Int, from k: Int) {
    let activities = directions[d].projects[p].activities
    for i in k..<activities.count {
      activityIndex[activities[i].id] = ActivityLocation(direction: d, project: p, activity: i)
    }
  }
}

extension Activity {
  /// An activity from its object, checked by the format's rules.
  init(entryObject json: JSON) throws(EditError) {
    if let problem = RoadmapDecoder.problems(of: json, as: .activity).first {
      throw EditError.invalidValue(field: .entry, reason: .entryProblem(problem))
    }
    guard let id = json["id"]?.stringValue, let title = json["title"].flatMap(LocalizedText.init(json:)),
      let status = json["status"]?.stringValue.flatMap(Status.init(rawValue:))
    else { throw EditError.invalidValue(field: .entry, reason: .activityNeedsFields) }
    self.init(
      id: id, title: title, status: status, owner: json["owner"].flatMap(LocalizedText.init(json:)),
      due: json["due"]?.stringValue.flatMap(Day.init), note: json["note"].flatMap(LocalizedText.init(json:)))
  }
}
