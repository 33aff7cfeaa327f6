import RoadmapKit

/// The direction, project and agency screens: a summary on top, then a scrolling list.
extension DashboardState {
  /// Draws only the visible rows of a list, the selected one highlighted.
  func drawList(
    count: Int, selection: Int?, scroll: Int, in rect: Rect, into grid: inout Grid,
    row draw: (Int, Rect, inout Grid) -> Void
  ) {
    guard !rect.isEmpty else { return }
    if count == 0 {
      if filters.isEmpty {
        painter.text(painter.word(.emptyList), in: rect, role: .dim, into: &grid)
      } else {
        drawNoFilterMatch(in: rect, into: &grid)
      }
      return
    }
    let first = max(0, min(scroll, count - 1))
    let last = min(count, first + rect.height)
    for i in first..<last {
      let dy = i - first
      draw(i, rect.row(dy), &grid)
      if i == selection { painter.highlight(row: dy, of: rect, role: .selected, into: &grid) }
    }
  }

  /// Bar, counts and the indicators block at the top of a direction or project screen.
  ///
  /// The indicator under the cursor is highlighted, the block scrolled to show it.
  /// Returns the row below it, where the list's heading goes.
  func drawSummary(_ counts: StatusCounts, indicators: [Indicator], into grid: inout Grid) -> Int {
    let p = painter
    let body = Layout.body(self)
    // No bar of zeros when nothing passes the filter: the list below says so.
    if !nothingPassesFilter(counts) {
      p.stackedBar(counts, in: body.row(0), into: &grid)
      // The longest form of the counts that fits: words give way below 80 columns, figures never.
      p.pieces(p.headline(counts, overdue: 0, width: body.width), in: body.row(1), into: &grid)
    }
    var y = 3
    let rows = Layout.indicatorRows(indicators.count, body: body)
    if rows > 0 {
      p.text(p.word(.indicators), in: body.row(y), role: .title, into: &grid)
      let first = firstShownIndicator(shown: rows - 1)
      for (i, indicator) in indicators.dropFirst(first).prefix(rows - 1).enumerated() {
        p.gauge(indicator, in: body.row(y + 1 + i).inset(0), into: &grid)
        if first + i == indicatorFocus {
          p.highlight(row: y + 1 + i, of: body, role: .selected, into: &grid)
        }
      }
      y += rows
    }
    return y
  }

  /// The list row highlighted: none while the cursor is on an indicator.
  var listSelection: Int? { indicatorFocus == nil ? current.selection : nil }

  /// A direction: its projects with bars and counts, and its indicators.
  func drawDirection(_ d: Int, into grid: inout Grid) {
    let direction = roadmap.directions[d]
    let y = drawSummary(
      shownCounts(direction: d), indicators: Layout.headlineIndicators(direction), into: &grid)
    painter.text(painter.word(.projects), in: Layout.body(self).row(y), role: .title, into: &grid)
    // Every project would show 0: the list says that nothing passes instead.
    if nothingPassesFilter(shownCounts(direction: d)) {
      drawNoFilterMatch(in: Layout.list(self), into: &grid)
      return
    }
    drawList(count: direction.projects.count, selection: listSelection, scroll: current.scroll,
      in: Layout.list(self), into: &grid) { i, row, g in
      projectLine(d, i, in: row, into: &g)
    }
  }

  /// A project: its activities one per row, and its indicators.
  func drawProject(_ d: Int, _ pi: Int, into grid: inout Grid) {
    let project = roadmap.directions[d].projects[pi]
    let y = drawSummary(
      shownCounts(direction: d, project: pi), indicators: project.indicators, into: &grid)
    painter.text(painter.word(.activities), in: Layout.body(self).row(y), role: .title, into: &grid)
    let rows = projectRows(d, pi)
    let short = shortNames
    // Each agency measured once, by its slot in the owner table: a project at a million
    // lists thousands of activities of a few agencies.
    var slots = Set<Int>()
    for l in rows {
      if let k = roadmap.directions[l.direction].projects[l.project].activities[l.activity].ownerKey { slots.insert(k) }
    }
    let widestOwner = slots.map { resolveWidth(short.name(slot: $0)) }.max() ?? 0
    drawList(count: rows.count, selection: listSelection, scroll: current.scroll,
      in: Layout.list(self), into: &grid) { i, row, g in
      let activity = roadmap[rows[i]]
      activityLine(activity, secondary: activity.ownerKey.map(short.name(slot:)) ?? ownerName(nil), in: row,
        widest: widestOwner, into: &g)
      decorate(rows[i], in: row, into: &g)
    }
  }

