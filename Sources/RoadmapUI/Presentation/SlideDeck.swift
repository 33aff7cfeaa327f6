import RoadmapKit

/// One slide of the presentation, named after what it shows.
public enum Slide: Hashable, Sendable {
  /// Programme, region, as-of date and the overall figures.
  case title
  /// The progress over time: the chart with the figures beside it.
  case trend
  /// One priority direction, by index.
  case direction(Int)
  /// A project that reports indicators.
  case project(direction: Int, project: Int)
  /// What changed since the last meeting.
  case changes
  /// The unfinished activities by agency: page `page` (from 0) of `of`.
  case unfinished(page: Int, of: Int)
}

/// Builds the list of slides and draws them; each kind of slide has its own file.
enum SlideDeck {
  /// Title, the progress over time (when there are two points to join), the directions, the projects with indicators, the changes, then the
  /// unfinished activities on as many pages as the terminal's height needs.
  static func slides(_ p: Presentation) -> [Slide] {
    var out: [Slide] = [.title]
    if p.trendPoints.count >= 2 { out.append(.trend) }
    out += p.roadmap.directions.indices.map { Slide.direction($0) }
    for (d, direction) in p.roadmap.directions.enumerated() {
      for (i, project) in direction.projects.enumerated() where !project.indicators.isEmpty {
        out.append(.project(direction: d, project: i))
      }
    }
    out.append(.changes)
    let pages = UnfinishedSlide.pages(p).count
    for page in 0..<pages { out.append(.unfinished(page: page, of: pages)) }
    return out
  }

  /// The whole screen: the slide, its frame, and the help over it; nothing when blanked.
  static func draw(_ p: Presentation, into grid: inout Grid) {
    guard !p.blanked, grid.width > 0, grid.height > 0 else { return }
    let ctx = SlideContext(p, grid: grid)
    let body = ctx.frame(into: &grid)
    switch p.current {
    case .title: TitleSlide.draw(ctx, in: body, into: &grid)
    case .trend: TrendPanel(points: p.trendPoints, painter: ctx.painter).draw(in: body, into: &grid)
    case .direction(let d): DirectionSlide.draw(ctx, d, in: body, into: &grid)
    case .project(let d, let i): ProjectSlide.draw(ctx, d, i, in: body, into: &grid)
    case .changes: ChangesSlide.draw(ctx, in: body, into: &grid)
    case .unfinished(let page, let of): UnfinishedSlide.draw(ctx, page: page, of: of, in: body, into: &grid)
    }
    if p.showingHelp { ctx.drawHelp(into: &grid) }
  }
}

/// What every slide draws with: the presentation, a painter, the scale of big figures.
struct SlideContext {
  let p: Presentation
  let painter: Painter
  /// 1 at 80×24, 2 from 160×48, 3 from 240×72.
  let scale: Int

  init(_ p: Presentation, grid: Grid) {
    self.p = p
    painter = Painter(
      theme: Theme(asciiOnly: p.options.asciiOnly, colors: p.options.colors), language: p.options.language)
    scale = max(1, min(grid.width / 80, grid.height / 24))
  }

  var theme: Theme { painter.theme }
  var language: Language { painter.language }
  func word(_ m: Message, _ args: String...) -> String { Catalogue.format(m, language, args) }
  func resolve(_ t: LocalizedText?) -> String { painter.resolve(t) }
  func count(_ n: Int) -> String { Formatting.count(n, language) }
  func counted(_ m: Message, _ n: Int, _ args: String...) -> String { Catalogue.counted(m, n, language, args) }

  /// The block used by big figures and bars.
  var block: Character { theme.asciiOnly ? "#" : "█" }

  /// Bold, and in the status's colour when there are colours: readable across a room.
  func strong(_ role: StyleRole) -> CellStyle {
    var s = theme.style(role)
    s.bold = true
    s.dim = false
    return s
  }

  /// The heading of the slide: its title on a reversed band across the top.
  func heading(_ p: Presentation) -> String {
    switch p.current {
    case .title: return word(.roadmapWord)
    case .trend: return word(.trendTitle)
    case .direction(let d): return "\(d + 1). " + resolve(p.roadmap.directions[d].title)
    case .project(let d, let i):
      let project = resolve(p.roadmap.directions[d].projects[i].title)
      let full = "\(d + 1). " + resolve(p.roadmap.directions[d].title) + theme.breadcrumbSeparator + project
      // Narrow: the direction by its number only, so the project's own title stays whole.
      let fits = TextFit.width(SafeText.glyphs(" " + full, asciiOnly: theme.asciiOnly)) <= p.width
      return fits ? full : "\(d + 1)" + theme.breadcrumbSeparator + project
    case .changes: return word(.changesTitle)
    case .unfinished(let page, _):
      // Narrow: the shorter heading, never one cut short.
      let fits = { (m: Message) in
        let text = page == 0 ? self.word(m) : self.word(.continued, self.word(m))
        return TextFit.width(SafeText.glyphs(" " + text, asciiOnly: self.theme.asciiOnly)) <= p.width ? text : nil
      }
      return fits(.openItemsTitle) ?? fits(.openItemsShort) ?? word(.openItemsShort)
    }
  }

