import RoadmapKit

/// One slide per direction: the share done in big digits beside its counts, a wide bar,
/// its indicators as plan/actual gauges and its projects with their bars.
enum DirectionSlide {
  static func draw(_ c: SlideContext, _ d: Int, in body: Rect, into grid: inout Grid) {
    let direction = c.p.roadmap.directions[d]
    let counts = direction.counts
    let s = c.scale
    let big = c.word(.percent, c.count(counts.percentages.done))
    let bigWidth = BigText.width(big, scale: s)
    BigText.draw(big, x: body.x, y: body.y, scale: s, fill: c.block, style: c.strong(.done), clip: body, into: &grid)
    // The counts beside the big figure, one per line, spread over its height.
    let side = Rect(x: body.x + bigWidth + 3, y: body.y, width: body.width - bigWidth - 3, height: BigText.height(scale: s))
    let lines: [(String, StyleRole)] = [
      ("\(c.theme.glyph(.done)) \(c.word(.done)) \(c.count(counts.done))", .done),
      ("\(c.theme.glyph(.inProgress)) \(c.word(.inProgress)) \(c.count(counts.inProgress))", .inProgress),
      ("\(c.theme.glyph(.pending)) \(c.word(.pending)) \(c.count(counts.pending))", .pending),
      (c.counted(.totalCount, counts.total), .title),
    ]
    let overdue = direction.projects.reduce(0) { n, p in n + p.activities.filter { $0.isOverdue(asOf: c.p.reference) }.count }
    let all = lines + (overdue > 0 ? [(c.counted(.overdueCount, overdue), StyleRole.overdue)] : [])
    let step = max(1, side.height / max(1, all.count))
    for (i, line) in all.enumerated() {
      grid.draw(c.painter.fit(line.0, side.width), x: side.x, y: side.y + i * step, clip: side, style: c.strong(line.1))
    }
    let indicators = direction.indicators + direction.projects.flatMap(\.indicators)
    var rows: [Row] = []
    if !indicators.isEmpty {
      rows.append(.heading(c.word(.indicators)))
      rows += indicators.map(Row.indicator)
    }
    rows.append(.heading(c.word(.projects)))
    rows += direction.projects.map(Row.project)
    // Blank lines around the bar and between the lists only where there is room for them.
    let fixed = BigText.height(scale: s) + s
    let spare = body.height - fixed - rows.count
    let gaps = max(0, min(3, spare))
    var y = body.y + BigText.height(scale: s) + (gaps >= 2 ? 1 : 0)
    c.bar(counts, in: Rect(x: body.x, y: y, width: body.width, height: s).clipped(to: body), row: 0, rows: s, into: &grid)
    y += s + (gaps >= 1 ? 1 : 0)
    if gaps >= 3, !indicators.isEmpty { rows.insert(.gap, at: indicators.count + 1) }
    let list = Rect(x: body.x, y: y, width: body.width, height: body.maxY - y)
    drawRows(c, rows, in: list, into: &grid)
  }

  /// A line of the lower part of the slide.
  enum Row {
    case heading(String), indicator(Indicator), project(Project), gap
  }

  /// Draws rows top-down; when they do not fit, the last line says how many are left out.
  static func drawRows(_ c: SlideContext, _ rows: [Row], in rect: Rect, into grid: inout Grid) {
    guard rect.height > 0 else { return }
    for (i, row) in rows.enumerated() {
      if i == rect.height - 1 && rows.count > rect.height {
        let hidden = rows[i...].filter { if case .heading = $0 { return false }; if case .gap = $0 { return false }; return true }
        c.painter.text(c.counted(.moreRows, hidden.count), in: rect, row: i, role: .dim, into: &grid)
        return
      }
      switch row {
      case .heading(let text): c.painter.text(text, in: rect, row: i, role: .title, into: &grid)
      case .indicator(let ind): c.painter.gauge(ind, in: rect.row(i).inset1Left, into: &grid)
      case .project(let p): project(c, p, in: rect.row(i).inset1Left, into: &grid)
      case .gap: break
      }
    }
  }

  /// A project on one row: its title, `done / total`, the share done and a bar.
  static func project(_ c: SlideContext, _ p: Project, in row: Rect, into grid: inout Grid) {
    let barWidth = min(30, max(8, row.width / 4))
    let figures = c.word(.planOfActual, c.count(p.counts.done), c.count(p.counts.total)) + "  "
      + c.word(.percent, c.count(p.counts.percentages.done))
    let figureWidth = TextFit.width(c.painter.fit(figures, row.width))
    let titleRoom = row.width - barWidth - figureWidth - 3
    if titleRoom > 3 {
      c.painter.text(c.resolve(p.title), in: Rect(x: row.x, y: row.y, width: titleRoom, height: 1), into: &grid)
    }
    let fx = row.maxX - barWidth - 1 - figureWidth
    grid.draw(c.painter.fit(figures, figureWidth), x: fx, y: row.y, clip: row, style: c.strong(.title))
    c.painter.stackedBar(p.counts, in: Rect(x: row.maxX - barWidth, y: row.y, width: barWidth, height: 1), into: &grid)
  }
}

extension Rect {
  /// The rectangle with its first two columns left free, for rows under a heading.
  var inset1Left: Rect { Rect(x: x + 2, y: y, width: width - 2, height: height) }

  /// The rectangle narrowed by `n` columns on each side.
  func insetColumns(_ n: Int) -> Rect { Rect(x: x + n, y: y, width: width - 2 * n, height: height) }
}
