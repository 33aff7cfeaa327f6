import Foundation

/// Texts lowercased and folded into one byte buffer (`SearchBytes`), one entry after
/// another (each ended by a 0 byte, its parts by a newline, so that no query found spans
/// two).
///
/// An entry whose text is replaced (a title edited) gets a new slot at the end of the
/// buffer; its old bytes stay, unreached, so no other entry moves.
struct SearchEntries: Sendable, Equatable {
  private(set) var text: [UInt8] = []
  /// Where each slot starts, in buffer order, and one past the last slot's end.
  private var starts: [Int] = [0]
  /// Entries whose text was replaced: entry → its slot at the end.
  private var moved: [Int: Int] = [:]
  /// The entry of each slot past the first `count`, in buffer order.
  private var tail: [Int] = []
  /// How many entries there are.
  private(set) var count = 0
  /// How often each byte occurs in a sample of the text: the rarest byte of a query is
  /// the one looked for with `memchr`, so that fewer places are compared.
  private var frequency = [Int](repeating: 0, count: 256)

  /// Room for `entries` entries and `bytes` bytes.
  mutating func reserve(entries: Int, bytes: Int) {
    starts.reserveCapacity(entries + 1)
    text.reserveCapacity(bytes)
  }

  /// Appends one part of the entry being written.
  mutating func append(_ part: String) {
    SearchBytes.append(part, to: &text)
    text.append(0x0A)
  }

  /// Ends the entry being written; the next `append` starts the next one.
  mutating func endEntry() {
    text.append(0)
    starts.append(text.count)
    count += 1
  }

  /// Counts the bytes of the first few megabytes, once the entries are written.
  mutating func countBytes() {
    frequency = [Int](repeating: 0, count: 256)
    for b in text.prefix(4 << 20) { frequency[Int(b)] += 1 }
  }

  /// Replaces entry `e`'s text by `parts`, written at the end of the buffer.
  mutating func replace(_ e: Int, with parts: [String]) {
    guard e < count else { return }
    for p in parts { append(p) }
    text.append(0)
    starts.append(text.count)
    moved[e] = starts.count - 2
    tail.append(e)
  }

  /// The bytes of entry `e`.
  private func range(_ e: Int) -> Range<Int> {
    let slot = moved.isEmpty ? e : moved[e] ?? e
    return starts[slot]..<starts[slot + 1]
  }

  /// Whether entry `e` contains `needle`.
  func matches(_ e: Int, _ needle: Needle) -> Bool {
    guard e < count else { return false }
    let r = range(e)
    return text.withUnsafeBytes { t in needle.find(in: t, from: r.lowerBound, to: r.upperBound) != nil }
  }

  /// The needle of `bytes`, looked for by its rarest byte in this text.
  func needle(_ bytes: [UInt8]) -> Needle {
    // Common bytes (a space, а, е) are passed over for one that tells entries apart.
    // Ties go to the last byte.
    var key = bytes.count - 1
    for i in bytes.indices where frequency[Int(bytes[i])] < frequency[Int(bytes[key])] { key = i }
    return Needle(bytes: bytes, key: key)
  }

  /// Marks in `bits` every entry containing `needle`, entry `e` as `first + e`.
  func scan(_ needle: Needle, into bits: inout EntryBits, from first: Int = 0) {
    text.withUnsafeBytes { t in
      var from = 0, slot = 0
      let last = starts.count - 2
      while from < t.count, let offset = needle.find(in: t, from: from, to: t.count) {
        // The slot holding the hit: the last start at or before it, galloping on from the
        // slot of the last hit (hits come in order, most of them near each other).
        var lo = slot, step = 1
        while lo + step <= last && starts[lo + step] <= offset {
          lo += step
          step <<= 1
        }
        var hi = min(lo + step - 1, last)
        while lo < hi {
          let mid = (lo + hi + 1) / 2
          if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        if lo >= count {
          bits.insert(first + tail[lo - count])
        } else if moved.isEmpty || moved[lo] == nil {
          bits.insert(first + lo)
        }
        slot = lo + 1
        from = starts[lo + 1]
      }
    }
  }
}

/// A query's folded bytes, and which of them `memchr` looks for.
struct Needle: Sendable {
  /// The bytes.
  let bytes: [UInt8]
  /// The index of the byte looked for first (the rarest in the text).
  let key: Int

  /// Whether the needle begins with a letter's byte, which may also be the inside of
  /// another scalar (`SearchBytes.isInsideScalar`).
  let startsWithLetter: Bool

  /// The needle of search bytes `bytes`, looked for by `bytes[key]` first.
  init(bytes: [UInt8], key: Int) {
    self.bytes = bytes
    self.key = key
    startsWithLetter = bytes.first.map { $0 >= 0x80 && $0 < 0xC0 } ?? false
  }

  /// Where the needle first starts in `text[from..<to]`, wholly inside it.
  func find(in text: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
    let n = bytes.count
    guard n > 0, to - from >= n, let base = text.baseAddress else { return nil }
    let byte = Int32(bytes[key])
    return bytes.withUnsafeBytes { needle -> Int? in
      // The key byte can only be where a whole needle fits around it.
      var at = from + key
      let last = to - (n - key)
      while at <= last {
        guard let hit = memchr(base + at, byte, last - at + 1) else { return nil }
        let k = base.distance(to: UnsafeRawPointer(hit))
        if memcmp(base + (k - key), needle.baseAddress!, n) == 0
          && !(startsWithLetter && SearchBytes.isInsideScalar(text, at: k - key))
        {
          return k - key
        }
        at = k + 1
      }
      return nil
    }
  }
}

/// A set of entry numbers as a bit each, read back in increasing order.
struct EntryBits: Sendable {
  private(set) var words: [UInt64]

  /// An empty set for entries `0..<count`.
  init(count: Int) { words = [UInt64](repeating: 0, count: count / 64 + 1) }

  /// Adds entry `e`.
  mutating func insert(_ e: Int) { words[e >> 6] |= 1 << UInt64(e & 63) }

  /// Adds every entry of `other` (a set of as many entries).
  mutating func formUnion(_ other: EntryBits) {
    for i in words.indices { words[i] |= other.words[i] }
  }

  /// Whether entry `e` is in.
  func contains(_ e: Int) -> Bool { e >> 6 < words.count && words[e >> 6] & (1 << UInt64(e & 63)) != 0 }

  /// Every entry in, in increasing order.
  func forEach(_ body: (Int) -> Void) {
    for (w, word) in words.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        body(w << 6 | bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
  }
}
