import RoadmapKit

/// The overview below 80 columns (or under 14 rows of panes): each direction as one
/// compact row — number, title cut by display width, bar, counts — with the rows left
/// under it for its indicators and projects.
extension DashboardState {
  /// One direction's block: its row, then as many indicator and project rows as fit.
  func drawDirectionRows(_ d: Int, in rect: Rect, into grid: inout Grid) {
    guard !rect.isEmpty else { return }
    let p = painter
    let direction = roadmap.directions[d]
    directionRow(d, in: rect.row(0), into: &grid)
    let detail = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    guard !detail.isEmpty else { return }
    let indicators = Layout.headlineIndicators(direction)
    let total = indicators.count + direction.projects.count
    for y in 0..<detail.height where y < total {
      let left = total - y
      // "… 5 more" only where a block has room to show a few rows besides it.
      if y == detail.height - 1 && left > 1 && detail.height >= 3 {
        p.text(p.counted(.moreRows, left), in: detail.row(y), role: .dim, into: &grid)
        break
      }
      if y < indicators.count {
        p.gauge(indicators[y], in: detail.row(y), into: &grid)
      } else {
        projectLine(d, y - indicators.count, in: detail.row(y), into: &grid)
      }
    }
  }

  /// "1 Өмір сапасын… ████▒▒░░ ✓23 ◐18 ○ 4 Σ45": the counts in the longest form that leaves
  /// the title a readable room; the figures are in every form, only words and spaces give way.
  ///
  /// Every direction takes the same form with its figures padded to the widest of all, so
  /// the bars and the counts of all the rows stand in columns.
  func directionRow(_ d: Int, in row: Rect, into grid: inout Grid) {
    let p = painter
    let all = roadmap.directions.indices.map { shownCounts(direction: $0) }
    let pads = [\StatusCounts.done, \.inProgress, \.pending, \.total].map { key in
      all.map { DisplayWidth.of(Formatting.count($0[keyPath: key], language)) }.max() ?? 0
    }
    let width = { (form: [(String, StyleRole)]) in form.reduce(0) { $0 + DisplayWidth.of($1.0) } }
    let titles = roadmap.directions.indices.map { DisplayWidth.of("\($0 + 1) " + p.resolve(roadmap.directions[$0].title)) }
    let longest = titles.max() ?? 0
    // The widest row of counts in form `k`: the slot every row keeps for them.
    let slot = { (k: Int) in all.map { width(self.directionCounts($0, form: k, pads: pads)) }.max() ?? 0 }
    // The longest form that still leaves a bar of 6 and 14 columns of title (or all of it).
    let form = (0..<4).first { row.width - slot($0) - 8 >= min(14, longest) } ?? 3
    let counts = directionCounts(all[d], form: form, pads: pads)
    let countsWidth = slot(form)
    let rest = max(0, row.width - countsWidth - 1)
    let barWidth = max(0, min(20, max(6, rest / 3), rest - 4))
    let titleRoom = max(0, rest - barWidth - 1)
    let title = "\(d + 1) " + p.resolve(roadmap.directions[d].title)
    p.text(title, in: Rect(x: row.x, y: row.y, width: titleRoom, height: 1),
      role: current.selection == d ? .selected : .title, into: &grid)
    p.stackedBar(all[d], in: Rect(x: row.x + titleRoom + 1, y: row.y, width: barWidth, height: 1), into: &grid)
    p.pieces(counts, in: Rect(x: row.maxX - countsWidth, y: row.y, width: countsWidth, height: 1), into: &grid)
  }

  /// A direction's counts in form `form` (0 the longest): with the share done and the total
  /// named; with the share and a Σ; glyphs, figures and Σ; the same without spaces. Each
  /// figure is padded on the left to `pads` (done, in progress, pending, total).
  func directionCounts(_ c: StatusCounts, form: Int, pads: [Int]) -> [(String, StyleRole)] {
    func f(_ n: Int, _ pad: Int) -> String {
      let s = Formatting.count(n, language)
      return String(repeating: " ", count: max(0, pad - DisplayWidth.of(s))) + s
    }
    let space = form == 3 ? "" : " "
    let gap = form == 0 ? "  " : " "
    let statuses: [(Status, Int)] = [(.done, c.done), (.inProgress, c.inProgress), (.pending, c.pending)]
    var out: [(String, StyleRole)] = []
    if form <= 1 { out.append((painter.word(.percent, f(c.percentages.done, 3)) + gap, .done)) }
    for (i, (status, n)) in statuses.enumerated() {
      out.append(("\(theme.glyph(status))\(space)\(f(n, pads[i]))" + (i < 2 ? gap : ""), theme.role(status)))
    }
    let total = form == 0
      ? painter.counted(.totalCount, c.total) : theme.totalMark + space + f(c.total, pads[3])
    out.append((gap + total, .dim))
    return out
  }
}
