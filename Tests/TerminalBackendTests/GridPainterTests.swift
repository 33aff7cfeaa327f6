import CNcursesW
import RoadmapUI
import Testing

@testable import TerminalBackend

#if canImport(Glibc)
  import Glibc
#endif

/// Paints grids into a real ncurses screen whose output goes to /dev/null, and reads the
/// cells back from ncurses. ncurses state is global, so these run one at a time.
@Suite(.serialized)
struct GridPainterTests {
  /// What ncurses holds at one cell.
  struct ScreenCell: Equatable {
    var text: String
    var attributes: attr_t
    var pair: Int16
  }

  /// Runs `body` with a `width`×`height` headless screen and a painter for it.
  func withScreen(
    width: Int, height: Int, utf8: Bool = true,
    _ body: (GridPainter, UnsafeMutablePointer<WINDOW>) throws -> Void
  ) throws {
    _ = setlocale(LC_CTYPE, utf8 ? "C.UTF-8" : "C")
    let output = fopen("/dev/null", "w")
    let input = fopen("/dev/null", "r")
    defer {
      fclose(output)
      fclose(input)
    }
    let screen = try #require(newterm("xterm-256color", output, input))
    defer {
      endwin()
      delscreen(screen)
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
    _ = resizeterm(Int32(height), Int32(width))
    _ = start_color()
    let defaults = use_default_colors() != ERR
    let painter = GridPainter(
      sanitizer: CellSanitizer(utf8: utf8),
      colors: ColorPairs(enabled: true, defaultColors: defaults))
    try body(painter, try #require(nc_stdscr()))
  }

  /// The grapheme, attributes and colour pair ncurses has at column `x`, row `y`.
  func cell(_ window: UnsafeMutablePointer<WINDOW>, _ x: Int, _ y: Int) -> ScreenCell {
    var c = cchar_t()
    _ = mvwin_wch(window, Int32(y), Int32(x), &c)
    var chars = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
    var attributes = attr_t(0)
    var pair: Int16 = 0
    _ = getcchar(&c, &chars, &attributes, &pair, nil)
    let text = String(
      String.UnicodeScalarView(chars.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }))
    return ScreenCell(text: text, attributes: attributes & ~nc_a_color_mask(), pair: pair)
  }

  /// The row as ncurses holds it, one string per column.
  func rowTexts(_ window: UnsafeMutablePointer<WINDOW>, _ y: Int, width: Int) -> [String] {
    (0..<width).map { cell(window, $0, y).text }
  }

  func grid(_ rows: [String], width: Int) -> Grid {
    var g = Grid(width: width, height: rows.count)
    for (y, row) in rows.enumerated() {
      for (x, ch) in row.enumerated() { g[x, y] = Cell(ch) }
    }
    return g
  }

  @Test("Kazakh text lands cell for cell, and the bottom-right cell is drawn without scrolling")
  func kazakhAndBottomRight() throws {
    try withScreen(width: 6, height: 3) { painter, window in
      painter.paint(grid(["Ұлттық", "мұра  ", "abcdeZ"], width: 6), in: window)
      #expect(rowTexts(window, 0, width: 6) == ["Ұ", "л", "т", "т", "ы", "қ"])
      #expect(rowTexts(window, 1, width: 6) == ["м", "ұ", "р", "а", " ", " "])
      #expect(cell(window, 5, 2).text == "Z")
    }
  }

  @Test("a wide character takes two columns; a ZWJ sequence is replaced and shifts nothing")
  func wideAndBadCells() throws {
    try withScreen(width: 6, height: 2) { painter, window in
      var g = grid(["  abcd", "  wxyz"], width: 6)
      g[0, 0] = Cell("中", width: 2)
      g[1, 0] = Cell(" ", width: 0)
      g[0, 1] = Cell("👨‍👩‍👧", width: 2)
      g[1, 1] = Cell(" ", width: 0)
      painter.paint(g, in: window)
      #expect(cell(window, 0, 0).text == "中")
      #expect(rowTexts(window, 0, width: 6).suffix(4) == ["a", "b", "c", "d"])
      #expect(rowTexts(window, 1, width: 6) == ["\u{FFFD}", " ", "w", "x", "y", "z"])
    }
  }

  @Test("bold, reverse, dim, underline and colours become ncurses attributes and a pair")
  func styles() throws {
    try withScreen(width: 4, height: 1) { painter, window in
      var g = Grid(width: 4, height: 1)
      g[0, 0] = Cell("a", style: CellStyle(foreground: .red, bold: true))
      g[1, 0] = Cell("b", style: CellStyle(reverse: true, underline: true))
      g[2, 0] = Cell("c", style: CellStyle(foreground: .green, background: .blue, dim: true))
      g[3, 0] = Cell("d", style: CellStyle(foreground: .red))
      painter.paint(g, in: window)
      let a = cell(window, 0, 0)
      #expect(a.attributes == nc_a_bold())
      var fg: Int16 = 0
      var bg: Int16 = 0
      _ = pair_content(a.pair, &fg, &bg)
      #expect(fg == Int16(COLOR_RED))
      #expect(cell(window, 1, 0).attributes == nc_a_reverse() | nc_a_underline())
      #expect(cell(window, 1, 0).pair == 0)
      let c = cell(window, 2, 0)
      #expect(c.attributes == nc_a_dim())
      _ = pair_content(c.pair, &fg, &bg)
      #expect(fg == Int16(COLOR_GREEN) && bg == Int16(COLOR_BLUE))
      #expect(cell(window, 3, 0).pair == a.pair, "one pair per combination")
    }
  }

  @Test("painting only what changed: wide to narrow and back, then a single cell")
  func changesOnly() throws {
    try withScreen(width: 5, height: 1) { painter, window in
      var wide = grid(["  xyz"], width: 5)
      wide[0, 0] = Cell("中", width: 2)
      wide[1, 0] = Cell(" ", width: 0)
      painter.paint(wide, in: window)
      painter.paint(grid(["abxyz"], width: 5), in: window)
      #expect(rowTexts(window, 0, width: 5) == ["a", "b", "x", "y", "z"])
      var shifted = grid(["a  yz"], width: 5)
      shifted[1, 0] = Cell("中", width: 2)
      shifted[2, 0] = Cell(" ", width: 0)
      painter.paint(shifted, in: window)
      #expect(rowTexts(window, 0, width: 5)[0] == "a")
      #expect(cell(window, 1, 0).text == "中")
      #expect(rowTexts(window, 0, width: 5).suffix(2) == ["y", "z"])
      painter.paint(grid(["a12yq"], width: 5), in: window)
      #expect(rowTexts(window, 0, width: 5) == ["a", "1", "2", "y", "q"])
    }
  }

  @Test("ASCII mode: Cyrillic becomes ? instead of junk")
  func asciiMode() throws {
    try withScreen(width: 4, height: 1, utf8: false) { painter, window in
      painter.paint(grid(["Ұл t"], width: 4), in: window)
      #expect(rowTexts(window, 0, width: 4) == ["?", "?", " ", "t"])
    }
  }
}
