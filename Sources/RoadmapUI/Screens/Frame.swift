import RoadmapKit

/// The parts around every screen: the header, the breadcrumb and the key hint.
extension DashboardState {
  /// The painter for the current language and look.
  var painter: Painter { Painter(theme: theme, language: language) }

  /// Row 0: the roadmap's title on the left; the region and the date on the right.
  ///
  /// The region and date keep their room; the long title gives way first. When both do
  /// not fit beside 10 columns of title the region goes, then the title: the date stays
  /// whole, since a Kazakh «2023 жылғы 30 қ…» cut short says nothing.
  func drawHeader(into grid: inout Grid) {
    let p = painter
    let asOf = Formatting.day(roadmap.asOf, language, .asOf)
    let region = p.resolve(roadmap.region)
    let both = resolveWidth(region) + DisplayWidth.of(theme.itemSeparator) + resolveWidth(asOf)
    let dateOnly = resolveWidth(asOf)
    let pieces: [(String, StyleRole)]
    let rightWidth: Int
    if both <= width - 12 {
      pieces = [(region, .plain), (theme.itemSeparator, .dim), (asOf, .plain)]
      rightWidth = min(width, both)
    } else {
      pieces = [(asOf, .plain)]
      rightWidth = min(width, dateOnly)
    }
    let x = width - rightWidth
    p.pieces(pieces, in: Rect(x: x, y: 0, width: rightWidth, height: 1), into: &grid)
    // The title gives way by whole words: «Дорожная…», not «Дорожная кар…».
    let title = p.fitWords(p.resolve(roadmap.title), max(0, x - 2))
    grid.draw(title, x: 0, y: 0, clip: Rect(x: 0, y: 0, width: max(0, x - 2), height: 1), style: theme.style(.title))
  }

  /// Columns a text takes once made safe.
  func resolveWidth(_ text: String) -> Int {
    TextFit.width(SafeText.glyphs(text, asciiOnly: theme.asciiOnly))
  }

  /// The right end of row 1: the filters in force, named in one badge
  /// («Сүзгі: ! мерзімі өткен · білім»), the read-only badge, and where the last sync
  /// through git left the roadmap («синхрондалды 12:04», «желі жоқ: 3 өзгеріс күтуде»).
  func badges() -> [(String, StyleRole)] {
    let p = painter
    var badges: [(String, StyleRole)] = []
    let names = filterNames()
    if !names.isEmpty {
      badges.append((p.word(.filterBadge, names.joined(separator: theme.itemSeparator)), .badge))
    }
    if readOnly { badges.append((p.word(.readOnly), .dim)) }
    if let sync = edit.sync { badges.append(p.syncBadge(sync)) }
    var out: [(String, StyleRole)] = []
    for b in badges {
      if !out.isEmpty { out.append(("  ", .plain)) }
      out.append(b)
    }
    return out
  }

  /// Each filter in force, as the header names it: status, overdue, then the agency by the
  /// words that tell it apart from the others (the name every agency shares is left out).
  func filterNames() -> [String] {
    let p = painter
    var names: [String] = []
    if let s = statusFilter {
      let name: Message = s == .done ? .done : s == .inProgress ? .inProgress : .pending
      names.append("\(theme.glyph(s)) " + p.word(name))
    }
    if overdueFilter { names.append("\(theme.overdueMark) " + p.word(.overdue)) }
    if let o = ownerFilter {
      let name = o.owner.map(shortNames.name)
        ?? ownerName(nil)
      // Whole: the breadcrumb's row gives the badge what the crumbs leave (at least half).
      names.append(name)
    }
    return names
  }

  /// The name of one level, as the breadcrumb shows it.
  func crumb(_ level: Level) -> String {
    let p = painter
    switch level.screen {
    case .overview: return p.word(.overview)
    case .direction(let d): return p.resolve(roadmap.directions[d].title)
    case .project(let d, let i): return p.resolve(roadmap.directions[d].projects[i].title)
    case .activity(let l): return p.resolve(roadmap[l].title)
    case .agencies: return p.word(.agencies)
    case .agency(let a): return ownerName(a.owner)
    // The trend is the whole roadmap's: opened below the overview, the crumb says so,
    // so that «› Тұрғын үй құрылысы › …» does not read as the project's.
    case .trend: return p.word(stack.count > 2 ? .trendOfWholeRoadmap : .trendTitle)
    }
  }

  /// An owner's name, or the word for "not named".
  func ownerName(_ owner: LocalizedText?) -> String {
    owner.map { painter.resolve($0) } ?? painter.word(.noOwner)
  }

