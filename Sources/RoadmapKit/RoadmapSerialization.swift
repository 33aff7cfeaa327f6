extension Roadmap {
  /// The roadmap as file bytes: `source` with each edited activity's object rewritten.
  ///
  /// Only edited activities change, so on a file in the canonical layout a status change
  /// is one changed line, and everything else (unknown fields, key order, numbers as
  /// written, the author's layout) is kept byte for byte.
  public func serializedBytes() -> [UInt8] {
    guard !edited.isEmpty else { return source }
    var out: [UInt8] = []
    out.reserveCapacity(source.count + 256 * edited.count)
    var at = 0
    for loc in edited.sorted(by: { self[$0].span.lowerBound < self[$1].span.lowerBound }) {
      let a = self[loc]
      out.append(contentsOf: source[at..<a.span.lowerBound])
      out.append(contentsOf: rendered(a))
      at = a.span.upperBound
    }
    out.append(contentsOf: source[at...])
    return out
  }

  /// The document as a JSON tree (parsed from `serializedBytes()`), for tools and tests.
  public var document: JSON {
    (try? JSONParser.parse(serializedBytes())) ?? JSON(.null)
  }

  /// Makes the serialized bytes the new `source`: spans move, nothing is edited any more.
  /// Returns the bytes, to be written.
  public mutating func rebase() -> [UInt8] {
    guard !edited.isEmpty else { return source }
    let bytes = serializedBytes()
    var newLengths: [ActivityLocation: Int] = [:]
    for loc in edited { newLengths[loc] = rendered(self[loc]).count }
    // Spans are in file order: each moves by what the rewritten ones before it changed.
    var delta = 0
    for d in directions.indices {
      for p in directions[d].projects.indices {
        for i in directions[d].projects[p].activities.indices {
          let span = directions[d].projects[p].activities[i].span
          if let n = newLengths[ActivityLocation(direction: d, project: p, activity: i)] {
            directions[d].projects[p].activities[i].span = (span.lowerBound + delta)..<(span.lowerBound + delta + n)
            delta += n - span.count
          } else if delta != 0 {
            directions[d].projects[p].activities[i].span = (span.lowerBound + delta)..<(span.upperBound + delta)
          }
        }
      }
    }
    source = bytes
    edited = []
    return bytes
  }

  /// One activity's object as it will be written: its original members, the editable
  /// fields set from the model, in the layout of the original (indented or on one line).
  func rendered(_ a: Activity) -> [UInt8] {
    let original = Array(source[a.span])
    var json = (try? JSONParser.parse(original)) ?? JSON(.object([]))
    for field in ActivityField.allCases {
      json.setMember(field.rawValue, to: a.value(of: field)?.json, after: field.precedingKeys)
    }
    guard original.contains(0x0A) else { return JSONWriter.compactBytes(json) }
    // Indent as the line the object opens on.
    var indent = 0
    var k = a.span.lowerBound - 1
    while k >= 0 && source[k] == 0x20 { indent += 1; k -= 1 }
    var out: [UInt8] = []
    JSONWriter.write(json, indent: indent, into: &out)
    return out
  }
}
