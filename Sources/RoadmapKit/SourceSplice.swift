/// Rewriting one region of the source in place: a member of an object, an element of
/// an array. Each keeps the layout around it (indented or on one line, the separators the
/// file already uses), so that in the canonical layout one change is one region, and
/// undoing it gives back the same bytes.
extension Roadmap {
  /// Folds the pending activity rewrites into `source`, and makes every activity's span
  /// exact, before a region of it is rewritten.
  mutating func foldEdits() {
    if !edited.isEmpty {
      let keep = origin
      _ = rebase()
      origin = keep
    }
    if !spanShifts.isEmpty { compactSpans() }
  }

  /// Replaces `range` of the source by `bytes`; the activities after it move with it.
  /// (Activities inside `range` are the caller's: removed from the model before.)
  mutating func splice(_ range: Range<Int>, with bytes: [UInt8]) {
    source.replaceSubrange(range, with: bytes)
    let delta = bytes.count - range.count
    guard delta != 0 else { return }
    for d in directions.indices {
      for p in directions[d].projects.indices {
        guard let last = directions[d].projects[p].activities.last, last.span.lowerBound >= range.upperBound
        else { continue }
        for i in directions[d].projects[p].activities.indices {
          let s = directions[d].projects[p].activities[i].span
          if s.lowerBound >= range.upperBound {
            directions[d].projects[p].activities[i].span = (s.lowerBound + delta)..<(s.upperBound + delta)
          }
        }
      }
    }
  }

  /// A value as it is written inside a container: indented at `indent` when the
  /// container is laid out on lines, else on one line.
  static func render(_ json: JSON, indent: Int, multiline: Bool) -> [UInt8] {
    guard multiline else { return JSONWriter.compactBytes(json) }
    var out: [UInt8] = []
    JSONWriter.write(json, indent: indent, into: &out)
    return out
  }

  /// Sets member `key` of the object at `path` to `value` (nil removes it); a new member
  /// goes after the last of `after` present, else at the end. Returns nothing to undo:
  /// setting the old value back gives back the same bytes.
  mutating func setMember(_ key: String, of path: [SourceLocator.Step], to value: JSON?, after: [String]) {
    foldEdits()
    let locator = SourceLocator(bytes: source)
    guard let object = locator.span(path) else { return }
    let members = locator.members(object)
    let multiline = locator.isMultiline(object)
    if let k = members.firstIndex(where: { $0.key == key }) {
      let m = members[k]
      guard let value else {
        if members.count == 1 {
          splice(object, with: Array("{}".utf8))
        } else if k == 0 {
          splice(m.keyStart..<members[1].keyStart, with: [])
        } else {
          splice(members[k - 1].value.upperBound..<m.value.upperBound, with: [])
        }
        return
      }
      let indent = locator.lineIndent(m.keyStart)
      splice(m.value, with: Self.render(value, indent: indent, multiline: multiline))
      return
    }
    guard let value else { return }
    guard !members.isEmpty else {
      let indent = locator.lineIndent(object.lowerBound)
      splice(object, with: Self.render(JSON(.object([.init(key: key, value: value)])), indent: indent, multiline: true))
      return
    }
    let anchor = members.lastIndex(where: { after.contains($0.key) }) ?? members.count - 1
    let separator: [UInt8] =
      members.count >= 2
      ? Array(source[members[0].value.upperBound..<members[1].keyStart])
      : [0x2C] + Array(source[(object.lowerBound + 1)..<members[0].keyStart])
    let indent = locator.lineIndent(members[anchor].keyStart)
    var text = separator
    JSONWriter.writeString(key, into: &text)
    text += Array(": ".utf8) + Self.render(value, indent: indent, multiline: multiline)
    let at = members[anchor].value.upperBound
    splice(at..<at, with: text)
  }

  /// Puts an element into the array at `path`, at index `k`; returns where it now is.
  @discardableResult
  mutating func insertElement(_ json: JSON, bytes: EntryBytes?, into path: [SourceLocator.Step], at k: Int) -> Range<Int>? {
    foldEdits()
    let locator = SourceLocator(bytes: source)
    guard let array = locator.span(path) else { return nil }
    let elements = locator.elements(array)
    let multiline = elements.isEmpty ? locator.isMultiline(containerOf: array) : locator.isMultiline(array)
    func text(indent: Int) -> [UInt8] {
      if let bytes, bytes.indent == indent, multiline { return bytes.bytes }
      return Self.render(json, indent: indent, multiline: multiline)
    }
    if elements.isEmpty {
      let indent = locator.lineIndent(array.lowerBound)
      let element = text(indent: indent + 2)
      let lead: [UInt8] = multiline ? [0x0A] + Array(repeating: 0x20, count: indent + 2) : []
      let tail: [UInt8] = multiline ? [0x0A] + Array(repeating: 0x20, count: indent) : []
      splice(array, with: [0x5B] + lead + element + tail + [0x5D])
      let start = array.lowerBound + 1 + lead.count
      return start..<(start + element.count)
    }
    let separator: [UInt8] =
      elements.count >= 2
      ? Array(source[elements[0].upperBound..<elements[1].lowerBound])
      : [0x2C] + Array(source[(array.lowerBound + 1)..<elements[0].lowerBound])
    let element = text(indent: locator.lineIndent(elements[0].lowerBound))
    if k <= 0 {
      let at = elements[0].lowerBound
      splice(at..<at, with: element + separator)
      return at..<(at + element.count)
    }
    let at = elements[min(k, elements.count) - 1].upperBound
    splice(at..<at, with: separator + element)
    return (at + separator.count)..<(at + separator.count + element.count)
  }

  /// Takes element `k` out of the array at `path`, with the separator before it (or after
  /// it, for the first); returns its bytes and indentation.
  @discardableResult
  mutating func removeElement(_ k: Int, of path: [SourceLocator.Step]) -> EntryBytes? {
    foldEdits()
    let locator = SourceLocator(bytes: source)
    guard let array = locator.span(path) else { return nil }
    let elements = locator.elements(array)
    guard elements.indices.contains(k) else { return nil }
    let taken = EntryBytes(bytes: Array(source[elements[k]]), indent: locator.lineIndent(elements[k].lowerBound))
    if elements.count == 1 {
      splice(array, with: Array("[]".utf8))
    } else if k == 0 {
      splice(elements[0].lowerBound..<elements[1].lowerBound, with: [])
    } else {
      splice(elements[k - 1].upperBound..<elements[k].upperBound, with: [])
    }
    return taken
  }
}

extension SourceLocator {
  /// Whether the object or array around the value at `range` is laid out on lines (an
  /// empty array takes the layout of what holds it).
  func isMultiline(containerOf range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i > 0, bytes[i] != 0x0A, bytes[i] != 0x7B || i == range.lowerBound { i -= 1 }
    return i == 0 || bytes[i] == 0x0A
  }
}
