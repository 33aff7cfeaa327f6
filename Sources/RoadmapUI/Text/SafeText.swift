/// One drawable grapheme and the columns it takes.
public struct Glyph: Hashable, Sendable {
  /// The grapheme, guaranteed free of control and format characters.
  public var character: Character
  /// Its display width, 1 or 2.
  public var width: Int

  /// Makes a glyph; the caller vouches that `character` is safe and `width` right.
  public init(character: Character, width: Int) {
    self.character = character
    self.width = width
  }
}

/// Turns any text into graphemes that are safe to hand to a terminal.
///
/// Text from the roadmap file is shown, never obeyed: a title holding ESC, a CSI or OSC
/// sequence, a bidi override or a zero-width joiner must not reach the terminal as such.
/// Each such scalar becomes a visible placeholder, so the reader can see that something
/// odd is in the file, and nothing in the file can move the cursor or set the clipboard.
public enum SafeText {
  /// The placeholder for invisible characters other than C0 controls and DEL.
  public static let replacement: Character = "\u{FFFD}"

  /// The graphemes of `text` made drawable; `asciiOnly` maps non-ASCII graphemes to `?`.
  ///
  /// Stops once the glyphs are wider than `maxColumns`, so that a row showing the start
  /// of a 10,000-character title costs only the row, not the title.
  public static func glyphs(
    _ text: some StringProtocol, asciiOnly: Bool, maxColumns: Int = Int.max
  ) -> [Glyph] {
    var out: [Glyph] = []
    // Most titles are ASCII and Cyrillic letters: those are read byte by byte, without
    // Swift's grapheme breaking; the first scalar that may join a grapheme with its
    // neighbours sends the rest of the text down the `Character` path.
    let fast = text.utf8.withContiguousStorageIfAvailable {
      simpleGlyphs($0, asciiOnly: asciiOnly, maxColumns: maxColumns, into: &out)
    }
    guard let fast else { return characterGlyphs(text, asciiOnly: asciiOnly, maxColumns: maxColumns, into: &out) }
    if fast.done { return out }
    let used = out.count  // every glyph of the fast path is one column
    let rest = text.utf8.index(text.utf8.startIndex, offsetBy: fast.read)
    return characterGlyphs(text[rest...], asciiOnly: asciiOnly, maxColumns: maxColumns, used: used, into: &out)
  }

  /// The glyphs of `text` grapheme by grapheme (Swift's `Character`), appended to `out`
  /// whose glyphs already take `used` columns.
  static func characterGlyphs(
    _ text: some StringProtocol, asciiOnly: Bool, maxColumns: Int, used: Int = 0, into out: inout [Glyph]
  ) -> [Glyph] {
    var used = used
    for c in text {
      let before = out.count
      append(c, asciiOnly: asciiOnly, to: &out)
      for g in out[before...] { used += g.width }
      if used > maxColumns { break }
    }
    return out
  }

  /// Appends the glyphs of the leading scalars of `bytes` (UTF-8) that are graphemes of
  /// their own and one column wide: printable ASCII and the `simpleWidth` letters, each
  /// followed by the end or by another such scalar. Returns how many bytes were read and
  /// whether the glyphs are done (the end, or wider than `maxColumns`).
  ///
  /// What follows a letter decides where its grapheme ends (a combining mark, a zero-width
  /// joiner or a variation selector joins it; CR joins LF), so a scalar is taken only when
  /// the next one is known not to join it.
  static func simpleGlyphs(
    _ bytes: UnsafeBufferPointer<UInt8>, asciiOnly: Bool, maxColumns: Int, into out: inout [Glyph]
  ) -> (read: Int, done: Bool) {
    let n = bytes.count
    var i = 0
    guard var current = n > 0 ? simpleScalar(bytes, at: 0) : nil else { return (0, n == 0) }
    while true {
      let next = i + current.1
      let following = next < n ? simpleScalar(bytes, at: next) : nil
      // Any ASCII byte after it starts a grapheme of its own (only CR joins LF, and CR is
      // not simple).
      guard next == n || following != nil || bytes[next] < 0x80 else { return (i, false) }
      // Made once for every scalar here (a `Character` built per letter was a tenth of a
      // row's cost).
      let c = simpleCharacters[Int(current.0)]
      out.append(Glyph(character: asciiOnly && current.0 >= 0x80 ? "?" : c, width: 1))
      if out.count > maxColumns { return (next, true) }
      i = next
      if i == n { return (i, true) }
      guard let f = following else { return (i, false) }
      current = f
    }
  }