  /// Draws the band on top and the footer (region, counter, clock); returns the body.
  func frame(into grid: inout Grid) -> Rect {
    let top = Rect(x: 0, y: 0, width: grid.width, height: 1)
    grid.fill(top, style: CellStyle(bold: true, reverse: true))
    grid.draw(painter.fit(" " + heading(p), grid.width), x: 0, y: 0, clip: top, style: CellStyle(bold: true, reverse: true))
    let bottom = Rect(x: 0, y: grid.height - 1, width: grid.width, height: 1)
    let corner = word(.slideCounter, count(p.index + 1), count(p.slides.count)) + "  " + p.clock + " "
    let cx = painter.rightText(corner, in: bottom, role: .title, into: &grid)
    let left = Rect(x: 1, y: bottom.y, width: max(0, cx - 3), height: 1)
    // The day whole before the region: a Kazakh «… жағдай бойынша» cut short says nothing;
    // where even the phrase does not fit, the bare date of a column («2023 ж. 30 қараша»).
    let asOf = Formatting.day(p.roadmap.asOf, language, .asOf)
    let both = resolve(p.roadmap.region) + theme.itemSeparator + asOf
    let width = { (text: String) in TextFit.width(SafeText.glyphs(text, asciiOnly: self.theme.asciiOnly)) }
    let footer = [both, asOf].first { width($0) <= left.width } ?? Formatting.day(p.roadmap.asOf, language, .column)
    painter.text(footer, in: left, into: &grid)
    return Rect(x: 2, y: 2, width: grid.width - 4, height: grid.height - 4)
  }

  /// Text centred on row `dy` of `rect`.
  func centered(_ text: String, in rect: Rect, row dy: Int, style: CellStyle, into grid: inout Grid) {
    let glyphs = painter.fit(text, rect.width)
    let x = rect.x + (rect.width - TextFit.width(glyphs)) / 2
    grid.draw(glyphs, x: x, y: rect.y + dy, clip: rect, style: style)
  }

  /// A big figure centred in `rect` from row `dy`, scaled down if it would not fit.
  func bigCentered(_ text: String, in rect: Rect, row dy: Int, style: CellStyle, into grid: inout Grid) {
    let s = BigText.fitting(text, scale: scale, columns: rect.width)
    let x = rect.x + (rect.width - BigText.width(text, scale: s)) / 2
    BigText.draw(text, x: x, y: rect.y + dy, scale: s, fill: block, style: style, clip: rect, into: &grid)
  }

  /// A stacked bar `rows` high across `rect` from row `dy`.
  func bar(_ counts: StatusCounts, in rect: Rect, row dy: Int, rows: Int, into grid: inout Grid) {
    for r in 0..<rows { painter.stackedBar(counts, in: rect, row: dy + r, into: &grid) }
  }

  /// The key list over the middle of the slide, read from the key table.
  func drawHelp(into grid: inout Grid) {
    let lines = PresentationKeys.all.map {
      (painter.keyLabel(PresentationKeys.label($0, asciiOnly: theme.asciiOnly)), word($0.help))
    }
    let keyWidth = lines.map { TextFit.width(painter.fit($0.0, 40)) }.max() ?? 0
    let w = min(grid.width - 2, keyWidth + 4 + (lines.map { TextFit.width(painter.fit($0.1, 60)) }.max() ?? 0))
    let h = min(grid.height - 2, lines.count + 2)
    let box = Rect(x: (grid.width - w) / 2, y: (grid.height - h) / 2, width: w, height: h)
    grid.fill(box)
    let inside = painter.box(box, title: word(.helpTitle), focused: true, into: &grid)
    for (i, line) in lines.enumerated() where i < inside.height {
      painter.text(line.0, in: inside, row: i, role: .key, into: &grid)
      painter.text(line.1, in: inside, x: keyWidth + 2, row: i, into: &grid)
    }
  }
}
