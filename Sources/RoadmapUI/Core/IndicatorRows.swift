import RoadmapKit

/// The indicators above a direction's or project's list as rows the cursor can stand on.
///
/// ↑ from the list's first row goes up into them and ↓ from the last one comes back; the
/// other moves (page, top, bottom, the wheel) stay in the part the cursor is in. The
/// indicator is held by id, so a reload or an edit keeps the cursor on it.
extension DashboardState {
  /// The indicators a screen shows above its list: a project's own; a direction's own
  /// and then its projects' (what its summary and its overview pane show).
  func screenIndicators(_ screen: Screen) -> [Indicator] {
    switch screen {
    case .direction(let d): return Layout.headlineIndicators(roadmap.directions[d])
    case .project(let d, let p): return roadmap.directions[d].projects[p].indicators
    default: return []
    }
  }

  /// Where the indicator under the cursor is among the screen's, nil when the cursor is in
  /// the list (or the search is being typed over the screen).
  var indicatorFocus: Int? {
    guard let id = current.indicator, search?.isEditing != true else { return nil }
    return screenIndicators(current.screen).firstIndex { $0.id == id }
  }

  /// The indicator under the cursor.
  var focusedIndicator: Indicator? {
    indicatorFocus.map { screenIndicators(current.screen)[$0] }
  }

  /// Moves the cursor by `delta` when it is on the indicators or crosses into or out of
  /// them; false when the move is the list's own.
  ///
  /// `crossing` is true for a single step (↑ ↓): only a step passes between the parts.
  mutating func moveAmongIndicators(by delta: Int, crossing: Bool) -> Bool {
    let indicators = screenIndicators(current.screen)
    guard !indicators.isEmpty, search?.isEditing != true else { return false }
    if let k = indicatorFocus {
      let target = k &+ delta
      if target >= indicators.count, crossing, rowCount() > 0 {
        current.indicator = nil
        current.selection = 0
      } else {
        current.indicator = indicators[max(0, min(indicators.count - 1, target))].id
      }
      return true
    }
    guard crossing, delta < 0, current.selection == 0 || rowCount() == 0 else { return false }
    current.indicator = indicators[indicators.count - 1].id
    return true
  }

  /// The first indicator drawn in a summary block of `shown` rows: the block scrolls to
  /// keep the cursor's indicator in it.
  func firstShownIndicator(shown: Int) -> Int {
    guard let k = indicatorFocus, shown > 0 else { return 0 }
    return max(0, k - shown + 1)
  }

  /// The indicator drawn at screen row `y`, if the summary block shows one there.
  func indicatorAt(y: Int) -> Indicator? {
    let indicators = screenIndicators(current.screen)
    let body = Layout.body(self)
    let shown = Layout.indicatorRows(indicators.count, body: body) - 1
    // The block's heading is at body row 3, its first gauge just below.
    let k = y - (body.y + 4)
    guard shown > 0, k >= 0, k < shown else { return nil }
    let i = firstShownIndicator(shown: shown) + k
    return indicators.indices.contains(i) ? indicators[i] : nil
  }
}
