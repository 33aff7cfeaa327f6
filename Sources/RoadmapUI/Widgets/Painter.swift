import RoadmapKit

/// Draws text and widgets into a grid with one theme and one language.
///
/// Every string goes through `SafeText` here, catalogue words and file text alike, so no
/// drawing path can let a control character through.
public struct Painter: Sendable {
  /// The look.
  public var theme: Theme
  /// The interface language.
  public var language: Language

  /// Makes a painter.
  public init(theme: Theme, language: Language) {
    self.theme = theme
    self.language = language
  }

  /// A catalogue text in the painter's language.
  public func word(_ message: Message, _ arguments: String...) -> String {
    Catalogue.format(message, language, arguments)
  }

  /// A catalogue text that counts something, in the form `count` takes.
  public func counted(_ message: Message, _ count: Int, _ arguments: String...) -> String {
    Catalogue.counted(message, count, language, arguments)
  }

  /// A key's name as the help and footer show it in the painter's language.
  public func keyLabel(_ label: String) -> String {
    KeyNames.shown(label, language)
  }

  /// The file's text in the painter's language.
  public func resolve(_ text: LocalizedText?) -> String {
    text?.resolved(language.rawValue) ?? ""
  }

  /// The drawable glyphs of `text`, at most `columns` wide, cut with an ellipsis.
  public func fit(_ text: String, _ columns: Int) -> [Glyph] {
    let glyphs = SafeText.glyphs(text, asciiOnly: theme.asciiOnly, maxColumns: max(0, columns))
    return TextFit.truncate(glyphs, to: columns, ellipsis: theme.ellipsis)
  }

  /// As `fit`, but cut after a whole word when one fits (the roadmap's title).
  public func fitWords(_ text: String, _ columns: Int) -> [Glyph] {
    let glyphs = SafeText.glyphs(text, asciiOnly: theme.asciiOnly, maxColumns: max(0, columns) + 1)
    return TextFit.truncateAtWord(glyphs, to: columns, ellipsis: theme.ellipsis)
  }

  /// Draws `text` from column `x` of `rect`'s row `dy`, inside `rect`; returns columns used.
  @discardableResult
  public func text(
    _ text: String, in rect: Rect, x: Int = 0, row dy: Int = 0, role: StyleRole = .plain,
    into grid: inout Grid
  ) -> Int {
    guard dy >= 0, dy < rect.height, x < rect.width else { return 0 }
    let glyphs = fit(text, rect.width - max(0, x))
    return grid.draw(glyphs, x: rect.x + max(0, x), y: rect.y + dy, clip: rect, style: theme.style(role))
  }

  /// Draws `text` ending at the right edge of `rect`'s row `dy`; returns its start column.
  @discardableResult
  public func rightText(
    _ text: String, in rect: Rect, row dy: Int = 0, role: StyleRole = .plain, into grid: inout Grid
  ) -> Int {
    let glyphs = fit(text, rect.width)
    let x = rect.width - TextFit.width(glyphs)
    grid.draw(glyphs, x: rect.x + x, y: rect.y + dy, clip: rect, style: theme.style(role))
    return x
  }

  /// Paints a whole row of `rect` in a role, e.g. the selected row.
  public func highlight(row dy: Int, of rect: Rect, role: StyleRole, into grid: inout Grid) {
    let r = rect.row(dy).clipped(to: grid.bounds)
    guard !r.isEmpty else { return }
    let style = theme.style(role)
    for x in r.x..<r.maxX {
      var cell = grid[x, r.y]
      guard cell.width != 0 || x == r.x else { continue }
      cell.style.reverse = style.reverse || cell.style.reverse
      cell.style.bold = style.bold || cell.style.bold
      grid[x, r.y] = cell
      if cell.width == 2 && x + 1 < r.maxX {
        var right = grid[x + 1, r.y]
        right.style = cell.style
        grid[x + 1, r.y] = right
      }
    }
  }
}
