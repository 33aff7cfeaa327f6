/// A field changed differently on the two sides of a merge: kept as ours, theirs waiting
/// for a person to choose.
public struct MergeConflict: Equatable, Sendable {
  /// The thing's id ("" for the roadmap).
  public var id: String
  /// The field, or the member's key for a member without a field of its own.
  public var field: String
  /// The value in the common base, ours and theirs (nil: absent; for `entry`, the thing
  /// not there), as the history writes values.
  public var base: JSON?
  /// Ours: what the merged file keeps.
  public var ours: JSON?
  /// Theirs: what the other side wanted.
  public var theirs: JSON?
  /// Why it could not be merged, when not simply two different values (theirs did not
  /// apply to the merged roadmap, for instance a move into a project ours removed).
  public var reason: String?

  /// Makes a conflict.
  public init(id: String, field: String, base: JSON?, ours: JSON?, theirs: JSON?, reason: String? = nil) {
    self.id = id
    self.field = field
    self.base = base
    self.ours = ours
    self.theirs = theirs
    self.reason = reason
  }
}

/// The outcome of a three-way merge.
public struct MergeResult: Sendable {
  /// The merged file: ours, with theirs' changes spliced in (unchanged parts byte for byte).
  public var bytes: [UInt8]
  /// What could not be merged; the merged file keeps ours for each.
  public var conflicts: [MergeConflict]
}

/// A problem that stops a merge before it starts: a side that is not a roadmap.
public struct MergeError: Error, Sendable, CustomStringConvertible {
  /// Which side (`base`, `ours`, `theirs`) and what its loader said.
  public var description: String
}

/// The three-way merge of roadmap files by id and field, for git's merge driver.
///
/// Theirs' changes from the common base are applied to ours through the one edit API, so
/// ours' layout is kept and each change is spliced where it belongs: a change on one side
/// is taken, the same change on both is taken once, different changes to the same field
/// are a conflict (ours kept). Titles and other texts merge per language. An addition
/// whose id ours used for something else is renamed as the store does for two writers.
public enum RoadmapMerge {
  /// Merges `theirs` into `ours` from `base`.
  public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(MergeError) -> MergeResult {
    if theirs == base || theirs == ours { return MergeResult(bytes: ours, conflicts: []) }
    if ours == base { return MergeResult(bytes: theirs, conflicts: []) }
    let b = try decode(base, "base"), o = try decode(ours, "ours"), t = try decode(theirs, "theirs")
    let mine = RoadmapDiff.between(b, o), their = RoadmapDiff.between(b, t)
    if their.isEmpty { return MergeResult(bytes: ours, conflicts: []) }
    if mine.isEmpty { return MergeResult(bytes: theirs, conflicts: []) }
    if !their.unsupported.isEmpty || !mine.unsupported.isEmpty {
      // A direction or an indicator added or removed has no field to merge by: ours is
      // kept and the other side's structure is one conflict to settle by hand.
      let words = (their.unsupported + mine.unsupported).joined(separator: "; ")
      return MergeResult(bytes: ours, conflicts: [
        MergeConflict(id: "", field: "structure", base: nil, ours: nil, theirs: nil, reason: words)
      ])
    }

    var merged = o
    var conflicts: [MergeConflict] = []
    let ourChanges = Dictionary(mine.changes.map { (Key($0.id, $0.field.rawValue), $0) }, uniquingKeysWith: { a, _ in a })
    let ourMembers = Dictionary(mine.members.map { (Key($0.id, $0.key), $0) }, uniquingKeysWith: { a, _ in a })
    let removedByUs = Set(mine.changes.filter { $0.field == .entry && $0.new == nil }.map(\.id))
    let touchedByUs = Set(mine.changes.map(\.id) + mine.members.map(\.id))

    // Members first: they are spliced into the source, where the fields' edits then find them.
    for m in their.members {
      if let mineToo = ourMembers[Key(m.id, m.key)] {
        if mineToo.new != m.new {
          conflicts.append(MergeConflict(id: m.id, field: m.key, base: m.old, ours: mineToo.new, theirs: m.new))
        }
        continue
      }
      guard let thing = merged.thing(m.id) else { continue }
      merged.setMember(m.key, of: merged.path(of: thing), to: m.new, after: [])
    }

    var renamed: [String: String] = [:]
    for c in their.changes {
      let key = Key(c.id, c.field.rawValue)
      var wanted = c
      if let mineToo = ourChanges[key] {
        if mineToo.new == c.new { continue }
        if case .entry(let e)? = c.new, c.old == nil {
          // Both added something under one id: theirs goes under the next free one.
          wanted = merged.renamedAddition(reparented(e, renamed))
          renamed[c.id] = wanted.id
        } else if let text = mergedTexts(base: c.old, ours: mineToo.new, theirs: c.new) {
          wanted.new = text
        } else {
          conflicts.append(conflict(c, ours: mineToo.new))
          continue
        }
      } else if c.field == .entry, c.new == nil, touchedByUs.contains(c.id) {
        // Theirs removed what ours changed: ours keeps it, the removal waits.
        conflicts.append(conflict(c, ours: merged.value(of: .entry, id: c.id) ?? nil, reason: "changed here, removed there"))
        continue
      } else if c.field != .entry, removedByUs.contains(c.id) {
        conflicts.append(conflict(c, ours: nil, reason: "removed here, changed there"))
        continue
      } else if case .entry(let e)? = c.new {
        wanted.new = .entry(reparented(e, renamed))
      }
      wanted.old = merged.value(of: wanted.field, id: wanted.id) ?? nil
      do throws(EditError) {
        try merged.apply(wanted)
      } catch {
        conflicts.append(conflict(c, ours: wanted.old, reason: "\(error)"))
      }
    }
    return MergeResult(bytes: merged.serializedBytes(), conflicts: conflicts)
  }

