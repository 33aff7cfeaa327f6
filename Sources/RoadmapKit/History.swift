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
  public var field: ActivityField
  /// The value before (nil: absent).
  public var old: FieldValue?
  /// The value after (nil: removed).
  public var new: FieldValue?

  /// Makes an entry.
  public init(time: String, author: String, id: String, field: ActivityField, old: FieldValue?, new: FieldValue?) {
    self.time = time
    self.author = author
    self.id = id
    self.field = field
    self.old = old
    self.new = new
  }

  /// The entry as a JSON object, in the order of the fields above.
  public var json: JSON {
    JSON(.object([
      .init(key: "time", value: .string(time)),
      .init(key: "author", value: .string(author)),
      .init(key: "id", value: .string(id)),
      .init(key: "field", value: .string(field.rawValue)),
      .init(key: "old", value: old?.json ?? JSON(.null)),
      .init(key: "new", value: new?.json ?? JSON(.null)),
    ]))
  }

  /// Reads every entry of a history file; a missing file is an empty history.
  ///
  /// A line that is not a valid entry (a torn last line after a crash, a hand edit)
  /// is reported with its line number and skipped, never fatal.
  public static func read(path: String) -> (entries: [HistoryEntry], problems: [Problem]) {
    guard FileManager.default.fileExists(atPath: path) else { return ([], []) }
    let bytes: [UInt8]
    do { bytes = try RoadmapLoader.readFile(path) } catch { return ([], error.problems) }
    var entries: [HistoryEntry] = []
    var problems: [Problem] = []
    for (n, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
      if let e = try? JSONParser.parse(Array(line)), let entry = HistoryEntry(e) {
        entries.append(entry)
      } else {
        problems.append(Problem(severity: .warning, file: path, location: SourceLocation(line: n + 1, column: 1),
          message: "not a history entry; skipped"))
      }
    }
    return (entries, problems)
  }

  init?(_ json: JSON) {
    guard let time = json["time"]?.stringValue, let author = json["author"]?.stringValue,
      let id = json["id"]?.stringValue, let f = json["field"]?.stringValue,
      let field = ActivityField(rawValue: f)
    else { return nil }
    func value(_ v: JSON?) -> FieldValue?? {
      guard let v else { return .some(nil) }
      if case .null = v.value { return .some(nil) }
      switch field {
      case .status: return v.stringValue.flatMap(Status.init(rawValue:)).map { .some(.status($0)) }
      case .due: return v.stringValue.flatMap(Day.init).map { .some(.day($0)) }
      case .owner, .note:
        if let s = v.stringValue { return .some(.text(LocalizedText(s))) }
        guard let members = v.objectValue else { return nil }
        var t: [LocalizedText.Translation] = []
        for m in members {
          guard let s = m.value.stringValue else { return nil }
          t.append(.init(language: m.key, text: s))
        }
        return .some(.text(LocalizedText(translations: t)))
      }
    }
    guard let old = value(json["old"]), let new = value(json["new"]) else { return nil }
    self.init(time: time, author: author, id: id, field: field, old: old, new: new)
  }
}
