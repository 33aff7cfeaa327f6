extension JSONCursor {
  /// Checks the string at `i` exactly as `string()` does (closing quote, no raw control
  /// characters, valid escapes, strict UTF-8) and steps over it without building it.
  ///
  /// The commands that read only figures (`summary`, `validate`) check every title of a
  /// million activities this way: the same refusals, none of the million allocations.
  mutating func skipString() throws(JSONSyntaxError) {
    let open = i
    var k = i + 1
    while k < buf.count {
      let b = buf[k]
      if b == 0x22 {
        let bad = firstInvalidUTF8(UnsafeBufferPointer(rebasing: buf[(open + 1)..<k]))
        if bad != k - open - 1 { throw fail("invalid UTF-8 in a string", at: open + 1 + bad) }
        i = k + 1
        return
      }
      // Escapes (rare in titles) and control characters: the full reading says what is wrong.
      if b == 0x5C || b < 0x20 { break }
      k += 1
    }
    _ = try string()
  }
}
