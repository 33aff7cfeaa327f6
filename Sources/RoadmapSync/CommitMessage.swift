import RoadmapKit

/// The message of a commit of this office's saved changes, naming them as the history
/// does: "d1.schools.07: status in_progress → done".
public enum CommitMessage {
  /// How many changes the body lists before it says how many more there are.
  static let listed = 50

  /// The subject and body for the changes from `before` to `after` (the roadmap as last
  /// committed, nil for its first commit).
  public static func message(from before: Roadmap?, to after: Roadmap) -> String {
    guard let before else { return "jolkarta: add the roadmap «\(inert(after.title.resolved("en")))»" }
    let diff = RoadmapDiff.between(before, after)
    var lines = diff.changes.map(line) + diff.members.map { "\(label($0.id)): \($0.key) changed" }
    lines += diff.unsupported
    guard !lines.isEmpty else { return "jolkarta: roadmap saved" }
    if lines.count == 1 { return lines[0] }
    let subject = "jolkarta: \(lines.count) changes (\(lines[0])…)"
    let shown = lines.prefix(listed).joined(separator: "\n")
    let more = lines.count > listed ? "\n… and \(lines.count - listed) more" : ""
    return subject + "\n\n" + shown + more
  }

  /// One change in words.
  static func line(_ c: Change) -> String {
    let id = inert(label(c.id))
    if c.field == .entry {
      switch (c.old, c.new) {
      case (nil, .entry(let e)?): return "\(id): added (\(e.kind.rawValue) «\(inert(e.title?.resolved() ?? e.id))»)"
      case (.entry(let e)?, nil): return "\(id): removed (\(e.kind.rawValue) «\(inert(e.title?.resolved() ?? e.id))»)"
      default: return "\(id): changed"
      }
    }
    return "\(id): \(c.field.rawValue) \(value(c.old)) → \(value(c.new))"
  }

  static func label(_ id: String) -> String { id.isEmpty ? "roadmap" : id }

  static func value(_ v: FieldValue?) -> String {
    guard let v else { return "—" }
    let s = inert(v.description)
    return s.count > 60 ? String(s.prefix(59)) + "…" : s
  }

  /// Text from the file as data in a commit message: control characters (escapes a
  /// terminal showing `git log` would obey, line breaks that would forge a trailer)
  /// become spaces.
  static func inert(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : $0 }))
  }
}
