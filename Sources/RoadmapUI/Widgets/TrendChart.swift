import RoadmapKit

/// The roadmap's progress over time as a stacked area of block characters: done at the
/// bottom, in progress above it, not started on top, with a y axis of counts and the
/// meetings' dates under the x axis.
///
/// Each status has its own fill (█ ▒ ░, or # = . in ASCII, the bars' own), so the picture
/// reads without colour. Time runs left to right in proportion to the days between the
/// points; between two points the counts stay as they were at the end of the earlier day,
/// which is what the history says (nothing changed in between). Pure: points in, cells out.
public struct TrendChart: Sendable {
  /// The points, in time order (`ProgressSeries.points`).
  public var points: [ProgressPoint]
  /// The look and the language of the labels.
  public var painter: Painter

  /// Makes a chart of `points`.
  public init(points: [ProgressPoint], painter: Painter) {
    self.points = points
    self.painter = painter
  }

  /// Where the parts of the chart go inside a rectangle.
  public struct Geometry: Hashable, Sendable {
    /// The cells of the area itself.
    public var plot: Rect
    /// The column of the y axis, left of the plot.
    public var axisX: Int
    /// The row of the x axis, under the plot.
    public var axisY: Int
    /// The row of the dates, under the x axis.
    public var labelsY: Int
  }

  /// The largest total of any point: the top of the y axis (at least 1).
  public var top: Int { max(1, points.map(\.counts.total).max() ?? 0) }

  /// The y axis labels: the top, the middle (from 4 rows) and 0, as the language writes them.
  func yLabels(plotHeight h: Int) -> [(row: Int, text: String)] {
    var out = [(row: 0, text: count(top))]
    if h >= 4 { out.append((row: h / 2, text: count(value(atTopOf: h / 2, plotHeight: h)))) }
    return out
  }

  /// The count at the top edge of plot row `k` (0 the top row).
  func value(atTopOf k: Int, plotHeight h: Int) -> Int {
    Int((Double(top) * Double(h - k) / Double(h)).rounded())
  }

  private func count(_ n: Int) -> String { Formatting.count(n, painter.language) }

  /// How the rectangle is divided: the labels' column on the left, two rows at the bottom.
  public func geometry(in rect: Rect) -> Geometry {
    let labelWidth = max(DisplayWidth.of(count(top)), 1)
    let axisX = rect.x + labelWidth
    let plot = Rect(x: axisX + 1, y: rect.y, width: rect.maxX - axisX - 1, height: rect.height - 2)
    return Geometry(plot: plot, axisX: axisX, axisY: plot.maxY, labelsY: plot.maxY + 1)
  }

  /// Rows of the plot a count fills from the bottom, rounded to the nearest row.
  public static func rows(_ value: Int, top: Int, height: Int) -> Int {
    guard top > 0 else { return 0 }
    return Int((Double(value) * Double(height) / Double(top)).rounded())
  }

  /// The column of the plot (from 0) each point stands at, in proportion to its day.
  public static func columns(_ points: [ProgressPoint], width: Int) -> [Int] {
    guard let first = points.first?.day.ordinal, let last = points.last?.day.ordinal, last > first,
      width > 1
    else { return points.map { _ in 0 } }
    return points.map {
      Int((Double($0.day.ordinal - first) * Double(width - 1) / Double(last - first)).rounded())
    }
  }

  /// The point shown in each column of the plot: the last one standing at or before it.
  public static func pointIndex(perColumn width: Int, columns: [Int]) -> [Int] {
    var out: [Int] = []
    var i = 0
    for c in 0..<max(0, width) {
      while i + 1 < columns.count, columns[i + 1] <= c { i += 1 }
      out.append(i)
    }
    return out
  }

  /// Draws the chart into `rect`; too small a rectangle draws what fits, never outside.
  public func draw(in rect: Rect, into grid: inout Grid) {
    let clip = rect.clipped(to: grid.bounds)
    guard !points.isEmpty, !clip.isEmpty else { return }
    let g = geometry(in: rect)
    let theme = painter.theme
    let plot = g.plot
    if !plot.isEmpty {
      let columns = Self.columns(points, width: plot.width)
      let shown = Self.pointIndex(perColumn: plot.width, columns: columns)
      for (c, i) in shown.enumerated() {
        let counts = points[i].counts
        let bands: [(Int, Status)] = [
          (Self.rows(counts.done, top: top, height: plot.height), .done),
          (Self.rows(counts.done + counts.inProgress, top: top, height: plot.height), .inProgress),
          (Self.rows(counts.total, top: top, height: plot.height), .pending),
        ]
        var from = 0
        for (upTo, status) in bands {
          for j in from..<max(from, upTo) {
            Self.put(
              theme.barFill(status), x: plot.x + c, y: plot.maxY - 1 - j, theme.style(theme.role(status)),
              clip: clip, into: &grid)
          }
          from = max(from, upTo)
        }
      }
      drawAxes(g, columns: columns, clip: clip, into: &grid)
    }
  }

