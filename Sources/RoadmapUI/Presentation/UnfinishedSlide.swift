import RoadmapKit

/// The closing slides: what is not done, grouped by agency (most left first), with due
/// dates and overdue marked — the list the meeting hands to the institutions. Paged to
/// the terminal's height; an agency cut by a page break is named again on the next.
enum UnfinishedSlide {
  /// A line of the list.
  enum Line: Hashable {
    /// An agency's heading, with how many of its activities are left.
    case owner(Int)
    /// An activity, by location, under the agency `owner` (index into the digest's owners).
    case activity(ActivityLocation, owner: Int)
  }

  /// Lines a page holds: the slide body's height.
  static func rowsPerPage(_ p: Presentation) -> Int { max(3, p.height - 4) }

  /// The pages of lines; at least one (saying all is done when nothing is left).
  static func pages(_ p: Presentation) -> [[Line]] {
    var lines: [Line] = []
    for (o, owner) in p.digest.owners.enumerated() where owner.counts.remaining > 0 {
      lines.append(.owner(o))
      for loc in owner.activities where p.roadmap[loc].status != .done { lines.append(.activity(loc, owner: o)) }
    }
    let per = rowsPerPage(p)
    var pages: [[Line]] = []
    var page: [Line] = []
    for line in lines {
      if page.count == per {
        pages.append(page)
        page = []
      }
      if page.isEmpty, case .activity(_, let o) = line { page.append(.owner(o)) }
      // An agency's heading is never the last line of a page.
      if page.count == per - 1, case .owner = line {
        pages.append(page)
        page = []
      }
      page.append(line)
    }
    if !page.isEmpty || pages.isEmpty { pages.append(page) }
    return pages
  }

  static func draw(_ c: SlideContext, page: Int, of: Int, in body: Rect, into grid: inout Grid) {
    let all = pages(c.p)
    guard page < all.count, !all[page].isEmpty else {
      c.centered(c.word(.allDone), in: body, row: body.height / 2, style: c.strong(.done), into: &grid)
      return
    }
    let dueWidth = body.width < 60 ? 12 : 22
    // Named without the region every agency shares, as the dashboard's lists name them.
    let short = OwnerShortNames(c.p.roadmap.ownerTable, language: c.language.rawValue)
    for (k, line) in all[page].enumerated() where k < body.height {
      switch line {
      case .owner(let o):
        let owner = c.p.digest.owners[o]
        let left = c.counted(.remainingCount, owner.counts.remaining)
        let rx = c.painter.rightText(left, in: body, row: k, role: .title, into: &grid)
        let name = owner.owner.map(short.name) ?? c.word(.noOwner)
        c.painter.text(name, in: Rect(x: body.x, y: body.y, width: max(0, rx - 2), height: body.height), row: k,
          role: .title, into: &grid)
      case .activity(let loc, _):
        let a = c.p.roadmap[loc]
        let overdue = a.isOverdue(asOf: c.p.reference)
        // Below 60 columns the numeric day (31.12.2023) leaves the title its room.
        let due = a.due.map { body.width < 60 ? TrendDates.forms($0, c.language)[1] : Formatting.day($0, c.language, .column) }
          ?? c.word(.noDue)
        let dueText = overdue ? "\(c.theme.overdueMark) " + due : due
        let row = Rect(x: body.x + 2, y: body.y + k, width: body.width - 2, height: 1)
        let rx = c.painter.rightText(dueText, in: row, role: overdue ? .overdue : .plain, into: &grid)
        grid.draw(c.painter.fit(String(c.theme.glyph(a.status)), 1), x: row.x, y: row.y, clip: row,
          style: c.strong(c.theme.role(a.status)))
        let titleRoom = min(rx, row.width - dueWidth) - 3
        c.painter.text(c.resolve(a.title), in: Rect(x: row.x + 2, y: row.y, width: max(0, titleRoom), height: 1),
          role: overdue ? .overdue : .plain, into: &grid)
      }
    }
  }
}
