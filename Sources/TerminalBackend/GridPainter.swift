import CNcursesW
import RoadmapUI

/// Puts grids on the ncurses screen, cell by cell, touching only cells that changed.
final class GridPainter {
  private let sanitizer: CellSanitizer
  private let colors: ColorPairs
  private var shown: Grid?

  /// Makes a painter; `colors` decides how cell colours become pairs.
  init(sanitizer: CellSanitizer, colors: ColorPairs) {
    self.sanitizer = sanitizer
    self.colors = colors
  }

  /// Forgets what is on screen, so the next `paint` redraws all of it (after a resize).
  ///
  /// The terminal may have cut, reflowed or cleared its screen while resizing; clearing and
  /// repainting once is cheaper than finding out how.
  func invalidate(_ window: UnsafeMutablePointer<WINDOW>) {
    shown = nil
    _ = clearok(window, true)
  }

  /// Draws `grid` into `window` at its top-left corner and refreshes once.
  ///
  /// Each cell is placed at its own column with `mvwadd_wchnstr`, which neither moves the
  /// cursor nor wraps, so a bad cell cannot shift the rest of the row and the bottom-right
  /// cell cannot scroll the screen. ncurses then sends only what differs from the terminal.
  func paint(_ grid: Grid, in window: UnsafeMutablePointer<WINDOW>) {
    let safe = sanitizer.sanitize(grid)
    let previous = shown.flatMap { $0.width == safe.width && $0.height == safe.height ? $0 : nil }
    var c = cchar_t()
    for y in 0..<safe.height {
      for x in 0..<safe.width {
        let cell = safe[x, y]
        if cell.width == 0 { continue }
        if let previous, previous[x, y] == cell,
           cell.width == 1 || previous[x + 1, y] == safe[x + 1, y] { continue }
        fill(&c, with: cell)
        _ = mvwadd_wchnstr(window, Int32(y), Int32(x), &c, 1)
      }
    }
    shown = safe
    _ = wnoutrefresh(window)
    _ = doupdate()
  }

  /// Sets `c` to the cell's grapheme (a spacing character plus combining marks) and style.
  private func fill(_ c: inout cchar_t, with cell: Cell) {
    var wide: [wchar_t] = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    wide.append(0)
    var attrs = attr_t(0)
    if cell.style.bold { attrs |= nc_a_bold() }
    if cell.style.reverse { attrs |= nc_a_reverse() }
    if cell.style.dim { attrs |= nc_a_dim() }
    if cell.style.underline { attrs |= nc_a_underline() }
    let pair = colors.pair(foreground: cell.style.foreground, background: cell.style.background)
    _ = setcchar(&c, wide, attrs, pair, nil)
  }
}
