/// A malformed JSON text: what is wrong and the byte offset where it was found.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  /// Byte offset of the problem in the source.
  public var offset: Int
  /// What is wrong, in plain words.
  public var message: String
  /// Another place the message is about (where a duplicate name was first written).
  public var related: Int? = nil
}

/// A strict RFC 8259 parser over raw UTF-8 bytes that keeps numbers as written.
///
/// Written by hand rather than with JSONSerialization because the loader needs exact
/// positions for messages, key order and number text for a lossless save, a bound on
/// nesting, and rejection (not repair) of invalid UTF-8, lone surrogates and duplicate keys.
public struct JSONParser {
  /// Deeper nesting than this is refused, so hostile input cannot exhaust the stack.
  public static let maxDepth = 200

  /// Parses a whole document: one value, surrounded by optional white space.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSON {
    try bytes.withUnsafeBufferPointer { (buf) throws(JSONSyntaxError) -> JSON in
      var p = JSONCursor(buf: buf)
      if buf.count >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF {
        throw JSONSyntaxError(
          offset: 0,
          message: "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM")
      }
      p.skipSpace()
      if p.i == buf.count {
        throw JSONSyntaxError(offset: 0, message: buf.isEmpty ? "the file is empty" : "the file holds only white space")
      }
      let v = try p.value(depth: 0)
      p.skipSpace()
      if p.i < buf.count {
        throw JSONSyntaxError(
          offset: p.i, message: "unexpected \(p.describe(p.i)) after the end of the JSON value")
      }
      return v
    }
  }
}

struct JSONCursor {
  let buf: UnsafeBufferPointer<UInt8>
  var i = 0

  init(buf: UnsafeBufferPointer<UInt8>) { self.buf = buf }

  @inline(__always) mutating func skipSpace() {
    while i < buf.count {
      let b = buf[i]
      guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
      i += 1
      // The indentation after a line break, eight spaces at a time.
      if b == 0x0A { i = ByteScan.pastSpaces(buf, from: i) }
    }
  }

  func describe(_ at: Int) -> String {
    guard at < buf.count else { return "end of file" }
    let b = buf[at]
    if b >= 0x21 && b < 0x7F { return "character '\(Character(Unicode.Scalar(b)))'" }
    if b < 0x80 { return String(format: "control character U+%04X", b) }
    // Show the whole UTF-8 character when it decodes, else the raw byte.
    var end = at + 1
    while end < buf.count && end < at + 4 && buf[end] & 0xC0 == 0x80 { end += 1 }
    if let s = String(validating: UnsafeBufferPointer(rebasing: buf[at..<end]), as: UTF8.self),
      let u = s.unicodeScalars.first
    {
      return String(format: "character '\(s)' (U+%04X)", u.value)
    }
    return String(format: "byte 0x%02X (not valid UTF-8)", b)
  }

  func fail(_ message: String, at: Int? = nil) -> JSONSyntaxError {
    JSONSyntaxError(offset: at ?? i, message: message)
  }

  mutating func value(depth: Int) throws(JSONSyntaxError) -> JSON {
    guard i < buf.count else { throw fail("unexpected end of file: a value is missing") }
    let start = i
    switch buf[i] {
    case 0x7B: return JSON(.object(try object(depth: depth + 1)), offset: start)
    case 0x5B: return JSON(.array(try array(depth: depth + 1)), offset: start)
    case 0x22: return JSON(.string(try string()), offset: start)
    case 0x74: try literal("true"); return JSON(.bool(true), offset: start)
    case 0x66: try literal("false"); return JSON(.bool(false), offset: start)
    case 0x6E: try literal("null"); return JSON(.null, offset: start)
    case 0x2D, 0x30...0x39: return JSON(.number(try number()), offset: start)
    default:
      throw fail("unexpected \(describe(i)): expected a value (object, array, string, number, true, false or null)")
    }
  }

  mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let n = word.utf8CodeUnitCount
    let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
    for k in 0..<n where i + k >= buf.count || buf[i + k] != w[k] {
      throw fail("invalid literal: expected '\(word)'", at: i)
    }
    i += n
  }

  mutating func object(depth: Int) throws(JSONSyntaxError) -> [JSON.Member] {
    if depth > JSONParser.maxDepth { throw fail("nesting deeper than \(JSONParser.maxDepth) levels") }
    let open = i
    i += 1
    var members: [JSON.Member] = []
    var keyOffsets: [Int] = []
    var seen: Set<String>? = nil
    skipSpace()
    if i < buf.count && buf[i] == 0x7D {
      i += 1
      return members
    }
    while true {
      skipSpace()
      guard i < buf.count else { throw fail("unexpected end of file: the object opened at this place is not closed", at: open) }
      guard buf[i] == 0x22 else {
        if buf[i] == 0x7D { throw fail("trailing comma before '}'") }
        throw fail("unexpected \(describe(i)): expected a member name in double quotes")
      }
      let keyAt = i
      let key = try string()
      // Small objects are checked by scanning; large ones switch to a set.
      if let s = seen {
        if s.contains(key) { throw duplicate(key, keyAt, members, keyOffsets) }
        seen!.insert(key)
      } else {
        if members.contains(where: { $0.key == key }) { throw duplicate(key, keyAt, members, keyOffsets) }
        if members.count == 16 { seen = Set(members.map(\.key) + [key]) }
      }
      skipSpace()
      guard i < buf.count, buf[i] == 0x3A else {
        throw fail("unexpected \(describe(i)): expected ':' after the member name \"\(key)\"")
      }
      i += 1
      skipSpace()
      let v = try value(depth: depth)
      members.append(JSON.Member(key: key, value: v))
      keyOffsets.append(keyAt)
      skipSpace()
      guard i < buf.count else { throw fail("unexpected end of file: the object opened at this place is not closed", at: open) }
      if buf[i] == 0x2C {
        i += 1
        continue
      }
      if buf[i] == 0x7D {
        i += 1
        return members
      }
      throw fail("unexpected \(describe(i)): expected ',' or '}' after an object member")
    }
  }

  func duplicate(_ key: String, _ at: Int, _ members: [JSON.Member], _ offsets: [Int]) -> JSONSyntaxError {
    let first = members.firstIndex(where: { $0.key == key }).map { offsets[$0] } ?? at
    return JSONSyntaxError(offset: at, message: "duplicate member name \"\(key)\"", related: first)
  }

  mutating func array(depth: Int) throws(JSONSyntaxError) -> [JSON] {
    if depth > JSONParser.maxDepth { throw fail("nesting deeper than \(JSONParser.maxDepth) levels") }
    let open = i
    i += 1
    var elements: [JSON] = []
    skipSpace()
    if i < buf.count && buf[i] == 0x5D {
      i += 1
      return elements
    }
    while true {
      skipSpace()
      if i < buf.count && buf[i] == 0x5D { throw fail("trailing comma before ']'") }
      elements.append(try value(depth: depth))
      skipSpace()
      guard i < buf.count else { throw fail("unexpected end of file: the array opened at this place is not closed", at: open) }
      if buf[i] == 0x2C {
        i += 1
        continue
      }
      if buf[i] == 0x5D {
        i += 1
        return elements
      }
      throw fail("unexpected \(describe(i)): expected ',' or ']' after an array element")
    }
  }

  mutating func number() throws(JSONSyntaxError) -> String {
    let start = i
    func digit(_ k: Int) -> Bool { k < buf.count && buf[k] >= 0x30 && buf[k] <= 0x39 }
    if buf[i] == 0x2D { i += 1 }
    guard digit(i) else { throw fail("invalid number: a digit must follow '-'", at: start) }
    if buf[i] == 0x30 {
      i += 1
      if digit(i) { throw fail("invalid number: leading zeros are not allowed", at: start) }
    } else {
      while digit(i) { i += 1 }
    }
    var plain = true
    if i < buf.count && buf[i] == 0x2E {
      i += 1
      guard digit(i) else { throw fail("invalid number: a digit must follow the decimal point", at: start) }
      while digit(i) { i += 1 }
    }
    if i < buf.count && (buf[i] == 0x65 || buf[i] == 0x45) {
      plain = false
      i += 1
      if i < buf.count && (buf[i] == 0x2B || buf[i] == 0x2D) { i += 1 }
      guard digit(i) else { throw fail("invalid number: the exponent has no digits", at: start) }
      while digit(i) { i += 1 }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)
    if !plain || i - start > 300 {
      if let d = Double(text), !d.isFinite {
        throw fail("number \(text.prefix(40)) is too large to represent", at: start)
      }
    }
    return text
  }

  mutating func string() throws(JSONSyntaxError) -> String {
    let open = i
    i += 1
    let start = i
    // Fast path: no escapes, so the bytes are the string.
    while i < buf.count {
      let b = buf[i]
      if b == 0x22 {
        let slice = UnsafeBufferPointer(rebasing: buf[start..<i])
        i += 1
        let bad = firstInvalidUTF8(slice)
        if bad == slice.count { return String(decoding: slice, as: UTF8.self) }
        throw fail("invalid UTF-8 in a string", at: start + bad)
      }
      if b == 0x5C { break }
      if b < 0x20 { throw controlInString(b) }
      i += 1
    }
    guard i < buf.count else { throw fail("unterminated string: no closing '\"'", at: open) }
    var bytes = Array(UnsafeBufferPointer(rebasing: buf[start..<i]))
    while i < buf.count {
      let b = buf[i]
      if b == 0x22 {
        i += 1
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        throw fail("invalid UTF-8 in a string", at: open)
      }
      if b < 0x20 { throw controlInString(b) }
      if b != 0x5C {
        bytes.append(b)
        i += 1
        continue
      }
      let escAt = i
      i += 1
      guard i < buf.count else { break }
      switch buf[i] {
      case 0x22: bytes.append(0x22)
      case 0x5C: bytes.append(0x5C)
      case 0x2F: bytes.append(0x2F)
      case 0x62: bytes.append(0x08)
      case 0x66: bytes.append(0x0C)
      case 0x6E: bytes.append(0x0A)
      case 0x72: bytes.append(0x0D)
      case 0x74: bytes.append(0x09)
      case 0x75:
        i += 1
        var scalar = try hex4(escAt)
        if (0xD800...0xDBFF).contains(scalar) {
          guard i + 1 < buf.count, buf[i] == 0x5C, buf[i + 1] == 0x75 else {
            throw fail(String(format: "lone surrogate \\u%04X: a high surrogate must be followed by a low one", scalar), at: escAt)
          }
          let lowAt = i
          i += 2
          let low = try hex4(lowAt)
          guard (0xDC00...0xDFFF).contains(low) else {
            throw fail(String(format: "lone surrogate \\u%04X: a high surrogate must be followed by a low one", scalar), at: escAt)
          }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
          throw fail(String(format: "lone surrogate \\u%04X", scalar), at: escAt)
        }
        bytes.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
        continue
      default:
        throw fail("invalid escape \\\(describe(i).replacingOccurrences(of: "character ", with: "")) in a string; allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: escAt)
      }
      i += 1
    }
    throw fail("unterminated string: no closing '\"'", at: open)
  }

  mutating func hex4(_ escAt: Int) throws(JSONSyntaxError) -> UInt32 {
    var v: UInt32 = 0
    for _ in 0..<4 {
      guard i < buf.count else { throw fail("incomplete \\u escape: four hex digits expected", at: escAt) }
      let b = buf[i]
      let d: UInt32
      switch b {
      case 0x30...0x39: d = UInt32(b - 0x30)
      case 0x41...0x46: d = UInt32(b - 0x41 + 10)
      case 0x61...0x66: d = UInt32(b - 0x61 + 10)
      default: throw fail("invalid \\u escape: four hex digits expected", at: escAt)
      }
      v = v << 4 | d
      i += 1
    }
    return v
  }

  func controlInString(_ b: UInt8) -> JSONSyntaxError {
    fail(String(format: "control character U+%04X inside a string must be escaped", b))
  }
}

