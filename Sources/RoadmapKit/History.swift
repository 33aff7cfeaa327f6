import Foundation

/// One line of a roadmap's history: who changed which field of which activity, when.
public struct HistoryEntry: Sendable, Hashable {
  /// When, as ISO 8601 in UTC (`2023-11-30T10:15:00Z`).
  public var time: String
  /// Who: `--author`, else `JOLKARTA_AUTHOR`, else the login name.
  public var author: String
  /// The activity's id.
  public var id: String
  /// The field changed.
  public var field: Field
  /// The value before (nil: absent).
  public var old: FieldValue?
  /// The value after (nil: removed).
  public var new: FieldValue?

  /// Makes an entry.
  public init(
    time: String, author: String, id: String, field: Field, old: FieldValue?,
    new: FieldValue?
  ) {
    self.time = time
    self.author = author
    self.id = id
    self.field = field
    self.old = old
    self.new = new
  }

  /// The entry as a JSON object, in the order of the fields above.
  public var json: JSON {
    JSON(
      .object([
        .init(key: "time", value: .string(time)),
        .init(key: "author", value: .string(author)),
        .init(key: "id", value: .string(id)),
        .init(key: "field", value: .string(field.rawValue)),
        .init(key: "old", value: old?.json ?? JSON(.null)),
        .init(key: "new", value: new?.json ?? JSON(.null)),
      ]))
  }

  /// Reads the confirmed entries of a history file; a missing file is an empty history.
  ///
  /// Without the roadmap, the last save counts even when it has no outcome line (its
  /// writer may have been killed before it replaced the file, and no one opened or
  /// saved the roadmap since); `read(path:confirmingWith:)` decides that one too.
  public static func read(path: String) -> (entries: [HistoryEntry], problems: [Problem]) {
    read(path: path, confirmingWith: nil)
  }

  /// Reads the confirmed entries of a history file, deciding the last save, when it has
  /// no outcome line, against `current`, the roadmap as it is on disk now.
  ///
  /// A line that is not a valid entry (a torn line after a crash, a hand edit) is
  /// reported with its line number and skipped, never fatal; the lines after it are read.
  public static func read(path: String, confirmingWith current: Roadmap?) -> (
    entries: [HistoryEntry], problems: [Problem]
  ) {
    guard FileManager.default.fileExists(atPath: path) else { return ([], []) }
    let bytes: [UInt8]
    do { bytes = try RoadmapLoader.readFile(path) } catch { return ([], error.problems) }
    let text = HistoryText(bytes[...], file: path, firstLine: 1)
    return (HistoryConfirmation(text.lines, current: current).entries, text.problems)
  }

  /// The line as stored: the entry's members, then the save it belongs to.
  func storedLine(save: String) -> [UInt8] {
    var json = self.json
    json.setMember("save", to: .string(save))
    return JSONWriter.compactBytes(json) + [0x0A]
  }

  init?(_ json: JSON) {
    guard let time = json["time"]?.stringValue, let author = json["author"]?.stringValue,
      let id = json["id"]?.stringValue, let f = json["field"]?.stringValue,
      let field = Field(rawValue: f)
    else { return nil }
    func value(_ v: JSON?) -> FieldValue?? { FieldValue.read(v, of: field) }
    guard let old = value(json["old"]), let new = value(json["new"]) else { return nil }
    self.init(time: time, author: author, id: id, field: field, old: old, new: new)
  }
}

/// One line of a history file as stored.
enum HistoryLine: Equatable {
  /// A change; `save` groups the lines of one commit (nil on lines from before saves
  /// were marked: those count as confirmed).
  case change(HistoryEntry, save: String?)
  /// The outcome of a save: whether its new values reached the roadmap.
  case outcome(save: String, committed: Bool)

  /// `{"save":"…","committed":true}` and its line end.
  static func outcomeLine(save: String, committed: Bool) -> [UInt8] {
    Array(#"{"save":"\#(save)","committed":\#(committed)}"#.utf8) + [0x0A]
  }
}

/// The lines of (a part of) a history file, with a problem for each damaged one.
struct HistoryText {
  var lines: [HistoryLine] = []
  var problems: [Problem] = []

