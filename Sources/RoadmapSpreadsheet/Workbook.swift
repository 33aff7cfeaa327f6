import CXlsxWriter
import Foundation
import RoadmapKit

/// A failure of libxlsxwriter, with its own message and, for a cell, the place.
public struct SpreadsheetError: Error, CustomStringConvertible, Equatable {
  /// What failed and where: "sheet «Іс-шаралар», row 5, column 3: String exceeds
  /// Excel's limit of 32,767 characters.".
  public var description: String
}

/// A workbook being written by libxlsxwriter: a thin, throwing wrapper over its C calls.
///
/// Every call that can fail returns libxlsxwriter's `lxw_error`, turned here into a
/// `SpreadsheetError` with `lxw_strerror`'s message, so that a string past Excel's
/// limits, a row past the last one or a full disk ends the command with a message
/// rather than a crash or a file that Excel calls damaged. The library writes to the path
/// it is given only on `close()`; callers give it a temporary path (`XLSXFile`).
final class Workbook {
  private var handle: UnsafeMutablePointer<lxw_workbook>?
  private let path: String

  /// A new workbook that `close()` will write to `path`.
  init(path: String) throws(SpreadsheetError) {
    self.path = path
    guard let h = workbook_new(path) else {
      throw SpreadsheetError(description: "cannot create a workbook for \(path)")
    }
    handle = h
  }

  deinit {
    // A workbook abandoned after an error is freed without writing anything useful;
    // its temporary file is removed by the caller.
    if let h = handle { _ = workbook_close(h) }
  }

  /// A cell format: bold, a number format, or both.
  func format(bold: Bool = false, numberFormat: String? = nil) -> UnsafeMutablePointer<lxw_format>? {
    guard let h = handle, let f = workbook_add_format(h) else { return nil }
    if bold { format_set_bold(f) }
    if let numberFormat { format_set_num_format(f, numberFormat) }
    return f
  }

  /// A new sheet named `name`, which must be valid and unused (`SheetNames` makes it so).
  func addSheet(_ name: String) throws(SpreadsheetError) -> Worksheet {
    guard let h = handle else { throw SpreadsheetError(description: "the workbook is closed") }
    let check = workbook_validate_sheet_name(h, name)
    guard check == LXW_NO_ERROR else {
      throw SpreadsheetError(description: "sheet «\(name)»: " + Self.message(check))
    }
    guard let s = workbook_add_worksheet(h, name) else {
      throw SpreadsheetError(description: "sheet «\(name)»: cannot be added")
    }
    return Worksheet(handle: s, name: name)
  }

  /// Writes the file and frees the workbook.
  func close() throws(SpreadsheetError) {
    guard let h = handle else { return }
    handle = nil
    let e = workbook_close(h)
    guard e == LXW_NO_ERROR else {
      throw SpreadsheetError(description: "\(path): " + Self.message(e))
    }
  }

  /// libxlsxwriter's words for an error.
  static func message(_ e: lxw_error) -> String {
    guard let s = lxw_strerror(e) else { return "error \(e.rawValue)" }
    return String(cString: s)
  }
}

/// One sheet of a `Workbook`; rows and columns count from 0, as libxlsxwriter's do.
struct Worksheet {
  let handle: UnsafeMutablePointer<lxw_worksheet>
  /// The sheet's name, for messages.
  let name: String

  /// Text, always as a string cell: never a formula, whatever it starts with.
  func write(text: String, row: Int, column: Int, format: UnsafeMutablePointer<lxw_format>?)
    throws(SpreadsheetError)
  {
    // A C string ends at NUL; a NUL from the file would silently cut the text, so it is
    // shown as U+FFFD, as the screens show it.
    // Scanning the bytes: Foundation's `contains` costs microseconds a cell.
    let safe = text.utf8.contains(0) ? text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : text
    try check(worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), safe, format), row, column)
  }

  /// A number cell.
  func write(number: Double, row: Int, column: Int, format: UnsafeMutablePointer<lxw_format>?)
    throws(SpreadsheetError)
  {
    try check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), number, format), row, column)
  }

  /// A date cell: Excel's serial day number shown through `format`.
  func write(day: Day, row: Int, column: Int, format: UnsafeMutablePointer<lxw_format>?)
    throws(SpreadsheetError)
  {
    var d = lxw_datetime(year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0)
    try check(worksheet_write_datetime(handle, lxw_row_t(row), lxw_col_t(column), &d, format), row, column)
  }

  /// The width of one column, in Excel's units (the width of a digit).
  func setWidth(_ width: Double, column: Int) throws(SpreadsheetError) {
    try check(worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column), width, nil), nil, column)
  }

  /// Rows above `row` stay in view when the sheet scrolls.
  func freeze(rowsAbove row: Int) {
    worksheet_freeze_panes(handle, lxw_row_t(row), 0)
  }

  /// Filter buttons on the heading row `first` over the rows down to `last`.
  func autofilter(first: Int, last: Int, columns: Int) throws(SpreadsheetError) {
    let e = worksheet_autofilter(handle, lxw_row_t(first), 0, lxw_row_t(last), lxw_col_t(columns - 1))
    try check(e, first, nil)
  }

  /// Throws libxlsxwriter's message with the sheet and the 1-based row and column.
  private func check(_ e: lxw_error, _ row: Int?, _ column: Int?) throws(SpreadsheetError) {
    guard e != LXW_NO_ERROR else { return }
    var place = "sheet «\(name)»"
    if let row { place += ", row \(row + 1)" }
    if let column { place += ", column \(column + 1)" }
    throw SpreadsheetError(description: place + ": " + Workbook.message(e))
  }
}
