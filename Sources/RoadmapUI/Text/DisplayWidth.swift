/// Display widths of graphemes, in terminal columns, computed in pure Swift.
///
/// The terminal's `wcwidth` measures code points and disagrees with itself across
/// platforms; the dashboard measures whole graphemes (Swift `Character`) so that a letter
/// with its combining marks is one unit that is never split.
public enum DisplayWidth {
  /// Columns a grapheme takes: 0, 1 or 2.
  ///
  /// Combining marks count as part of their base letter. East Asian wide and fullwidth
  /// letters, and emoji shown as pictures, take two columns. Everything else, Cyrillic
  /// with ә ғ қ ң ө ұ ү һ і included, takes one. A grapheme made only of marks or
  /// invisible scalars takes 0 (it is made visible by `SafeText` before drawing).
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    // A single ASCII scalar is by far the most common case.
    if first.value < 0x7F && scalars.count == 1 { return first.value < 0x20 ? 0 : 1 }
    var base: Unicode.Scalar?
    var hasEmojiSelector = false
    var regionalIndicators = 0
    for s in scalars {
      if s.value == 0xFE0F { hasEmojiSelector = true }
      if (0x1F1E6...0x1F1FF).contains(s.value) { regionalIndicators += 1 }
      if base == nil && !isZeroWidth(s) { base = s }
    }
    guard let base else { return 0 }
    if regionalIndicators >= 2 { return 2 }
    if isWide(base.value) { return 2 }
    if base.properties.isEmojiPresentation { return 2 }
    if hasEmojiSelector && base.properties.isEmoji { return 2 }
    return 1
  }

  /// Columns a whole string takes, grapheme by grapheme.
  public static func of(_ text: some StringProtocol) -> Int {
    // Text of lone narrow scalars only (ASCII, Latin, Cyrillic: `SafeText.simpleScalar`)
    // is as wide as it has scalars, without its graphemes and their properties.
    if let simple = text.utf8.withContiguousStorageIfAvailable(simpleWidth), let simple { return simple }
    var total = 0
    for c in text { total += of(c) }
    return total
  }

  /// The width of UTF-8 made only of lone narrow scalars (one column each); nil when any
  /// other is there.
  static func simpleWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0, n = 0
    while i < bytes.count {
      guard let (_, length) = SafeText.simpleScalar(bytes, at: i) else { return nil }
      i += length
      n += 1
    }
    return n
  }

  /// Scalars that take no column of their own: marks, joiners, selectors, controls.
  static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark, .format, .control:
      return true
    default:
      // Hangul medial vowels and final consonants join the syllable before them.
      return (0x1160...0x11FF).contains(s.value)
    }
  }

  /// East Asian Wide and Fullwidth blocks (Unicode 15, the ranges terminals agree on).
  static func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E,
      0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
      0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18CFF,
      0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