  private struct Key: Hashable {
    var id: String, field: String
    init(_ id: String, _ field: String) {
      self.id = id
      self.field = field
    }
  }

  private static func decode(_ bytes: [UInt8], _ side: String) throws(MergeError) -> Roadmap {
    do {
      return try RoadmapLoader.decode(bytes, file: side).roadmap
    } catch {
      throw MergeError(description: "\(side): " + (error.problems.first.map { "\($0)" } ?? "not a roadmap"))
    }
  }

  private static func conflict(_ c: Change, ours: FieldValue?, reason: String? = nil) -> MergeConflict {
    MergeConflict(id: c.id, field: c.field.rawValue, base: c.old?.json, ours: ours?.json, theirs: c.new?.json, reason: reason)
  }

  /// An addition into a parent that was itself renamed goes into the renamed one.
  private static func reparented(_ e: Entry, _ renamed: [String: String]) -> Entry {
    guard let parent = renamed[e.parent] else { return e }
    var moved = e
    moved.parent = parent
    return moved
  }

  /// Two texts changed on both sides, merged per language: each language taken from the
  /// side that changed it; nil when both changed one language differently, or when the
  /// values are not texts in languages.
  static func mergedTexts(base: FieldValue?, ours: FieldValue?, theirs: FieldValue?) -> FieldValue? {
    guard case .text(let b)? = base, case .text(let o)? = ours, case .text(let t)? = theirs,
      !b.isPlain, !o.isPlain, !t.isPlain
    else { return nil }
    func map(_ x: LocalizedText) -> [String: String] {
      Dictionary(x.translations.map { ($0.language, $0.text) }, uniquingKeysWith: { a, _ in a })
    }
    let bm = map(b), om = map(o), tm = map(t)
    var order = o.translations.map(\.language)
    for l in t.translations.map(\.language) where !order.contains(l) { order.append(l) }
    var out: [LocalizedText.Translation] = []
    for l in order {
      let mine = om[l], theirs = tm[l], was = bm[l]
      let value: String?
      if mine == theirs { value = mine } else if mine == was { value = theirs } else if theirs == was { value = mine } else { return nil }
      if let value { out.append(.init(language: l, text: value)) }
    }
    return .text(LocalizedText(translations: out))
  }
}
