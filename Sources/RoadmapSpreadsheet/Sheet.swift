import RoadmapKit
import RoadmapUI

/// One cell of a sheet, typed so that Excel gets numbers as numbers and dates as dates.
public enum SheetCell: Hashable, Sendable {
  /// Words: always a string cell, never a formula.
  case text(String)
  /// A figure.
  case number(Double)
  /// A day, as a date cell.
  case date(Day)
  /// Nothing.
  case empty
}

/// One sheet: a few lines above the table (the report's heading), the table's heading
/// row and its rows.
public struct Sheet: Hashable, Sendable {
  /// The title the sheet is named after (made valid by `SheetNames`).
  public var title: String
  /// A name to use when the title leaves nothing valid (the table's key).
  public var fallbackName: String
  /// Lines above the table, one cell each, in bold: the meeting, the roadmap, notes.
  public var preamble: [[SheetCell]]
  /// The column headings: bold, frozen, with the filter buttons.
  public var columns: [String]
  /// The rows, each as long as `columns`.
  public var rows: [[SheetCell]]
  /// More tables below the first, each after an empty line (a region's tables in the
  /// national report, one sheet per region); only the first gets the filter buttons.
  public var below: [SheetBlock] = []

  /// A sheet of `columns` and `rows` under `preamble`.
  public init(
    title: String, fallbackName: String, preamble: [[SheetCell]] = [], columns: [String],
    rows: [[SheetCell]]
  ) {
    self.title = title
    self.fallbackName = fallbackName
    self.preamble = preamble
    self.columns = columns
    self.rows = rows
  }

  /// The heading row's index: below the preamble and the empty line after it.
  var headingRow: Int { preamble.isEmpty ? 0 : preamble.count + 1 }

  /// The width each column needs, in Excel's units: the widest heading or value by
  /// display width (a wide letter counts two), plus room for the filter button, within
  /// `minimum`…`maximum` so that one long title does not push the rest off the screen.
  func widths(dateWidth: Int, minimum: Int = 6, maximum: Int = 80) -> [Double] {
    let count = ([columns.count] + below.map(\.columns.count)).max() ?? 0
    let everyRow = below.isEmpty ? rows : rows + below.flatMap(\.rows)
    return (0..<count).map { c in
      let headings = ([columns] + below.map(\.columns)).compactMap { c < $0.count ? $0[c] : nil }
      var w = (headings.map { DisplayWidth.of($0) }.max() ?? 0) + 3
      for row in everyRow where c < row.count {
        // Measuring every grapheme of 100 000 titles costs seconds: a column at its
        // maximum needs nothing more, and a text of fewer bytes than the width so far
        // cannot be wider (a column takes at least one byte).
        if w >= maximum { break }
        let shown: Int
        switch row[c] {
        case .text(let s):
          if s.utf8.count + 1 <= w { continue }
          shown = s.utf8.contains(0x0A)
            ? s.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of($0) }.max() ?? 0
            : Self.quickWidth(s) ?? DisplayWidth.of(s)
        case .number(let v): shown = CSVWriter.number(v, .comma).count + (v >= 1000 ? 2 : 0)
        case .date: shown = dateWidth
        case .empty: shown = 0
        }
        w = max(w, shown + 1)
      }
      return Double(min(max(w, minimum), maximum))
    }
  }

  /// The width of a text of Latin, Greek, Cyrillic (Kazakh letters included) and common
  /// punctuation, where each scalar takes one column; nil for anything else (wide letters,
  /// combining marks, controls), which `DisplayWidth` measures grapheme by grapheme.
  static func quickWidth(_ s: String) -> Int? {
    var n = 0
    for u in s.unicodeScalars {
      switch u.value {
      case 0x20..<0x7F, 0xA0..<0x300, 0x370..<0x483, 0x48A..<0x530, 0x2010...0x2027, 0x2030...0x205E,
        0x2100...0x214F:
        n += 1
      default: return nil
      }
    }
    return n
  }
}

/// A table below a sheet's first: its title and notes, its heading row, its rows (all in
/// the same kinds of cell as the sheet's own).
public struct SheetBlock: Hashable, Sendable {
  /// Lines above its heading row, in bold: its title and notes.
  public var preamble: [[SheetCell]]
  /// The column headings, in bold.
  public var columns: [String]
  /// The rows.
  public var rows: [[SheetCell]]

  /// A table of `columns` and `rows` under `preamble`.
  public init(preamble: [[SheetCell]], columns: [String], rows: [[SheetCell]]) {
    self.preamble = preamble
    self.columns = columns
    self.rows = rows
  }
}
