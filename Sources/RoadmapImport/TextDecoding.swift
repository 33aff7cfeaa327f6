import Foundation

/// The bytes of a CSV as text: UTF-8 with or without a byte-order mark, else Windows-1251.
///
/// Excel under a Russian or Kazakh Windows saves "CSV" in the ANSI code page, 1251; such a
/// file is never valid UTF-8 once it has a Cyrillic letter (its bytes C0–FF stand alone),
/// so invalid UTF-8 is read as 1251. The table is our own rather than Foundation's
/// `.windowsCP1251`, whose Linux build drops the one unassigned byte (98) silently.
public enum TextDecoding {
  /// The encodings told apart.
  public enum Encoding: String, Sendable {
    /// UTF-8 (a byte-order mark, if any, removed).
    case utf8
    /// Windows-1251.
    case windows1251
  }

  /// The text and the encoding it was read in.
  public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let s = String(validating: body, as: UTF8.self) { return (s, .utf8) }
    return (windows1251(bytes), .windows1251)
  }

  /// Windows-1251 bytes as text; the unassigned byte 98 becomes U+FFFD.
  public static func windows1251(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(bytes.count)
    for b in bytes {
      let code: UInt32
      switch b {
      case 0..<0x80: code = UInt32(b)
      case 0x80..<0xC0: code = UInt32(high[Int(b - 0x80)])
      default: code = 0x0410 + UInt32(b - 0xC0)  // А…я, in order
      }
      scalars.append(Unicode.Scalar(code)!)
    }
    return String(scalars)
  }

  /// Bytes 80–BF of Windows-1251 (Microsoft's table, as Python's cp1251 codec has it).
  static let high: [UInt16] = [
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
  ]
}
