import RoadmapKit

/// The national views' footer, key help and too-small message, all read from the one
/// key table.
extension NationalState {
  /// The bindings of the screen below the help.
  var screenBindings: [KeyBinding] {
    var below = self
    below.helpShown = false
    return KeyTable.bindings(for: below.keyContext)
  }

  /// The last row: the screen's footer keys; when they do not fit, the last ones before
  /// help and quit go first, so no hint is cut in the middle.
  func drawFooter(into grid: inout Grid) {
    let p = painter
    let bindings = helpShown ? KeyTable.bindings(for: .help) : screenBindings
    var taken = Set<Key>()
    var items: [(action: Action, key: String, help: String)] = []
    for b in bindings {
      let free = b.keys.filter { !taken.contains($0) }
      taken.formUnion(b.keys)
      guard b.inFooter, let key = free.first else { continue }
      items.append((b.action, p.keyLabel(KeyTable.name(key, asciiOnly: theme.asciiOnly)), p.word(b.help)))
    }
    func widthOf(_ list: [(action: Action, key: String, help: String)]) -> Int {
      list.reduce(0) { $0 + DisplayWidth.of($1.key) + 1 + DisplayWidth.of($1.help) + 2 } - 2
    }
    // Dropped first: the moves, from the end; then opening, sorting, going back; never ? nor q.
    let kept: Set<Action> = [.open, .sortNext, .goBack]
    let last: Set<Action> = [.toggleHelp, .quit]
    func tier(_ a: Action) -> Int { last.contains(a) ? 2 : kept.contains(a) ? 1 : 0 }
    while widthOf(items) > width, let lowest = items.map({ tier($0.action) }).min(), lowest < 2,
      let i = items.lastIndex(where: { tier($0.action) == lowest })
    {
      items.remove(at: i)
    }
    items = items.filter { !last.contains($0.action) } + items.filter { last.contains($0.action) }
    var pieces: [(String, StyleRole)] = []
    for item in items {
      if !pieces.isEmpty { pieces.append(("  ", .plain)) }
      pieces.append((item.key, .key))
      pieces.append((" " + item.help, .dim))
    }
    p.pieces(pieces, in: Rect(x: 0, y: height - 1, width: width, height: 1), into: &grid)
  }

  /// `?`: every key of the screen below, in a window over the list.
  func drawHelp(into grid: inout Grid) {
    let p = painter
    // The keys of the screen, then how to close the help (Ctrl-L is among the former).
    let bindings = screenBindings + KeyTable.bindings(for: .help).filter { $0.action == .toggleHelp }
    let labels = bindings.map { p.keyLabel(KeyTable.label($0, asciiOnly: theme.asciiOnly)) }
    let helps = bindings.map { p.word($0.help) }
    let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
    let textWidth = helps.map { DisplayWidth.of($0) }.max() ?? 0
    let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
    let legend = glyphLegend
    // The legend wants a wider window, so that it takes two or three lines, not seven.
    let w = min(body.width, max(labelWidth + textWidth + 5, legend.isEmpty ? 0 : 60))
    // Each glyph with its words on one line: «% Исполнено, %» is never split.
    var legendLines: [String] = []
    for item in legend {
      if let last = legendLines.last, DisplayWidth.of(last + theme.itemSeparator + item) <= w - 4 {
        legendLines[legendLines.count - 1] = last + theme.itemSeparator + item
      } else {
        legendLines.append(item)
      }
    }
    let h = min(body.height, bindings.count + 2 + (legendLines.isEmpty ? 0 : legendLines.count + 1))
    let rect = Rect(x: (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
    grid.fill(rect)
    let inner = p.box(rect, title: p.word(.helpTitle), focused: true, into: &grid)
    for i in 0..<min(bindings.count, inner.height) {
      let row = inner.row(i)
      p.text(labels[i], in: Rect(x: row.x + 1, y: row.y, width: min(labelWidth, max(0, row.width - 1)), height: 1),
        role: .key, into: &grid)
      p.text(helps[i], in: row, x: labelWidth + 3, into: &grid)
    }
    for (k, line) in legendLines.enumerated() where bindings.count + 1 + k < inner.height {
      let row = inner.row(bindings.count + 1 + k)
      p.text(line, in: row, x: 1, role: .dim, into: &grid)
    }
  }

  /// Where the headings are glyphs (`✓ ◐ ○ Σ % ! Δ`), what each stands for, for the
  /// help: at 80 columns nothing else on screen says that Δ is done since the meeting.
  var glyphLegend: [String] {
    let figures = view.columns.lines.flatMap { $0 }
    guard figures.contains(where: { $0.heading == [NationalLayout.markedHeading($0.column, long: false, self)] }) else { return [] }
    return figures.map { f in
      let words = f.column == .sinceMeeting ? painter.word(.sinceMeetingColumn) : NationalLayout.heading(f.column, long: true, self)
      return NationalLayout.heading(f.column, long: false, self) + " " + words
    }
  }

  /// Below 40×12: the size needed, in the interface language.
  func drawTooSmall(into grid: inout Grid) {
    guard width > 0, height > 0 else { return }
    let text = painter.word(.tooSmall, String(Layout.minWidth), String(Layout.minHeight))
    let lines = TextFit.wrap(SafeText.glyphs(text, asciiOnly: theme.asciiOnly), to: width, maxLines: height)
    let top = max(0, (height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      grid.draw(line, x: max(0, (width - TextFit.width(line)) / 2), y: top + i, clip: grid.bounds, style: theme.style(.title))
    }
  }
}
