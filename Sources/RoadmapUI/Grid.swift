/// An in-memory screen: a rectangle of cells that widgets draw into and the backend shows.
public struct Grid: Hashable, Sendable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// Cells row by row, `width * height` of them.
  public private(set) var cells: [Cell]

  /// A blank grid; negative sizes count as zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at column `x`, row `y`; reads outside give a blank, writes outside are ignored.
  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < width, y < height else { return .blank }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// The text of one row, continuation cells skipped, trailing spaces kept.
  public func rowText(_ y: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var s = ""
    for x in 0..<width where cells[y * width + x].width != 0 { s.append(cells[y * width + x].character) }
    return s
  }

  /// All rows as text, trailing spaces trimmed, joined by newlines (for snapshots).
  public var plainText: String {
    (0..<height).map { y in
      var line = rowText(y)
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }
}
