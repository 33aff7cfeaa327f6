/// Turns a parsed JSON document into a `Roadmap`, collecting every problem on the way.
///
/// Validation and construction are one pass so a million-activity file is walked once.
/// Nothing stops at the first problem: the whole file is checked and all errors returned.
struct RoadmapDecoder {
  let file: String
  let source: SourceText?
  var problems: [Problem] = []
  var ids: [String: (path: String, offset: Int)] = [:]

  init(file: String, source: SourceText?) {
    self.file = file
    self.source = source
  }

  mutating func report(
    _ message: String, at node: JSON?, path: String, id: String?, severity: Problem.Severity = .error
  ) {
    let loc = node.flatMap { $0.offset >= 0 ? source?.location(of: $0.offset) : nil }
    problems.append(
      Problem(severity: severity, file: file, location: loc, path: path, id: id, message: message))
  }

  func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

  // MARK: - Field readers

  mutating func required(_ obj: JSON, _ key: String, _ path: String, _ id: String?) -> JSON? {
    guard let v = obj[key] else {
      report("required field \"\(key)\" is missing", at: obj, path: path, id: id)
      return nil
    }
    return v
  }

  /// Reads an id (S): a non-empty string, unique across the file.
  mutating func id(_ obj: JSON, _ path: String) -> String? {
    guard let v = required(obj, "id", path, nil) else { return nil }
    guard let s = v.stringValue, !s.isEmpty else {
      report("\"id\" must be a non-empty string, found \(describeValue(v))", at: v, path: join(path, "id"), id: nil)
      return nil
    }
    if let first = ids[s] {
      let firstLoc = source.map { " at \($0.location(of: first.offset))" } ?? ""
      report("duplicate id \"\(s)\": already used by \(first.path)\(firstLoc); ids must be unique across the file",
        at: v, path: join(path, "id"), id: s)
    } else {
      ids[s] = (path, v.offset)
    }
    return s
  }

  /// Reads a text (T): a string, or an object of language code to string.
  mutating func text(_ v: JSON, _ path: String, _ id: String?) -> LocalizedText? {
    switch v.value {
    case .string(let s):
      return LocalizedText(s)
    case .object(let members) where !members.isEmpty:
      var out: [LocalizedText.Translation] = []
      for m in members {
        guard let s = m.value.stringValue, !m.key.isEmpty else {
          report("each translation must be a string under a language code, found \(describeValue(m.value)) under \"\(m.key)\"",
            at: m.value, path: join(path, m.key), id: id)
          return nil
        }
        out.append(.init(language: m.key, text: s))
      }
      return LocalizedText(translations: out)
    default:
      report("must be a string or an object of language code to string (e.g. {\"kk\": \"…\", \"ru\": \"…\"}), found \(describeValue(v))",
        at: v, path: path, id: id)
      return nil
    }
  }

  mutating func requiredText(_ obj: JSON, _ key: String, _ path: String, _ id: String?) -> LocalizedText? {
    guard let v = required(obj, key, path, id) else { return nil }
    return text(v, join(path, key), id)
  }

  mutating func optionalText(_ obj: JSON, _ key: String, _ path: String, _ id: String?) -> LocalizedText?? {
    guard let v = obj[key] else { return .some(nil) }
    guard let t = text(v, join(path, key), id) else { return nil }
    return .some(t)
  }

  mutating func number(_ v: JSON, _ path: String, _ id: String?) -> Double? {
    guard case .number(let text) = v.value, let d = Double(text), d.isFinite else {
      report("must be a finite number, found \(describeValue(v))", at: v, path: path, id: id)
      return nil
    }
    return d
  }

  mutating func date(_ v: JSON, _ path: String, _ id: String?) -> Day? {
    guard let s = v.stringValue, let d = Day(s) else {
      report("must be a real date written YYYY-MM-DD, found \(describeValue(v))", at: v, path: path, id: id)
      return nil
    }
    return d
  }

  mutating func array(_ obj: JSON, _ key: String, _ path: String, _ id: String?, optional: Bool = false) -> [JSON]? {
    guard let v = optional ? obj[key] : required(obj, key, path, id) else { return optional ? [] : nil }
    guard let a = v.arrayValue else {
      report("must be an array, found \(describeValue(v))", at: v, path: join(path, key), id: id)
      return nil
    }
    return a
  }

  mutating func object(_ v: JSON, _ path: String, what: String) -> Bool {
    guard case .object = v.value else {
      report("\(what) must be an object, found \(describeValue(v))", at: v, path: path, id: nil)
      return false
    }
    return true
  }

  // MARK: - The document

  /// Checks the whole document, collecting every problem in `problems`. (The loader
  /// builds the roadmap on its fast path; this pass only finds and places problems.)
  mutating func decode(_ root: JSON) {
    guard object(root, "", what: "the document") else { return }
    if let f = required(root, "format", "", nil), f.stringValue != "jolkarta-roadmap" {
      report("\"format\" must be \"jolkarta-roadmap\", found \(describeValue(f))", at: f, path: "format", id: nil)
    }
    if let v = required(root, "version", "", nil) {
      if case .number(let t) = v.value, Double(t) == 1 {
      } else {
        report("unsupported \"version\" \(describeValue(v)); this jolkarta reads version 1", at: v, path: "version", id: nil)
      }
    }
    _ = requiredText(root, "title", "", nil)
    _ = requiredText(root, "region", "", nil)
    _ = optionalText(root, "program", "", nil)
    let period = decodePeriod(root)
    if let v = required(root, "as_of", "", nil) { _ = date(v, "as_of", nil) }
    var directions: [Direction] = []
    var index: [String: ActivityLocation] = [:]
    if let list = array(root, "directions", "", nil) {
      for (d, dj) in list.enumerated() {
        if let dir = decodeDirection(dj, d, period: period, index: &index) { directions.append(dir) }
      }
    }
  }

