import RoadmapKit

/// A slide for a project with indicators: each figure in big digits («Ауыл аманаты»:
/// 837 loans, 5,6 млрд ₸) with its title and unit, a gauge where there is a plan, then
/// the project's own counts and bar.
enum ProjectSlide {
  static func draw(_ c: SlideContext, _ d: Int, _ i: Int, in body: Rect, into grid: inout Grid) {
    let project = c.p.roadmap.directions[d].projects[i]
    // One size of figure per slide: the largest at which every figure fits half the width.
    let s = project.indicators.map { BigText.fitting(bigFigure(c, $0), scale: c.scale, columns: body.width / 2) }
      .min() ?? c.scale
    // The project's counts and bar take the last three rows.
    let figuresArea = Rect(x: body.x, y: body.y, width: body.width, height: body.height - 3)
    let each = BigText.height(scale: s) + 1
    let allBig = project.indicators.count * each <= figuresArea.height + 1
      && project.indicators.allSatisfy { BigText.width(bigFigure(c, $0), scale: s) <= body.width / 2 }
    guard allBig else {
      // Not all of them fit big: all of them as one-line gauges, none big.
      for (k, ind) in project.indicators.enumerated() where k < figuresArea.height {
        c.painter.gauge(ind, in: figuresArea, row: k, into: &grid)
      }
      drawCounts(c, project, in: body, into: &grid)
      return
    }
    var y = body.y
    for ind in project.indicators {
      indicator(c, ind, scale: s, in: Rect(x: body.x, y: y, width: body.width, height: each - 1), into: &grid)
      y += each
    }
    drawCounts(c, project, in: body, into: &grid)
  }

  /// The project's own counts and bar on the last two rows of `body`: the counts in the
  /// longest form that fits (words give way, figures never: «✓ 6 · ◐ 3 · ○ 1 · барлығы 10»).
  static func drawCounts(_ c: SlideContext, _ project: Project, in body: Rect, into grid: inout Grid) {
    let bottom = Rect(x: body.x, y: body.maxY - 2, width: body.width, height: 2)
    c.painter.pieces(c.painter.headline(project.counts, overdue: 0, width: body.width), in: bottom, row: 0,
      into: &grid)
    c.bar(project.counts, in: bottom, row: 1, rows: 1, into: &grid)
  }

  /// The figure an indicator shows big: `actual`, or `actual/plan`.
  static func bigFigure(_ c: SlideContext, _ ind: Indicator) -> String {
    let actual = Formatting.number(ind.actual, c.language)
    return ind.plan.map { actual + "/" + Formatting.number($0, c.language) } ?? actual
  }

  /// One indicator: the figure (`actual`, or `actual/plan`) big on the left; its title,
  /// unit and share of plan on the right.
  static func indicator(_ c: SlideContext, _ ind: Indicator, scale s: Int, in rect: Rect, into grid: inout Grid) {
    let big = bigFigure(c, ind)
    let role: StyleRole = (ind.fractionOfPlan ?? 1) >= 1 ? .done : .inProgress
    BigText.draw(big, x: rect.x, y: rect.y, scale: s, fill: c.block, style: c.strong(role), clip: rect, into: &grid)
    let tx = BigText.width(big, scale: s) + 3
    let text = Rect(x: rect.x + tx, y: rect.y, width: rect.width - tx, height: rect.height)
    // A title longer than its lines ends in "…", never silently short of its last words.
    let title = TitleSlide.lines(c, c.resolve(ind.title), width: text.width, maxLines: max(1, rect.height - 2))
    for (k, line) in title.enumerated() {
      grid.draw(line, x: text.x, y: text.y + k, clip: text, style: CellStyle(bold: true))
    }
    var row = title.count
    // The unit agrees with the figure beside it: the plan when there is one (7/14 школ).
    let unit = Formatting.unit(ind.unitForms, for: ind.plan ?? ind.actual, c.language)
    c.painter.text(unit, in: text, row: row, role: .title, into: &grid)
    row += 1
    guard let fraction = ind.fractionOfPlan, row < text.height else { return }
    let pct = c.word(.percent, Share.percentFigure(ind, c.language) ?? "")
    let width = min(30, max(4, text.width - 6))
    let full = Share.cells(fraction, of: width)
    let bar = Rect(x: text.x, y: text.y + row, width: width, height: 1)
    grid.fill(Rect(x: bar.x, y: bar.y, width: full, height: 1), c.theme.gaugeFill.full, style: c.strong(role))
    grid.fill(Rect(x: bar.x + full, y: bar.y, width: width - full, height: 1), c.theme.gaugeFill.empty,
      style: c.theme.style(.dim))
    c.painter.text(pct, in: text, x: width + 1, row: row, role: .title, into: &grid)
  }
}
