/// Finding things in a roadmap's bytes without parsing the whole of it.
///
/// Edits other than an activity's own fields (a project's title, an indicator's figures,
/// an activity added, removed or moved, a meeting) rewrite one region of the file in
/// place; these find that region. The bytes are always a valid roadmap (the loader read
/// them, and every splice puts valid JSON into valid JSON), so the scan only skips.
struct SourceLocator {
  /// One step of a path into the document.
  enum Step: Hashable {
    case key(String)
    case index(Int)
  }

  /// A member of an object: where its key starts and where its value is.
  struct Member {
    var key: String
    var keyStart: Int
    var value: Range<Int>
  }

  let bytes: [UInt8]

  /// Where the value at `path` is, or nil when there is none.
  func span(_ path: [Step]) -> Range<Int>? {
    var at = skipSpace(0)..<end(of: skipSpace(0))
    for step in path {
      switch step {
      case .key(let key):
        guard bytes[at.lowerBound] == 0x7B, let m = members(at).first(where: { $0.key == key }) else { return nil }
        at = m.value
      case .index(let k):
        guard bytes[at.lowerBound] == 0x5B else { return nil }
        let elements = self.elements(at)
        guard elements.indices.contains(k) else { return nil }
        at = elements[k]
      }
    }
    return at
  }

  /// The members of the object at `object`, in file order.
  func members(_ object: Range<Int>) -> [Member] {
    var out: [Member] = []
    var i = skipSpace(object.lowerBound + 1)
    while i < object.upperBound, bytes[i] == 0x22 {
      let keyEnd = end(of: i)
      let key = decodeString(i..<keyEnd)
      var v = skipSpace(keyEnd)
      v = skipSpace(v + 1)  // the colon
      let valueEnd = end(of: v)
      out.append(Member(key: key, keyStart: i, value: v..<valueEnd))
      i = skipSpace(valueEnd)
      if i < object.upperBound, bytes[i] == 0x2C { i = skipSpace(i + 1) }
    }
    return out
  }

  /// The elements of the array at `array`, in order.
  func elements(_ array: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = skipSpace(array.lowerBound + 1)
    while i < array.upperBound - 1, bytes[i] != 0x5D {
      let e = end(of: i)
      out.append(i..<e)
      i = skipSpace(e)
      if bytes[i] == 0x2C { i = skipSpace(i + 1) }
    }
    return out
  }

  /// How many spaces open the line `offset` is on.
  func lineIndent(_ offset: Int) -> Int {
    var start = offset
    while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
    var n = 0
    while start + n < bytes.count, bytes[start + n] == 0x20 { n += 1 }
    return n
  }

  /// Whether the bytes of `range` hold a line end.
  func isMultiline(_ range: Range<Int>) -> Bool { bytes[range].contains(0x0A) }

  func skipSpace(_ i: Int) -> Int {
    var i = i
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
      i += 1
    }
    return i
  }

  /// Where the value starting at `i` ends (one past its last byte).
  func end(of i: Int) -> Int {
    switch bytes[i] {
    case 0x22:
      var k = i + 1
      while bytes[k] != 0x22 { k += bytes[k] == 0x5C ? 2 : 1 }
      return k + 1
    case 0x7B, 0x5B:
      var depth = 0
      var k = i
      while true {
        switch bytes[k] {
        case 0x22:
          k = end(of: k)
          continue
        case 0x7B, 0x5B: depth += 1
        case 0x7D, 0x5D:
          depth -= 1
          if depth == 0 { return k + 1 }
        default: break
        }
        k += 1
      }
    default:
      var k = i
      while k < bytes.count, !Self.delimiters.contains(bytes[k]) { k += 1 }
      return k
    }
  }

  static let delimiters: Set<UInt8> = [0x2C, 0x7D, 0x5D, 0x20, 0x0A, 0x0D, 0x09, 0x3A]

  /// A string literal's text, escapes undone.
  func decodeString(_ range: Range<Int>) -> String {
    let raw = bytes[range]
    if !raw.contains(0x5C) { return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self) }
    return (try? JSONParser.parse(Array(raw)))?.stringValue ?? ""
  }

  /// The value at `range`, parsed.
  func json(_ range: Range<Int>) -> JSON {
    (try? JSONParser.parse(Array(bytes[range]))) ?? JSON(.null)
  }
}

extension JSONParser {
  /// Whether `text` is exactly one JSON number.
  static func isNumber(_ text: String) -> Bool {
    if case .number? = (try? parse(Array(text.utf8)))?.value { return true }
    return false
  }
}