  /// The scalar at `i` of `bytes` (UTF-8), when it is a lone narrow one: printable ASCII
  /// or a 2-byte scalar of `simpleWidth`'s blocks, none of which joins a neighbour. Its
  /// value and its length in bytes.
  @inline(__always)
  static func simpleScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
    let b = bytes[i]
    if b >= 0x20 && b < 0x7F { return (UInt32(b), 1) }
    guard b & 0xE0 == 0xC0, i + 1 < bytes.count else { return nil }
    let v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
    switch v {
    case 0xA0...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x52F: return (v, 2)
    default: return nil
    }
  }

  /// The `Character` of every scalar below U+0530, the range `simpleGlyphs` takes from.
  static let simpleCharacters: [Character] = (0..<0x530).map { v in
    Unicode.Scalar(UInt32(v)).map(Character.init) ?? " "
  }

  /// Appends the drawable form of one grapheme: itself, or placeholders for its parts.
  public static func append(_ c: Character, asciiOnly: Bool, to out: inout [Glyph]) {
    if let a = c.asciiValue, c.unicodeScalars.count == 1 {
      if a >= 0x20 && a < 0x7F {
        out.append(Glyph(character: c, width: 1))
      } else {
        out.append(Glyph(character: asciiOnly ? "?" : placeholder(for: c.unicodeScalars.first!), width: 1))
      }
      return
    }
    if !asciiOnly, let w = simpleWidth(c) {
      out.append(Glyph(character: c, width: w))
      return
    }
    if asciiOnly {
      // A grapheme outside ASCII cannot be shown; one `?` per grapheme keeps the layout.
      let invisible = c.unicodeScalars.filter(isInvisible).count
      let shown = invisible + (invisible < c.unicodeScalars.count ? 1 : 0)
      for _ in 0..<shown { out.append(Glyph(character: "?", width: 1)) }
      return
    }
    if !c.unicodeScalars.contains(where: isInvisible) {
      let w = DisplayWidth.of(c)
      if w > 0 {
        out.append(Glyph(character: c, width: w))
      } else {
        // Marks with no base letter: shown on a dotted circle, as Unicode suggests.
        var s = "\u{25CC}"
        s.unicodeScalars.append(contentsOf: c.unicodeScalars)
        out.append(Glyph(character: Character(s), width: 1))
      }
      return
    }
    // Split the grapheme: visible runs stay together, each invisible scalar is shown.
    var run = ""
    for s in c.unicodeScalars {
      if isInvisible(s) {
        flush(&run, to: &out)
        out.append(Glyph(character: placeholder(for: s), width: 1))
      } else {
        run.unicodeScalars.append(s)
      }
    }
    flush(&run, to: &out)
  }

  /// Width 1 for a lone scalar from the blocks a roadmap is written in (Latin, Cyrillic
  /// with the Kazakh letters, punctuation, currency, box drawing and block elements),
  /// which are all visible and narrow; nil for anything that needs the full check.
  ///
  /// Asking Unicode properties scalar by scalar dominated the cost of a frame.
  @inline(__always) static func simpleWidth(_ c: Character) -> Int? {
    var it = c.unicodeScalars.makeIterator()
    guard let first = it.next(), it.next() == nil else { return nil }
    switch first.value {
    case 0xA0...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027,
      0x2030...0x205E, 0x20A0...0x20BF, 0x2190...0x21FF, 0x2500...0x25FF:
      return 1
    default:
      return nil
    }
  }

  private static func flush(_ run: inout String, to out: inout [Glyph]) {
    guard !run.isEmpty else { return }
    for c in run { append(c, asciiOnly: false, to: &out) }
    run = ""
  }

  /// Whether a scalar must not reach the terminal as itself.
  ///
  /// C0 and C1 controls and DEL can start escape sequences; format characters (Cf:
  /// bidi controls, zero-width joiners, soft hyphen) and line/paragraph separators change
  /// how the rest of the line is shown without being seen.
  public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
    if v < 0xA0 { return false }
    switch s.properties.generalCategory {
    case .format, .lineSeparator, .paragraphSeparator, .control, .surrogate, .unassigned:
      return true
    default:
      return false
    }
  }

  /// The visible stand-in for an invisible scalar: U+FFFD, whatever it was.
  ///
  /// Not the Control Pictures (␛ for ESC): in UTF-8 each of them holds a byte of the C1
  /// range (U+241B is E2 90 9B, and 0x9B is an 8-bit CSI, 0x90 a DCS), which a terminal
  /// that is not in UTF-8 would obey. U+FFFD is EF BF BD: nothing any terminal reads as
  /// a control.
  public static func placeholder(for s: Unicode.Scalar) -> Character {
    replacement
  }
}
