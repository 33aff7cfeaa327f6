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
    let summary = s.query.isEmpty ? "" : s.waiting ? p.word(.searching) : s.hits.isEmpty ? p.word(.noHits)
      : p.counted(.hitsCount, s.hits.count)
    p.text(summary, in: body.row(1), role: .dim, into: &grid)
    // No hits: the line above says so («Ештеңе табылмады»), not again «Бос» below it.
    guard !s.hits.isEmpty else { return }
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
    let own = below.availableBindings(for: below.keyContext)
    // The help's own keys, less what the screen below already lists (Ctrl-L once, not twice).
    let bindings = own + KeyTable.bindings(for: .help).filter { h in !own.contains { $0.action == h.action && $0.keys == h.keys } }
    let labels = bindings.map { p.keyLabel(KeyTable.label($0, asciiOnly: theme.asciiOnly)) }
    let helps = bindings.map { p.word($0.help) }
    // The marks of what changed since the last meeting, explained while there are some.
    let legend = roadmap.lastMeeting.flatMap { m in
      edit.changedSinceMeeting.isEmpty ? nil
        : "\(theme.changedMark) " + p.word(.changedSinceMeeting, Formatting.day(m.date, language, .event))
    }
    let legendRows = legend == nil ? 0 : 2
    let body = Layout.body(self)
    // Too many keys for one column (the editing keys among them): as many columns as needed,
    // the entries shared evenly between them.
    let maxRows = max(1, body.height - 2 - legendRows)
    let columns = max(1, (bindings.count + maxRows - 1) / maxRows)
    let rows = max(1, (bindings.count + columns - 1) / columns)
    let layout = Self.helpColumns(labels: labels, helps: helps, rows: rows, columns: columns,
      room: body.width - 2)
    let inner = centredWindow(
      width: max(layout.reduce(0) { $0 + $1.width }, legend.map { DisplayWidth.of($0) + 2 } ?? 0) + 2,
      height: min(bindings.count, rows) + 2 + legendRows, title: p.word(.helpTitle), into: &grid)
    if let legend, inner.height > 0 {
      p.text(legend, in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: max(0, inner.width - 1), height: 1), into: &grid)
    }
    var x = inner.x
    for (c, column) in layout.enumerated() {
      let w = c == columns - 1 ? inner.maxX - x : column.width
      for r in 0..<rows {
        let i = c * rows + r
        guard i < bindings.count, r < inner.height, w > 0 else { continue }
        let row = Rect(x: x, y: inner.y + r, width: max(0, w - (c == columns - 1 ? 0 : 1)), height: 1)
        p.text(labels[i], in: Rect(x: row.x + 1, y: row.y, width: min(column.label, row.width - 1), height: 1),
          role: .key, into: &grid)
        p.text(helps[i], in: row, x: column.label + 3, into: &grid)
      }
      x += column.width
    }
  }

  /// Each help column's label width and whole width, entries going down `rows` at a time.
  ///
  /// A column gets the width it needs; only when all of them together need more than
  /// `room` are the widest cut, each to an equal share of what the narrower ones leave.
  static func helpColumns(labels: [String], helps: [String], rows: Int, columns: Int, room: Int)
    -> [(label: Int, width: Int)]
  {
    let parts = (0..<columns).map { c -> (label: Int, width: Int) in
      let range = (c * rows)..<min(labels.count, (c + 1) * rows)
      let label = min(24, range.map { DisplayWidth.of(labels[$0]) }.max() ?? 0)
      let help = range.map { DisplayWidth.of(helps[$0]) }.max() ?? 0
      return (label, label + help + 5)
    }
    var widths = parts.map(\.width)
    var left = room
    var open = Set(widths.indices)
    // Narrow columns take what they need first; the rest share what remains.
    for c in widths.indices.sorted(by: { widths[$0] < widths[$1] }) {
      let share = left / max(1, open.count)
      widths[c] = min(widths[c], share)
      left -= widths[c]
      open.remove(c)
    }
    return zip(parts, widths).map { ($0.label, $1) }
  }

  /// The owner picker: "all agencies", then every agency; Enter filters by it.
  func drawOwnerPicker(selection: Int, into grid: inout Grid) {
    let p = painter
    let body = Layout.body(self)
    // Named without the region they all share, as the agencies list names them: the words
    // that tell them apart are never the ones cut; the window as wide as the longest.
    let short = shortNames
    let longest = digest.owners.compactMap { $0.owner.map { resolveWidth(short.name($0)) } }.max() ?? 0
    let inner = centredWindow(width: min(body.width, max(64, longest + 6)), height: min(body.height, digest.owners.count + 3),
      title: p.word(.ownerPickerTitle), into: &grid)
    let scroll = max(0, selection - inner.height + 1)
    drawList(count: digest.owners.count + 1, selection: selection, scroll: scroll, in: inner, into: &grid) { i, row, g in
      let owner = i == 0 ? nil : digest.owners[i - 1].owner
      let name = i == 0 ? p.word(.allOwners) : owner.map(short.name) ?? ownerName(nil)
      let chosen = i == 0 ? ownerFilter == nil : ownerFilter == Agency(digest.owners[i - 1].owner)
      let mark = chosen ? theme.glyph(.done) : " "
      p.text("\(mark) " + name, in: row, into: &g)
    }
  }
}
