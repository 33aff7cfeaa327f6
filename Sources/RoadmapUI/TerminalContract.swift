/// The contract between the pure UI core and the thin terminal backend.
///
/// The backend only turns terminal input into `Event`s and draws `Grid`s; everything
/// the user sees is decided above it, by a `TerminalApp`, and testable without a terminal.

/// One of the terminal's basic colours; `.standard` is the terminal's own default.
public enum TerminalColor: Int, Hashable, Sendable, CaseIterable {
  case standard = -1
  case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours and attributes.
public struct CellStyle: Hashable, Sendable {
  /// Foreground colour.
  public var foreground: TerminalColor
  /// Background colour.
  public var background: TerminalColor
  /// Bold (bright) text.
  public var bold: Bool
  /// Swapped foreground and background, e.g. for the selected row.
  public var reverse: Bool
  /// Dim text, for secondary information.
  public var dim: Bool
  /// Underlined text.
  public var underline: Bool

  /// Makes a style; everything off and default colours unless given.
  public init(
    foreground: TerminalColor = .standard, background: TerminalColor = .standard,
    bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.dim = dim
    self.underline = underline
  }

  /// The terminal's default look.
  public static let plain = CellStyle()
}

/// One screen cell: a grapheme and how it is drawn.
///
/// A wide grapheme (CJK, most emoji) occupies two cells: the first holds it with
/// `width` 2, the second is a continuation cell with `width` 0 that draws nothing.
public struct Cell: Hashable, Sendable {
  /// The grapheme shown; a space for an empty cell. Never a control character.
  public var character: Character
  /// Columns the grapheme takes: 1, 2, or 0 for the right half of a wide one.
  public var width: UInt8
  /// Colours and attributes.
  public var style: CellStyle

  /// Makes a cell.
  public init(_ character: Character = " ", width: UInt8 = 1, style: CellStyle = .plain) {
    self.character = character
    self.width = width
    self.style = style
  }

  /// An empty cell in the default style.
  public static let blank = Cell()
}

/// A mouse action the dashboard reacts to.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    case click, doubleClick, wheelUp, wheelDown
  }
  /// What happened.
  public var kind: Kind
  /// Column, from 0.
  public var x: Int
  /// Row, from 0.
  public var y: Int

  /// Makes a mouse event.
  public init(kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}

/// A key as the UI core sees it, independent of ncurses codes.
public enum Key: Hashable, Sendable {
  /// A printable character, including Cyrillic typed directly.
  case character(Character)
  /// A control key: `.control("r")` is Ctrl-R.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, delete, tab, backTab
  /// A function key, F1 = `.function(1)`.
  case function(Int)
}

/// Something that happened, fed to the app one at a time by the run loop.
public enum Event: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// A mouse action.
  case mouse(MouseEvent)
  /// The terminal now has this size (also sent once at start).
  case resize(width: Int, height: Int)
  /// Sent periodically (see `TerminalApp.tickInterval`) for clocks, file watching, timers.
  case tick
  /// A signal whose default is to end the program arrived (INT, TERM, HUP, …); the app
  /// gets to keep what it must before it quits.
  case terminate(signal: Int32)
}

/// What the app asks the run loop to do after an event.
public enum AppOutcome: Hashable, Sendable {
  /// Redraw and wait for the next event.
  case keepRunning
  /// Restore the terminal and end with this exit status.
  case quit(status: Int32)
  /// Forget what the terminal shows and draw every cell again (Ctrl-L).
  case repaint
}

/// An interactive screen the terminal backend can run: state + event → new state, state → grid.
public protocol TerminalApp {
  /// Takes one event and says whether to go on.
  mutating func handle(_ event: Event) -> AppOutcome
  /// Draws the current state into `grid`, which has the terminal's size and starts blank.
  func render(into grid: inout Grid)
  /// How often `.tick` is sent, in seconds; nil for never.
  var tickInterval: Double? { get }
}
