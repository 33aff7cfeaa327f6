import RoadmapKit

/// The trend view: the progress over time as a chart with the figures beside it.
extension DashboardState {
  /// Draws the trend view in the body, or a loading line until the history has come.
  func drawTrend(into grid: inout Grid) {
    let body = Layout.body(self)
    let p = painter
    guard edit.historyLoaded else {
      p.text(p.word(.trendLoading), in: body, row: 0, role: .dim, into: &grid)
      return
    }
    // A column of margin on each side, as the panes have their borders.
    let area = Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: body.height)
    TrendPanel(points: trendPoints, painter: p).draw(in: area, into: &grid)
  }
}
