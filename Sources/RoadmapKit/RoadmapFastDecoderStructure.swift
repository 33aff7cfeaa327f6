extension RoadmapFastDecoder {
  /// Reads the whole document; `Bail` unless it is a valid roadmap.
  mutating func document(source: [UInt8]) throws(Bail) -> Roadmap {
    // About 400 bytes an activity in practice: sizing the index once saves its rehashes.
    activityIndex.reserveCapacity(c.buf.count / 400)
    sinkBytes = c.buf.count
    if let at = splitAt ?? (ProjectRuns.worthIt(c.buf.count) ? c.buf.count / 2 : nil) {
      split = ProjectRuns(c.buf, from: at, keepTexts: keepTexts, texts: textSinks)
      sinkBytes = at
    }
    // On every way out, success or not: the second core reads the same buffer.
    defer { split?.finish() }
    guard try open(0x7B, 0x7D) else { throw Bail() }
    var seen: UInt32 = 0
    var others = NameSet()
    var formatOK = false, version: Int?
    var title: LocalizedText?, region: LocalizedText?, program: LocalizedText?
    var period: ClosedRange<Int>?, asOf: Day?
    var directions: [Direction]?
    var legacy: Meeting?, meetingsAt: Int?
    repeat {
      switch try key(&seen, &others) {
      case .format: formatOK = try string() == "jolkarta-roadmap"
      case .version: version = FormatRules.version(try number())
      case .meeting:
        // Lenient, in every version: whatever it holds, the file is not refused for it.
        guard let block = try? c.value(depth: 1) else { throw Bail() }
        legacy = Meeting(legacy: block)
      case .meetings:
        // Whether it is read depends on the version, which may come after it: looked at
        // once the whole document is read.
        meetingsAt = c.i
        try skipValue(1)
      case .title: title = try text()
      case .region: region = try text()
      case .program: program = try text()
      case .asOf: asOf = try day()
      case .period: period = try periodValue(depth: FormatRules.depth(below: 1, in: .object(.period)))
      case .directions: directions = try directionList(depth: FormatRules.depth(below: 1, in: .list(.direction)))
      default: try skipValue(1)
      }
    } while try more(0x7D)
    try requireFields(seen, of: .document)
    c.skipSpace()
    guard c.i == c.buf.count, formatOK, let version, let title, let region, let period, let asOf,
      let directions
    else { throw Bail() }
    var meetings = legacy.map { [$0] } ?? []
    if let meetingsAt, version >= Self.meetingsSince {
      // Last, so that an id a meeting shares with anything else in the file is seen.
      c.i = meetingsAt
      meetings += try meetingList(depth: FormatRules.depth(below: 1, in: .list(.meeting)))
      c.i = c.buf.count
    }
    var roadmap = Roadmap(
      title: title, region: region, program: program, period: period, asOf: asOf,
      directions: directions, meetings: meetings, source: source, activityIndex: activityIndex)
    roadmap.ownerTable = ownerTable
    roadmap.version = version
    roadmap.origin = source
    textSinks?.append(sink)
    return roadmap
  }

  /// `depth`: where the members sit, as `JSONParser` counts (see `FormatRules.depth`).
  mutating func periodValue(depth: Int) throws(Bail) -> ClosedRange<Int> {
    guard try open(0x7B, 0x7D) else { throw Bail() }
    var seen: UInt32 = 0
    var others = NameSet()
    var start: Int?, end: Int?
    repeat {
      switch try key(&seen, &others) {
      case .start: start = try year()
      case .end: end = try year()
      default: try skipValue(depth)
      }
    } while try more(0x7D)
    try requireFields(seen, of: .period)
    guard let start, let end, start <= end else { throw Bail() }
    return start...end
  }

  /// The version from which `meetings` is read (the rules table's).
  static let meetingsSince = FormatRules.fields(of: .document).first { $0.name == "meetings" }!.since

  mutating func meetingList(depth: Int) throws(Bail) -> [Meeting] {
    guard try open(0x5B, 0x5D) else { return [] }
    var out: [Meeting] = []
    repeat {
      guard try open(0x7B, 0x7D) else { throw Bail() }
      var seen: UInt32 = 0
      var others = NameSet()
      var id: String?, date: Day?, chair: LocalizedText?, reporter: LocalizedText?
      var speakers: [LocalizedText] = [], decision: LocalizedText?
      repeat {
        switch try key(&seen, &others) {
        case .id: id = try self.id(); try otherID(id!)
        case .date: date = try day()
        case .chair: chair = try text()
        case .reporter: reporter = try text()
        case .speakers: speakers = try texts()
        case .decision: decision = try text()
        default: try skipValue(depth)
        }
      } while try more(0x7D)
      try requireFields(seen, of: .meeting)
      guard let id, let date else { throw Bail() }
      out.append(Meeting(id: id, date: date, chair: chair, reporter: reporter, speakers: speakers, decision: decision))
    } while try more(0x5D)
    return out
  }

  mutating func year() throws(Bail) -> Int {
    c.skipSpace()
    // `number()` expects to stand on a digit or '-': at the end of a truncated file it would trap.
    guard c.i < c.buf.count, c.buf[c.i] == 0x2D || (c.buf[c.i] >= 0x30 && c.buf[c.i] <= 0x39),
      let t = try? c.number(), let n = Int(t), (1...9999).contains(n)
    else { throw Bail() }
    return n
  }

  mutating func indicatorList(depth: Int) throws(Bail) -> [Indicator] {
    guard try open(0x5B, 0x5D) else { return [] }
    var out: [Indicator] = []
    repeat {
      guard try open(0x7B, 0x7D) else { throw Bail() }
      var seen: UInt32 = 0
      var others = NameSet()
      var id: String?, title: LocalizedText?, unit: PluralText?, plan: Double?, actual: Double?
      repeat {
        switch try key(&seen, &others) {
        case .id: id = try self.id(); try otherID(id!)
        case .title: title = try text()
        case .unit: unit = try pluralText()
        case .plan: plan = try number(.plan)
        case .actual: actual = try number(.actual)
        default: try skipValue(depth)
        }
      } while try more(0x7D)
      try requireFields(seen, of: .indicator)
      guard let id, let title, let unit, let actual else { throw Bail() }
      out.append(Indicator(id: id, title: title, unitForms: unit, plan: plan, actual: actual))
    } while try more(0x5D)
    return out
  }

  mutating func directionList(depth: Int) throws(Bail) -> [Direction] {
    guard try open(0x5B, 0x5D) else { return [] }
    var out: [Direction] = []
    repeat {
      guard try open(0x7B, 0x7D) else { throw Bail() }
      var seen: UInt32 = 0
      var others = NameSet()
      var id: String?, title: LocalizedText?, indicators: [Indicator] = [], projects: [Project]?
      repeat {
        switch try key(&seen, &others) {
        case .id: id = try self.id(); try otherID(id!)
        case .title: title = try text()
        case .indicators: indicators = try indicatorList(depth: FormatRules.depth(below: depth, in: .list(.indicator)))
        case .projects:
          projects = try projectList(direction: out.count, depth: FormatRules.depth(below: depth, in: .list(.project)))
        default: try skipValue(depth)
        }
      } while try more(0x7D)
      try requireFields(seen, of: .direction)
      guard let id, let title, let projects else { throw Bail() }
      out.append(Direction(id: id, title: title, indicators: indicators, projects: projects))
    } while try more(0x5D)
    return out
  }

  mutating func projectList(direction: Int, depth: Int) throws(Bail) -> [Project] {
    guard try open(0x5B, 0x5D) else { return [] }
    var out: [Project] = []
    repeat {
      c.skipSpace()
      // The second core may have read the rest of this list already (`ProjectRuns`).
      if let split, c.i >= split.start, let run = split.take(at: c.i) {
        out += try adopt(run, direction: direction, base: out.count)
        return out
      }
      out.append(try project(direction: direction, index: out.count, depth: depth))
    } while try more(0x5D)
    return out
  }

  /// One project object, the `index`th of its direction's list.
  mutating func project(direction: Int, index: Int, depth: Int) throws(Bail) -> Project {
    guard try open(0x7B, 0x7D) else { throw Bail() }
    var seen: UInt32 = 0
    var others = NameSet()
    var id: String?, title: LocalizedText?, indicators: [Indicator] = [], activities: [Activity]?
    repeat {
      switch try key(&seen, &others) {
      case .id: id = try self.id(); try otherID(id!)
      case .title: title = try text()
      case .indicators: indicators = try indicatorList(depth: FormatRules.depth(below: depth, in: .list(.indicator)))
      case .activities:
        activities = try activityList(
          direction: direction, project: index, depth: FormatRules.depth(below: depth, in: .list(.activity)))
      // A guess that started at a direction would skip a quarter of the file: give it up.
      case .projects where speculative: throw Bail()
      default: try skipValue(depth)
      }
    } while try more(0x7D)
    try requireFields(seen, of: .project)
    guard let id, let title, let activities else { throw Bail() }
    return Project(id: id, title: title, indicators: indicators, activities: activities,
      counts: StatusCounts(activities))
  }

  mutating func activityList(direction: Int, project: Int, depth: Int) throws(Bail) -> [Activity] {
    guard try open(0x5B, 0x5D) else { return [] }
    var out: [Activity] = []
    repeat {
      out.append(try activity(direction: direction, project: project, index: out.count, depth: depth))
      untilReport -= 1
      if untilReport == 0, let progress {
        untilReport = 4096
        progress.report(0.3 + 0.7 * Double(c.i) / Double(max(1, c.buf.count)))
        if progress.isCancelled { throw Bail() }
      }
    } while try more(0x5D)
    return out
  }

  /// One activity object, the `index`th of its project's list, entered in the id index.
  /// (`RoadmapLoader.decode(_:after:)` reads the changed ones of a reload with it.)
  mutating func activity(direction: Int, project: Int, index: Int, depth: Int) throws(Bail) -> Activity {
    c.skipSpace()
    let start = c.i
    guard try open(0x7B, 0x7D) else { throw Bail() }
    var seen: UInt32 = 0
    var others = NameSet()
    var id: String?, title: LocalizedText?, status: Status?
    var owner: LocalizedText?, due: Day?, note: LocalizedText?
    var ownerSlot: Int32 = -1
    repeat {
      switch try key(&seen, &others) {
      case .id: id = try self.id()
      case .title: title = try activityText()
      case .status: status = try self.status()
      case .owner:
        if keepTexts { (owner, ownerSlot) = try self.owner() } else { try skipText() }
      case .due: due = try day()
      case .note: if keepTexts { note = try text() } else { try skipText() }
      default: try skipValue(depth)
      }
    } while try more(0x7D)
    try requireFields(seen, of: .activity)
    guard let id, let title, let status, !otherIDs.contains(id) else { throw Bail() }
    let location = ActivityLocation(direction: direction, project: project, activity: index)
    guard activityIndex.updateValue(location, forKey: id) == nil else { throw Bail() }
    var activity = Activity(id: id, title: title, status: status, owner: owner, due: due, note: note)
    activity.span = start..<c.i
    activity.ownerSlot = ownerSlot
    if let textSinks {
      if sink == nil { sink = textSinks.make(sinkBytes) }
      sink!.add(title: title, id: id)
    }
    return activity
  }
}
