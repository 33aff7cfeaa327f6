import CXlsxWriter
import Foundation
import RoadmapKit
import RoadmapUI

/// Writes sheets into an .xlsx workbook through libxlsxwriter.
///
/// Decisions (stated in `export --help`, `report --help` and docs/FORMAT.md):
/// - one sheet per table, named after it (`SheetNames`: at most 31 characters, none of
///   `[]:*?/\`, unique);
/// - the heading row bold and frozen, the filter buttons on it, every column as wide
///   as its widest text by display width (at most 80);
/// - numbers as number cells (whole ones shown with digit groups, which Excel draws in
///   the reader's locale: `460 000`), dates as date cells shown `dd.mm.yyyy` in kk and
///   ru (as Kazakhstan writes a date) and `yyyy-mm-dd` in en; a day before 1900, which
///   Excel cannot hold, as the text `1899-12-31`;
/// - text always as a string cell (`worksheet_write_string`), never a formula, so that
///   `=HYPERLINK(…)` from the file is shown, not run.
public enum XLSXFile {
  /// The workbook's bytes: written by the library into a private temporary directory,
  /// read back and removed, so that the caller puts them in place atomically
  /// (`OutputFile`) and no half-written workbook is ever seen where it was asked for.
  public static func bytes(_ sheets: [Sheet], language: Language) throws(SpreadsheetError) -> [UInt8] {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("jolkarta-xlsx-\(UUID().uuidString)")
    do { try fm.createDirectory(at: dir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700]) } catch {
      throw SpreadsheetError(description: "cannot make a temporary directory: \(error.localizedDescription)")
    }
    defer { try? fm.removeItem(at: dir) }
    let path = dir.appendingPathComponent("out.xlsx").path
    try write(sheets, language: language, to: path)
    guard let data = fm.contents(atPath: path) else {
      throw SpreadsheetError(description: "cannot read back \(path)")
    }
    return [UInt8](data)
  }

  /// Writes the workbook to `path` (a file of its own: the library replaces it whole).
  static func write(_ sheets: [Sheet], language: Language, to path: String) throws(SpreadsheetError) {
    let book = try Workbook(path: path)
    let bold = book.format(bold: true)
    let dateFormat = language == .en ? "yyyy-mm-dd" : "dd.mm.yyyy"
    let date = book.format(numberFormat: dateFormat)
    let whole = book.format(numberFormat: "#,##0")
    var names = SheetNames()
    for s in sheets {
      let sheet = try book.addSheet(names.name(for: s.title, fallback: s.fallbackName))
      for (r, line) in s.preamble.enumerated() {
        for (c, cell) in line.enumerated() {
          try put(cell, sheet, r, c, text: bold, number: whole, date: date)
        }
      }
      let top = s.headingRow
      for (c, heading) in s.columns.enumerated() {
        try sheet.write(text: heading, row: top, column: c, format: bold)
      }
      for (r, row) in s.rows.enumerated() {
        for (c, cell) in row.enumerated() {
          try put(cell, sheet, top + 1 + r, c, text: nil, number: whole, date: date)
        }
      }
      var next = top + 1 + s.rows.count + 1
      for block in s.below {
        for line in block.preamble + [block.columns.map(SheetCell.text)] {
          for (c, cell) in line.enumerated() { try put(cell, sheet, next, c, text: bold, number: whole, date: date) }
          next += 1
        }
        for row in block.rows {
          for (c, cell) in row.enumerated() { try put(cell, sheet, next, c, text: nil, number: whole, date: date) }
          next += 1
        }
        next += 1
      }
      for (c, w) in s.widths(dateWidth: dateFormat.count).enumerated() { try sheet.setWidth(w, column: c) }
      if !s.columns.isEmpty {
        sheet.freeze(rowsAbove: top + 1)
        try sheet.autofilter(first: top, last: top + s.rows.count, columns: s.columns.count)
      }
    }
    try book.close()
  }

  /// One cell in its kind; whole numbers get digit groups, others Excel's General.
  private static func put(
    _ cell: SheetCell, _ sheet: Worksheet, _ r: Int, _ c: Int,
    text: UnsafeMutablePointer<lxw_format>?, number: UnsafeMutablePointer<lxw_format>?,
    date: UnsafeMutablePointer<lxw_format>?
  ) throws(SpreadsheetError) {
    switch cell {
    case .text(let s): try sheet.write(text: s, row: r, column: c, format: text)
    case .number(let v):
      try sheet.write(number: v, row: r, column: c, format: v == v.rounded() && abs(v) < 1e15 ? number : nil)
    case .date(let d):
      if d.year < 1900 {
        try sheet.write(text: d.description, row: r, column: c, format: text)
      } else {
        try sheet.write(day: d, row: r, column: c, format: date)
      }
    case .empty: break
    }
  }
}
