import Foundation
import RoadmapKit

/// Where a cell is: its sheet, its row (from 1) and its column (from 0, shown as letters).
///
/// Messages name cells as spreadsheets do, `Лист1!D14`, so that whoever fixes the file
/// finds the cell by typing it into the name box.
public struct CellPlace: Hashable, Sendable, CustomStringConvertible {
  /// The sheet's name (a CSV has the file's name without the extension).
  public var sheet: String
  /// The row number, from 1.
  public var row: Int
  /// The column number, from 0 (A).
  public var column: Int

  /// Makes a place.
  public init(sheet: String, row: Int, column: Int) {
    self.sheet = sheet
    self.row = row
    self.column = column
  }

  /// `Лист1!D14`.
  public var description: String { "\(sheet)!\(CellPlace.letters(column))\(row)" }

  /// The column's letters: 0 → A, 25 → Z, 26 → AA.
  public static func letters(_ column: Int) -> String {
    var n = column + 1
    var out: [Character] = []
    while n > 0 {
      let r = (n - 1) % 26
      out.append(Character(Unicode.Scalar(UInt8(65 + r))))
      n = (n - 1) / 26
    }
    return String(out.reversed())
  }

  /// The column number of letters (`D` → 3, `aa` → 26); nil unless only Latin letters.
  public static func column(letters: some StringProtocol) -> Int? {
    guard !letters.isEmpty, letters.count <= 3 else { return nil }
    var n = 0
    for u in letters.uppercased().utf8 {
      guard (65...90).contains(u) else { return nil }
      n = n * 26 + Int(u - 64)
    }
    return n - 1
  }
}

/// What a cell holds, as the file typed it.
public enum CellValue: Hashable, Sendable {
  /// Text (a shared, inline or formula string, or any CSV field).
  case text(String)
  /// A number, with the text it was written as (`837`, `5.6`).
  case number(Double, String)
  /// A number whose style is a date format: an Excel serial day.
  case date(Day)
  /// TRUE or FALSE.
  case bool(Bool)

  /// The value as a person reads it in the cell: numbers as written, dates as `YYYY-MM-DD`.
  public var text: String {
    switch self {
    case .text(let s): return s
    case .number(_, let raw): return raw
    case .date(let d): return d.description
    case .bool(let b): return b ? "TRUE" : "FALSE"
    }
  }
}

/// One non-empty row of a sheet: its number and its cells by column.
public struct TableRow: Hashable, Sendable {
  /// The row number in the sheet, from 1.
  public var number: Int
  /// The cells that hold something, by column (from 0).
  public var cells: [Int: CellValue]

  /// Makes a row.
  public init(number: Int, cells: [Int: CellValue]) {
    self.number = number
    self.cells = cells
  }

  /// The cell's text trimmed, or nil when the cell is empty or only spaces.
  public func text(_ column: Int) -> String? {
    guard let v = cells[column] else { return nil }
    let t = v.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return t.isEmpty ? nil : t
  }

  /// The columns that hold text, left to right.
  public var filledColumns: [Int] { cells.keys.filter { text($0) != nil }.sorted() }
}

/// A rectangle of merged cells: `A5:G5`.
public struct MergedRange: Hashable, Sendable {
  /// First and last row (from 1), first and last column (from 0).
  public var rows: ClosedRange<Int>
  /// The columns it spans.
  public var columns: ClosedRange<Int>

  /// Makes a range.
  public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
    self.rows = rows
    self.columns = columns
  }

  /// Reads `A5:G5` (or a single `B3`); nil when it is not a range.
  public init?(reference: String) {
    let parts = reference.split(separator: ":")
    guard (1...2).contains(parts.count), let a = CellReference(parts[0]),
      let b = parts.count == 2 ? CellReference(parts[1]) : a
    else { return nil }
    rows = min(a.row, b.row)...max(a.row, b.row)
    columns = min(a.column, b.column)...max(a.column, b.column)
  }
}

/// A cell reference such as `D14`.
struct CellReference {
  var row: Int
  var column: Int

  init?(_ text: some StringProtocol) {
    let letters = text.prefix { $0.isLetter }
    let digits = text.dropFirst(letters.count)
    guard let c = CellPlace.column(letters: letters), let r = Int(digits), r >= 1 else { return nil }
    row = r
    column = c
  }
}

/// One sheet: its rows that hold something, in order, and its merged ranges.
public struct TableSheet: Hashable, Sendable {
  /// The sheet's name, as messages give it.
  public var name: String
  /// Non-empty rows in sheet order.
  public var rows: [TableRow]
  /// The merged ranges (none in a CSV).
  public var merged: [MergedRange]

  /// Makes a sheet.
  public init(name: String, rows: [TableRow], merged: [MergedRange] = []) {
    self.name = name
    self.rows = rows
    self.merged = merged
  }

  /// Whether a merge spans several columns of row `number`: a merged header row.
  public func isMergedAcross(row number: Int) -> Bool {
    merged.contains { $0.rows.contains(number) && $0.columns.count > 1 }
  }
}

/// A spreadsheet read into sheets, whatever file it came from.
public struct TableBook: Hashable, Sendable {
  /// Its sheets, in the workbook's order.
  public var sheets: [TableSheet]

  /// Makes a book.
  public init(sheets: [TableSheet]) { self.sheets = sheets }
}
