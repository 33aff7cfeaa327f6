import RoadmapKit

extension NationalState {
  /// Draws the national view on screen into `grid`, whose size it follows.
  public func render(into grid: inout Grid) {
    var s = self
    s.width = grid.width
    s.height = grid.height
    s.refreshView()
    guard s.width >= Layout.minWidth, s.height >= Layout.minHeight else {
      return s.drawTooSmall(into: &grid)
    }
    let rows = s.rows
    let columns = s.view.columns
    s.drawTitle(into: &grid)
    s.drawTotals(rows, into: &grid)
    s.drawHeadings(columns, into: &grid)
    s.drawList(rows, columns, into: &grid)
    s.drawStatus(into: &grid)
    if helpShown { s.drawHelp(into: &grid) }
    s.drawFooter(into: &grid)
  }

  /// Row 0: where the user is (All regions › Shared directions › the direction) on the
  /// left; how many regions, and how many files could not be read, on the right.
  func drawTitle(into grid: inout Grid) {
    let p = painter
    var right = p.counted(.regionsCount, figures.regions.count)
    if !figures.invalid.isEmpty {
      // Narrow: the files not read by the mark their rows carry, so the count stays whole.
      let said = right + theme.itemSeparator + p.counted(.filesNotRead, figures.invalid.count)
      right = DisplayWidth.of(said) <= width - width / 2 ? said
        : right + theme.itemSeparator + "\(theme.overdueMark) " + Formatting.count(figures.invalid.count, language)
    }
    let x = p.rightText(right, in: Rect(x: width / 2, y: 0, width: width - width / 2, height: 1), role: .dim, into: &grid)
    var crumbs = [p.word(.nationalTitle)]
    for level in stack.dropFirst() {
      switch level.screen {
      case .regions: break
      case .sharedDirections: crumbs.append(p.word(.sharedDirectionsTitle))
      case .direction(let id):
        crumbs.append(shared.first { $0.id == id }.map { p.resolve($0.title) } ?? id)
      }
    }
    var pieces: [(String, StyleRole)] = []
    for (i, c) in crumbs.enumerated() {
      if i > 0 { pieces.append((theme.breadcrumbSeparator, .dim)) }
      pieces.append((c, i == crumbs.count - 1 ? .title : .plain))
    }
    var end = width / 2 + x - 2
    if let sync {
      // The sync badge sits left of the count, as in the single dashboard's header; the
      // crumbs keep at least their own width (or a quarter of the row), the badge is cut.
      let (text, role) = p.syncBadge(sync)
      let crumbWidth = pieces.reduce(0) { $0 + TextFit.width(SafeText.glyphs($1.0, asciiOnly: theme.asciiOnly)) }
      let room = min(end - min(crumbWidth, width / 4) - 2, TextFit.width(SafeText.glyphs(text, asciiOnly: theme.asciiOnly)))
      if room > 0 {
        let at = p.rightText(text, in: Rect(x: end - room, y: 0, width: room, height: 1), role: role, into: &grid)
        end = end - room + at - 2
      }
    }
    p.pieces(pieces, in: Rect(x: 0, y: 0, width: max(0, end), height: 1), into: &grid)
  }

  /// Rows 1–2: the bar and counts of what the screen sums up: every region (with overdue),
  /// or one direction across the regions that share it.
  func drawTotals(_ rows: [NationalRow], into grid: inout Grid) {
    let p = painter
    var counts = figures.totals
    var overdue: Int? = figures.overdue
    if case .direction = current.screen {
      counts = rows.reduce(into: StatusCounts()) { t, r in
        t.done += r.counts.done
        t.inProgress += r.counts.inProgress
        t.pending += r.counts.pending
      }
      overdue = nil
    }
    let area = Rect(x: 0, y: 1, width: width, height: 2)
    p.stackedBar(counts, in: area, row: 0, into: &grid)
    // When the line is too long the percentages go first, then the words: the figures stay.
    var pieces: [(String, StyleRole)] = []
    for form in 0..<3 {
      pieces = form < 2 ? p.countsLine(counts, percentages: form == 0) : glyphCounts(counts)
      if let overdue {
        pieces.append((theme.itemSeparator, .dim))
        let said = form < 2 ? p.counted(.overdueCount, overdue) : Formatting.count(overdue, language)
        pieces.append(("\(theme.overdueMark) " + said, .overdue))
      }
      if pieces.reduce(0, { $0 + DisplayWidth.of($1.0) }) <= width { break }
    }
    if pieces.reduce(0, { $0 + DisplayWidth.of($1.0) }) > width, pieces.count > 6 {
      // Still too long: the figures take both rows, in place of the bar; the three
      // statuses on the first, the total and overdue on the second (index 5 is the
      // separator between them).
      grid.fill(area.row(0))
      p.pieces(Array(pieces[..<5]), in: area, row: 0, into: &grid)
      p.pieces(Array(pieces[6...]), in: area, row: 1, into: &grid)
      return
    }
    p.pieces(pieces, in: area, row: 1, into: &grid)
  }

