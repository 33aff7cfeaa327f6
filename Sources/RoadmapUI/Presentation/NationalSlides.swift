import RoadmapKit

/// Draws the national presentation's slides: the frame (heading band, footer with the
/// counter and clock), the totals, the ranking pages; a region's slide is the
/// presentation's own title slide (`TitleSlide`) under the national frame.
enum NationalSlides {
  /// Rows of the ranking one page holds at `height`: the body, less nothing (no heading
  /// row: the band on top says what the rows are).
  static func rowsPerPage(height: Int) -> Int { max(1, height - 4) }

  /// How many pages `rows` (regions and files not read) take at `height`.
  static func rankingPages(_ rows: Int, height: Int) -> Int {
    max(1, (rows + rowsPerPage(height: height) - 1) / rowsPerPage(height: height))
  }

  /// The whole screen; nothing when blanked.
  static func draw(_ p: NationalPresentation, into grid: inout Grid) {
    guard !p.blanked, grid.width > 0, grid.height > 0 else { return }
    let painter = Painter(
      theme: Theme(asciiOnly: p.options.asciiOnly, colors: p.options.colors), language: p.options.language)
    let body = frame(p, painter, into: &grid)
    switch p.current {
    case .totals: totals(p, painter, in: body, into: &grid)
    case .ranking(let page, _): ranking(p, painter, page: page, in: body, into: &grid)
    case .region(let k):
      let region = Presentation(roadmap: p.regions[k], options: p.options)
      TitleSlide.draw(SlideContext(region, grid: grid), in: body, into: &grid)
    }
    if p.showingHelp {
      // The presentation's help overlay, read from the same key table.
      guard let any = p.regions.first else { return }
      SlideContext(Presentation(roadmap: any, options: p.options), grid: grid).drawHelp(into: &grid)
    }
  }

  /// The band on top with the slide's heading and the footer (what the slide covers, the
  /// counter, the clock); returns the body.
  static func frame(_ p: NationalPresentation, _ painter: Painter, into grid: inout Grid) -> Rect {
    let l = p.options.language
    let heading: String
    let footer = Catalogue.counted(.regionsCount, p.figures.regions.count, l)
    switch p.current {
    case .totals: heading = Catalogue.text(.nationalTotals, l)
    case .ranking(let page, let of):
      // The page as the slide counter writes it («1 / 2»): a position, not a count of things.
      let pageOf = Catalogue.text(.slideCounter, l, Formatting.count(page + 1, l), Formatting.count(of, l))
      heading = of > 1 ? Catalogue.text(.rankingSlideTitle, l, pageOf) : Catalogue.text(.rankingTitle, l)
    case .region(let k):
      // Its own day is on the slide; the footer keeps saying what the deck covers.
      let names = names(p, painter)
      heading = Formatting.count(k + 1, l) + ". " + (k < names.count ? names[k] : painter.resolve(p.regions[k].region))
    }
    let top = Rect(x: 0, y: 0, width: grid.width, height: 1)
    let band = CellStyle(bold: true, reverse: true)
    grid.fill(top, style: band)
    grid.draw(painter.fit(" " + heading, grid.width), x: 0, y: 0, clip: top, style: band)
    let bottom = Rect(x: 0, y: grid.height - 1, width: grid.width, height: 1)
    let corner = Catalogue.text(.slideCounter, l, Formatting.count(p.index + 1, l), Formatting.count(p.slides.count, l))
      + "  " + p.clock + " "
    let cx = painter.rightText(corner, in: bottom, role: .title, into: &grid)
    painter.text(footer, in: Rect(x: 1, y: bottom.y, width: max(0, cx - 3), height: 1), into: &grid)
    return Rect(x: 2, y: 2, width: max(0, grid.width - 4), height: max(0, grid.height - 4))
  }

