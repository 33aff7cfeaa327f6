/// Figures drawn large with block characters, for slides read from the back of a room.
///
/// A 3×5 pixel font of digits, `%`, `/`, `,`, `.` and space; each pixel is `scale`
/// columns wide and `scale` rows high, drawn with █ (or `#` without UTF-8). Characters
/// the font lacks are skipped, so any formatted number can be passed as it is.
public enum BigText {
  /// Rows of each glyph; `#` is a lit pixel.
  static let font: [Character: [String]] = [
    "0": ["###", "# #", "# #", "# #", "###"],
    "1": [" # ", "## ", " # ", " # ", "###"],
    "2": ["###", "  #", "###", "#  ", "###"],
    "3": ["###", "  #", " ##", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"],
    "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"],
    "7": ["###", "  #", "  #", "  #", "  #"],
    "8": ["###", "# #", "###", "# #", "###"],
    "9": ["###", "# #", "###", "  #", "###"],
    "%": ["# #", "  #", " # ", "#  ", "# #"],
    "/": ["  #", "  #", " # ", "#  ", "#  "],
    ",": [" ", " ", " ", "#", "#"],
    ".": [" ", " ", " ", " ", "#"],
    " ": [" ", " ", " ", " ", " "],
  ]

  /// Pixel rows of the font.
  public static let pixelRows = 5

  /// Rows taken at `scale`.
  public static func height(scale: Int) -> Int { pixelRows * max(1, scale) }

  /// The glyphs of `text` the font can draw, in order.
  static func glyphs(_ text: String) -> [[String]] {
    text.compactMap { font[$0] }
  }

  /// Columns `text` takes at `scale`: glyphs and one pixel between them.
  public static func width(_ text: String, scale: Int) -> Int {
    let g = glyphs(text)
    guard !g.isEmpty else { return 0 }
    let pixels = g.reduce(0) { $0 + $1[0].count } + g.count - 1
    return pixels * max(1, scale)
  }

  /// The largest scale, at most `scale`, at which `text` fits in `columns`.
  public static func fitting(_ text: String, scale: Int, columns: Int) -> Int {
    var s = max(1, scale)
    while s > 1 && width(text, scale: s) > columns { s -= 1 }
    return s
  }

  /// Draws `text` with its top-left corner at (`x`, `y`), clipped to `clip`.
  public static func draw(
    _ text: String, x: Int, y: Int, scale: Int, fill: Character, style: CellStyle, clip: Rect,
    into grid: inout Grid
  ) {
    let s = max(1, scale)
    var px = x
    for glyph in glyphs(text) {
      for (row, line) in glyph.enumerated() {
        for (col, pixel) in line.enumerated() where pixel == "#" {
          let r = Rect(x: px + col * s, y: y + row * s, width: s, height: s).clipped(to: clip)
          grid.fill(r, fill, style: style)
        }
      }
      px += (glyph[0].count + 1) * s
    }
  }
}
