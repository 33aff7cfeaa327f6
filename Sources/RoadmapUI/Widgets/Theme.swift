import RoadmapKit

/// What a piece of the screen is, so that its look is decided in one place.
public enum StyleRole: Hashable, Sendable, CaseIterable {
  /// Text, headings, secondary text, the three statuses and overdue, selection, borders.
  case plain, title, dim, done, inProgress, pending, overdue, selected, border, focusedBorder
  /// Key names in hints and help, and the filter badges.
  case key, badge
}

/// The look of the dashboard: styles per role and the characters of glyphs, bars, borders.
///
/// With `asciiOnly` every character drawn by the dashboard itself is ASCII, for terminals
/// without a UTF-8 locale; with `colors` off no colour is used at all (NO_COLOR), and the
/// statuses stay apart by their glyphs.
public struct Theme: Hashable, Sendable {
  /// Draw only ASCII.
  public var asciiOnly: Bool
  /// Use colours.
  public var colors: Bool

  /// Makes a theme.
  public init(asciiOnly: Bool, colors: Bool) {
    self.asciiOnly = asciiOnly
    self.colors = colors
  }

  /// The cell style of a role.
  public func style(_ role: StyleRole) -> CellStyle {
    switch role {
    case .plain: return .plain
    case .title: return CellStyle(bold: true)
    case .dim: return CellStyle(dim: true)
    case .done: return colors ? CellStyle(foreground: .green) : .plain
    case .inProgress: return colors ? CellStyle(foreground: .yellow) : .plain
    case .pending: return CellStyle(dim: true)
    case .overdue: return colors ? CellStyle(foreground: .red, bold: true) : CellStyle(bold: true)
    case .selected: return CellStyle(reverse: true)
    case .border: return colors ? CellStyle(foreground: .blue) : CellStyle(dim: true)
    case .focusedBorder: return colors ? CellStyle(foreground: .cyan, bold: true) : CellStyle(bold: true)
    case .key: return colors ? CellStyle(foreground: .cyan, bold: true) : CellStyle(bold: true)
    case .badge: return colors ? CellStyle(foreground: .magenta, bold: true) : CellStyle(underline: true)
    }
  }

  /// The role of a status.
  public func role(_ status: Status) -> StyleRole {
    switch status {
    case .done: return .done
    case .inProgress: return .inProgress
    case .pending: return .pending
    }
  }

  /// The glyph telling a status apart without colour: ✓ ◐ ○, or # = . in ASCII.
  public func glyph(_ status: Status) -> Character {
    switch status {
    case .done: return asciiOnly ? "#" : "✓"
    case .inProgress: return asciiOnly ? "=" : "◐"
    case .pending: return asciiOnly ? "." : "○"
    }
  }

  /// The bar fill of a status: █ ▒ ░, or # = . in ASCII.
  public func barFill(_ status: Status) -> Character {
    switch status {
    case .done: return asciiOnly ? "#" : "█"
    case .inProgress: return asciiOnly ? "=" : "▒"
    case .pending: return asciiOnly ? "." : "░"
    }
  }

  /// The filled and empty parts of a plan/actual gauge.
  public var gaugeFill: (full: Character, empty: Character) {
    asciiOnly ? ("#", ".") : ("█", "░")
  }

  /// Marks a project among the search results.
  public var projectMark: Character { asciiOnly ? ">" : "▸" }
  /// Marks an overdue activity.
  public var overdueMark: Character { "!" }
  /// Marks an activity changed since the last meeting: •, or * in ASCII.
  public var changedMark: Character { asciiOnly ? "*" : "•" }
  /// Ends a cut text.
  public var ellipsis: Glyph { Glyph(character: asciiOnly ? "~" : "…", width: 1) }
  /// Separates the levels of the breadcrumb.
  public var breadcrumbSeparator: String { asciiOnly ? " > " : " › " }
  /// Separates items on one line.
  public var itemSeparator: String { asciiOnly ? " | " : " · " }
  /// Box corners and sides: top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
  public var box: [Character] {
    asciiOnly ? ["+", "+", "+", "+", "-", "|"] : ["┌", "┐", "└", "┘", "─", "│"]
  }
}
