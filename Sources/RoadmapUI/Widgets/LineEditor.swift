/// A one-line text editor: the note, the due date, a path, a year.
///
/// The text is kept as Swift `Character`s, so the cursor, Backspace and Delete move by
/// grapheme: «Ұлттық мұра» is eleven steps, whatever its scalars. Columns are counted by
/// display width, and the view scrolls horizontally to keep the cursor in its box.
public struct LineEditor: Hashable, Sendable {
  /// The text, one grapheme per element.
  public private(set) var characters: [Character]
  /// Where the cursor is: before `characters[cursor]`, or at the end.
  public private(set) var cursor: Int
  /// The first grapheme shown; kept by `keepCursorVisible(width:)`.
  public private(set) var scroll = 0

  /// An editor holding `text`, the cursor at its end.
  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  /// The text typed so far.
  public var text: String { String(characters) }

  /// Inserts a typed grapheme at the cursor; control characters are refused.
  ///
  /// A combining mark typed after a letter joins it, as it would in the text, so the
  /// text is rebuilt around the cursor rather than appended as a separate element.
  public mutating func insert(_ c: Character) {
    guard !c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
      return
    }
    let before = String(characters[..<cursor]) + String(c)
    let after = characters[cursor...]
    characters = Array(before + String(after))
    cursor = before.count
  }

  /// Moves the cursor one grapheme to the left.
  public mutating func moveLeft() { cursor = max(0, cursor - 1) }
  /// Moves the cursor one grapheme to the right.
  public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
  /// Moves the cursor to the start.
  public mutating func moveHome() { cursor = 0 }
  /// Moves the cursor to the end.
  public mutating func moveEnd() { cursor = characters.count }

  /// Deletes the grapheme before the cursor.
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  /// Deletes the grapheme under the cursor.
  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  /// Columns a grapheme takes on screen.
  static func columns(_ c: Character) -> Int { max(1, DisplayWidth.of(c)) }

  /// The first grapheme to show in a box `width` columns wide so the cursor is inside.
  ///
  /// The cursor takes one column of its own at the end of the text.
  func firstVisible(width: Int, from start: Int) -> Int {
    guard width > 0 else { return cursor }
    var first = min(start, cursor)
    var used = characters[first..<cursor].reduce(0) { $0 + Self.columns($1) }
    while used + 1 > width && first < cursor {
      used -= Self.columns(characters[first])
      first += 1
    }
    // Show more of the text on the left when there is room, e.g. after deleting.
    let tail = characters[first...].reduce(0) { $0 + Self.columns($1) }
    var room = width - 1 - max(used, tail)
    while first > 0 && Self.columns(characters[first - 1]) <= room {
      first -= 1
      room -= Self.columns(characters[first])
    }
    return first
  }

  /// Scrolls so that the cursor is inside a box `width` columns wide.
  public mutating func keepCursorVisible(width: Int) {
    scroll = firstVisible(width: width, from: scroll)
  }

  /// Draws the visible part in `rect`'s first row, the cursor as a reversed cell (none
  /// when `showsCursor` is false: a field of a form that is not being edited).
  ///
  /// As readline and lazygit's editor do, the box being edited shows the cursor and as much
  /// before it as fits. A field not being edited has no cursor to keep in view: it shows
  /// its start, cut with an ellipsis, never the end of a long title without its first words.
  public func draw(in rect: Rect, theme: Theme, showsCursor: Bool = true, into grid: inout Grid) {
    guard !rect.isEmpty else { return }
    guard showsCursor else {
      let glyphs = SafeText.glyphs(text, asciiOnly: theme.asciiOnly, maxColumns: rect.width)
      grid.draw(TextFit.truncate(glyphs, to: rect.width, ellipsis: theme.ellipsis), x: rect.x, y: rect.y,
        clip: rect, style: theme.style(.plain))
      return
    }
    let first = firstVisible(width: rect.width, from: scroll)
    var x = rect.x
    let style = theme.style(.plain)
    for i in first...characters.count {
      let isCursor = showsCursor && i == cursor
      let glyphs: [Glyph] =
        i < characters.count
        ? SafeText.glyphs(String(characters[i]), asciiOnly: theme.asciiOnly)
        : [Glyph(character: " ", width: 1)]
      let w = glyphs.reduce(0) { $0 + $1.width }
      if x + w > rect.maxX { break }
      var s = style
      if isCursor { s.reverse = true }
      grid.draw(glyphs, x: x, y: rect.y, clip: rect, style: s)
      x += w
    }
  }
}
