import RoadmapKit

/// The search results, the help window and the owner picker.
extension DashboardState {
  /// While typing a search: the query, the number of hits and the hits, updated per key.
  func drawSearch(_ s: SearchState, into grid: inout Grid) {
    let p = painter
    let body = Layout.body(self)
    let used = p.text(p.word(.searchPrompt), in: body.row(0), role: .title, into: &grid)
    let q = p.text(s.query, in: body.row(0), x: used, into: &grid)
    if used + q < body.width {
      grid[used + q, body.y] = Cell(" ", width: 1, style: CellStyle(reverse: true))
    }
    let summary = s.query.isEmpty ? "" : s.hits.isEmpty ? p.word(.noHits)
      : p.counted(.hitsCount, s.hits.count)
    p.text(summary, in: body.row(1), role: .dim, into: &grid)
    drawList(count: s.hits.count, selection: s.current, scroll: s.scroll,
      in: Layout.list(self), into: &grid) { i, row, g in
      switch s.hits[i] {
      case .project(let d, let pi):
        g.draw([Glyph(character: theme.projectMark, width: 1)], x: row.x, y: row.y, clip: row,
          style: theme.style(.title))
        let rest = Rect(x: row.x + 2, y: row.y, width: row.width - 2, height: 1)
        projectLine(d, pi, in: rest, role: .title, into: &g)
      case .activity(let l):
        let project = roadmap.directions[l.direction].projects[l.project]
        activityLine(roadmap[l], secondary: p.resolve(project.title), in: row, into: &g)
      }
    }
  }

  /// A framed window centred in the body; returns its inside.
  func centredWindow(width w: Int, height h: Int, title: String, into grid: inout Grid) -> Rect {
    let body = Layout.body(self)
    let ww = min(w, body.width), hh = min(h, body.height)
    let rect = Rect(x: body.x + (body.width - ww) / 2, y: body.y + (body.height - hh) / 2, width: ww, height: hh)
    grid.fill(rect)
    return painter.box(rect, title: title, focused: true, into: &grid)
  }

  /// The help window: every key of the screen below it, from the key table.
  func drawHelp(into grid: inout Grid) {
    let p = painter
    var below = self
    below.overlay = nil
    let bindings = below.availableBindings(for: below.keyContext) + KeyTable.bindings(for: .help)
    let labels = bindings.map { p.keyLabel(KeyTable.label($0, asciiOnly: theme.asciiOnly)) }
    let labelWidth = min(24, labels.map { DisplayWidth.of($0) }.max() ?? 0)
    let helpWidth = bindings.map { DisplayWidth.of(p.word($0.help)) }.max() ?? 0
    // The marks of what changed since the last meeting, explained while there are some.
    let legend = roadmap.lastMeeting.flatMap { m in
      edit.changedSinceMeeting.isEmpty ? nil
        : "\(theme.changedMark) " + p.word(.changedSinceMeeting, Formatting.day(m.date, language, .event))
    }
    let legendRows = legend == nil ? 0 : 2
    // Too many keys for one column (the editing keys among them): as many columns as needed.
    let rows = max(1, Layout.body(self).height - 2 - legendRows)
    let columns = (bindings.count + rows - 1) / rows
    let columnWidth = labelWidth + helpWidth + 5
    let inner = centredWindow(
      width: max(columnWidth * columns, legend.map { DisplayWidth.of($0) + 2 } ?? 0) + 2,
      height: min(bindings.count, rows) + 2 + legendRows, title: p.word(.helpTitle), into: &grid)
    if let legend, inner.height > 0 {
      p.text(legend, in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: max(0, inner.width - 1), height: 1), into: &grid)
    }
    let w = columns > 1 ? inner.width / columns : inner.width
    for (i, b) in bindings.enumerated() {
      let (c, r) = (i / rows, i % rows)
      guard r < inner.height, c < columns else { continue }
      let row = Rect(x: inner.x + c * w, y: inner.y + r, width: c == columns - 1 ? inner.width - c * w : w - 1, height: 1)
      p.text(labels[i], in: Rect(x: row.x + 1, y: row.y, width: min(labelWidth, row.width - 1), height: 1),
        role: .key, into: &grid)
      p.text(p.word(b.help), in: row, x: labelWidth + 3, into: &grid)
    }
  }

  /// The owner picker: "all agencies", then every agency; Enter filters by it.
  func drawOwnerPicker(selection: Int, into grid: inout Grid) {
    let p = painter
    let body = Layout.body(self)
    let inner = centredWindow(width: min(body.width, 64), height: min(body.height, digest.owners.count + 3),
      title: p.word(.ownerPickerTitle), into: &grid)
    let scroll = max(0, selection - inner.height + 1)
    drawList(count: digest.owners.count + 1, selection: selection, scroll: scroll, in: inner, into: &grid) { i, row, g in
      let name = i == 0 ? p.word(.allOwners) : ownerName(digest.owners[i - 1].owner)
      let chosen = i == 0 ? ownerFilter == nil : ownerFilter == Agency(digest.owners[i - 1].owner)
      let mark = chosen ? theme.glyph(.done) : " "
      p.text("\(mark) " + name, in: row, into: &g)
    }
  }
}
