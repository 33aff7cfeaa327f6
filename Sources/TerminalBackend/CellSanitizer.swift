import CNcursesW
import RoadmapUI

/// Makes a grid safe to hand to ncurses cell by cell.
///
/// The UI core measures widths itself; when the C library's `wcwidth` disagrees (ZWJ emoji,
/// flags, a control character that slipped through), ncurses would move the cursor by a
/// different amount and shift the rest of the row. Every cell is checked here so that what
/// reaches ncurses occupies exactly the columns the grid says.
public struct CellSanitizer: Sendable {
  /// Whether characters outside ASCII can be shown.
  public var utf8: Bool

  /// Makes a sanitizer for a UTF-8 or an ASCII terminal.
  public init(utf8: Bool) {
    self.utf8 = utf8
  }

  /// What stands in for a grapheme that cannot be shown in its cell.
  public var replacement: Character { utf8 ? "\u{FFFD}" : "?" }

  /// A copy of `grid` in which each cell's grapheme takes exactly its stated width.
  ///
  /// A wide cell is kept only when the next cell is its continuation and the grapheme is
  /// two columns wide; a continuation without its wide cell becomes a space.
  public func sanitize(_ grid: Grid) -> Grid {
    var out = grid
    for y in 0..<grid.height {
      var x = 0
      while x < grid.width {
        let cell = grid[x, y]
        switch cell.width {
        case 2:
          let next = x + 1 < grid.width ? grid[x + 1, y] : nil
          let measured = displayWidth(cell.character)
          if next?.width == 0, measured == 2 {
            x += 2
            continue
          }
          out[x, y] = Cell(measured == 1 ? cell.character : replacement, style: cell.style)
          if let next, next.width == 0 { out[x + 1, y] = Cell(" ", style: next.style) }
        case 1:
          if displayWidth(cell.character) != 1 {
            out[x, y] = Cell(replacement, style: cell.style)
          }
        default:
          out[x, y] = Cell(" ", style: cell.style)
        }
        x += 1
      }
    }
    return out
  }

  /// Columns `character` takes by the C library's reckoning, or nil when ncurses cannot show it.
  ///
  /// Nil for control characters, for a grapheme that starts with a combining mark, and for
  /// one with more scalars than a `cchar_t` holds; outside UTF-8, for anything not ASCII.
  public func displayWidth(_ character: Character) -> Int? {
    let scalars = character.unicodeScalars
    if !utf8 {
      guard scalars.count == 1, let s = scalars.first, s.value >= 0x20, s.value < 0x7F
      else { return nil }
      return 1
    }
    guard scalars.count <= Int(CCHARW_MAX) else { return nil }
    var total = 0
    for (i, s) in scalars.enumerated() {
      let w = Int(wcwidth(wchar_t(bitPattern: s.value)))
      if w < 0 || (i == 0 && w == 0) { return nil }
      total += w
    }
    return total
  }
}
