import RoadmapKit

/// What a screen shows when the filters in force let no activity through.
///
/// htop and lazygit leave an empty list under a filter that matches nothing; a bar of
/// zeros with «0 %» would read here as the roadmap's own figure, so the screens draw no
/// bar or counts then, and say in the list's place that nothing matches and which keys
/// change the filter (the ones of the filters in force, as the footer writes them).
extension DashboardState {
  /// A filter is on and none of the activities counted in `counts` passes it.
  func nothingPassesFilter(_ counts: StatusCounts) -> Bool {
    counts.total == 0 && !filters.isEmpty
  }

  /// The keys of the filters in force, each with its help words: `f мәртебе сүзгісі`.
  func filterKeys() -> [(key: String, help: String)] {
    var actions: [Action] = []
    if statusFilter != nil { actions.append(.cycleStatusFilter) }
    if overdueFilter { actions.append(.toggleOverdueFilter) }
    if ownerFilter != nil { actions.append(.pickOwner) }
    let table = KeyTable.bindings(for: keyContext)
    return actions.compactMap { a in
      table.first { $0.action == a }.map {
        (painter.keyLabel(KeyTable.label($0, asciiOnly: theme.asciiOnly)), painter.word($0.help))
      }
    }
  }

  /// Draws, from the top of `rect`, that nothing matches the filter, then the keys that
  /// change it, one a line.
  func drawNoFilterMatch(in rect: Rect, into grid: inout Grid) {
    let p = painter
    let words = SafeText.glyphs(p.word(.noFilterMatch), asciiOnly: theme.asciiOnly)
    var y = 0
    for line in TextFit.wrap(words, to: rect.width, maxLines: rect.height) {
      grid.draw(line, x: rect.x, y: rect.y + y, clip: rect, style: theme.style(.title))
      y += 1
    }
    y += 1
    guard y < rect.height else { return }
    p.text(p.word(.changeFilterKeys), in: rect, row: y, role: .dim, into: &grid)
    for k in filterKeys() {
      y += 1
      p.pieces([(k.key, .key), (" " + k.help, .dim)], in: rect, x: 2, row: y, into: &grid)
    }
  }
}
