import RoadmapKit

/// The overview: the whole roadmap's bar, then the four directions as panes.
extension DashboardState {
  /// Draws the overview into the body.
  func drawOverview(into grid: inout Grid) {
    let p = painter
    let body = Layout.body(self)
    let counts = shownCounts
    guard !nothingPassesFilter(counts) else {
      drawNoFilterMatch(in: body, into: &grid)
      return
    }
    p.stackedBar(counts, in: body.row(0), into: &grid)
    let line = p.headline(counts, overdue: shownOverdue, width: body.row(1).width)
    p.pieces(line, in: body.row(1), into: &grid)
    let area = Layout.overviewPanes(self)
    let (frames, _) = Layout.paneFrames(self)
    let scroll = current.scroll
    for (i, frame) in frames.enumerated() {
      // Panes are laid out in content coordinates; only those on screen are drawn.
      let onScreen = Rect(x: area.x + frame.x, y: area.y + frame.y - scroll, width: frame.width, height: frame.height)
      guard onScreen.maxY > area.y, onScreen.y < area.maxY else { continue }
      drawPane(i, frame: onScreen, clip: area, into: &grid)
    }
  }

  /// One direction's pane: bar, counts, gauges, then projects with mini-bars.
  ///
  /// A pane partly scrolled off is drawn into a scratch grid of its own size and copied
  /// in clipped, so no pane can ever draw outside the panes' area.
  func drawPane(_ d: Int, frame: Rect, clip: Rect, into grid: inout Grid) {
    var scratch = Grid(width: frame.width, height: frame.height)
    if Layout.overviewCompact(self) {
      drawDirectionRows(d, in: scratch.bounds, into: &scratch)
    } else {
      drawPaneContent(d, in: scratch.bounds, into: &scratch)
    }
    for y in 0..<frame.height {
      let gy = frame.y + y
      guard gy >= clip.y, gy < clip.maxY else { continue }
      for x in 0..<frame.width where frame.x + x < clip.maxX { grid[frame.x + x, gy] = scratch[x, y] }
    }
  }

  /// The inside of one pane, drawn at the origin of `rect`.
  func drawPaneContent(_ d: Int, in rect: Rect, into grid: inout Grid) {
    let p = painter
    let direction = roadmap.directions[d]
    let focused = current.selection == d
    let title = "\(d + 1) " + p.resolve(direction.title)
    let inner = p.box(rect, title: title, focused: focused, into: &grid)
    guard !inner.isEmpty else { return }
    let counts = shownCounts(direction: d)
    let pct = counts.percentages
    let figure = p.word(.percent, Formatting.count(pct.done, language))
    let fx = p.rightText(figure, in: inner.row(0), role: .done, into: &grid)
    p.stackedBar(counts, in: Rect(x: inner.x, y: inner.y, width: max(0, fx - 1), height: 1), into: &grid)
    p.pieces(compactCounts(counts), in: inner.row(1), into: &grid)
    var y = 2
    for indicator in Layout.headlineIndicators(direction) where y < inner.height {
      p.gauge(indicator, in: inner.row(y), into: &grid)
      y += 1
    }
    for (i, project) in direction.projects.enumerated() where y < inner.height {
      let left = direction.projects.count - i
      if y == inner.height - 1 && left > 1 {
        p.text(p.counted(.moreRows, left), in: inner.row(y), role: .dim, into: &grid)
        break
      }
      projectLine(d, i, in: inner.row(y), into: &grid)
      y += 1
    }
  }

  /// "✓ 12  ◐ 9  ○ 2 / 23": counts that fit a narrow pane.
  func compactCounts(_ c: StatusCounts) -> [(String, StyleRole)] {
    let f = { Formatting.count($0, self.language) }
    return [
      ("\(theme.glyph(.done)) \(f(c.done))  ", .done),
      ("\(theme.glyph(.inProgress)) \(f(c.inProgress))  ", .inProgress),
      ("\(theme.glyph(.pending)) \(f(c.pending))", .pending),
      ("  " + painter.counted(.totalCount, c.total), .dim),
    ]
  }

  /// A project on one row: its title, then a mini-bar and `done/total` at the right.
  func projectLine(
    _ d: Int, _ pi: Int, in row: Rect, role: StyleRole = .plain, into grid: inout Grid
  ) {
    let p = painter
    let project = roadmap.directions[d].projects[pi]
    let c = shownCounts(direction: d, project: pi)
    let figures = "\(Formatting.count(c.done, language))/\(Formatting.count(c.total, language))"
    let barWidth = row.width >= 50 ? 12 : row.width >= 30 ? 8 : 0
    // A fixed slot for `done/total` keeps the bars of all rows in one column.
    let figureWidth = max(DisplayWidth.of(figures), barWidth > 0 ? 5 : 0)
    let tail = figureWidth + (barWidth > 0 ? barWidth + 1 : 0)
    let titleRect = Rect(x: row.x, y: row.y, width: row.width - tail - 1, height: 1)
    p.text(p.resolve(project.title), in: titleRect, role: role, into: &grid)
    if barWidth > 0 {
      p.stackedBar(c, in: Rect(x: row.maxX - tail, y: row.y, width: barWidth, height: 1), into: &grid)
    }
    p.rightText(figures, in: row, role: role, into: &grid)
    if row.width >= 90 {
      // Wide rows also say how the rest splits, glyphs telling the statuses apart.
      let parts = compactCounts(c).prefix(3).map { ($0.0, $0.1) }
      let w = parts.reduce(0) { $0 + DisplayWidth.of($1.0) }
      p.pieces(Array(parts), in: Rect(x: row.maxX - tail - w - 2, y: row.y, width: w, height: 1), into: &grid)
    }
  }
}
