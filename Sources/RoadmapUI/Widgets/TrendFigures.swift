import RoadmapKit

/// The figures beside a trend chart: for each meeting and for now, done / in progress /
/// not started, and how many more were done than at the meeting before (`+7 ✓`).
///
/// A table with a heading row; the counts are right-aligned in their columns and written
/// as the language writes them (`1 710`). When the rows do not all fit, the latest are
/// kept and the first line says how many earlier ones are left out.
public struct TrendFigures: Sendable {
  /// One row: a meeting, or now.
  public struct Row: Hashable, Sendable {
    /// The day of the counts.
    public var day: Day
    /// Whether the row is now rather than a meeting.
    public var isNow: Bool
    /// The counts at the end of the day.
    public var counts: StatusCounts
    /// Done minus done at the row before; nil for the first row.
    public var doneChange: Int?
  }

  /// The rows, oldest first.
  public var rows: [Row]
  /// The look and the language.
  public var painter: Painter

  /// The table of the meeting points and now of `points`.
  public init(points: [ProgressPoint], painter: Painter) {
    var rows: [Row] = []
    for p in points {
      let isNow: Bool
      switch p.kind {
      case .meeting: isNow = false
      case .now: isNow = true
      case .change: continue
      }
      let change = rows.last.map { p.counts.done - $0.counts.done }
      rows.append(Row(day: p.day, isNow: isNow, counts: p.counts, doneChange: change))
    }
    self.rows = rows
    self.painter = painter
  }

  private var language: Language { painter.language }
  private func count(_ n: Int) -> String { Formatting.count(n, language) }

  /// A row's label in form `form`: 0 the date in words, 1 numeric, 2 day and month; now
  /// is named by its word whatever the form.
  func label(_ row: Row, form: Int) -> String {
    row.isNow ? painter.word(.trendNow) : TrendDates.forms(row.day, language)[form]
  }

  /// `+7`, `−3` or `±0`, then the done glyph.
  func change(_ n: Int) -> String {
    let sign = n > 0 ? "+" : n < 0 ? "−" : "±"
    return sign + count(abs(n)) + " " + String(painter.theme.glyph(.done))
  }

  /// The columns of the table in form `form`: the label's, each status's, the change's.
  func widths(form: Int) -> [Int] {
    let labels = rows.map { DisplayWidth.of(label($0, form: form)) }.max() ?? 0
    let statuses = [\StatusCounts.done, \.inProgress, \.pending].map { path in
      rows.map { DisplayWidth.of(count($0.counts[keyPath: path])) }.max() ?? 1
    }
    let changes = rows.compactMap { $0.doneChange.map { DisplayWidth.of(change($0)) } }.max() ?? 0
    let heading = changes == 0 ? 0 : DisplayWidth.of(painter.word(.change))
    return [labels] + statuses + [max(changes, heading)]
  }

  /// Columns the whole table takes in form `form`, two spaces between columns.
  public func width(form: Int) -> Int {
    let w = widths(form: form)
    return w.reduce(0, +) + 2 * (w.last == 0 ? w.count - 2 : w.count - 1)
  }

  /// The longest label form whose table fits `columns`, or nil when none does.
  public func form(fitting columns: Int) -> Int? {
    (0..<3).first { width(form: $0) <= columns }
  }

  /// Rows the whole table takes: the heading and one a row.
  public var height: Int { rows.count + 1 }

  /// Draws the table at the top left of `rect`; the latest rows that fit when not all do.
  public func draw(in rect: Rect, into grid: inout Grid) {
    guard !rect.isEmpty, !rows.isEmpty else { return }
    let form = self.form(fitting: rect.width) ?? 2
    let w = widths(form: form)
    let theme = painter.theme
    var x = [rect.x]
    for k in 0..<(w.count - 1) { x.append(x[k] + w[k] + 2) }
    // The heading names the change column; the statuses are named by their glyphs.
    if w[4] > 0 {
      painter.rightText(
        painter.word(.change), in: Rect(x: x[4], y: rect.y, width: w[4], height: 1).clipped(to: rect),
        role: .dim, into: &grid)
    }
    for (k, status) in [Status.done, .inProgress, .pending].enumerated() {
      painter.rightText(
        String(theme.glyph(status)), in: Rect(x: x[k + 1], y: rect.y, width: w[k + 1], height: 1).clipped(to: rect),
        role: theme.role(status), into: &grid)
    }
    let room = rect.height - 1
    let shown = rows.count <= room ? rows[...] : rows.suffix(max(0, room - 1))
    var y = rect.y + 1
    if shown.count < rows.count, room > 0 {
      painter.text(painter.counted(.moreRows, rows.count - shown.count), in: rect.row(1), role: .dim, into: &grid)
      y += 1
    }
    for row in shown {
      let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
      painter.text(label(row, form: form), in: line, role: row.isNow ? .title : .plain, into: &grid)
      let values = [row.counts.done, row.counts.inProgress, row.counts.pending]
      for (k, status) in [Status.done, .inProgress, .pending].enumerated() {
        let cell = Rect(x: x[k + 1], y: y, width: w[k + 1], height: 1).clipped(to: rect)
        painter.rightText(count(values[k]), in: cell, role: theme.role(status), into: &grid)
      }
      if let c = row.doneChange {
        let cell = Rect(x: x[4], y: y, width: w[4], height: 1).clipped(to: rect)
        painter.rightText(change(c), in: cell, role: c > 0 ? .done : .plain, into: &grid)
      }
      y += 1
    }
  }
}
