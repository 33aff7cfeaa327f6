import CNcursesW
import RoadmapUI
import Testing

@testable import TerminalBackend

#if canImport(Glibc)
  import Glibc
#endif

/// Cells whose grapheme `wcwidth` measures differently are replaced, never passed on.
struct CellSanitizerTests {
  init() {
    // wcwidth follows LC_CTYPE; the test process starts in the C locale.
    _ = setlocale(LC_CTYPE, "C.UTF-8")
  }

  func row(_ cells: [Cell]) -> Grid {
    var g = Grid(width: cells.count, height: 1)
    for (x, c) in cells.enumerated() { g[x, 0] = c }
    return g
  }

  @Test("Kazakh text, blocks and a wide character with its continuation pass unchanged")
  func goodCellsKept() {
    let cells = "Өмір █░".map { Cell($0) } + [Cell("中", width: 2), Cell(" ", width: 0)]
    let grid = row(cells)
    #expect(CellSanitizer(utf8: true).sanitize(grid) == grid)
  }

  @Test("a ZWJ family is one grapheme but wcwidth says 6: replaced, the row keeps its columns")
  func zwjReplaced() {
    let grid = row([Cell("👨‍👩‍👧", width: 2), Cell(" ", width: 0), Cell("x")])
    let out = CellSanitizer(utf8: true).sanitize(grid)
    #expect(out[0, 0] == Cell("\u{FFFD}"))
    #expect(out[1, 0] == Cell(" "))
    #expect(out[2, 0] == Cell("x"))
  }

  @Test("a narrow cell holding a wide character, a control character, a lone combining mark")
  func badNarrowCells() {
    let grid = row([Cell("中"), Cell("\u{07}"), Cell("\u{0301}"), Cell("a")])
    let out = CellSanitizer(utf8: true).sanitize(grid)
    #expect(out.rowText(0) == "\u{FFFD}\u{FFFD}\u{FFFD}a")
  }

  @Test("a wide cell in the last column or without its continuation; an orphan continuation")
  func brokenWideCells() {
    let out = CellSanitizer(utf8: true).sanitize(
      row([Cell(" ", width: 0), Cell("中", width: 2), Cell("b"), Cell("中", width: 2)]))
    #expect(out[0, 0] == Cell(" "))
    #expect(out[1, 0] == Cell("\u{FFFD}"))
    #expect(out[2, 0] == Cell("b"))
    #expect(out[3, 0] == Cell("\u{FFFD}"))
  }

  @Test("a combining sequence in one cell is kept (é as e + U+0301)")
  func combiningKept() {
    let grid = row([Cell("e\u{0301}"), Cell("x")])
    #expect(CellSanitizer(utf8: true).sanitize(grid) == grid)
  }

  @Test("ASCII mode: everything outside printable ASCII becomes ?")
  func asciiMode() {
    let grid = row("Ұлт ok".map { Cell($0) } + [Cell("中", width: 2), Cell(" ", width: 0)])
    let out = CellSanitizer(utf8: false).sanitize(grid)
    #expect(out.rowText(0) == "??? ok? ")
  }

  @Test("styles survive replacement")
  func styleKept() {
    let style = CellStyle(foreground: .red, bold: true)
    let out = CellSanitizer(utf8: true).sanitize(row([Cell("\u{07}", style: style)]))
    #expect(out[0, 0].style == style)
  }
}
