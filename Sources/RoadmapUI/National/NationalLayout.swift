import RoadmapKit

/// Where a national list's columns go at the terminal's width.
///
/// The figures always keep their room (each as wide as its widest value); the bar and the
/// name give way first, then the headings take two lines (split between words, never
/// inside one: «Мерзімі / өткен»), then they shorten to glyphs, and when even that does
/// not fit the figures go on lines of their own under the name, so none is ever dropped.
struct NationalColumns {
  /// One figure column: which, where on its line, how wide, and its heading.
  struct Figure {
    var column: NationalColumn
    var x: Int
    var width: Int
    /// The heading's lines, one or two (drawn bottom-aligned, next to the figures).
    var heading: [String]
  }

  /// The rank column's width (0: no rank, the shared directions).
  var rankWidth: Int
  /// The name's column: from `nameX`, `nameWidth` wide.
  var nameX: Int
  var nameWidth: Int
  /// The bar's width (0: none) and where it starts.
  var barX: Int
  var barWidth: Int
  /// The figures, line by line: one line beside the name, or lines of their own.
  var lines: [[Figure]]
  /// The figures stand on the name's line.
  var inline: Bool
  /// Lines the inline headings take: 2 when a heading is split between its words.
  var inlineHeadingLines = 1

  /// Lines one row takes.
  var rowHeight: Int { inline ? 1 : 1 + lines.count }
  /// Lines the headings take.
  var headingHeight: Int { inline ? inlineHeadingLines : lines.count }
}

/// The national views' geometry: rows 0–2 the title and the totals, then the headings,
/// the list, a status line and the footer.
enum NationalLayout {
  /// The first row of the headings.
  static let headingY = 3

  /// Rows of the list.
  static func listHeight(_ s: NationalState) -> Int {
    let c = s.view.columns
    return max(1, s.height - headingY - c.headingHeight - 2)
  }

  /// The figure columns of a screen.
  static func figureColumns(_ screen: NationalScreen) -> [NationalColumn] {
    switch screen {
    case .regions: return [.done, .inProgress, .pending, .total, .percent, .overdue, .sinceMeeting]
    case .direction, .sharedDirections: return [.done, .inProgress, .pending, .total, .percent]
    }
  }

  /// A figure as its column shows it: as formatted when the rows were worked out.
  static func value(_ column: NationalColumn, _ row: NationalRow, _ s: NationalState) -> String {
    row.values.count > column.rawValue ? row.values[column.rawValue] : format(column, row, s)
  }

  /// A figure formatted for its column: `1 710`, `+3`, `—`.
  static func format(_ column: NationalColumn, _ row: NationalRow, _ s: NationalState) -> String {
    let lang = s.language
    switch column {
    case .rank: return row.rank.map { Formatting.count($0, lang) } ?? ""
    case .region: return row.name
    case .done: return Formatting.count(row.counts.done, lang)
    case .inProgress: return Formatting.count(row.counts.inProgress, lang)
    case .pending: return Formatting.count(row.counts.pending, lang)
    case .total: return Formatting.count(row.counts.total, lang)
    case .percent: return Formatting.count(row.counts.percentages.done, lang)
    case .overdue: return row.overdue.map { Formatting.count($0, lang) } ?? ""
    case .sinceMeeting:
      guard let n = row.sinceMeeting else { return s.theme.asciiOnly ? "-" : "—" }
      return (n > 0 ? "+" : "") + Formatting.count(n, lang)
    }
  }

  /// A column's heading, long («Орындалды») or short (its glyph).
  static func heading(_ column: NationalColumn, long: Bool, _ s: NationalState) -> String {
    let p = s.painter
    let t = s.theme
    switch column {
    case .rank: return p.word(.colRank)
    case .region: return p.word(.regionColumn)
    case .done: return long ? p.word(.colDone) : String(t.glyph(.done))
    case .inProgress: return long ? p.word(.colInProgress) : String(t.glyph(.inProgress))
    case .pending: return long ? p.word(.colPending) : String(t.glyph(.pending))
    case .total: return long ? p.word(.colTotal) : (t.asciiOnly ? "=" : "Σ")
    case .percent: return long ? p.word(.colPercent) : "%"
    case .overdue: return long ? p.word(.colOverdue) : String(t.overdueMark)
    case .sinceMeeting: return long ? p.word(.colSinceMeeting) : (t.asciiOnly ? "+" : "Δ")
    }
  }

  /// The mark of the sorted column: ▼ the column's own order, ▲ reversed.
  static func sortMark(_ sort: NationalSort, _ s: NationalState) -> String {
    let down = !sort.reversed
    return s.theme.asciiOnly ? (down ? "v" : "^") : (down ? "▼" : "▲")
  }

