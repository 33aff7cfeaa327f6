#if canImport(Glibc)
  import Glibc
#endif

extension Roadmap {
  /// The roadmap as file bytes: `source` with each edited activity's object rewritten.
  ///
  /// Only edited activities change, so on a file in the canonical layout a status change
  /// is one changed line, and everything else (unknown fields, key order, numbers as
  /// written, the author's layout) is kept byte for byte. A large file's bytes are
  /// written into `spare`'s buffer when it holds one.
  public func serializedBytes(spare: SpareBytes? = nil) -> [UInt8] {
    guard !edited.isEmpty else { return source }
    var pieces: [(Range<Int>, [UInt8])] = []
    for loc in edited.sorted(by: { self[$0].span.lowerBound < self[$1].span.lowerBound }) {
      pieces.append((actualSpan(self[loc]), rendered(self[loc])))
    }
    let size = source.count + pieces.reduce(0) { $0 + $1.1.count - $1.0.count }
    return source.withUnsafeBytes { src in
      // Into the spare buffer a dashboard keeps for a large file (`SpareBytes`), else
      // into plain pages, not huge ones: see `RoadmapLoader.readFile`.
      SpareBytes.filled(size: size, from: spare) { buf in
        var at = 0, to = 0
        for (span, bytes) in pieces {
          memcpy(buf.baseAddress! + to, src.baseAddress! + at, span.lowerBound - at)
          to += span.lowerBound - at
          bytes.withUnsafeBytes { memcpy(buf.baseAddress! + to, $0.baseAddress!, $0.count) }
          to += bytes.count
          at = span.upperBound
        }
        memcpy(buf.baseAddress! + to, src.baseAddress! + at, src.count - at)
      }
    }
  }

  /// The document as a JSON tree (parsed from `serializedBytes()`), for tools and tests.
  public var document: JSON {
    (try? JSONParser.parse(serializedBytes())) ?? JSON(.null)
  }

  /// Where an activity's object is in the current `source`.
  func actualSpan(_ a: Activity) -> Range<Int> {
    let stored = a.span
    var lo = 0, hi = spanShifts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if spanShifts[mid].from <= stored.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    let shift = lo > 0 ? spanShifts[lo - 1].total : 0
    return (stored.lowerBound + shift)..<(stored.upperBound + shift)
  }

  /// Makes the serialized bytes the new `source`, and `origin`: nothing is edited any
  /// more. Returns the bytes, to be written.
  ///
  /// Costs what was edited, not the size of the roadmap: the rewritten activities get
  /// their new lengths, and everything after each is moved by one entry in `spanShifts`.
  /// The new bytes go into `spare`'s buffer when it holds one (`SpareBytes`).
  public mutating func rebase(spare: SpareBytes? = nil) -> [UInt8] {
    defer { origin = source }
    guard !edited.isEmpty else { return source }
    let bytes = serializedBytes(spare: spare)
    let order = edited.sorted { self[$0].span.lowerBound < self[$1].span.lowerBound }
    let lengths = order.map { rendered(self[$0]).count }
    for (loc, newLength) in zip(order, lengths) {
      let stored = self[loc].span
      let delta = newLength - stored.count
      directions[loc.direction].projects[loc.project].activities[loc.activity].span =
        stored.lowerBound..<(stored.lowerBound + newLength)
      guard delta != 0 else { continue }
      // Everything stored after this activity's start moves by `delta`.
      let from = stored.lowerBound + 1
      let k = spanShifts.firstIndex { $0.from >= from } ?? spanShifts.count
      let before = k > 0 ? spanShifts[k - 1].total : 0
      if k < spanShifts.count && spanShifts[k].from == from {
        for m in k..<spanShifts.count { spanShifts[m].total += delta }
      } else {
        for m in k..<spanShifts.count { spanShifts[m].total += delta }
        spanShifts.insert(SpanShift(from: from, total: before + delta), at: k)
      }
    }
    source = bytes
    edited = []
    if spanShifts.count > min(256, activityIndex.count / 4 + 16) { compactSpans() }
    return bytes
  }

  /// Writes every shift into the spans themselves (a long session's occasional O(n)).
  mutating func compactSpans() {
    for d in directions.indices {
      for p in directions[d].projects.indices {
        for i in directions[d].projects[p].activities.indices {
          let span = actualSpan(directions[d].projects[p].activities[i])
          directions[d].projects[p].activities[i].span = span
        }
      }
    }
    spanShifts = []
  }

  /// One activity's object as it will be written: its original members, the editable
  /// fields set from the model, in the layout of the original (indented or on one line).
  func rendered(_ a: Activity) -> [UInt8] {
    let span = actualSpan(a)
    let original = Array(source[span])
    var json = (try? JSONParser.parse(original)) ?? JSON(.object([]))
    for field in Field.activityMembers {
      json.setMember(field.rawValue, to: a.value(of: field)?.json, after: field.precedingKeys)
    }
    guard original.contains(0x0A) else { return JSONWriter.compactBytes(json) }
    // Indent as the line the object opens on.
    var indent = 0
    var k = span.lowerBound - 1
    while k >= 0 && source[k] == 0x20 { indent += 1; k -= 1 }
    var out: [UInt8] = []
    JSONWriter.write(json, indent: indent, into: &out)
    return out
  }
}
