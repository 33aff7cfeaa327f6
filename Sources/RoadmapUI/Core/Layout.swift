import RoadmapKit

/// Where things go on the screen, shared by drawing and by the reducer (paging, mouse).
public enum Layout {
  /// The smallest terminal the dashboard draws in.
  public static let minWidth = 40
  /// The smallest terminal the dashboard draws in.
  public static let minHeight = 12

  /// Whether the terminal is big enough to draw the dashboard.
  static func fits(_ s: DashboardState) -> Bool {
    s.width >= minWidth && s.height >= minHeight
  }

  /// Everything between the two header rows and the footer row.
  static func body(_ s: DashboardState) -> Rect {
    Rect(x: 0, y: 2, width: s.width, height: s.height - 3 - s.statusLineRows)
  }

  /// Rows the indicators block takes (a heading and the gauges), capped at a third of the body.
  static func indicatorRows(_ count: Int, body: Rect) -> Int {
    count == 0 ? 0 : 1 + min(count, max(1, body.height / 3))
  }

  /// The rectangle of the scrolling list of the current screen.
  static func list(_ s: DashboardState) -> Rect {
    let body = body(s)
    if let search = s.search, search.isEditing { return body.dropFirst(2) }
    switch s.current.screen {
    case .overview: return overviewPanes(s)
    case .direction(let d):
      let n = headlineIndicators(s.roadmap.directions[d]).count
      return body.dropFirst(3 + indicatorRows(n, body: body) + 1)
    case .project(let d, let p):
      let n = s.roadmap.directions[d].projects[p].indicators.count
      return body.dropFirst(3 + indicatorRows(n, body: body) + 1)
    case .activity: return body
    case .agencies: return body.dropFirst(1)
    case .agency(let a): return body.dropFirst(s.agencyNameLines(a, width: body.width).count + 3)
    case .trend: return body
    }
  }

  /// The rectangle below the overall bar where the direction panes go.
  static func overviewPanes(_ s: DashboardState) -> Rect {
    body(s).dropFirst(3)
  }

  /// Two columns of panes when each gets at least 40 columns and 7 rows; else stacked.
  static func overviewColumns(_ s: DashboardState) -> Int {
    let area = overviewPanes(s)
    return area.width >= 80 && area.height >= 14 ? 2 : 1
  }

  /// The smallest pane that still shows its bar and counts: border, bar, counts.
  static let minPaneHeight = 4

  /// Rows a direction's pane needs to show everything: border, bar, counts, gauges, projects.
  static func paneNeededHeight(_ d: Direction) -> Int {
    2 + 2 + headlineIndicators(d).count + d.projects.count
  }

  /// A direction's own indicators, then those of its projects: what its pane shows.
  static func headlineIndicators(_ d: Direction) -> [Indicator] {
    d.indicators + d.projects.flatMap(\.indicators)
  }

  /// Each direction's pane in content coordinates (before scrolling), and the content height.
  static func paneFrames(_ s: DashboardState) -> (frames: [Rect], height: Int) {
    let area = overviewPanes(s)
    let dirs = s.roadmap.directions
    var frames: [Rect] = []
    if s.paneZoomed, s.current.selection < dirs.count {
      // Zoomed: the selected pane takes the whole area (more if it needs), the others none.
      let h = max(area.height, paneNeededHeight(dirs[s.current.selection]))
      frames = dirs.indices.map { $0 == s.current.selection ? Rect(x: 0, y: 0, width: area.width, height: h) : Rect(x: 0, y: 0, width: 0, height: 0) }
      return (frames, h)
    }
    if overviewColumns(s) == 2 {
      // Each row of two panes is as tall as its taller pane, and at least an equal share.
      let rows = (dirs.count + 1) / 2
      let share = max(7, area.height / max(1, rows))
      let w = area.width / 2
      let needed = (0..<rows).map { row in
        dirs[(row * 2)..<min(dirs.count, row * 2 + 2)].map(paneNeededHeight).max() ?? 0
      }
      // When the panes do not all fit, every row shares the area (each keeping its bar and
      // counts) rather than the first row pushing the others off screen.
      let shrink = needed.map { max(share, $0) }.reduce(0, +) > area.height
        && rows * minPaneHeight <= area.height
      var y = 0
      for row in 0..<rows {
        let pair = dirs[(row * 2)..<min(dirs.count, row * 2 + 2)]
        let fitted = area.height / rows + (row < area.height % rows ? 1 : 0)
        let h = shrink ? fitted : max(share, needed[row])
        for (k, _) in pair.enumerated() {
          frames.append(Rect(x: k * w, y: y, width: k == 0 ? w : area.width - w, height: h))
        }
        y += h
      }
      return (frames, y)
    }
    if overviewCompact(s) {
      // One row per direction, the rows left shared out for their indicators and projects
      // (the first directions get one more when they do not share out evenly).
      let n = max(1, dirs.count)
      let base = max(1, area.height / n)
      let extra = area.height >= n ? area.height % n : 0
      var y = 0
      for i in dirs.indices {
        let h = base + (i < extra ? 1 : 0)
        frames.append(Rect(x: 0, y: y, width: area.width, height: h))
        y += h
      }
      return (frames, y)
    }
    var y = 0
    for d in dirs {
      let h = paneNeededHeight(d)
      frames.append(Rect(x: 0, y: y, width: area.width, height: h))
      y += h
    }
    return (frames, y)
  }

  /// Whether the overview stacks compact direction rows instead of framed panes: one
  /// column whose panes, drawn whole, would not all fit, so that no direction's bar and
  /// counts are ever pushed off the screen (below 80 columns, and under 14 rows of panes).
  static func overviewCompact(_ s: DashboardState) -> Bool {
    guard !s.paneZoomed, overviewColumns(s) == 1 else { return false }
    let needed = s.roadmap.directions.map(paneNeededHeight).reduce(0, +)
    return needed > overviewPanes(s).height
  }
}
