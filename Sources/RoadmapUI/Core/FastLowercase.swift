/// Lowercases text for the search straight into UTF-8 bytes, and folds it.
///
/// ASCII and the Cyrillic block (Russian, and Kazakh ә ғ қ ң ө ұ ү һ і) are mapped byte by
/// byte, with the same simple case mapping `String.lowercased()` applies to them; text
/// with any other letter is handed to `lowercased()` whole. Building the index of a
/// million titles was dominated by `lowercased()` and its Unicode tables.
///
/// With `folding`, the letters people type otherwise are made one (`fold`): ё as е, and
/// the Kazakh letters as the Russian keyboard's nearest (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ and
/// ү→у, һ→х, і→и), since Kazakh is often typed on a Russian layout: «курылыс» finds
/// «құрылыс», «молодежн» finds «молодёжн». Folding keeps every letter two bytes, so it
/// costs the index nothing.
enum FastLowercase {
  /// Appends the lowercase UTF-8 of `text` to `out`, folded when `folding`.
  ///
  /// The text is copied whole and mapped in place: every letter mapped here keeps its
  /// length, or gets shorter with `compact` (а…я one byte each, `SearchBytes`), so a
  /// million titles cost a copy and a pass, not an append per byte.
  static func append(_ text: String, to out: inout [UInt8], folding: Bool = false, compact: Bool = false) {
    let start = out.count
    out.append(contentsOf: text.utf8)
    let table = folding ? foldedTwoByte : loweredTwoByte
    // Bytes are read at `i` and written at `w`, which compacting keeps at or before it.
    let kept = out.withUnsafeMutableBufferPointer { buf -> Int? in
      table.withUnsafeBufferPointer { table in
        var i = start, w = start
        let n = buf.count
        while i < n {
          let b = buf[i]
          if b < 0x80 {
            buf[w] = b &- 0x41 < 26 ? b + 0x20 : b
            i += 1
            w += 1
          } else if b >= 0xC2 && b <= 0xD3 && i + 1 < n {
            // Two-byte letters: Latin-1 (« » · é) and Cyrillic.
            let lower = table[Int(b & 0x1F) << 6 | Int(buf[i + 1] & 0x3F)]
            guard lower != 0xFFFF else { return nil }
            if compact, let one = SearchBytes.letterByte(UInt32(lower)) {
              buf[w] = one
              w += 1
            } else {
              buf[w] = UInt8(0xC0 | (lower >> 6))
              buf[w + 1] = UInt8(0x80 | (lower & 0x3F))
              w += 2
            }
            i += 2
          } else if b == 0xE2 && i + 2 < n
            && (buf[i + 1] >= 0x80 && buf[i + 1] <= 0x82 || buf[i + 1] == 0x84 && buf[i + 2] == 0x96)
          {
            // Punctuation and currency, U+2000…U+20BF (– — “ ” … ₸), and № have no case.
            buf[w] = b
            buf[w + 1] = buf[i + 1]
            buf[w + 2] = buf[i + 2]
            i += 3
            w += 3
          } else {
            return nil
          }
        }
        return w
      }
    }
    if let kept {
      if kept < out.count { out.removeSubrange(kept...) }
      return
    }
    fallback(text, from: start, into: &out, folding: folding, compact: compact)
  }

  /// The lowercase of each scalar below U+0500 (what two bytes of UTF-8 hold), 0xFFFF
  /// where it is not a simple mapping or not handled here: `lowerLatin1` and
  /// `lowerCyrillic` once, looked up per letter.
  private static let loweredTwoByte = twoByteTable(folding: false)
  /// The same, folded (`fold`).
  private static let foldedTwoByte = twoByteTable(folding: true)

  private static func twoByteTable(folding: Bool) -> [UInt16] {
    (0..<0x500).map { v -> UInt16 in
      let lower = v < 0x100 ? lowerLatin1(UInt32(v)) : v >= 0x400 ? lowerCyrillic(UInt32(v)) : nil
      guard let lower else { return 0xFFFF }
      return UInt16(folding ? fold(lower) : lower)
    }
  }

  /// Anything else: Swift's full lowercasing of the whole text, then the same folding.
  private static func fallback(
    _ text: String, from start: Int, into out: inout [UInt8], folding: Bool, compact: Bool
  ) {
    out.removeSubrange(start...)
    let lower = text.lowercased()
    guard folding else { return out.append(contentsOf: lower.utf8) }
    for scalar in lower.unicodeScalars {
      let folded = (0x400...0x4FF).contains(scalar.value) ? Unicode.Scalar(fold(scalar.value))! : scalar
      if compact, let one = SearchBytes.letterByte(folded.value) {
        out.append(one)
      } else {
        UTF8.encode(folded) { out.append($0) }
      }
    }
  }

  /// The letter a lowercase Cyrillic letter is searched as: ё as е, the Kazakh letters as
  /// the Russian keyboard's (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ ү→у, һ→х, і→и); others as they are.
  static func fold(_ v: UInt32) -> UInt32 {
    switch v {
    case 0x451: return 0x435  // ё → е
    case 0x4D9: return 0x430  // ә → а
    case 0x493: return 0x433  // ғ → г
    case 0x49B: return 0x43A  // қ → к
    case 0x4A3: return 0x43D  // ң → н
    case 0x4E9: return 0x43E  // ө → о
    case 0x4B1, 0x4AF: return 0x443  // ұ, ү → у
    case 0x4BB: return 0x445  // һ → х
    case 0x456: return 0x438  // і → и
    default: return v
    }
  }

  /// The lowercase of a scalar in U+0080…U+00FF, nil where it is not simple.
  static func lowerLatin1(_ v: UInt32) -> UInt32? {
    switch v {
    case 0xC0...0xD6, 0xD8...0xDE: return v + 0x20
    case 0xDF, 0xB5: return nil  // ß and µ have special mappings
    default: return v
    }
  }

  /// The lowercase of a scalar in U+0400…U+04FF.
  static func lowerCyrillic(_ v: UInt32) -> UInt32 {
    switch v {
    case 0x400...0x40F: return v + 0x50
    case 0x410...0x42F: return v + 0x20
    case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x4FF: return v & 1 == 0 ? v + 1 : v
    case 0x4C0: return 0x4CF
    case 0x4C1...0x4CE: return v & 1 == 1 ? v + 1 : v
    default: return v
    }
  }
}
