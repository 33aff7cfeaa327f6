import RoadmapKit

/// Excel's day numbers and date formats.
///
/// A date in a workbook is a number (days since 30 December 1899, or since 1 January
/// 1904 in a workbook saved with the Mac's old date system) whose cell style has a
/// date format: one of the built-in ids 14–22 (and 27–36, 50–58 of the East Asian
/// locales) or a custom format code with day or year parts.
enum ExcelDates {
  /// The day an Excel serial number stands for, whole days only; nil out of range.
  ///
  /// Serial 60 is 29 February 1900, a day that never was (Lotus 1-2-3 took 1900 for a
  /// leap year and Excel kept it), so serials before it count from one day later.
  static func day(serial: Double, date1904: Bool) -> Day? {
    guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
    let whole = Int(serial.rounded(.down))
    let epoch = date1904 ? daysFromCivil(1904, 1, 1) : daysFromCivil(1899, 12, 30)
    if !date1904 && whole == 60 { return nil }
    let offset = !date1904 && whole < 60 ? whole + 1 : whole
    let (y, m, d) = civil(fromDays: epoch + offset)
    return Day(year: y, month: m, day: d)
  }

  /// Whether the number format `id` (with the workbook's custom `codes`) shows a date.
  static func isDate(formatID id: Int, codes: [Int: String]) -> Bool {
    if let code = codes[id] { return isDateCode(code) }
    return (14...22).contains(id) || (27...36).contains(id) || (50...58).contains(id)
  }

  /// Whether a format code shows a day or a year: text in quotes, escaped characters and
  /// `[…]` parts (colours, locales, elapsed hours) left out first.
  static func isDateCode(_ code: String) -> Bool {
    var plain = ""
    var quoted = false, bracket = false, escaped = false
    for c in code.lowercased() {
      if escaped { escaped = false; continue }
      switch c {
      case "\"": quoted.toggle()
      case "\\" where !quoted: escaped = true
      case "[" where !quoted: bracket = true
      case "]" where !quoted: bracket = false
      default: if !quoted && !bracket { plain.append(c) }
      }
    }
    // Only the first section (positive numbers) says what the cell shows.
    let first = plain.split(separator: ";", omittingEmptySubsequences: false).first ?? ""
    return first.contains("d") || first.contains("y")
  }

  /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The civil date of days since 1970-01-01.
  static func civil(fromDays z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
