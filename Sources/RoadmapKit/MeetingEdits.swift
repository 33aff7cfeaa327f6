/// Recording a meeting: its entry in the top-level `meetings` list (made when the file
/// has none, and taken away with the last one, so that undoing gives the same bytes).
extension Roadmap {
  /// Where `meetings` entries of the list start in `meetings` (after the legacy block).
  var firstListedMeeting: Int { meetings.first?.id == Meeting.legacyID ? 1 : 0 }

  /// Puts a meeting into the list, in the model and in the source.
  mutating func insertMeeting(_ entry: Entry) throws(EditError) {
    let meeting = try Meeting(entryObject: entry.object)
    let listed = meetings[firstListedMeeting...].map(\.id)
    let k = index(after: entry.after, in: listed)
    let locator = SourceLocator(bytes: source)
    if locator.span([.key("meetings")]) == nil {
      // The first meeting of the file: the member is made, as the canonical writer lays
      // it out, before "directions".
      foldEdits()
      let top = SourceLocator(bytes: source)
      let object = top.span([])!
      let members = top.members(object)
      guard let directionsAt = members.firstIndex(where: { $0.key == "directions" }) else {
        throw EditError.invalidValue(field: .entry, reason: .noDirections)
      }
      let keyStart = members[directionsAt].keyStart
      let separator =
        directionsAt > 0
        ? Array(source[members[directionsAt - 1].value.upperBound..<keyStart]).dropFirst()
        : Array(source[(object.lowerBound + 1)..<keyStart])[...]
      var text: [UInt8] = []
      JSONWriter.writeString("meetings", into: &text)
      let indent = top.lineIndent(keyStart)
      text += Array(": ".utf8)
        + Self.render(JSON(.array([entry.object])), indent: indent, multiline: top.isMultiline(object))
      text += [0x2C] + separator
      splice(keyStart..<keyStart, with: text)
    } else {
      insertElement(entry.object, bytes: entry.bytes, into: [.key("meetings")], at: k)
    }
    meetings.insert(meeting, at: firstListedMeeting + k)
  }

  /// Takes a meeting out of the list; the last one takes the `meetings` member with it.
  mutating func removeMeeting(at i: Int) {
    let k = i - firstListedMeeting
    foldEdits()
    let locator = SourceLocator(bytes: source)
    if let list = locator.span([.key("meetings")]), locator.elements(list).count == 1 {
      let object = locator.span([])!
      let members = locator.members(object)
      if let m = members.firstIndex(where: { $0.key == "meetings" }), m + 1 < members.count {
        splice(members[m].keyStart..<members[m + 1].keyStart, with: [])
      }
    } else {
      removeElement(k, of: [.key("meetings")])
    }
    meetings.remove(at: i)
  }
}

extension Meeting {
  /// A meeting from its object, checked by the format's rules.
  init(entryObject json: JSON) throws(EditError) {
    if let problem = RoadmapDecoder.problems(of: json, as: .meeting).first {
      throw EditError.invalidValue(field: .entry, reason: .entryProblem(problem))
    }
    guard let id = json["id"]?.stringValue, let date = json["date"]?.stringValue.flatMap(Day.init) else {
      throw EditError.invalidValue(field: .entry, reason: .meetingNeedsIDAndDate)
    }
    self.init(
      id: id, date: date, chair: json["chair"].flatMap(LocalizedText.init(json:)),
      reporter: json["reporter"].flatMap(LocalizedText.init(json:)),
      speakers: json["speakers"]?.arrayValue?.compactMap(LocalizedText.init(json:)) ?? [],
      decision: json["decision"].flatMap(LocalizedText.init(json:)))
  }

  /// The id for a meeting on `date`: `meeting.YYYY-MM-DD`, `-2`, `-3`… when taken.
  static func newID(on date: Day, taken: (String) -> Bool) -> String {
    let base = "meeting.\(date)"
    if !taken(base) { return base }
    var n = 2
    while taken("\(base)-\(n)") { n += 1 }
    return "\(base)-\(n)"
  }
}

extension Roadmap {
  /// The changes that record a meeting, as one step: the format's version 2 when the
  /// file is still at 1, the meeting in the list, and the "as of" day moved to its date.
  public func recording(
    date: Day, chair: LocalizedText? = nil, reporter: LocalizedText? = nil, speakers: [LocalizedText] = [],
    decision: LocalizedText? = nil
  ) -> [Change] {
    let id = Meeting.newID(on: date, taken: { thing($0) != nil })
    let meeting = Meeting(id: id, date: date, chair: chair, reporter: reporter, speakers: speakers, decision: decision)
    let listed = meetings[firstListedMeeting...]
    let entry = Entry(kind: .meeting, parent: "", after: listed.last?.id, object: meeting.json)
    var changes: [Change] = []
    if version < 2 {
      changes.append(Change(id: "", field: .version, old: .number(Figure(value: Double(version))), new: .number(Figure(value: 2))))
    }
    changes.append(Change(id: id, field: .entry, old: nil, new: .entry(entry)))
    if asOf != date { changes.append(Change(id: "", field: .asOf, old: .day(asOf), new: .day(date))) }
    return changes
  }
}

extension Roadmap {
  /// The carry-over decision (the seed meeting's: what is not done this year is to be
  /// done next year): each unfinished activity due in `year` gets the same day a year
  /// later.
  public func carryOver(year: Int) -> [Change] {
    allActivities.compactMap { _, a in
      guard a.status != .done, let due = a.due, due.year == year else { return nil }
      return Change(id: a.id, field: .due, old: .day(due), new: .day(due.nextYear))
    }
  }
}