  /// The counts by their glyphs only (`✓ 102 · ◐ 60 · ○ 32 · Σ 194`), for a narrow screen.
  func glyphCounts(_ counts: StatusCounts) -> [(String, StyleRole)] {
    var out: [(String, StyleRole)] = []
    for (status, n) in [(Status.done, counts.done), (.inProgress, counts.inProgress), (.pending, counts.pending)] {
      out.append(("\(theme.glyph(status)) " + Formatting.count(n, language), theme.role(status)))
      out.append((theme.itemSeparator, .dim))
    }
    out.append((NationalLayout.heading(.total, long: false, self) + " " + Formatting.count(counts.total, language), .plain))
    return out
  }

  /// The headings, fixed above the list; the sorted column marked.
  func drawHeadings(_ c: NationalColumns, into grid: inout Grid) {
    let p = painter
    let y = NationalLayout.headingY
    // Headings of one line sit on the last heading line, next to the figures.
    let last = y + (c.inline ? c.inlineHeadingLines - 1 : 0)
    if c.rankWidth > 0 {
      p.rightText(NationalLayout.markedHeading(.rank, long: true, self),
        in: Rect(x: 0, y: last, width: c.rankWidth, height: 1), role: .title, into: &grid)
    }
    // On a narrow screen the figures' headings have the row to themselves.
    if c.inline {
      let name = current.screen == .sharedDirections
        ? p.word(.fieldDirection) : NationalLayout.markedHeading(.region, long: true, self)
      p.text(name, in: Rect(x: c.nameX, y: last, width: c.nameWidth, height: 1), role: .title, into: &grid)
    }
    for (i, line) in c.lines.enumerated() {
      for f in line {
        let bottom = c.inline ? last : y + i
        for (k, text) in f.heading.enumerated() {
          let row = bottom - (f.heading.count - 1 - k)
          p.rightText(text, in: Rect(x: f.x, y: row, width: f.width, height: 1), role: .title, into: &grid)
        }
      }
    }
  }

  /// The rows that fit, from the scroll position; the cursor's row highlighted.
  func drawList(_ rows: [NationalRow], _ c: NationalColumns, into grid: inout Grid) {
    let p = painter
    let top = NationalLayout.headingY + c.headingHeight
    let height = NationalLayout.listHeight(self)
    guard !rows.isEmpty else {
      let empty = current.screen == .sharedDirections ? Message.noSharedDirections : .noRegionFiles
      p.text(p.word(empty), in: Rect(x: 0, y: top, width: width, height: 1), role: .dim, into: &grid)
      return
    }
    let selected = selectionIndex(in: rows)
    let fit = max(1, height / c.rowHeight)
    for (k, i) in (current.scroll..<min(rows.count, current.scroll + fit)).enumerated() {
      let y = top + k * c.rowHeight
      drawRow(rows[i], c, y: y, into: &grid)
      if i == selected {
        for dy in 0..<c.rowHeight {
          p.highlight(row: y + dy, of: Rect(x: 0, y: 0, width: width, height: grid.height), role: .selected, into: &grid)
        }
      }
    }
  }

