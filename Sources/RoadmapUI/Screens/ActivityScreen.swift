import RoadmapKit

/// One line of the activity screen: glyphs already sanitised and wrapped, and their look.
struct ActivityLine {
  var glyphs: [Glyph]
  var role: StyleRole
  var indent: Int
}

/// The activity screen: every field, long texts wrapped, scrolled as a whole.
enum ActivityLines {
  /// The lines of the activity at `location` for a terminal `width` columns wide.
  static func lines(_ s: DashboardState, _ location: ActivityLocation, width: Int) -> [ActivityLine] {
    let p = s.painter
    let theme = s.theme
    let a = s.roadmap[location]
    let direction = s.roadmap.directions[location.direction]
    let project = direction.projects[location.project]
    var out: [ActivityLine] = []
    func field(_ label: Message, _ value: String, role: StyleRole = .plain) {
      if !out.isEmpty { out.append(ActivityLine(glyphs: [], role: .plain, indent: 0)) }
      out.append(ActivityLine(glyphs: p.fit(p.word(label), width), role: .title, indent: 0))
      let glyphs = SafeText.glyphs(value, asciiOnly: theme.asciiOnly)
      for line in TextFit.wrap(glyphs, to: width - 2) {
        out.append(ActivityLine(glyphs: line, role: role, indent: 2))
      }
    }
    field(.fieldTitle, p.resolve(a.title))
    let statusWord: Message = a.status == .done ? .done : a.status == .inProgress ? .inProgress : .pending
    var status = "\(theme.glyph(a.status)) " + p.word(statusWord)
    let overdue = a.isOverdue(asOf: s.today)
    if overdue { status += theme.itemSeparator + "\(theme.overdueMark) " + p.word(.overdue) }
    field(.fieldStatus, status, role: overdue ? .overdue : theme.role(a.status))
    field(.fieldOwner, s.ownerName(a.owner))
    var due = a.due.map { Formatting.day($0, s.language) } ?? p.word(.noDue)
    if overdue, let d = a.due {
      // The faction decided that what is not done this year is finished next year.
      due += theme.itemSeparator + p.word(.carryOver, Formatting.day(d.nextYear, s.language, .until))
    }
    field(.fieldDue, due, role: overdue ? .overdue : .plain)
    if let note = a.note { field(.fieldNote, p.resolve(note)) }
    field(.fieldDirection, p.resolve(direction.title))
    field(.fieldProject, p.resolve(project.title))
    field(.fieldID, a.id, role: .dim)
    return out + s.historyLines(a.id, width: width)
  }
}

extension DashboardState {
  /// Draws the visible lines of the activity screen.
  func drawActivity(_ location: ActivityLocation, into grid: inout Grid) {
    let rect = Layout.list(self)
    let lines = ActivityLines.lines(self, location, width: rect.width)
    let first = max(0, min(current.scroll, lines.count))
    for (dy, line) in lines[first..<min(lines.count, first + rect.height)].enumerated() {
      grid.draw(line.glyphs, x: rect.x + line.indent, y: rect.y + dy, clip: rect, style: theme.style(line.role))
    }
  }
}
