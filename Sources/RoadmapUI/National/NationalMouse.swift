/// The mouse in the national views, as in the single dashboard: a click selects a row, a
/// click on the selected row or a double click opens it as Enter does, the wheel moves
/// through the list, and a click on a column's heading sorts by it as `s` would.
extension NationalState {
  /// Takes one mouse action.
  mutating func reduceMouse(_ m: MouseEvent) -> [NationalEffect] {
    guard width >= Layout.minWidth, height >= Layout.minHeight else { return [] }
    // A double click follows the click that already opened its row: the second press
    // must not act on the screen that click opened.
    let openedByClick = clickOpened
    clickOpened = false
    if helpShown {
      // A click outside the help closes it, as in the dashboard.
      if m.kind == .click { helpShown = false }
      return []
    }
    let rows = self.rows
    switch m.kind {
    case .wheelUp: select(rows, by: -3)
    case .wheelDown: select(rows, by: 3)
    case .click, .doubleClick:
      // While a region is being read the overview waits: no second opening.
      guard opening == nil else { return [] }
      if m.kind == .click, let column = headingColumn(x: m.x, y: m.y) {
        sortBy(column)
        return []
      }
      guard let i = rowIndex(y: m.y, rows: rows) else { return [] }
      let wasSelected = i == selectionIndex(in: rows)
      current.selected = rows[i].key
      current.lastIndex = i
      if m.kind == .doubleClick ? !openedByClick : wasSelected {
        let before = stack.count
        let effects = open(rows)
        clickOpened = m.kind == .click && (!effects.isEmpty || stack.count != before)
        return effects
      }
    }
    return []
  }

  /// A click on a heading: sorts by its column, in its own order; on the sorted column,
  /// reversed (as `S`). Only where the screen sorts and by the columns it offers.
  mutating func sortBy(_ column: NationalColumn) {
    guard let sort, Self.columns(current.screen).contains(column) else { return }
    let new = sort.column == column ? NationalSort(column: column, reversed: !sort.reversed) : NationalSort(column: column)
    if case .direction = current.screen { directionSort = new } else { regionSort = new }
  }

  /// The row of the list under the pointer's line, if any.
  func rowIndex(y: Int, rows: [NationalRow]) -> Int? {
    let c = view.columns
    let top = NationalLayout.headingY + c.headingHeight
    guard y >= top, y < top + NationalLayout.listHeight(self) else { return nil }
    let i = current.scroll + (y - top) / c.rowHeight
    return i < rows.count ? i : nil
  }

  /// The column whose heading is under the pointer, as `drawHeadings` places them.
  func headingColumn(x: Int, y: Int) -> NationalColumn? {
    let c = view.columns
    let top = NationalLayout.headingY
    guard y >= top, y < top + c.headingHeight else { return nil }
    // The headings of one line take every heading line: a click on either counts.
    let line = c.inline ? 0 : y - top
    if line < c.lines.count, let f = c.lines[line].first(where: { x >= $0.x && x < $0.x + $0.width }) { return f.column }
    if c.rankWidth > 0, x < c.rankWidth, c.inline || y == top { return .rank }
    if c.inline, x >= c.nameX, x < c.nameX + c.nameWidth { return .region }
    return nil
  }
}
