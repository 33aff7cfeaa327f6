extension JSONCursor {
  /// Checks the string at `i` exactly as `string()` does (closing quote, no raw control
  /// characters, valid escapes, strict UTF-8) and steps over it without building it.
  ///
  /// The commands that read only figures (`summary`, `validate`) check every title of a
  /// million activities this way: the same refusals, none of the million allocations.
  mutating func skipString() throws(JSONSyntaxError) {
    // One pass: the closing quote looked for and UTF-8 checked together. Anything out
    // of the ordinary (an escape, a control character, a byte that is not plain UTF-8)
    // goes to `string()`, which reads it in full and says what is wrong, and where.
    let n = buf.count
    var k = i + 1
    while k < n {
      let b = buf[k]
      if b < 0x80 {
        if b == 0x22 {
          i = k + 1
          return
        }
        if b == 0x5C || b < 0x20 { break }
        k += 1
      } else if b >= 0xC2 && b <= 0xDF {
        // Two bytes: Cyrillic, Kazakh letters.
        guard k + 1 < n, buf[k + 1] & 0xC0 == 0x80 else { break }
        k += 2
      } else if b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF {
        // Three bytes with no overlong or surrogate to rule out (₸, «», —).
        guard k + 2 < n, buf[k + 1] & 0xC0 == 0x80, buf[k + 2] & 0xC0 == 0x80 else { break }
        k += 3
      } else {
        break
      }
    }
    _ = try string()
  }
}