  /// An activity on one row: glyph, title, a mark when it changed since the last meeting,
  /// owner (or project), due date, overdue mark.
  /// `widest` is the widest secondary text of the list: its column grows to it, up to a
  /// third of the row, so that «Управление сельского хозяйства» is not cut by one letter.
  func activityLine(_ a: Activity, secondary: String, in row: Rect, widest: Int = 0, into grid: inout Grid) {
    let p = painter
    let overdue = a.isOverdue(asOf: today)
    grid.draw([Glyph(character: theme.glyph(a.status), width: 1)], x: row.x, y: row.y, clip: row,
      style: theme.style(theme.role(a.status)))
    // As wide as the language's widest date, so that no date is ever cut.
    let dueWidth = row.width >= 60 ? Formatting.widestDay(language, .column) + 2 : 0
    // One cell before the name, one between it and an overdue mark.
    let fitted = widest + 2 <= row.width / 3 ? widest + 2 : 0
    let secondaryWidth = row.width >= 80 ? max(min(32, row.width / 4), fitted) : 0
    var right = row.maxX
    if dueWidth > 0 {
      right -= dueWidth
      let due = a.due.map { Formatting.day($0, language, .column) } ?? ""
      let mark = overdue ? String(theme.overdueMark) : " "
      let r = Rect(x: right, y: row.y, width: dueWidth, height: 1)
      p.text(mark + " " + due, in: r, role: overdue ? .overdue : .dim, into: &grid)
    } else if overdue {
      right -= 2
      p.text(String(theme.overdueMark), in: Rect(x: right + 1, y: row.y, width: 1, height: 1), role: .overdue, into: &grid)
    }
    if secondaryWidth > 0 {
      right -= secondaryWidth
      // A space before the overdue mark («…басқару ! 2023 ж.», never «басқару!»); other
      // rows keep that column for the name, blank before their date anyway.
      let gap = dueWidth > 0 && overdue ? 2 : 1
      p.text(secondary, in: Rect(x: right + 1, y: row.y, width: secondaryWidth - gap, height: 1), role: .dim, into: &grid)
    }
    p.text(p.resolve(a.title), in: Rect(x: row.x + 2, y: row.y, width: right - row.x - 3, height: 1), into: &grid)
    // In the cell the title leaves free before the next column.
    if edit.changedSinceMeeting.contains(a.id), right - 1 >= row.x + 2 {
      grid.draw([Glyph(character: theme.changedMark, width: 1)], x: right - 1, y: row.y, clip: row,
        style: theme.style(.badge))
    }
  }

  /// Every agency: its name, a bar, its counts and what is left, most left first.
  func drawAgencies(into grid: inout Grid) {
    let p = painter
    let body = Layout.body(self)
    p.text(p.word(.agencies), in: body.row(0), role: .title, into: &grid)
    let list = agencyList()
    // Every name is the region's «… басқармасы»: the list shows what tells them apart.
    let short = shortNames
    // "What is left" as wide as the text of the largest count in the list (7 қалды,
    // осталось 7, 7 left) and a gap: the names get the rest.
    let most = list.map { shownCounts(owner: $0).remaining }.max() ?? 0
    let leftWidth = 2 + resolveWidth(p.counted(.remainingCount, most))
    drawList(count: list.count, selection: current.selection, scroll: current.scroll,
      in: Layout.list(self), into: &grid) { k, row, g in
      let o = digest.owners[list[k]], counts = shownCounts(owner: list[k])
      let left = p.counted(.remainingCount, counts.remaining)
      let figures = "\(Formatting.count(counts.done, language))/\(Formatting.count(counts.total, language))"
      let figWidth = 8, barWidth = row.width >= 70 ? 16 : 8
      p.rightText(left, in: Rect(x: row.maxX - leftWidth, y: row.y, width: leftWidth, height: 1),
        role: counts.remaining > 0 ? .inProgress : .done, into: &g)
      let fx = row.maxX - leftWidth - figWidth
      p.rightText(figures, in: Rect(x: fx, y: row.y, width: figWidth - 1, height: 1), into: &g)
      p.stackedBar(counts, in: Rect(x: fx - barWidth - 1, y: row.y, width: barWidth, height: 1), into: &g)
      p.text(o.owner.map(short.name) ?? ownerName(nil), in: Rect(x: row.x, y: row.y, width: fx - barWidth - 2 - row.x, height: 1), into: &g)
    }
  }

  /// The agency's full name wrapped to `width` between words, at most a third of the
  /// body: the breadcrumb and the lists name it by what tells it apart, this screen whole.
  func agencyNameLines(_ agency: Agency, width: Int) -> [[Glyph]] {
    let glyphs = SafeText.glyphs(ownerName(agency.owner), asciiOnly: theme.asciiOnly)
    return TextFit.wrap(glyphs, to: width, maxLines: max(1, Layout.body(self).height / 3))
  }

  /// One agency: its full name, its bar and counts, then its activities, each with its project.
  func drawAgency(_ agency: Agency, into grid: inout Grid) {
    let p = painter
    let full = Layout.body(self)
    guard let i = agencyIndex(agency) else { return }
    let name = agencyNameLines(agency, width: full.width)
    for (k, line) in name.enumerated() {
      grid.draw(line, x: full.x, y: full.y + k, clip: full, style: theme.style(.title))
    }
    let body = full.dropFirst(name.count)
    if !nothingPassesFilter(shownCounts(owner: i)) {
      p.stackedBar(shownCounts(owner: i), in: body.row(0), into: &grid)
      p.pieces(p.headline(shownCounts(owner: i), overdue: 0, width: body.width), in: body.row(1), into: &grid)
    }
    p.text(p.word(.activities), in: body.row(2), role: .title, into: &grid)
    let rows = agencyRows(agency)
    drawList(count: rows.count, selection: current.selection, scroll: current.scroll,
      in: Layout.list(self), into: &grid) { k, row, g in
      let project = roadmap.directions[rows[k].direction].projects[rows[k].project]
      activityLine(roadmap[rows[k]], secondary: p.resolve(project.title), in: row, into: &g)
      decorate(rows[k], in: row, into: &g)
    }
  }
}
