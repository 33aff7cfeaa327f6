/// Cutting and wrapping glyph runs to a number of columns, never splitting a grapheme.
public enum TextFit {
  /// Columns the glyphs take.
  public static func width(_ glyphs: [Glyph]) -> Int {
    glyphs.reduce(0) { $0 + $1.width }
  }

  /// The glyphs cut to at most `columns`, ending in `ellipsis` when something was cut.
  ///
  /// A wide grapheme that does not fit whole is dropped rather than halved.
  public static func truncate(_ glyphs: [Glyph], to columns: Int, ellipsis: Glyph) -> [Glyph] {
    guard columns > 0 else { return [] }
    if width(glyphs) <= columns { return glyphs }
    let room = columns - ellipsis.width
    var out: [Glyph] = []
    var used = 0
    for g in glyphs {
      if used + g.width > room { break }
      out.append(g)
      used += g.width
    }
    if room >= 0 { out.append(ellipsis) }
    return out
  }

  /// The glyphs cut to at most `columns` as `truncate` cuts them, but after a whole word
  /// when at least one fits: a heading reads «Дорожная…», not «Дорожная кар…».
  public static func truncateAtWord(_ glyphs: [Glyph], to columns: Int, ellipsis: Glyph) -> [Glyph] {
    let out = truncate(glyphs, to: columns, ellipsis: ellipsis)
    // Nothing cut, or no room for a letter before the ellipsis: as `truncate` has it.
    guard width(glyphs) > columns, out.count >= 2 else { return out }
    let kept = out.count - 1  // the text's glyphs before the ellipsis
    var end = kept
    // Inside a word when neither side of the cut is a space: back to the last space.
    if glyphs[kept].character != " " && glyphs[kept - 1].character != " " {
      guard let space = glyphs[..<kept].lastIndex(where: { $0.character == " " }) else { return out }
      end = space
    }
    while end > 0, glyphs[end - 1].character == " " { end -= 1 }
    guard end > 0 else { return out }
    return Array(glyphs[..<end]) + [ellipsis]
  }

  /// The glyphs wrapped into lines of at most `columns`, breaking at spaces when possible.
  ///
  /// At most `maxLines` lines are produced; a 10,000-character title costs only what is
  /// shown. A word longer than a line is broken between graphemes.
  ///
  /// With `figuresWithWords` a space after a figure before a word is not a place to break,
  /// nor one after a word before a figure when a figure precedes that word: typesetters
  /// keep «30 ноября 2023 г.», "1 December 2023", «2023 жылғы 30 қараша» or "5 schools"
  /// whole. The slides wrap so, and a date is never split over two lines.
  public static func wrap(
    _ glyphs: [Glyph], to columns: Int, maxLines: Int = Int.max, figuresWithWords: Bool = false
  ) -> [[Glyph]] {
    guard columns > 0, maxLines > 0 else { return [] }
    func breaksAt(_ i: Int) -> Bool {
      guard glyphs[i].character == " " else { return false }
      guard figuresWithWords, i > 0, i + 1 < glyphs.count else { return true }
      let before = glyphs[i - 1].character, after = glyphs[i + 1].character
      // A figure with the word after it: «30 ноября», "5 schools", «2023 жылғы».
      if before.isNumber && after.isLetter { return false }
      // A word with the figure after it only when a figure comes before the word too,
      // as in a date («30 ноября 2023», «жылғы 30»); «партиясының 2023» may break.
      guard before.isLetter && after.isNumber else { return true }
      var start = i - 1
      while start > 0 && glyphs[start - 1].character != " " { start -= 1 }
      return !(start >= 2 && glyphs[start - 2].character.isNumber)
    }
    var lines: [[Glyph]] = []
    var start = 0
    while start < glyphs.count && lines.count < maxLines {
      var end = start
      var used = 0
      var lastSpace = -1
      while end < glyphs.count && used + glyphs[end].width <= columns {
        if breaksAt(end) { lastSpace = end }
        used += glyphs[end].width
        end += 1
      }
      if end == start { end = start + 1 }  // a glyph wider than the line still advances
      // Back up to the last space unless the line already ends at a word boundary.
      if end < glyphs.count && !breaksAt(end) && lastSpace > start { end = lastSpace + 1 }
      var line = Array(glyphs[start..<end])
      while line.last?.character == " " { line.removeLast() }
      lines.append(line)
      start = end
      while start < glyphs.count && glyphs[start].character == " " { start += 1 }
    }
    return lines
  }
}