  /// One row: rank, name (and title), bar and figures; an invalid file's problem instead.
  func drawRow(_ row: NationalRow, _ c: NationalColumns, y: Int, into grid: inout Grid) {
    let p = painter
    if c.rankWidth > 0 {
      let rank = row.problem == nil ? NationalLayout.value(.rank, row, self) : String(theme.overdueMark)
      p.rightText(rank, in: Rect(x: 0, y: y, width: c.rankWidth, height: 1), role: row.problem == nil ? .dim : .overdue, into: &grid)
    }
    if let problem = row.problem {
      // The name and the problem over the rest of the row, cut by display width.
      // The loader's problem names the file by its path: here by its name only.
      let text = problem.hasPrefix(row.key) ? row.file + problem.dropFirst(row.key.count) : row.file + ": " + problem
      let lines = c.rowHeight
      let glyphs = SafeText.glyphs(text, asciiOnly: theme.asciiOnly)
      let room = width - c.nameX
      var wrapped = TextFit.wrap(glyphs, to: max(1, room))
      if wrapped.count > lines {
        // What does not fit ends the last line with «…»: never a problem cut off mid-sentence
        // as though it ended there.
        let space = SafeText.glyphs(" ", asciiOnly: true)
        let rest = wrapped[(lines - 1)...].dropFirst().reduce(wrapped[lines - 1]) { $0 + space + $1 }
        wrapped = Array(wrapped.prefix(lines - 1)) + [rest]
      }
      for (i, line) in wrapped.enumerated() {
        let cut = i == wrapped.count - 1 ? TextFit.truncate(line, to: room, ellipsis: theme.ellipsis) : line
        grid.draw(cut, x: c.nameX, y: y + i, clip: Rect(x: c.nameX, y: y + i, width: room, height: 1), style: theme.style(.overdue))
      }
      return
    }
    let nameRect = Rect(x: c.nameX, y: y, width: c.nameWidth, height: 1)
    let detail = current.screen == .sharedDirections
      ? row.regions.map { p.counted(.regionsCount, $0) } ?? "" : row.detail
    let used = p.regionName(row.name, file: row.file, in: nameRect, into: &grid)
    if !detail.isEmpty, c.nameWidth - used > 8 {
      p.text(theme.itemSeparator + detail, in: nameRect, x: used, role: .dim, into: &grid)
    }
    if c.barWidth > 0 {
      p.stackedBar(row.counts, in: Rect(x: c.barX, y: y, width: c.barWidth, height: 1), into: &grid)
    }
    for (i, line) in c.lines.enumerated() {
      let ly = c.inline ? y : y + 1 + i
      for f in line {
        let role: StyleRole
        switch f.column {
        case .done: role = .done
        case .inProgress: role = .inProgress
        case .pending: role = .pending
        case .overdue: role = (row.overdue ?? 0) > 0 ? .overdue : .dim
        case .percent: role = .title
        default: role = .plain
        }
        p.rightText(NationalLayout.value(f.column, row, self),
          in: Rect(x: f.x, y: ly, width: f.width, height: 1), role: role, into: &grid)
      }
    }
  }

  /// The row above the footer: a region being opened, or why it could not be.
  func drawStatus(into grid: inout Grid) {
    let p = painter
    let row = Rect(x: 0, y: height - 2, width: width, height: 1)
    if let problem = openProblem {
      p.text(problem, in: row, role: .overdue, into: &grid)
    } else if let path = opening {
      p.text(p.word(.openingRegion, NationalState.fileName(path)), in: row, role: .dim, into: &grid)
    }
  }
}

extension Painter {
  /// Draws a region's name; one that carries its file's name (`Ақмола облысы (a.json)`,
  /// two regions of one name) is cut before the file's name, which always shows: two
  /// rows cut alike could not be told apart. Returns the columns used.
  @discardableResult
  func regionName(_ name: String, file: String, in rect: Rect, role: StyleRole = .plain, into grid: inout Grid) -> Int {
    let suffix = " (" + file + ")"
    let sw = DisplayWidth.of(suffix)
    guard name.hasSuffix(suffix), DisplayWidth.of(name) > rect.width, rect.width > sw + 4 else {
      return text(name, in: rect, role: role, into: &grid)
    }
    let used = text(String(name.dropLast(suffix.count)), in: Rect(x: rect.x, y: rect.y, width: rect.width - sw, height: 1),
      role: role, into: &grid)
    return used + text(suffix, in: rect, x: used, role: role, into: &grid)
  }
}
