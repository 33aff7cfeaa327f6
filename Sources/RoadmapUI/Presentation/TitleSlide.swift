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
    let wrapped = lines(c, program, width: body.width, maxLines: 2)
    // The date whole, on two lines where one is too narrow for «… жағдай бойынша».
    let asOf = lines(c, Formatting.capitalized(Formatting.day(r.asOf, c.language, .asOf)), width: body.width, maxLines: 2)
    // program, region, as-of, gap, digits, label, gap, bar, gap, overdue
    let needed = wrapped.count + 2 + asOf.count + BigText.height(scale: s) + 2 + s + 2
    guard needed <= body.height else {
      // No room for big digits: every figure plain, on one line that keeps them all.
      // The program on as many lines as are left beside region, date, counts and bar.
      let room = max(1, body.height - 1 - asOf.count - 2)
      drawPlain(c, program: lines(c, program, width: body.width, maxLines: room), asOf: asOf, in: body, into: &grid)
      return
    }
    var y = drawHeading(c, program: wrapped, asOf: asOf, from: body.y + max(0, (body.height - needed) / 2),
      in: body, into: &grid)
    y += 1
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
    let longLabelsFit = figures.allSatisfy { DisplayWidth.of($0.1) <= column - 2 }
    for (i, f) in figures.enumerated() {
      let cell = Rect(x: body.x + i * column, y: y, width: column, height: BigText.height(scale: s) + 1)
        .clipped(to: body)
      let figure = c.count(f.0)
      let x = cell.x + (cell.width - BigText.width(figure, scale: figureScale)) / 2
      BigText.draw(figure, x: x, y: cell.y, scale: figureScale, fill: c.block, style: c.strong(f.2), clip: cell,
        into: &grid)
      // Labels too long for their columns drop their words, all four alike, keeping the
      // glyph and the share.
      let label = longLabelsFit ? f.1 : i == 0 ? c.word(.total) : shortLabels[i - 1]
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

  /// The title slide where big digits do not fit (40×12): program, region and date, then
  /// the counts in the longest headline that fits, the bar below them.
  static func drawPlain(
    _ c: SlideContext, program: [[Glyph]], asOf: [[Glyph]], in body: Rect, into grid: inout Grid
  ) {
    let r = c.p.roadmap
    let lines = program.count + 1 + asOf.count + 3
    var y = drawHeading(c, program: program, asOf: asOf, from: body.y + max(0, (body.height - lines) / 2),
      in: body, into: &grid)
    y += max(0, min(1, body.maxY - y - 2))
    let counts = c.painter.headline(r.counts, overdue: r.overdueCount(asOf: c.p.reference), width: body.width)
    let w = counts.reduce(0) { $0 + DisplayWidth.of($1.0) }
    let row = Rect(x: body.x, y: y, width: body.width, height: 1).clipped(to: body)
    c.painter.pieces(counts, in: row, x: max(0, (body.width - w) / 2), into: &grid)
    c.bar(r.counts, in: Rect(x: body.x, y: y + 1, width: body.width, height: 1).clipped(to: body), row: 0, rows: 1,
      into: &grid)
  }

  /// The program (bold), the region (bold) and the date, centred from row `y`; returns the
  /// row below them.
  static func drawHeading(
    _ c: SlideContext, program: [[Glyph]], asOf: [[Glyph]], from y: Int, in body: Rect, into grid: inout Grid
  ) -> Int {
    let region = c.painter.fit(c.resolve(c.p.roadmap.region), body.width)
    var y = y
    for (k, line) in (program + [region] + asOf).enumerated() {
      grid.draw(line, x: body.x + (body.width - TextFit.width(line)) / 2, y: y, clip: body,
        style: k <= program.count ? CellStyle(bold: true) : .plain)
      y += 1
    }
    return y
  }

  /// `text` wrapped to `width`, a figure kept with its word (a date is never broken); past
  /// `maxLines` the last line ends in an ellipsis, so a cut never reads as the whole.
  static func lines(_ c: SlideContext, _ text: String, width: Int, maxLines: Int) -> [[Glyph]] {
    let glyphs = SafeText.glyphs(text, asciiOnly: c.theme.asciiOnly)
    let all = TextFit.wrap(glyphs, to: width, figuresWithWords: true)
    guard all.count > maxLines, maxLines > 0 else { return all }
    let rest = all[(maxLines - 1)...].enumerated().flatMap { k, line in (k == 0 ? [] : [Glyph(character: " ", width: 1)]) + line }
    return Array(all[..<(maxLines - 1)]) + [TextFit.truncate(rest, to: width, ellipsis: c.theme.ellipsis)]
  }
}
