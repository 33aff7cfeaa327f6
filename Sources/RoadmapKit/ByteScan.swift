/// Scans of a byte buffer eight bytes at a time, for the passes that read again what the
/// load already checked (`MappedTexts`, the owner cache of `RoadmapFastDecoder`,
/// `export`'s fields).
///
/// Why: `export` at a million activities spent most of its rows looking at the bytes of
/// titles and owners one at a time for a quote, a backslash or a control byte. A word
/// holding none of them is stepped over in one comparison.
///
/// The test for a byte in a word (`(y - 0x01…) & ~y & 0x80…`, y the word xor the byte)
/// may flag a byte above a true match, never one below it, so the lowest flag found is
/// always the first match.
public enum ByteScan {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte of `x` equal to `byte` (and perhaps of bytes above one).
  @inline(__always) static func equal(_ x: UInt64, _ byte: UInt8) -> UInt64 {
    let y = x ^ (ones &* UInt64(byte))
    return (y &- ones) & ~y & highs
  }

  /// The high bit of each byte of `x` below 0x20 (and perhaps of bytes above one).
  @inline(__always) static func control(_ x: UInt64) -> UInt64 {
    (x &- ones &* 0x20) & ~x & highs
  }

  /// The eight bytes at `k`, the first in the lowest bits.
  @inline(__always) static func word(_ buf: UnsafeBufferPointer<UInt8>, _ k: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(buf.baseAddress! + k).loadUnaligned(as: UInt64.self))
  }

  /// The first place at or after `from` holding a quote or a backslash; `buf.count` if none.
  public static func quoteOrBackslash(_ buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var k = from
    while k + 8 <= buf.count {
      let x = word(buf, k)
      let hit = equal(x, 0x22) | equal(x, 0x5C)
      if hit != 0 { return k + hit.trailingZeroBitCount >> 3 }
      k += 8
    }
    while k < buf.count && buf[k] != 0x22 && buf[k] != 0x5C { k += 1 }
    return k
  }

  /// The first place at or after `from` holding a quote, a backslash or a control byte;
  /// `buf.count` if none.
  public static func stringStop(_ buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var k = from
    while k + 8 <= buf.count {
      let x = word(buf, k)
      let hit = equal(x, 0x22) | equal(x, 0x5C) | control(x)
      if hit != 0 { return k + hit.trailingZeroBitCount >> 3 }
      k += 8
    }
    while k < buf.count {
      let b = buf[k]
      if b == 0x22 || b == 0x5C || b < 0x20 { return k }
      k += 1
    }
    return k
  }

  /// Whether `buf` holds any of the bytes `a`, `b`, `c` and `d`.
  public static func containsAny(
    _ buf: UnsafeBufferPointer<UInt8>, _ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8
  ) -> Bool {
    var k = 0
    while k + 8 <= buf.count {
      let x = word(buf, k)
      if equal(x, a) | equal(x, b) | equal(x, c) | equal(x, d) != 0 { return true }
      k += 8
    }
    while k < buf.count {
      let y = buf[k]
      if y == a || y == b || y == c || y == d { return true }
      k += 1
    }
    return false
  }

  /// The first place at or after `from` that is not a space, eight spaces at a time
  /// (an indented file's lines start with runs of them); `buf.count` if none.
  @inline(__always) public static func pastSpaces(_ buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var k = from
    while k + 8 <= buf.count && word(buf, k) == ones &* 0x20 { k += 8 }
    while k < buf.count && buf[k] == 0x20 { k += 1 }
    return k
  }

  /// A hash of `buf[range]` taken eight bytes at a time (for a cache whose entries are
  /// compared byte for byte on a hit, so it only has to spread them).
  public static func hash(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(range.count)
    var k = range.lowerBound
    while k + 8 <= range.upperBound {
      h = (h ^ word(buf, k)) &* 0x9E37_79B9_7F4A_7C15
      h ^= h >> 29
      k += 8
    }
    var last: UInt64 = 0
    var shift: UInt64 = 0
    while k < range.upperBound {
      last |= UInt64(buf[k]) << shift
      shift += 8
      k += 1
    }
    h = (h ^ last) &* 0x9E37_79B9_7F4A_7C15
    return h ^ (h >> 32)
  }
}
