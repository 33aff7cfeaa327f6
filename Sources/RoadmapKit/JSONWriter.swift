/// Writes JSON in the canonical layout of `JSON.stringify(v, null, 2)` and Python's
/// `json.dumps(v, indent=2, ensure_ascii=False)`, plus a final newline.
///
/// Two-space indent, `"key": value`, one member per line, `[]` and `{}` when empty,
/// UTF-8 with non-ASCII text unescaped, numbers exactly as they were read. A file
/// already in this layout comes back byte for byte, so one edit is one changed line.
public enum JSONWriter {
  /// The document as canonical UTF-8 bytes ending in a newline.
  public static func canonicalBytes(_ json: JSON) -> [UInt8] {
    var out: [UInt8] = []
    write(json, indent: 0, into: &out)
    out.append(0x0A)
    return out
  }

  /// The document as a canonical string ending in a newline.
  public static func canonicalString(_ json: JSON) -> String {
    String(decoding: canonicalBytes(json), as: UTF8.self)
  }

  static func write(_ json: JSON, indent: Int, into out: inout [UInt8]) {
    switch json.value {
    case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    case .bool(let b): out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
    case .number(let text): out.append(contentsOf: text.utf8)
    case .string(let s): writeString(s, into: &out)
    case .array(let elements):
      if elements.isEmpty { out.append(contentsOf: [0x5B, 0x5D]); return }
      out.append(0x5B)
      for (k, e) in elements.enumerated() {
        out.append(k == 0 ? 0x0A : 0x2C)
        if k > 0 { out.append(0x0A) }
        spaces(indent + 2, into: &out)
        write(e, indent: indent + 2, into: &out)
      }
      out.append(0x0A)
      spaces(indent, into: &out)
      out.append(0x5D)
    case .object(let members):
      if members.isEmpty { out.append(contentsOf: [0x7B, 0x7D]); return }
      out.append(0x7B)
      for (k, m) in members.enumerated() {
        out.append(k == 0 ? 0x0A : 0x2C)
        if k > 0 { out.append(0x0A) }
        spaces(indent + 2, into: &out)
        writeString(m.key, into: &out)
        out.append(contentsOf: [0x3A, 0x20])
        write(m.value, indent: indent + 2, into: &out)
      }
      out.append(0x0A)
      spaces(indent, into: &out)
      out.append(0x7D)
    }
  }

  @inline(__always) static func spaces(_ n: Int, into out: inout [UInt8]) {
    for _ in 0..<n { out.append(0x20) }
  }

  static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// A JSON string literal: quotes, backslash and C0 controls escaped, the rest raw.
  static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(0x22)
    for b in s.utf8 {
      switch b {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x08: out.append(contentsOf: [0x5C, 0x62])
      case 0x0C: out.append(contentsOf: [0x5C, 0x66])
      case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: out.append(contentsOf: [0x5C, 0x72])
      case 0x09: out.append(contentsOf: [0x5C, 0x74])
      case 0..<0x20:
        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
      default: out.append(b)
      }
    }
    out.append(0x22)
  }
}

extension JSONWriter {
  /// The value on one line with no spaces, as JSON Lines want it.
  public static func compactBytes(_ json: JSON) -> [UInt8] {
    var out: [UInt8] = []
    writeCompact(json, into: &out)
    return out
  }

  static func writeCompact(_ json: JSON, into out: inout [UInt8]) {
    switch json.value {
    case .array(let elements):
      out.append(0x5B)
      for (k, e) in elements.enumerated() {
        if k > 0 { out.append(0x2C) }
        writeCompact(e, into: &out)
      }
      out.append(0x5D)
    case .object(let members):
      out.append(0x7B)
      for (k, m) in members.enumerated() {
        if k > 0 { out.append(0x2C) }
        writeString(m.key, into: &out)
        out.append(0x3A)
        writeCompact(m.value, into: &out)
      }
      out.append(0x7D)
    default:
      write(json, indent: 0, into: &out)
    }
  }
}
