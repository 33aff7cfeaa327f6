import RoadmapKit

/// The whole picture of progress over time in one rectangle, for the dashboard's trend
/// view and the trend slide alike: the chart, the legend under it, and the figures beside
/// it (on the right where the chart keeps room, else under it).
///
/// With a single point there is nothing to draw a line through: it says so in words and
/// shows that point's figures.
public struct TrendPanel: Sendable {
  /// The points, in time order.
  public var points: [ProgressPoint]
  /// The look and the language.
  public var painter: Painter

  /// Makes the panel of `points`.
  public init(points: [ProgressPoint], painter: Painter) {
    self.points = points
    self.painter = painter
  }

  /// The fewest columns the chart keeps when the figures go on its right.
  static let chartBesideMinWidth = 50
  /// The fewest rows the chart keeps: a plot row, the axis, the dates.
  static let chartMinHeight = 4

  /// Where the chart, the legend and the figures go in `rect`.
  public struct Parts: Hashable, Sendable {
    /// The chart with its axes and dates.
    public var chart: Rect
    /// The legend's row.
    public var legend: Rect
    /// The figures table.
    public var figures: Rect
  }

  /// Divides `rect`: figures on the right when both fit side by side, else below.
  public func parts(in rect: Rect) -> Parts {
    let figures = TrendFigures(points: points, painter: painter)
    let side = figures.width(form: 0)
    if rect.width - side - 3 >= Self.chartBesideMinWidth, figures.height <= rect.height {
      let chartWidth = rect.width - side - 3
      return Parts(
        chart: Rect(x: rect.x, y: rect.y, width: chartWidth, height: rect.height - 1),
        legend: Rect(x: rect.x, y: rect.maxY - 1, width: chartWidth, height: 1),
        figures: Rect(x: rect.maxX - side, y: rect.y, width: side, height: figures.height))
    }
    // Under the chart: as many rows of figures as leave the chart its rows (a third of the
    // rectangle at most once the chart is tall enough), a blank row between when there is room.
    let gap = rect.height >= 16 ? 1 : 0
    let left = rect.height - Self.chartMinHeight - 1 - gap
    let rows = max(0, min(figures.height, max(3, rect.height / 3), left))
    let chartHeight = rect.height - rows - 1 - gap
    return Parts(
      chart: Rect(x: rect.x, y: rect.y, width: rect.width, height: chartHeight),
      legend: Rect(x: rect.x, y: rect.y + chartHeight, width: rect.width, height: 1),
      figures: Rect(x: rect.x, y: rect.maxY - rows, width: rect.width, height: rows))
  }

  /// Draws the panel into `rect`.
  public func draw(in rect: Rect, into grid: inout Grid) {
    guard !rect.isEmpty, let first = points.first else { return }
    let figures = TrendFigures(points: points, painter: painter)
    if points.count < 2 {
      let text = painter.word(.trendOnePoint, Formatting.day(first.day, painter.language, .standalone))
      let glyphs = SafeText.glyphs(text, asciiOnly: painter.theme.asciiOnly)
      let lines = TextFit.wrap(glyphs, to: rect.width, maxLines: max(0, rect.height - 3))
      for (i, line) in lines.enumerated() {
        grid.draw(line, x: rect.x, y: rect.y + i, clip: rect, style: painter.theme.style(.plain))
      }
      figures.draw(in: rect.dropFirst(lines.count + 1), into: &grid)
      return
    }
    let parts = parts(in: rect)
    let chart = TrendChart(points: points, painter: painter)
    chart.draw(in: parts.chart, into: &grid)
    // The legend starts under the plot, where the eye comes from the fills.
    let plotX = chart.geometry(in: parts.chart).plot.x
    let legendRow = Rect(x: plotX, y: parts.legend.y, width: parts.legend.maxX - plotX, height: 1)
    painter.pieces(chart.legend(fitting: legendRow.width), in: legendRow, into: &grid)
    figures.draw(in: parts.figures, into: &grid)
  }
}