  /// A heading with the sort mark when its column is the sorted one.
  static func markedHeading(_ column: NationalColumn, long: Bool, _ s: NationalState) -> String {
    let h = heading(column, long: long, s)
    guard let sort = s.sort, sort.column == column else { return h }
    return sortMark(sort, s) + h
  }

  /// The columns of `rows` at the state's width.
  static func columns(_ s: NationalState, rows: [NationalRow]) -> NationalColumns {
    let width = s.width
    let figures = figureColumns(s.current.screen)
    let hasRank = s.current.screen != .sharedDirections
    let rankWidth = hasRank
      // Room for the sort mark whether or not it is there: the columns do not shift.
      ? rows.reduce(DisplayWidth.of(heading(.rank, long: true, s)) + 1) { max($0, DisplayWidth.of(value(.rank, $1, s))) }
      : 0
    // The headings in each form: words on one line, words on two, glyphs.
    let forms: [[[String]]] = [
      figures.map { [markedHeading($0, long: true, s)] },
      figures.map { split(markedHeading($0, long: true, s)) },
      figures.map { [markedHeading($0, long: false, s)] },
    ]
    func widths(_ headings: [[String]]) -> [Int] {
      zip(figures, headings).map { c, h in
        rows.reduce(h.map(DisplayWidth.of).max() ?? 0) { max($0, DisplayWidth.of(value(c, $1, s))) }
      }
    }
    let nameX = hasRank ? rankWidth + 1 : 0
    let nameNeed = min(32, rows.reduce(0) { $1.problem == nil ? max($0, DisplayWidth.of($1.name)) : $0 })
    for (form, headings) in forms.enumerated() {
      let long = form < 2
      // Two lines only when they change something: one heading at least is split.
      if form == 1, headings.allSatisfy({ $0.count == 1 }) { continue }
      let w = widths(headings)
      let figureRoom = w.reduce(0) { $0 + $1 + 1 }
      let rest = width - nameX - figureRoom
      // Long headings only with room for a useful name and bar; short ones with a name.
      guard rest >= (long ? 34 : 10) else { continue }
      let bar = rest >= 22 ? min(30, rest * 2 / 5) : 0
      let nameWidth = rest - (bar > 0 ? bar + 1 : 0)
      // Words in the headings never at the cost of a region's own name (the roadmap's
      // title after it may be cut): glyphs are read with the legend of the totals line.
      if long, nameWidth < nameNeed { continue }
      var x = nameX + nameWidth + 1 + (bar > 0 ? bar + 1 : 0)
      var line: [NationalColumns.Figure] = []
      for (i, (c, cw)) in zip(figures, w).enumerated() {
        line.append(.init(column: c, x: x, width: cw, heading: headings[i]))
        x += cw + 1
      }
      return NationalColumns(
        rankWidth: rankWidth, nameX: nameX, nameWidth: nameWidth, barX: nameX + nameWidth + 1,
        barWidth: bar, lines: [line], inline: true, inlineHeadingLines: headings.map(\.count).max() ?? 1)
    }
    // Too narrow: the figures on lines of their own, as many as they need, right-aligned.
    let w = widths(forms[2])
    var lines: [[NationalColumns.Figure]] = [[]]
    var used = 0
    for (c, cw) in zip(figures, w) {
      if used > 0, used + 1 + cw > width {
        lines.append([])
        used = 0
      }
      lines[lines.count - 1].append(.init(column: c, x: 0, width: cw, heading: [markedHeading(c, long: false, s)]))
      used += (used > 0 ? 1 : 0) + cw
    }
    for i in lines.indices {
      var x = width - (lines[i].reduce(0) { $0 + $1.width + 1 } - 1)
      for k in lines[i].indices {
        lines[i][k].x = max(0, x)
        x += lines[i][k].width + 1
      }
    }
    let rest = width - nameX
    let bar = rest >= 24 ? rest / 3 : 0
    let nameWidth = rest - (bar > 0 ? bar + 1 : 0)
    return NationalColumns(
      rankWidth: rankWidth, nameX: nameX, nameWidth: nameWidth, barX: nameX + nameWidth + 1,
      barWidth: bar, lines: lines, inline: false)
  }

  /// A heading on two lines, split at the space that makes the wider line narrowest
  /// («Орындалғаны, / %»); a heading of one word stays on one line.
  static func split(_ heading: String) -> [String] {
    let words = heading.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard words.count > 1 else { return [heading] }
    var best = [heading]
    var bestWidth = Int.max
    for k in 1..<words.count {
      let top = words[..<k].joined(separator: " "), bottom = words[k...].joined(separator: " ")
      let w = max(DisplayWidth.of(top), DisplayWidth.of(bottom))
      if w < bestWidth { (best, bestWidth) = ([top, bottom], w) }
    }
    return best
  }
}
