/// What an id names in a roadmap, and where it is in the tree and in the file.
public enum Thing: Hashable, Sendable {
  /// The roadmap itself (id "").
  case roadmap
  /// A direction, by index.
  case direction(Int)
  /// A project: its direction's index and its own.
  case project(Int, Int)
  /// An activity.
  case activity(ActivityLocation)
  /// An indicator.
  case indicator(IndicatorLocation)
  /// A meeting, by index in `meetings`.
  case meeting(Int)
}

/// Where an indicator is: in a direction, or in one of its projects.
public struct IndicatorLocation: Hashable, Sendable {
  /// The direction's index.
  public var direction: Int
  /// The project's index within the direction, nil for a direction's own indicator.
  public var project: Int?
  /// The indicator's index in its list.
  public var index: Int
}

extension Roadmap {
  /// What `id` names, nil when nothing does. "" is the roadmap itself.
  public func thing(_ id: String) -> Thing? {
    if id.isEmpty { return .roadmap }
    if let loc = activityIndex[id] { return .activity(loc) }
    if let m = meetings.firstIndex(where: { $0.id == id }) { return .meeting(m) }
    for (d, direction) in directions.enumerated() {
      if direction.id == id { return .direction(d) }
      if let i = direction.indicators.firstIndex(where: { $0.id == id }) {
        return .indicator(IndicatorLocation(direction: d, project: nil, index: i))
      }
      for (p, project) in direction.projects.enumerated() {
        if project.id == id { return .project(d, p) }
        if let i = project.indicators.firstIndex(where: { $0.id == id }) {
          return .indicator(IndicatorLocation(direction: d, project: p, index: i))
        }
      }
    }
    return nil
  }

  /// Every id in the file: directions, projects, indicators, activities, in file order.
  public var allIDs: [String] {
    var out: [String] = []
    for d in directions {
      out.append(d.id)
      out += d.indicators.map(\.id)
      for p in d.projects {
        out.append(p.id)
        out += p.indicators.map(\.id)
        out += p.activities.map(\.id)
      }
    }
    return out
  }

  /// The project with this id: its direction's index and its own.
  public func projectLocation(_ id: String) -> (direction: Int, project: Int)? {
    if case .project(let d, let p)? = thing(id) { return (d, p) }
    return nil
  }

  /// The indicator at a location.
  public func indicator(at loc: IndicatorLocation) -> Indicator {
    loc.project.map { directions[loc.direction].projects[$0].indicators[loc.index] }
      ?? directions[loc.direction].indicators[loc.index]
  }

  /// Where an activity sits: its project, and the activity before it there.
  func place(of loc: ActivityLocation) -> Place {
    let project = directions[loc.direction].projects[loc.project]
    return Place(project: project.id, after: loc.activity > 0 ? project.activities[loc.activity - 1].id : nil)
  }

  /// The path of a thing in the document, for finding it in the bytes.
  func path(of thing: Thing) -> [SourceLocator.Step] {
    switch thing {
    case .roadmap: return []
    case .direction(let d): return [.key("directions"), .index(d)]
    case .project(let d, let p): return path(of: .direction(d)) + [.key("projects"), .index(p)]
    case .activity(let loc):
      return path(of: .project(loc.direction, loc.project)) + [.key("activities"), .index(loc.activity)]
    case .indicator(let loc):
      let owner: Thing = loc.project.map { .project(loc.direction, $0) } ?? .direction(loc.direction)
      return path(of: owner) + [.key("indicators"), .index(loc.index)]
    case .meeting(let m):
      return meetings[m].id == Meeting.legacyID ? [.key("meeting")] : [.key("meetings"), .index(m - firstListedMeeting)]
    }
  }

  /// A figure of an indicator as the file writes it (`"actual"` or `"plan"`).
  func figure(of loc: IndicatorLocation, _ key: String) -> Figure {
    let locator = SourceLocator(bytes: source)
    if let span = locator.span(path(of: .indicator(loc)) + [.key(key)]),
      let f = Figure(literal: String(decoding: source[span], as: UTF8.self))
    {
      return f
    }
    let v = key == "plan" ? indicator(at: loc).plan ?? 0 : indicator(at: loc).actual
    return Figure(value: v)
  }

  /// The value of a thing's `entry` field: the whole thing and where it goes; nil for
  /// things that are not added or removed (the roadmap, directions, indicators).
  func entryValue(of thing: Thing) -> FieldValue? {
    switch thing {
    case .activity(let loc):
      let place = self.place(of: loc)
      let bytes = edited.contains(loc) ? rendered(self[loc]) : Array(source[actualSpan(self[loc])])
      var entry = Entry(
        kind: .activity, parent: place.project, after: place.after,
        object: (try? JSONParser.parse(bytes)) ?? JSON(.null))
      if !edited.contains(loc) {
        entry.bytes = EntryBytes(bytes: bytes, indent: SourceLocator(bytes: source).lineIndent(actualSpan(self[loc]).lowerBound))
      }
      return .entry(entry)
    case .project(let d, let p):
      let current = edited.isEmpty ? source : serializedBytes()
      let locator = SourceLocator(bytes: current)
      guard let span = locator.span(path(of: thing)) else { return nil }
      return .entry(
        Entry(
          kind: .project, parent: directions[d].id, after: p > 0 ? directions[d].projects[p - 1].id : nil,
          object: locator.json(span)))
    case .meeting(let m) where meetings[m].id != Meeting.legacyID:
      let locator = SourceLocator(bytes: source)
      guard let span = locator.span(path(of: thing)) else { return nil }
      let k = m - firstListedMeeting
      return .entry(
        Entry(kind: .meeting, parent: "", after: k > 0 ? meetings[m - 1].id : nil, object: locator.json(span)))
    default:
      return nil
    }
  }
}

extension Figure {
  /// The figure for a number, written as JSON would: `7`, `5.6`.
  public init(value: Double) {
    if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
      literal = String(Int64(value))
    } else {
      literal = "\(value)"
    }
  }
}