  /// Parses `bytes`, whose first line is line `firstLine` of `file`.
  init(_ bytes: ArraySlice<UInt8>, file: String, firstLine: Int) {
    var number = firstLine
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      defer { number += 1 }
      if line.isEmpty { continue }
      if let parsed = Self.parse(line) {
        lines.append(parsed)
        continue
      }
      problems.append(
        Problem(
          severity: .warning, file: file, location: SourceLocation(line: number, column: 1),
          message: "not a history entry; skipped"))
      // A line torn by a crash may have had the next one appended to it (by versions
      // that did not end it first): what follows the tear is still read.
      if let salvaged = Self.salvage(line) { lines.append(salvaged) }
    }
  }

  static func parse(_ line: ArraySlice<UInt8>) -> HistoryLine? {
    guard let json = try? JSONParser.parse(Array(line)) else { return nil }
    if let entry = HistoryEntry(json) { return .change(entry, save: json["save"]?.stringValue) }
    if let save = json["save"]?.stringValue, case .bool(let committed)? = json["committed"]?.value {
      return .outcome(save: save, committed: committed)
    }
    return nil
  }

  /// The last whole line glued after a torn one, if any.
  static func salvage(_ line: ArraySlice<UInt8>) -> HistoryLine? {
    let starts = [Array(#"{"time":"#.utf8), Array(#"{"save":"#.utf8)]
    var k = line.index(after: line.startIndex)
    while k < line.endIndex {
      if line[k] == 0x7B, starts.contains(where: { line[k...].starts(with: $0) }),
        let parsed = parse(line[k...])
      {
        return parsed
      }
      k += 1
    }
    return nil
  }
}

/// Which lines of a history are confirmed: the rule of docs/FORMAT.md, "Which lines count".
///
/// A save with an outcome line counts as that line says. A save without one counts when
/// other lines follow it: the writer of those decided it first (and wrote an outcome
/// line had it not reached the file). The last save, when it has none, is decided by
/// the roadmap now: it counts when every one of its lines' `new` is the value there
/// (within the save, a later line of the same field stands for the file). Without the
/// roadmap it counts.
struct HistoryConfirmation {
  /// The counted entries, in file order.
  var entries: [HistoryEntry] = []
  /// The last save, when it had no outcome and could be decided: whether it counts.
  var decided: (save: String, counts: Bool)?

  private struct Key: Hashable {
    var id: String
    var field: Field
  }

  /// Confirms against the roadmap as it is now (nil: unknown).
  init(_ lines: [HistoryLine], current: Roadmap?) {
    self.init(lines) { id, field in
      current.map { .some($0.value(of: field, id: id) ?? nil) } ?? .none
    }
  }

  /// Confirms against `valueNow`, the value of a field on disk now (`.none`: unknown).
  init(_ lines: [HistoryLine], valueNow: (String, Field) -> FieldValue??) {
    var outcome: [String: Bool] = [:]
    for case .outcome(let save, let committed) in lines { outcome[save] = committed }
    // Groups of consecutive change lines of one save (unmarked lines: one each).
    var groups: [(save: String?, entries: [HistoryEntry])] = []
    for case .change(let entry, let save) in lines {
      if let save, let last = groups.last, last.save == save {
        groups[groups.count - 1].entries.append(entry)
      } else {
        groups.append((save, [entry]))
      }
    }
    for (g, group) in groups.enumerated() {
      guard let save = group.save else {
        entries += group.entries
        continue
      }
      if let known = outcome[save] {
        if known { entries += group.entries }
      } else if g < groups.count - 1 {
        entries += group.entries
      } else if let counts = Self.reachedTheFile(group.entries, valueNow) {
        decided = (save, counts)
        if counts { entries += group.entries }
      } else {
        entries += group.entries
      }
    }
  }

  /// Whether the file now holds every new value of the save (nil: cannot be told).
  private static func reachedTheFile(
    _ lines: [HistoryEntry], _ valueNow: (String, Field) -> FieldValue??
  ) -> Bool? {
    var later: [Key: FieldValue?] = [:]
    for e in lines.reversed() {
      let key = Key(id: e.id, field: e.field)
      let seen: FieldValue?? = later[key].map { .some($0) } ?? valueNow(e.id, e.field)
      guard case .some(let value) = seen else { return nil }
      // An entry line says the thing was added or removed: whether it is there is what
      // the file can confirm (a later line of the same save may have changed it since).
      if e.field == .entry ? (value == nil) != (e.new == nil) : value != e.new { return false }
      later[key] = e.old
    }
    return true
  }
}
