extension SafeText {
  /// `text` made inert for a terminal, by the same rules as the dashboard's cells.
  ///
  /// Every command's output passes through here when its stream is a terminal: control
  /// characters, escape sequences (ESC, CSI, OSC), C1 controls, bidi overrides and joiners
  /// become visible placeholders, so a title holding `ESC ]52;c;…` shows as text instead
  /// of writing the clipboard. Line ends (LF and the CRLF of CSV) are kept: they are the
  /// command's own layout, and moving to the next line cannot be abused the way a lone CR
  /// (overwriting the line) can. `asciiOnly` (a locale that is not UTF-8) maps every
  /// non-ASCII grapheme to `?`, which is all such a terminal can show.
  public static func inert(_ text: some StringProtocol, asciiOnly: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var glyphs: [Glyph] = []
    for c in text {
      if c == "\n" || c == "\r\n" {
        out.append(c)
        continue
      }
      // The common case, printable ASCII, skips the glyph machinery.
      if let a = c.asciiValue, a >= 0x20, a < 0x7F {
        out.append(c)
        continue
      }
      glyphs.removeAll(keepingCapacity: true)
      append(c, asciiOnly: asciiOnly, to: &glyphs)
      for g in glyphs { out.append(g.character) }
    }
    return out
  }
}
