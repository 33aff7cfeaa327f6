import Foundation

/// The conflicts a merge left for a person to settle, kept beside the roadmap
/// (`roadmap.conflicts.json` for `roadmap.json`), where the dashboard and `jolkarta sync`
/// find them; never conflict markers in the roadmap itself.
///
/// The file is local to the machine that merged: the roadmap it belongs to is valid and
/// committed with ours kept, and the other side's values are in their own commit too, so
/// losing the file loses no edit, only the question.
public struct ConflictFile: Sendable {
  /// The file's path.
  public let path: String

  /// The conflict file of the roadmap at `roadmapPath`.
  public init(roadmap roadmapPath: String) {
    path = RoadmapStore(path: roadmapPath).besideRoadmap(".conflicts.json")
  }

  /// The conflicts waiting; none when there is no file (or it cannot be read as one).
  public func read() -> [MergeConflict] {
    guard let data = FileManager.default.contents(atPath: path),
      let json = try? JSONParser.parse(Array(data)), let list = json.arrayValue
    else { return [] }
    return list.compactMap(MergeConflict.init(json:))
  }

  /// Writes `conflicts` (the file taken away when there are none), atomically.
  public func write(_ conflicts: [MergeConflict]) throws(SaveError) {
    if conflicts.isEmpty {
      unlink(path)
      return
    }
    try AtomicFile.write(JSONWriter.canonicalBytes(JSON(.array(conflicts.map(\.json)))) + [0x0A], to: path)
  }
}

extension MergeConflict {
  /// The conflict as the conflict file writes it.
  public var json: JSON {
    var members: [JSON.Member] = [.init(key: "id", value: .string(id)), .init(key: "field", value: .string(field))]
    members.append(.init(key: "base", value: base ?? JSON(.null)))
    members.append(.init(key: "ours", value: ours ?? JSON(.null)))
    members.append(.init(key: "theirs", value: theirs ?? JSON(.null)))
    if let reason { members.append(.init(key: "reason", value: .string(reason))) }
    return JSON(.object(members))
  }

  /// Reads one back; nil when it is not one.
  public init?(json: JSON) {
    guard let id = json["id"]?.stringValue, let field = json["field"]?.stringValue else { return nil }
    func value(_ key: String) -> JSON? {
      guard let v = json[key], v.value != .null else { return nil }
      return v
    }
    self.init(id: id, field: field, base: value("base"), ours: value("ours"), theirs: value("theirs"), reason: json["reason"]?.stringValue)
  }

  /// The field, when it is one of the edit API's (not a member without a field).
  public var editField: Field? { Field(rawValue: field) }
}
