import RoadmapKit
import Testing

/// `ByteScan` looks at eight bytes at a time: it must find exactly what a look at one byte
/// at a time finds, wherever the byte sits in a word, near the buffer's ends, beside bytes
/// of Cyrillic's UTF-8 (0xD0, 0xD1 and 0x80–0xBF, whose high bit the word test uses) and
/// beside other matches (a borrow may flag a byte above a true match).
struct ByteScanTests {
  /// Buffers of every length up to 40 over an alphabet of the bytes that matter, from a
  /// fixed seed.
  static func buffers() -> [[UInt8]] {
    let alphabet: [UInt8] = [0x20, 0x20, 0x61, 0xD0, 0xD1, 0x80, 0xBF, 0xFF, 0x22, 0x5C, 0x00, 0x1F, 0x0A, 0x0D, 0x3B, 0x21, 0x7F]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var out: [[UInt8]] = []
    for length in 0...40 {
      for _ in 0..<20 {
        // Mostly ordinary bytes, so that matches are rare and sit anywhere.
        out.append((0..<length).map { _ in next() % 4 == 0 ? alphabet[next() % alphabet.count] : [0x61, 0xD0, 0xB0, 0x20][next() % 4] })
      }
    }
    return out
  }

  @Test func findsWhatAByteAtATimeFinds() {
    for bytes in Self.buffers() {
      bytes.withUnsafeBufferPointer { buf in
        for from in 0...buf.count {
          let quote = (from..<buf.count).first { buf[$0] == 0x22 || buf[$0] == 0x5C } ?? buf.count
          #expect(ByteScan.quoteOrBackslash(buf, from: from) == quote, "\(bytes) from \(from)")
          let stop = (from..<buf.count).first { buf[$0] == 0x22 || buf[$0] == 0x5C || buf[$0] < 0x20 } ?? buf.count
          #expect(ByteScan.stringStop(buf, from: from) == stop, "\(bytes) from \(from)")
          let past = (from..<buf.count).first { buf[$0] != 0x20 } ?? buf.count
          #expect(ByteScan.pastSpaces(buf, from: from) == past, "\(bytes) from \(from)")
        }
        let any = buf.contains { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        #expect(ByteScan.containsAny(buf, 0x3B, 0x22, 0x0A, 0x0D) == any, "\(bytes)")
      }
    }
  }

  /// Long runs of spaces (indentation) are stepped over whole, to the first other byte.
  @Test func stepsOverIndentation() {
    for run in [0, 1, 7, 8, 9, 16, 23, 64, 100] {
      let bytes = [UInt8](repeating: 0x20, count: run) + Array("\"id\"".utf8)
      bytes.withUnsafeBufferPointer { #expect(ByteScan.pastSpaces($0, from: 0) == run) }
    }
  }

  /// The hash is of the bytes in the range only: equal bytes anywhere hash alike, and it
  /// tells apart texts that share a long start and end (the agencies' names do).
  @Test func hashesTheRangeOnly() {
    let a = Array("xxБатыс Қазақстан облысының білім басқармасыyy".utf8)
    let b = Array("Батыс Қазақстан облысының білім басқармасы".utf8)
    let c = Array("Батыс Қазақстан облысының мәдениет басқармасы".utf8)
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        c.withUnsafeBufferPointer { pc in
          #expect(ByteScan.hash(pa, 2..<(a.count - 2)) == ByteScan.hash(pb, 0..<b.count))
          #expect(ByteScan.hash(pb, 0..<b.count) != ByteScan.hash(pc, 0..<c.count))
          #expect(ByteScan.hash(pb, 0..<8) != ByteScan.hash(pb, 0..<9))
        }
      }
    }
  }
}
