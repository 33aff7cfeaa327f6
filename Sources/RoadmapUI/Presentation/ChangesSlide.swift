import RoadmapKit

/// What changed since the last meeting: four big counts (finished, started, carried
/// over, indicators moved), then the items themselves as room allows, under the baseline
/// ("since the meeting of 30 November 2023"). Without one (no meeting in the file, no
/// `--since` or `--compare`) it says there is nothing to compare with and how to ask.
enum ChangesSlide {
  static func draw(_ c: SlideContext, in body: Rect, into grid: inout Grid) {
    guard let changes = c.p.changes else {
      let hint = TextFit.wrap(SafeText.glyphs(c.word(.compareHint), asciiOnly: c.theme.asciiOnly), to: body.width,
        figuresWithWords: true)
      let y = max(0, (body.height - hint.count - 2) / 2)
      c.centered(c.word(.nothingToCompare), in: body, row: y, style: CellStyle(bold: true), into: &grid)
      for (k, line) in hint.enumerated() {
        grid.draw(line, x: body.x + (body.width - TextFit.width(line)) / 2, y: body.y + y + 2 + k, clip: body,
          style: .plain)
      }
      return
    }
    // The baseline whole, on two lines where one is too narrow.
    let baseline = TitleSlide.lines(c, Formatting.capitalized(changes.baseline.words(c.language)), width: body.width, maxLines: 2)
    for (k, line) in baseline.enumerated() {
      grid.draw(line, x: body.x, y: body.y + k, clip: body, style: c.theme.style(.title))
    }
    let s = c.scale
    let figures: [(Int, Message, StyleRole)] = [
      (changes.finished.count, .finished, .done), (changes.started.count, .started, .inProgress),
      (changes.carriedOver.count, .carriedOver, .overdue), (changes.indicators.count, .indicatorsMoved, .title),
    ]
    let column = body.width / figures.count
    let top = body.y + baseline.count + 1
    // Each label on at most two lines of its column, no word broken; else no big figures.
    let labels = figures.map { f in
      TextFit.wrap(SafeText.glyphs(c.word(f.1), asciiOnly: c.theme.asciiOnly), to: max(1, column - 2), maxLines: 3)
    }
    let labelsFit = zip(figures, labels).allSatisfy { f, lines in
      lines.count <= 2 && c.word(f.1).split(separator: " ").allSatisfy { DisplayWidth.of(String($0)) <= column - 2 }
    }
    let labelRows = labels.map(\.count).max() ?? 1
    let bigFit = figures.allSatisfy { BigText.width(c.count($0.0), scale: s) <= column }
      && top + BigText.height(scale: s) + labelRows + 2 <= body.maxY
    let listTop: Int
    if labelsFit && bigFit {
      for (i, f) in figures.enumerated() {
        let cell = Rect(x: body.x + i * column, y: top, width: column, height: BigText.height(scale: s) + labelRows)
        c.bigCentered(c.count(f.0), in: cell, row: 0, style: c.strong(f.2), into: &grid)
        // A column apart from its neighbours, so long labels do not run together.
        for (k, line) in labels[i].enumerated() {
          let inner = cell.insetColumns(1)
          grid.draw(line, x: inner.x + (inner.width - TextFit.width(line)) / 2, y: cell.y + BigText.height(scale: s) + k,
            clip: inner, style: c.strong(f.2))
        }
      }
      listTop = top + BigText.height(scale: s) + labelRows + 1
    } else {
      // Too narrow for four big figures and their words: the four as plain lines, the
      // figures in a column of their own.
      let figureWidth = figures.map { DisplayWidth.of(c.count($0.0)) }.max() ?? 1
      for (i, f) in figures.enumerated() {
        let row = Rect(x: body.x, y: top + i, width: body.width, height: 1).clipped(to: body)
        let figure = c.count(f.0)
        c.painter.text(String(repeating: " ", count: figureWidth - DisplayWidth.of(figure)) + figure, in: row,
          role: f.2, into: &grid)
        c.painter.text(c.word(f.1), in: row, x: figureWidth + 2, role: f.2, into: &grid)
      }
      listTop = top + figures.count + (body.maxY - top - figures.count >= 2 ? 1 : 0)
    }
    let list = Rect(x: body.x, y: listTop, width: body.width, height: max(0, body.maxY - listTop))
    let arrow = c.theme.asciiOnly ? "->" : "→"
    let up = c.theme.asciiOnly ? "^" : "▲"
    var lines: [(String, String, StyleRole)] = []
    if changes.isEmpty { lines.append((c.word(.noChanges), "", .title)) }
    for m in changes.finished { lines.append(("\(c.theme.glyph(.done)) " + c.resolve(m.title), "", .done)) }
    for m in changes.started { lines.append(("\(c.theme.glyph(.inProgress)) " + c.resolve(m.title), "", .inProgress)) }
    for m in changes.movedBack {
      lines.append(("\(c.theme.glyph(m.to)) " + c.resolve(m.title), c.word(.movedBack), .overdue))
    }
    for m in changes.carriedOver {
      lines.append((arrow + " " + c.resolve(m.title),
        Formatting.day(m.from, c.language, .column) + " \(arrow) " + Formatting.day(m.to, c.language, .column), .overdue))
    }
    for m in changes.indicators {
      // The unit agrees with the figure it follows: the one now.
      lines.append((up + " " + c.resolve(m.title),
        Formatting.number(m.from, c.language) + " \(arrow) " + Formatting.figure(m.to, m.unitForms, c.language), .title))
    }
    for (k, line) in lines.enumerated() where k < list.height {
      if k == list.height - 1 && lines.count > list.height {
        c.painter.text(c.counted(.moreRows, lines.count - k), in: list, row: k, role: .dim, into: &grid)
        break
      }
      let rx = line.1.isEmpty ? list.width : c.painter.rightText(line.1, in: list, row: k, role: line.2, into: &grid)
      c.painter.text(line.0, in: Rect(x: list.x, y: list.y, width: max(0, rx - 2), height: list.height), row: k,
        role: line.2 == .title ? .plain : line.2, into: &grid)
    }
  }
}
