extension RoadmapFastDecoder {
  /// A text (T) checked as thoroughly as `text()` (a string, or an object of non-empty
  /// language codes, each once, to strings) but not kept: `keepTexts` is off.
  mutating func skipText() throws(Bail) {
    c.skipSpace()
    guard c.i < c.buf.count else { throw Bail() }
    if c.buf[c.i] == 0x22 { return try skipString() }
    guard c.buf[c.i] == 0x7B, try open(0x7B, 0x7D) else { throw Bail() }
    var languages = NameSet()
    repeat {
      _ = try languageCode(&languages)
      try skipString()
    } while try more(0x7D)
  }

  /// A string checked as `string()` checks it, not built.
  mutating func skipString() throws(Bail) {
    c.skipSpace()
    guard c.i < c.buf.count, c.buf[c.i] == 0x22, (try? c.skipString()) != nil else { throw Bail() }
  }

  /// An activity's title: read, or (figures only) checked and left as an empty text.
  @inline(__always) mutating func activityText() throws(Bail) -> LocalizedText {
    if keepTexts { return try text() }
    try skipText()
    return Self.unread
  }

  /// What stands for a text that was checked but not read (`keepTexts` off).
  static let unread = LocalizedText("")
}
