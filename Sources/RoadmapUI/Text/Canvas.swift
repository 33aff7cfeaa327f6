/// A rectangle of the grid, in columns and rows; empty when either side is not positive.
public struct Rect: Hashable, Sendable {
  /// Left column.
  public var x: Int
  /// Top row.
  public var y: Int
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Makes a rectangle; negative sides count as zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Whether nothing can be drawn inside.
  public var isEmpty: Bool { width <= 0 || height <= 0 }
  /// One past the right column.
  public var maxX: Int { x + width }
  /// One past the bottom row.
  public var maxY: Int { y + height }

  /// Whether the cell at (`px`, `py`) is inside.
  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }

  /// The rectangle shrunk by `by` on every side.
  public func inset(_ by: Int) -> Rect {
    Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by)
  }

  /// The row `dy` of this rectangle as a one-row rectangle (empty when outside).
  public func row(_ dy: Int) -> Rect {
    dy >= 0 && dy < height ? Rect(x: x, y: y + dy, width: width, height: 1) : Rect(x: x, y: y, width: 0, height: 0)
  }

  /// The part below the first `rows` rows.
  public func dropFirst(_ rows: Int) -> Rect {
    let n = min(max(0, rows), height)
    return Rect(x: x, y: y + n, width: width, height: height - n)
  }

  /// The intersection with another rectangle.
  public func clipped(to other: Rect) -> Rect {
    let nx = max(x, other.x), ny = max(y, other.y)
    return Rect(x: nx, y: ny, width: min(maxX, other.maxX) - nx, height: min(maxY, other.maxY) - ny)
  }
}

extension Grid {
  /// The whole grid as a rectangle.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// Puts one glyph at (`x`, `y`), keeping wide graphemes whole.
  ///
  /// Overwriting half of a wide grapheme blanks its other half, so the backend never
  /// receives a continuation cell without its leading cell.
  mutating func put(_ glyph: Glyph, x: Int, y: Int, style: CellStyle) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    // The common case, a narrow glyph over a narrow cell: nothing around it to mend.
    if glyph.width == 1 && cells[y * width + x].width == 1 {
      self[x, y] = Cell(glyph.character, width: 1, style: style)
      return
    }
    let w = glyph.width == 2 && x + 1 < width ? 2 : 1
    for cx in x..<(x + w) {
      let old = self[cx, y]
      if old.width == 0, cx > 0 { self[cx - 1, y] = Cell(" ", width: 1, style: self[cx - 1, y].style) }
      if old.width == 2, cx + 1 < width { self[cx + 1, y] = Cell(" ", width: 1, style: old.style) }
    }
    if glyph.width == 2 && w == 1 {
      self[x, y] = Cell(" ", width: 1, style: style)
      return
    }
    self[x, y] = Cell(glyph.character, width: UInt8(w), style: style)
    if w == 2 { self[x + 1, y] = Cell(" ", width: 0, style: style) }
  }

  /// Fills a rectangle with one character (a space by default) in a style.
  public mutating func fill(_ rect: Rect, _ character: Character = " ", style: CellStyle = .plain) {
    let r = rect.clipped(to: bounds)
    guard !r.isEmpty else { return }
    let g = Glyph(character: character, width: 1)
    for y in r.y..<r.maxY { for x in r.x..<r.maxX { put(g, x: x, y: y, style: style) } }
  }

  /// Draws glyphs from column `x` of row `y`, never past `clip`; returns columns used.
  @discardableResult
  public mutating func draw(_ glyphs: [Glyph], x: Int, y: Int, clip: Rect, style: CellStyle) -> Int {
    let r = clip.clipped(to: bounds)
    guard y >= r.y, y < r.maxY else { return 0 }
    var cx = x
    for g in glyphs {
      if cx + g.width > r.maxX { break }
      if cx >= r.x { put(g, x: cx, y: y, style: style) }
      cx += g.width
    }
    return max(0, cx - x)
  }
}