/// Offset of the first byte that is not valid UTF-8 (the count when all are valid).
///
/// Strict as RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF. Hand
/// written because it is the loader's innermost loop (every title of a large file).
func firstInvalidUTF8(_ s: UnsafeBufferPointer<UInt8>) -> Int {
  let n = s.count
  var k = 0
  while k < n {
    let b = s[k]
    if b < 0x80 {
      k += 1
      continue
    }
    if b >= 0xC2 && b <= 0xDF {
      guard k + 1 < n, s[k + 1] & 0xC0 == 0x80 else { return k }
      k += 2
    } else if b >= 0xE0 && b <= 0xEF {
      guard k + 2 < n, s[k + 1] & 0xC0 == 0x80, s[k + 2] & 0xC0 == 0x80 else { return k }
      // E0 needs A0–BF next (no overlong); ED needs 80–9F (no surrogates).
      if b == 0xE0 && s[k + 1] < 0xA0 { return k }
      if b == 0xED && s[k + 1] > 0x9F { return k }
      k += 3
    } else if b >= 0xF0 && b <= 0xF4 {
      guard k + 3 < n, s[k + 1] & 0xC0 == 0x80, s[k + 2] & 0xC0 == 0x80, s[k + 3] & 0xC0 == 0x80
      else { return k }
      // F0 needs 90–BF next (no overlong); F4 needs 80–8F (at most U+10FFFF).
      if b == 0xF0 && s[k + 1] < 0x90 { return k }
      if b == 0xF4 && s[k + 1] > 0x8F { return k }
      k += 4
    } else {
      return k
    }
  }
  return n
}
