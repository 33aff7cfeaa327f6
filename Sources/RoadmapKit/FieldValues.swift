/// The values of the fields that are not plain texts, days or statuses: a figure, a
/// place in the tree, a whole thing added or removed.

/// A figure as the file writes it.
public struct Figure: Hashable, Sendable {
  /// The JSON number text, kept as written.
  public var literal: String
  /// Its value.
  public var value: Double { Double(literal) ?? .nan }

  /// A figure from a JSON number text; nil unless it is one and finite.
  public init?(literal: String) {
    guard let v = Double(literal), v.isFinite, JSONParser.isNumber(literal) else { return nil }
    self.literal = literal
  }

  /// Equal when the numbers are: `5.6` and `5.60` are the same figure.
  public static func == (a: Figure, b: Figure) -> Bool { a.value == b.value }
  /// Hashes the number.
  public func hash(into h: inout Hasher) { h.combine(value == 0 ? 0 : value) }
}

/// Where an activity sits: in which project, after which activity (nil: first).
public struct Place: Hashable, Sendable {
  /// The project's id.
  public var project: String
  /// The activity it follows, a hint for putting it back where it was.
  public var after: String?

  /// Makes a place.
  public init(project: String, after: String?) {
    self.project = project
    self.after = after
  }

  /// The same place when in the same project: others adding activities before it do
  /// not move it.
  public static func == (a: Place, b: Place) -> Bool { a.project == b.project }
  /// Hashes the project.
  public func hash(into h: inout Hasher) { h.combine(project) }
}

/// A whole activity, project or meeting, as the value of its `entry` field.
public struct Entry: Hashable, Sendable {
  /// What kind of thing it is.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case activity, project, meeting
  }
  /// What it is.
  public var kind: Kind
  /// Where it goes: the project of an activity, the direction of a project ("" for a
  /// meeting, which belongs to the roadmap).
  public var parent: String
  /// The sibling it follows (nil: first), a hint for putting it back where it was.
  public var after: String?
  /// The thing's object, every member kept.
  public var object: JSON
  /// The exact bytes it had in the file, when it was taken out of one: putting it back
  /// at the same indentation gives the same bytes.
  var bytes: EntryBytes? = nil

  /// Makes an entry.
  public init(kind: Kind, parent: String, after: String?, object: JSON) {
    self.kind = kind
    self.parent = parent
    self.after = after
    self.object = object
  }

  /// Its id.
  public var id: String { object["id"]?.stringValue ?? "" }
  /// Its title, when it has one.
  public var title: LocalizedText? { object["title"].flatMap(LocalizedText.init(json:)) }

  /// Equal when the same kind of thing with the same content goes into the same parent.
  public static func == (a: Entry, b: Entry) -> Bool {
    a.kind == b.kind && a.parent == b.parent && a.object == b.object
  }
  /// Hashes the kind, parent and id.
  public func hash(into h: inout Hasher) {
    h.combine(kind)
    h.combine(parent)
    h.combine(id)
  }
}

/// An entry's object as it was written in the file, and the indentation it was at.
struct EntryBytes: Hashable, Sendable {
  var bytes: [UInt8]
  var indent: Int
}
