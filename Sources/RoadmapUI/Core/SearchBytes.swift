/// The bytes the search compares: text lowercased and folded (`FastLowercase`), with
/// each of the 32 Russian lowercase letters а…я written as one byte instead of two.
///
/// Why: the folded Kazakh and Russian titles are nearly all those letters, two bytes
/// each in UTF-8 (D0 B0 … D0 BF, D1 80 … D1 8F). Writing only the second byte halves
/// the index of a million titles, and with it the fresh memory its build fills, the
/// bytes every search reads and the session's memory.
///
/// The letter's byte (80…BF) is also what follows the first byte of any other scalar
/// outside ASCII, which stays UTF-8 (é, №, emoji). Those first bytes (C2…F4) are never a
/// letter's, so a query still meets the text at the start of a scalar, except when the
/// query begins with a letter: there `Needle` checks that the byte it matched is not
/// inside a scalar begun just before (`isInsideScalar`).
enum SearchBytes {
  /// Appends the search bytes of `text` to `out`.
  static func append(_ text: String, to out: inout [UInt8]) {
    FastLowercase.append(text, to: &out, folding: true, compact: true)
  }

  /// The one byte lowercase letter `v` is written as, when it is one of а…я (U+0430…
  /// U+044F): the second of its UTF-8, 80…8F or B0…BF; nil for any other scalar.
  @inline(__always)
  static func letterByte(_ v: UInt32) -> UInt8? {
    v >= 0x430 && v <= 0x44F ? UInt8(0x80 | (v & 0x3F)) : nil
  }

  /// Whether the byte at `k` of search bytes (80…BF) continues a scalar begun in the
  /// three bytes before it, rather than being a letter of its own. A first byte (C0 and
  /// up) is never a letter nor a continuation, and one of a valid scalar is followed by
  /// its own continuations only.
  @inline(__always)
  static func isInsideScalar(_ text: UnsafeRawBufferPointer, at k: Int) -> Bool {
    var j = 1
    while j <= 3 && k - j >= 0 {
      let b = text[k - j]
      if b < 0x80 { return false }
      if b >= 0xC0 { return (b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2) > j }
      j += 1
    }
    return false
  }

  /// The UTF-8 of search bytes again (for tests): each lone letter byte
  /// written with its first byte.
  static func utf8(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    bytes.withUnsafeBytes { raw in
      for k in raw.indices {
        let b = raw[k]
        if b >= 0x80 && b < 0xC0 && !isInsideScalar(raw, at: k) {
          out.append(b >= 0xB0 ? 0xD0 : 0xD1)
        }
        out.append(b)
      }
    }
    return out
  }
}
