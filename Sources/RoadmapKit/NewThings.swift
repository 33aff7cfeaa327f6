import Foundation

/// Making new things: their ids and objects, as every front end needs them.
extension Roadmap {
  /// The id for a new activity of a project: the project's pattern continued
  /// (`d1.schools.12` after `d1.schools.11`, the digits as wide as theirs), else
  /// `<project>.01`; never an id the file already has.
  public func newActivityID(inProject projectID: String) -> String {
    let siblings = projectLocation(projectID).map { directions[$0.direction].projects[$0.project].activities.map(\.id) } ?? []
    return Self.nextID(after: siblings, prefix: projectID + ".", taken: { thing($0) != nil })
  }

  /// The id for a new project of a direction: `<direction>.p<n>` continued the same way
  /// when its projects are numbered, else `<direction>.<n>`.
  public func newProjectID(inDirection directionID: String) -> String {
    let siblings = directions.first { $0.id == directionID }?.projects.map(\.id) ?? []
    return Self.nextID(after: siblings, prefix: directionID + ".", taken: { thing($0) != nil })
  }

  /// The next of a numbered series: the last sibling that ends in digits gives the prefix
  /// and width, the largest number of that prefix plus one the number. Siblings named
  /// after the parent (`prefix`) come first: an activity moved in keeps its old project's
  /// id, and a new one must not continue that project's series.
  static func nextID(after siblings: [String], prefix: String, taken: (String) -> Bool) -> String {
    let numbered = siblings.compactMap { id -> (stem: String, number: Int, width: Int)? in
      let digits = id.reversed().prefix(while: \.isASCIIDigitCharacter)
      guard !digits.isEmpty, let n = Int(String(digits.reversed())) else { return nil }
      return (String(id.dropLast(digits.count)), n, digits.count)
    }
    let own = numbered.filter { $0.stem.hasPrefix(prefix) }
    let series = own.isEmpty ? numbered : own
    let stem = series.last?.stem ?? prefix, width = series.last?.width ?? 2
    let largest = series.filter { $0.stem == stem }.map(\.number).max() ?? 0
    var n = largest + 1
    while true {
      let number = String(n)
      let id = stem + String(repeating: "0", count: max(0, width - number.count)) + number
      if !taken(id) { return id }
      n += 1
    }
  }
}

extension Character {
  var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension Entry {
  /// A new activity for a project: pending unless told, owner and due when given.
  public static func newActivity(
    id: String, project: String, after: String?, title: LocalizedText, status: Status = .pending,
    owner: LocalizedText? = nil, due: Day? = nil
  ) -> Entry {
    var members: [JSON.Member] = [
      .init(key: "id", value: .string(id)), .init(key: "title", value: title.json),
      .init(key: "status", value: .string(status.rawValue)),
    ]
    if let owner { members.append(.init(key: "owner", value: owner.json)) }
    if let due { members.append(.init(key: "due", value: .string(due.description))) }
    return Entry(kind: .activity, parent: project, after: after, object: JSON(.object(members)))
  }

  /// A new, empty project for a direction.
  public static func newProject(id: String, direction: String, after: String?, title: LocalizedText) -> Entry {
    Entry(
      kind: .project, parent: direction, after: after,
      object: JSON(.object([
        .init(key: "id", value: .string(id)), .init(key: "title", value: title.json),
        .init(key: "indicators", value: JSON(.array([]))), .init(key: "activities", value: JSON(.array([]))),
      ])))
  }
}

extension Figure {
  /// Why a figure typed by a user was not taken.
  public enum InputProblem: Error, Equatable, Sendable {
    /// Not a number at all.
    case notANumber
    /// A number outside the field's domain.
    case outOfDomain(String)
  }

  /// A figure as people type it: `1 710`, `1 710` (no-break space), `5,6` and `5.6`;
  /// the result is the JSON number (`1710`, `5.6`). `field` is `.actual` or `.plan`, whose
  /// domains are the format's.
  public static func parse(userInput text: String, for field: Field) -> Result<Figure, InputProblem> {
    var s = text.trimmingCharacters(in: .whitespaces)
    s.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" }
    // One comma is the decimal comma; with a point too, it is not a number.
    if s.contains(",") {
      guard !s.contains("."), s.filter({ $0 == "," }).count == 1 else { return .failure(.notANumber) }
      s = s.replacingOccurrences(of: ",", with: ".")
    }
    if s.hasPrefix("+") { s.removeFirst() }
    // JSON has no leading zeros or bare points: "05" and ".5" are still numbers to people.
    if s.hasPrefix(".") { s = "0" + s }
    while s.count > 1, s.hasPrefix("0"), !s.hasPrefix("0.") { s.removeFirst() }
    guard let figure = Figure(literal: s) else { return .failure(.notANumber) }
    let domain: NumberDomain = field == .plan ? .plan : .actual
    guard domain.allows(figure.value) else { return .failure(.outOfDomain(domain.allowed)) }
    return .success(figure)
  }
}

/// The nearest of some words to one typed: for "did you mean …?".
public enum Suggestions {
  /// Up to `limit` of `candidates` closest to `word` by edit distance, nearest first,
  /// only those close enough to be a slip (at most a third of the word's length, at
  /// least 2), and any that contain it or it contains.
  public static func nearest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
    let w = Array(word.lowercased())
    let bound = max(2, w.count / 3)
    var scored: [(String, Int)] = []
    for c in candidates {
      let lower = c.lowercased()
      if word.count >= 3, lower.contains(word.lowercased()) {
        scored.append((c, 0))
        continue
      }
      let d = distance(w, Array(lower), bound: bound)
      if d <= bound { scored.append((c, d)) }
    }
    return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
  }

  /// Levenshtein distance, giving up (bound + 1) beyond `bound`.
  static func distance(_ a: [Character], _ b: [Character], bound: Int) -> Int {
    if abs(a.count - b.count) > bound { return bound + 1 }
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var prev = row[0]
      row[0] = i
      var best = row[0]
      for j in stride(from: 1, through: b.count, by: 1) {
        let cur = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
        prev = cur
        best = min(best, row[j])
      }
      if best > bound { return bound + 1 }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}

extension Roadmap {
  /// The addition of `entry` under a fresh id, for when its own was taken by another
  /// writer's addition in the meantime: the next of its project's (or direction's) series,
  /// or the meeting's day with a suffix.
  func renamedAddition(_ entry: Entry) -> Change {
    let fresh: String
    switch entry.kind {
    case .activity: fresh = newActivityID(inProject: entry.parent)
    case .project: fresh = newProjectID(inDirection: entry.parent)
    case .meeting:
      let day = entry.object["date"]?.stringValue.flatMap(Day.init) ?? asOf
      fresh = Meeting.newID(on: day, taken: { thing($0) != nil })
    }
    var e = entry
    e.object.setMember("id", to: .string(fresh))
    e.bytes = nil
    return Change(id: fresh, field: .entry, old: nil, new: .entry(e))
  }
}