  /// The y axis with its counts, the x axis with a tick at each meeting and now, the dates.
  private func drawAxes(_ g: Geometry, columns: [Int], clip: Rect, into grid: inout Grid) {
    let theme = painter.theme
    let border = theme.style(.border)
    let ascii = theme.asciiOnly
    let labels = yLabels(plotHeight: g.plot.height)
    for k in 0..<g.plot.height {
      let label = labels.first { $0.row == k }
      Self.put(
        label == nil ? (ascii ? "|" : "│") : (ascii ? "+" : "┤"), x: g.axisX, y: g.plot.y + k, border,
        clip: clip, into: &grid)
      if let label { painter.rightText(label.text, in: labelCell(g, row: g.plot.y + k, clip: clip), into: &grid) }
    }
    guard g.axisY < clip.maxY else { return }
    Self.put(ascii ? "+" : "└", x: g.axisX, y: g.axisY, border, clip: clip, into: &grid)
    painter.rightText("0", in: labelCell(g, row: g.axisY, clip: clip), into: &grid)
    for x in g.plot.x..<g.plot.maxX {
      Self.put(ascii ? "-" : "─", x: x, y: g.axisY, border, clip: clip, into: &grid)
    }
    let marked = points.indices.filter { points[$0].kind != .change }
    for i in marked {
      Self.put(ascii ? "+" : "┬", x: g.plot.x + columns[i], y: g.axisY, border, clip: clip, into: &grid)
    }
    guard g.labelsY < clip.maxY else { return }
    let row = Rect(x: clip.x, y: g.labelsY, width: clip.width, height: 1)
    for placed in TrendDates.place(marked.map { (points[$0].day, g.plot.x + columns[$0]) }, in: row, painter) {
      painter.text(placed.text, in: row, x: placed.x - row.x, role: .dim, into: &grid)
    }
  }

  /// One line naming each fill: `█ ✓ done  ▒ ◐ in progress  ░ ○ not started`, the words
  /// left out when the line would not fit `columns`.
  public func legend(fitting columns: Int) -> [(String, StyleRole)] {
    let theme = painter.theme
    let names: [(Status, Message)] = [(.done, .done), (.inProgress, .inProgress), (.pending, .pending)]
    func line(words: Bool) -> [(String, StyleRole)] {
      var out: [(String, StyleRole)] = []
      for (status, name) in names {
        if !out.isEmpty { out.append(("  ", .plain)) }
        let text = "\(theme.barFill(status)) \(theme.glyph(status))" + (words ? " " + painter.word(name) : "")
        out.append((text, theme.role(status)))
      }
      return out
    }
    let full = line(words: true)
    return full.reduce(0) { $0 + DisplayWidth.of($1.0) } <= columns ? full : line(words: false)
  }

  /// One cell of the chart's own characters, only inside `clip`.
  private static func put(
    _ c: Character, x: Int, y: Int, _ style: CellStyle, clip: Rect, into grid: inout Grid
  ) {
    guard clip.contains(x: x, y: y) else { return }
    grid.put(Glyph(character: c, width: 1), x: x, y: y, style: style)
  }

  /// The cell left of the y axis where a count is written, right-aligned.
  private func labelCell(_ g: Geometry, row y: Int, clip: Rect) -> Rect {
    Rect(x: clip.x, y: y, width: g.axisX - clip.x, height: 1).clipped(to: clip)
  }
}

extension Day {
  /// Days since 1 January of year 1 (proleptic Gregorian, 1 for that day), for spacing
  /// points in time; the same count as Python's `date.toordinal()`.
  public var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    // Days from 1970-01-01, then moved to 0001-01-01 = 1.
    return era * 146_097 + doe - 719_468 + 719_163
  }
}