  mutating func decodePeriod(_ root: JSON) -> ClosedRange<Int>? {
    guard let v = required(root, "period", "", nil), object(v, "period", what: "\"period\"") else { return nil }
    func year(_ key: String) -> Int? {
      guard let y = required(v, key, "period", nil) else { return nil }
      guard case .number(let t) = y.value, let n = Int(t), (1...9999).contains(n) else {
        report("must be a year (a whole number from 1 to 9999), found \(describeValue(y))", at: y, path: "period.\(key)", id: nil)
        return nil
      }
      return n
    }
    guard let s = year("start"), let e = year("end") else { return nil }
    guard s <= e else {
      report("\"start\" (\(s)) is after \"end\" (\(e))", at: v, path: "period", id: nil)
      return nil
    }
    return s...e
  }

  mutating func decodeIndicators(_ obj: JSON, _ path: String, _ ownerID: String?) -> [Indicator] {
    guard let list = array(obj, "indicators", path, ownerID, optional: true) else { return [] }
    var out: [Indicator] = []
    for (k, ij) in list.enumerated() {
      let p = "\(join(path, "indicators"))[\(k)]"
      guard object(ij, p, what: "an indicator") else { continue }
      let id = id(ij, p)
      let title = requiredText(ij, "title", p, id)
      let unit = requiredText(ij, "unit", p, id)
      var plan: Double?? = .some(nil)
      if let v = ij["plan"] { plan = number(v, join(p, "plan"), id).map { .some($0) } }
      let actual = required(ij, "actual", p, id).flatMap { number($0, join(p, "actual"), id) }
      if let id, let title, let unit, let plan, let actual {
        out.append(Indicator(id: id, title: title, unit: unit, plan: plan, actual: actual))
      }
    }
    return out
  }

  mutating func decodeDirection(
    _ dj: JSON, _ d: Int, period: ClosedRange<Int>?, index: inout [String: ActivityLocation]
  ) -> Direction? {
    let path = "directions[\(d)]"
    guard object(dj, path, what: "a direction") else { return nil }
    let id = id(dj, path)
    let title = requiredText(dj, "title", path, id)
    let indicators = decodeIndicators(dj, path, id)
    var projects: [Project] = []
    if let list = array(dj, "projects", path, id) {
      for (p, pj) in list.enumerated() {
        let pp = "\(path).projects[\(p)]"
        guard object(pj, pp, what: "a project") else { continue }
        let pid = self.id(pj, pp)
        let ptitle = requiredText(pj, "title", pp, pid)
        let pind = decodeIndicators(pj, pp, pid)
        var activities: [Activity] = []
        if let alist = array(pj, "activities", pp, pid) {
          activities.reserveCapacity(alist.count)
          for (a, aj) in alist.enumerated() {
            let ap = "\(pp).activities[\(a)]"
            if let act = decodeActivity(aj, ap, period: period) {
              index[act.id] = ActivityLocation(direction: d, project: projects.count, activity: activities.count)
              activities.append(act)
            }
          }
        }
        if let pid, let ptitle {
          projects.append(
            Project(id: pid, title: ptitle, indicators: pind, activities: activities,
              counts: StatusCounts(activities)))
        }
      }
    }
    guard let id, let title else { return nil }
    return Direction(id: id, title: title, indicators: indicators, projects: projects)
  }

  mutating func decodeActivity(_ aj: JSON, _ path: String, period: ClosedRange<Int>?) -> Activity? {
    guard object(aj, path, what: "an activity") else { return nil }
    let id = id(aj, path)
    let title = requiredText(aj, "title", path, id)
    var status: Status? = nil
    if let v = required(aj, "status", path, id) {
      status = v.stringValue.flatMap(Status.init(rawValue:))
      if status == nil {
        report("invalid status \(describeValue(v)); allowed: \"done\", \"in_progress\", \"pending\"",
          at: v, path: join(path, "status"), id: id)
      }
    }
    let owner = optionalText(aj, "owner", path, id)
    let note = optionalText(aj, "note", path, id)
    var due: Day?? = .some(nil)
    if let v = aj["due"] {
      due = date(v, join(path, "due"), id).map { .some($0) }
      if let day = due ?? nil, let period, !period.contains(day.year) {
        report("due date \(day) is outside the programme period \(period.lowerBound)–\(period.upperBound)",
          at: v, path: join(path, "due"), id: id, severity: .warning)
      }
    }
    guard let id, let title, let status, let owner, let note, let due else { return nil }
    return Activity(id: id, title: title, status: status, owner: owner, due: due, note: note)
  }
}

/// A short rendering of a value for messages: strings quoted and cut, others by kind.
func describeValue(_ v: JSON) -> String {
  switch v.value {
  case .string(let s):
    let cut = s.count > 60 ? String(s.prefix(60)) + "…" : s
    return "\"" + cut.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() + "\""
  case .number(let t): return t.count > 40 ? String(t.prefix(40)) + "…" : t
  case .bool(let b): return b ? "true" : "false"
  case .null: return "null"
  default: return v.kindName
  }
}
