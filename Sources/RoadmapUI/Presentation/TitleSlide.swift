import RoadmapKit

/// Slide 1: programme, region, as-of date, the four overall figures in big digits and
/// one wide bar.
enum TitleSlide {
  static func draw(_ c: SlideContext, in body: Rect, into grid: inout Grid) {
    let r = c.p.roadmap
    let counts = r.counts
    let pct = counts.percentages
    let s = c.scale
    let program = r.program.map(c.resolve) ?? c.resolve(r.title)
    let wrapped = TextFit.wrap(SafeText.glyphs(program, asciiOnly: c.theme.asciiOnly), to: body.width, maxLines: 2)
    // program, region, as-of, gap, digits, label, gap, bar, gap, overdue
    let needed = wrapped.count + 3 + BigText.height(scale: s) + 2 + s + 2
    var y = body.y + max(0, (body.height - needed) / 2)
    for line in wrapped {
      let x = body.x + (body.width - TextFit.width(line)) / 2
      grid.draw(line, x: x, y: y, clip: body, style: CellStyle(bold: true))
      y += 1
    }
    c.centered(c.resolve(r.region), in: body, row: y - body.y, style: CellStyle(bold: true), into: &grid)
    y += 1
    c.centered(Formatting.day(r.asOf, c.language, .asOf), in: body, row: y - body.y, style: .plain, into: &grid)
    y += 2
    let figures: [(Int, String, StyleRole)] = [
      (counts.total, c.word(.total), .title),
      (counts.done, "\(c.theme.glyph(.done)) \(c.word(.done)) \(c.word(.percent, c.count(pct.done)))", .done),
      (counts.inProgress,
        "\(c.theme.glyph(.inProgress)) \(c.word(.inProgress)) \(c.word(.percent, c.count(pct.inProgress)))", .inProgress),
      (counts.pending, "\(c.theme.glyph(.pending)) \(c.word(.pending)) \(c.word(.percent, c.count(pct.pending)))",
        .pending),
    ]
    let shortLabels = [(Status.done, pct.done), (.inProgress, pct.inProgress), (.pending, pct.pending)].map {
      "\(c.theme.glyph($0.0)) \(c.word(.percent, c.count($0.1)))"
    }
    let column = body.width / figures.count
    // One size for the four figures: the largest at which each fits its column.
    let figureScale = figures.map { BigText.fitting(c.count($0.0), scale: s, columns: column) }.min() ?? s
    for (i, f) in figures.enumerated() {
      let cell = Rect(x: body.x + i * column, y: y, width: column, height: BigText.height(scale: s) + 1)
        .clipped(to: body)
      let figure = c.count(f.0)
      let x = cell.x + (cell.width - BigText.width(figure, scale: figureScale)) / 2
      BigText.draw(figure, x: x, y: cell.y, scale: figureScale, fill: c.block, style: c.strong(f.2), clip: cell,
        into: &grid)
      // A label too long for its column drops its word, keeping the glyph and the share.
      let room = cell.insetColumns(1).width
      let label = DisplayWidth.of(f.1) <= room ? f.1 : i == 0 ? c.theme.totalMark : shortLabels[i - 1]
      c.centered(label, in: cell.insetColumns(1), row: BigText.height(scale: s), style: c.strong(f.2), into: &grid)
    }
    y += BigText.height(scale: s) + 2
    let barRect = Rect(x: body.x, y: y, width: body.width, height: s).clipped(to: body)
    c.bar(counts, in: barRect, row: 0, rows: barRect.height, into: &grid)
    y += s + 1
    let overdue = r.overdueCount(asOf: c.p.reference)
    if overdue > 0 {
      c.centered(c.counted(.overdueCount, overdue), in: body, row: y - body.y, style: c.strong(.overdue),
        into: &grid)
    }
  }
}