  /// The sums: the four figures in big digits of one size (or a line of words when the
  /// screen is too low for them), the bar, what is overdue.
  static func totals(_ p: NationalPresentation, _ painter: Painter, in body: Rect, into grid: inout Grid) {
    let l = p.options.language
    let c = p.figures.totals, pct = p.figures.percentages
    let theme = painter.theme
    let scale = max(1, min(grid.width / 80, grid.height / 24))
    func strong(_ role: StyleRole) -> CellStyle {
      var s = theme.style(role)
      s.bold = true
      s.dim = false
      return s
    }
    func share(_ n: Int) -> String { Catalogue.text(.percent, l, Formatting.count(n, l)) }
    let figures: [(Int, String, String, StyleRole)] = [
      (c.total, Catalogue.text(.total, l), theme.totalMark, .title),
      (c.done, "\(theme.glyph(.done)) \(Catalogue.text(.done, l)) \(share(pct.done))", "\(theme.glyph(.done)) \(share(pct.done))", .done),
      (c.inProgress, "\(theme.glyph(.inProgress)) \(Catalogue.text(.inProgress, l)) \(share(pct.inProgress))",
        "\(theme.glyph(.inProgress)) \(share(pct.inProgress))", .inProgress),
      (c.pending, "\(theme.glyph(.pending)) \(Catalogue.text(.pending, l)) \(share(pct.pending))",
        "\(theme.glyph(.pending)) \(share(pct.pending))", .pending),
    ]
    let column = body.width / figures.count
    let digits = BigText.height(scale: scale)
    // count line, gap, digits, label, gap, bar, gap, overdue
    let big = 2 + digits + 2 + scale + 2
    let useBig = body.height >= big && column >= 4
    // The figures in words, as many a line as fit, a figure never split between lines.
    var lines: [String] = []
    for f in figures.map({ Formatting.count($0.0, l) + " " + $0.2 }) {
      if let last = lines.last, DisplayWidth.of(last + theme.itemSeparator + f) <= body.width {
        lines[lines.count - 1] = last + theme.itemSeparator + f
      } else {
        lines.append(f)
      }
    }
    let wrapped = lines.map { painter.fit($0, body.width) }
    var y = body.y + max(0, (body.height - (useBig ? big : 4 + wrapped.count)) / 2)
    centered(painter, Catalogue.counted(.regionsCount, p.figures.regions.count, l), in: body, y: y, style: CellStyle(bold: true), into: &grid)
    y += 2
    if useBig {
      let s = figures.map { BigText.fitting(Formatting.count($0.0, l), scale: scale, columns: column - 1) }.min() ?? 1
      for (i, f) in figures.enumerated() {
        let cell = Rect(x: body.x + i * column, y: y, width: column, height: digits + 1).clipped(to: body)
        let text = Formatting.count(f.0, l)
        let x = cell.x + (cell.width - BigText.width(text, scale: s)) / 2
        BigText.draw(text, x: x, y: cell.y, scale: s, fill: theme.asciiOnly ? "#" : "█", style: strong(f.3), clip: cell, into: &grid)
        let label = DisplayWidth.of(f.1) <= column - 1 ? f.1 : f.2
        centered(painter, label, in: cell, y: cell.y + digits, style: strong(f.3), into: &grid)
      }
      y += digits + 2
    } else {
      // Too low for big digits: the four figures in words, on two lines if need be.
      for glyphs in wrapped {
        grid.draw(glyphs, x: body.x + (body.width - TextFit.width(glyphs)) / 2, y: y, clip: body, style: CellStyle(bold: true))
        y += 1
      }
    }
    let bar = Rect(x: body.x, y: y, width: body.width, height: useBig ? scale : 1).clipped(to: body)
    for r in 0..<bar.height { painter.stackedBar(c, in: bar, row: r, into: &grid) }
    y += bar.height + 1
    if p.figures.overdue > 0, y < body.maxY {
      centered(painter, Catalogue.counted(.overdueCount, p.figures.overdue, l), in: body, y: y, style: strong(.overdue), into: &grid)
    }
  }

  /// One page of the ranking: place, region, bar, % done (and overdue where there is
  /// room), a blank row between regions when the page has room for it; the files not
  /// read after the last region, each with its first problem.
  static func ranking(_ p: NationalPresentation, _ painter: Painter, page: Int, in body: Rect, into grid: inout Grid) {
    let l = p.options.language
    let ranked = p.figures.ranking
    let rows = ranked.count + p.figures.invalid.count
    let per = rowsPerPage(height: grid.height)
    let first = page * per
    let shown = max(0, min(per, rows - first))
    let step = shown * 2 - 1 <= body.height ? 2 : 1
    let placeWidth = DisplayWidth.of(Formatting.count(max(1, ranked.count), l)) + 1
    let pctWidth = 5
    let overdueWidth = body.width >= 70 ? 8 : 0
    let names = names(p, painter)
    let nameWidth = min(
      names.map { DisplayWidth.of($0) }.max() ?? 0,
      max(6, (body.width - placeWidth - pctWidth - overdueWidth) / 2))
    let barX = placeWidth + nameWidth + 2
    let barWidth = max(1, body.width - barX - pctWidth - overdueWidth - 1)
    for k in 0..<shown {
      let row = first + k
      let y = body.y + k * step
      let line = Rect(x: body.x, y: y, width: body.width, height: 1)
      guard y < body.maxY else { break }
      if row < ranked.count {
        let r = ranked[row]
        painter.text(Formatting.count(row + 1, l), in: Rect(x: body.x, y: y, width: placeWidth - 1, height: 1), role: .title, into: &grid)
        painter.regionName(names[row], file: r.file, in: Rect(x: body.x + placeWidth, y: y, width: nameWidth, height: 1), into: &grid)
        painter.stackedBar(r.counts, in: Rect(x: body.x + barX, y: y, width: barWidth, height: 1), into: &grid)
        let pctRect = Rect(x: body.x + barX + barWidth + 1, y: y, width: pctWidth, height: 1)
        painter.rightText(Catalogue.text(.percent, l, Formatting.count(r.percentDone, l)), in: pctRect, role: .done, into: &grid)
        if overdueWidth > 0, r.overdue > 0 {
          let o = Rect(x: pctRect.maxX, y: y, width: overdueWidth, height: 1)
          painter.rightText(ReportBuilder.symbols.overdue + " " + Formatting.count(r.overdue, l), in: o, role: .overdue, into: &grid)
        }
      } else {
        let f = p.figures.invalid[row - ranked.count]
        let name = f.path.split(separator: "/").last.map(String.init) ?? f.path
        // The row already names the file: the problem from its line:column on.
        let problem = ProblemWords.line(f.problem, l, withFile: false)
        let rest = Rect(x: line.x + placeWidth, y: y, width: max(0, line.width - placeWidth), height: 1)
        painter.text((painter.theme.asciiOnly ? "x " : "✗ ") + name + ": " + problem, in: rest, role: .overdue, into: &grid)
      }
    }
  }

  /// `text` centred on row `y` of `rect`.
  /// The regions' names in the ranking's order, with the file where two are the same.
  static func names(_ p: NationalPresentation, _ painter: Painter) -> [String] {
    let ranked = p.figures.ranking
    return NationalFigures.distinguished(ranked.map { painter.resolve($0.region) }, files: ranked.map(\.file))
  }

  static func centered(_ painter: Painter, _ text: String, in rect: Rect, y: Int, style: CellStyle, into grid: inout Grid) {
    let glyphs = painter.fit(text, rect.width)
    grid.draw(glyphs, x: rect.x + (rect.width - TextFit.width(glyphs)) / 2, y: y, clip: rect, style: style)
  }
}
