/// What the terminal can show, found out when the backend starts.
///
/// The executable passes these on to the app so that it can draw plain ASCII or skip colours.
public struct TerminalCapabilities: Hashable, Sendable {
  /// The locale's character set is UTF-8, so Cyrillic, blocks and box drawing show as such.
  ///
  /// False means ASCII mode: the backend replaces any other character with `?`.
  public var utf8: Bool
  /// Colours are on: the terminal has them and `NO_COLOR` is unset or empty.
  public var colors: Bool

  /// Makes a set of capabilities.
  public init(utf8: Bool, colors: Bool) {
    self.utf8 = utf8
    self.colors = colors
  }
}

/// Why the terminal could not be started; nothing was drawn when one of these is thrown.
public enum TerminalStartError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a file, a pipe, /dev/null).
  case notATerminal
  /// `TERM` is unset, empty, or names a terminal the terminfo database does not know.
  case unknownTerminal(String?)
  /// The terminal cannot move the cursor (e.g. `TERM=dumb`), so no screen can be drawn.
  case cannotAddressCursor(String)

  /// The exit status a command should end with: 2, a usage problem of the environment.
  public var exitStatus: Int32 { 2 }

  /// A message for standard error, saying what is wrong and what to do.
  public var description: String {
    switch self {
    case .notATerminal:
      return "the dashboard needs a terminal: standard input and output must not be "
        + "redirected to a file or pipe (try `jolkarta summary` for plain text)"
    case .unknownTerminal(nil):
      return "unknown terminal type: TERM is not set (try TERM=xterm-256color)"
    case .unknownTerminal(let name?):
      return "unknown terminal type \"\(name)\": terminfo has no entry for it "
        + "(try TERM=xterm-256color)"
    case .cannotAddressCursor(let name):
      return "terminal type \"\(name)\" cannot move the cursor, so the dashboard cannot be "
        + "drawn (try TERM=xterm-256color, or `jolkarta summary` for plain text)"
    }
  }
}