  /// Row 1: Overview › Direction › Project, the last level in bold.
  func drawBreadcrumb(into grid: inout Grid) {
    let p = painter
    var pieces: [(String, StyleRole)] = []
    let cap = max(8, (width - 20) / max(1, stack.count) - 3)
    for (i, level) in stack.enumerated() {
      let isLast = i == stack.count - 1
      if i > 0 { pieces.append((theme.breadcrumbSeparator, .dim)) }
      let name = crumb(level)
      pieces.append((isLast ? name : String(p.fit(name, cap).map { $0.character }), isLast ? .title : .plain))
    }
    let badges = badges()
    // The badge takes half the row, or what a short breadcrumb leaves: a filter's agency is
    // named whole («Управление образования»).
    let crumbWidth = pieces.reduce(0) { $0 + resolveWidth($1.0) }
    let badgeWidth = min(max(width / 2, width - crumbWidth - 2), badges.reduce(0) { $0 + resolveWidth($1.0) })
    // An agency too long for the row is named by what tells it apart, not cut to the
    // region every agency shares («Батыс Қазақстан облысының …»).
    if case .agency(let a)? = stack.last?.screen, let owner = a.owner, let last = pieces.indices.last,
      crumbWidth > width - badgeWidth - (badgeWidth > 0 ? 2 : 0)
    {
      pieces[last].0 = shortNames.name(owner)
    }
    let x = width - badgeWidth
    p.pieces(badges, in: Rect(x: x, y: 1, width: badgeWidth, height: 1), into: &grid)
    p.pieces(pieces, in: Rect(x: 0, y: 1, width: x - (badgeWidth > 0 ? 2 : 0), height: 1), into: &grid)
  }

  /// The last row: the keys of this screen that matter most, from the key table.
  ///
  /// When they do not all fit, whole hints are dropped (see the tiers), help and quit last,
  /// so no hint is ever cut in the middle and `?` always says where the rest is.
  func drawFooter(into grid: inout Grid) {
    let p = painter
    var items: [(binding: KeyBinding, key: String, help: String, width: Int)] = []
    // A key taken by an earlier binding that can act (Esc stops a wait) is not offered
    // again for a later one (Esc back); that one shows another of its keys, or none.
    var taken = Set<Key>()
    for b in availableBindings(for: keyContext) {
      let free = b.keys.filter { !taken.contains($0) }
      taken.formUnion(b.keys)
      guard b.inFooter, let key = free.first else { continue }
      let label = free.count == b.keys.count ? b.label : nil
      let shown = p.keyLabel(label ?? KeyTable.name(key, asciiOnly: theme.asciiOnly)), help = p.word(b.help)
      items.append((b, shown, help, hintWidth(shown, help)))
    }
    // Each hint measured once (the row is fitted by dropping whole hints, one at a time).
    func hintWidth(_ key: String, _ help: String) -> Int { DisplayWidth.of(key) + 1 + DisplayWidth.of(help) }
    func hintsWidth(_ list: [(binding: KeyBinding, key: String, help: String, width: Int)]) -> Int {
      list.reduce(0) { $0 + $1.width + 2 } - 2
    }
    // Dropped first: the rest from the end; then opening, going back, editing; never ?, q,
    // nor Esc while it stops a wait.
    let tiers: [Set<Action>] = [
      [.open, .goBack, .cycleStatus, .undo], [.toggleHelp, .quit, .stopWaiting, .leaveRegion],
    ]
    func tier(_ a: Action) -> Int { tiers.firstIndex { $0.contains(a) }.map { $0 + 1 } ?? 0 }
    // Up and down go together: when the row is short, one hint («↑↓ move») rather than
    // up shown and down dropped.
    if hintsWidth(items) > width, let up = items.firstIndex(where: { $0.binding.action == .moveUp }),
      let down = items.firstIndex(where: { $0.binding.action == .moveDown })
    {
      let key = items[up].key + items[down].key, help = p.word(.keyUpDown)
      items[up] = (items[up].binding, key, help, hintWidth(key, help))
      items.remove(at: down)
    }
    while hintsWidth(items) > width {
      guard let lowest = items.map({ tier($0.binding.action) }).min(), lowest < 2,
        let i = items.lastIndex(where: { tier($0.binding.action) == lowest })
      else { break }
      items.remove(at: i)
    }
    // Help and quit close the row, where the eye looks for them.
    items = items.filter { tier($0.binding.action) < 2 } + items.filter { tier($0.binding.action) == 2 }
    var pieces: [(String, StyleRole)] = []
    for item in items {
      if !pieces.isEmpty { pieces.append(("  ", .plain)) }
      pieces.append((item.key, .key))
      pieces.append((" " + item.help, .dim))
    }
    p.pieces(pieces, in: Rect(x: 0, y: height - 1, width: width, height: 1), into: &grid)
  }

  /// Instead of the dashboard, below 40×12: the size it needs, in the interface language.
  func drawTooSmall(into grid: inout Grid) {
    guard width > 0, height > 0 else { return }
    let text = painter.word(.tooSmall, String(Layout.minWidth), String(Layout.minHeight))
    let glyphs = SafeText.glyphs(text, asciiOnly: theme.asciiOnly)
    let lines = TextFit.wrap(glyphs, to: width, maxLines: height)
    let top = max(0, (height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let x = max(0, (width - TextFit.width(line)) / 2)
      grid.draw(line, x: x, y: top + i, clip: grid.bounds, style: theme.style(.title))
    }
  }
}
