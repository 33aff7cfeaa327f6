import RoadmapKit

/// Stacked status bars, plan/actual gauges and the counts that go with them.
extension Painter {
  /// A bar of `rect.width` cells split done / in progress / pending by largest remainder.
  ///
  /// The parts always add up to the full width, so bars of equal width line up exactly.
  public func stackedBar(_ counts: StatusCounts, in rect: Rect, row dy: Int = 0, into grid: inout Grid) {
    guard !rect.isEmpty, dy >= 0, dy < rect.height else { return }
    let widths = StatusCounts.largestRemainder(
      [counts.done, counts.inProgress, counts.pending], total: rect.width)
    var x = rect.x
    let y = rect.y + dy
    if counts.total == 0 {
      grid.fill(Rect(x: x, y: y, width: rect.width, height: 1), theme.barFill(.pending), style: theme.style(.dim))
      return
    }
    for (status, w) in zip([Status.done, .inProgress, .pending], widths) where w > 0 {
      grid.fill(Rect(x: x, y: y, width: w, height: 1), theme.barFill(status), style: theme.style(theme.role(status)))
      x += w
    }
  }

  /// "✓ done 60 (49%) · ◐ in progress 52 (43%) · ○ pending 10 (8%) · total 122".
  public func countsLine(_ counts: StatusCounts, percentages: Bool = true) -> [(String, StyleRole)] {
    let p = counts.percentages
    let parts: [(Status, Message, Int, Int)] = [
      (.done, .done, counts.done, p.done),
      (.inProgress, .inProgress, counts.inProgress, p.inProgress),
      (.pending, .pending, counts.pending, p.pending),
    ]
    var out: [(String, StyleRole)] = []
    for (status, message, n, pct) in parts {
      var s = "\(theme.glyph(status)) \(word(message)) \(Formatting.count(n, language))"
      if percentages { s += " (" + word(.percent, Formatting.count(pct, language)) + ")" }
      out.append((s, theme.role(status)))
      out.append((theme.itemSeparator, .dim))
    }
    out.append((counted(.totalCount, counts.total), .plain))
    return out
  }

  /// Draws coloured pieces one after another on one row of `rect`, cut at its edge.
  @discardableResult
  public func pieces(
    _ pieces: [(String, StyleRole)], in rect: Rect, x: Int = 0, row dy: Int = 0, into grid: inout Grid
  ) -> Int {
    var cx = x
    for (text, role) in pieces {
      let room = rect.width - cx
      guard room > 0 else { break }
      cx += grid.draw(fit(text, room), x: rect.x + cx, y: rect.y + dy, clip: rect, style: theme.style(role))
    }
    return cx
  }

  /// An indicator on one row: title, then `7 / 14` and a gauge, or the actual and unit.
  ///
  /// The figures are right-aligned and keep their room; the title gives way first.
  public func gauge(_ indicator: Indicator, in rect: Rect, row dy: Int = 0, into grid: inout Grid) {
    guard !rect.isEmpty, dy >= 0, dy < rect.height else { return }
    // The unit agrees with the figure next to it: the plan when there is one (7 / 14 школ).
    let unit = Formatting.unit(indicator.unitForms, for: indicator.plan ?? indicator.actual, language)
    let actual = Formatting.number(indicator.actual, language)
    let row = rect.row(dy)
    var figures: String
    var barWidth = 0
    if let plan = indicator.plan {
      figures = word(.planOfActual, actual, Formatting.number(plan, language))
      if !unit.isEmpty { figures += " " + unit }
      barWidth = min(12, max(0, rect.width / 5))
    } else {
      figures = unit.isEmpty ? actual : actual + " " + unit
    }
    let figureGlyphs = fit(figures, rect.width)
    let figureWidth = TextFit.width(figureGlyphs)
    let tail = figureWidth + (barWidth > 0 ? barWidth + 1 : 0)
    let titleRoom = rect.width - tail - 1
    if titleRoom > 3 {
      text(resolve(indicator.title), in: Rect(x: row.x, y: row.y, width: titleRoom, height: 1), into: &grid)
    } else {
      barWidth = 0
    }
    let fx = row.maxX - figureWidth - (barWidth > 0 ? barWidth + 1 : 0)
    grid.draw(figureGlyphs, x: fx, y: row.y, clip: row, style: theme.style(.title))
    guard barWidth > 0, let fraction = indicator.fractionOfPlan else { return }
    let full = Share.cells(fraction, of: barWidth)
    let bar = Rect(x: row.maxX - barWidth, y: row.y, width: barWidth, height: 1)
    let role: StyleRole = fraction >= 1 ? .done : .inProgress
    grid.fill(Rect(x: bar.x, y: bar.y, width: full, height: 1), theme.gaugeFill.full, style: theme.style(role))
    grid.fill(Rect(x: bar.x + full, y: bar.y, width: barWidth - full, height: 1), theme.gaugeFill.empty, style: theme.style(.dim))
  }

  /// A framed box with a title on its top border; returns the inside.
  @discardableResult
  public func box(_ rect: Rect, title: String, focused: Bool, into grid: inout Grid) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
    let b = theme.box
    let role: StyleRole = focused ? .focusedBorder : .border
    let style = theme.style(role)
    grid.fill(Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1), b[4], style: style)
    grid.fill(Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1), b[4], style: style)
    grid.fill(Rect(x: rect.x, y: rect.y + 1, width: 1, height: rect.height - 2), b[5], style: style)
    grid.fill(Rect(x: rect.maxX - 1, y: rect.y + 1, width: 1, height: rect.height - 2), b[5], style: style)
    grid.fill(Rect(x: rect.x, y: rect.y, width: 1, height: 1), b[0], style: style)
    grid.fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: 1), b[1], style: style)
    grid.fill(Rect(x: rect.x, y: rect.maxY - 1, width: 1, height: 1), b[2], style: style)
    grid.fill(Rect(x: rect.maxX - 1, y: rect.maxY - 1, width: 1, height: 1), b[3], style: style)
    let titleRect = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 4, height: 1)
    if !titleRect.isEmpty {
      text(" " + title + " ", in: titleRect, role: focused ? .focusedBorder : .title, into: &grid)
    }
    return rect.inset(1)
  }
}
