import Foundation

/// Where a sheet's roadmap table is: its header row and which column holds what.
public struct TableLayout: Hashable, Sendable {
  /// The header row's number, nil when `--map` placed the columns and no header was found.
  public var headerRow: Int?
  /// Column number of each known column.
  public var columns: [ImportColumn: Int]

  /// How far down a sheet the header is looked for: title lines, a date, the approval.
  public static let searchDepth = 30

  /// The layout of `sheet`: the first of its first rows whose cells name the activity
  /// column and at least one more; `mapping` then overrides columns. Nil when no row is a
  /// header and `mapping` does not name the activity column.
  public static func find(
    in sheet: TableSheet, vocabulary: Vocabulary, mapping: [ImportColumn: Int] = [:]
  ) -> TableLayout? {
    for row in sheet.rows.prefix(searchDepth) {
      var columns: [ImportColumn: Int] = [:]
      for column in row.filledColumns {
        guard let kind = vocabulary.column(forHeader: row.text(column)!), columns[kind] == nil else { continue }
        columns[kind] = column
      }
      if columns[.activity] != nil || mapping[.activity] != nil, columns.count >= 2 {
        columns.merge(mapping) { _, mapped in mapped }
        return TableLayout(headerRow: row.number, columns: columns)
      }
    }
    guard mapping[.activity] != nil else { return nil }
    return TableLayout(headerRow: nil, columns: mapping)
  }

  /// The rows under the header, without the rows of column numbers (1 2 3 4 …) that many
  /// tables put under it, nor the header where a table repeats it (one per printed page).
  public func dataRows(of sheet: TableSheet) -> [TableRow] {
    var rows = sheet.rows[...]
    guard let headerRow else { return Array(rows) }
    rows = rows.drop { $0.number <= headerRow }
    let header = sheet.rows.first { $0.number == headerRow }.map(Self.texts)
    return rows.filter { !Self.isColumnNumbers($0) && Self.texts($0) != header }
  }

  /// A row's texts by column, for telling a repeated header.
  static func texts(_ row: TableRow) -> [Int: String] {
    var out: [Int: String] = [:]
    for c in row.filledColumns { out[c] = row.text(c) }
    return out
  }

  /// Whether a row holds only whole numbers rising left to right, three at least.
  static func isColumnNumbers(_ row: TableRow) -> Bool {
    let numbers = row.filledColumns.map { row.text($0).flatMap { Int($0) } }
    guard numbers.count >= 3, numbers.allSatisfy({ $0 != nil }) else { return false }
    return zip(numbers, numbers.dropFirst()).allSatisfy { $0! < $1! }
  }
}

/// `--map activity=C,due=D,owner=E`: columns named by their letters, overriding the headers.
public enum ColumnMapping {
  /// Why a `--map` value was not taken.
  public enum Problem: Error, Equatable, Sendable {
    /// A part is not `name=LETTERS`.
    case malformed(String)
    /// A name that is no column of the import: the name.
    case unknownColumn(String)
    /// Letters that are no column (`D1`, `Ж`).
    case badLetters(String)
  }

  /// The columns `text` maps; names are those of `ImportColumn` (`activity`, `due`, …).
  public static func parse(_ text: String) -> Result<[ImportColumn: Int], Problem> {
    var out: [ImportColumn: Int] = [:]
    for part in text.split(separator: ",") {
      let pieces = part.split(separator: "=", omittingEmptySubsequences: false)
      guard pieces.count == 2 else { return .failure(.malformed(String(part))) }
      let name = pieces[0].trimmingCharacters(in: .whitespaces)
      let letters = pieces[1].trimmingCharacters(in: .whitespaces)
      guard let column = ImportColumn(rawValue: name.lowercased()) else {
        return .failure(.unknownColumn(name))
      }
      guard let number = CellPlace.column(letters: letters) else { return .failure(.badLetters(letters)) }
      out[column] = number
    }
    guard !out.isEmpty else { return .failure(.malformed(text)) }
    return .success(out)
  }
}
