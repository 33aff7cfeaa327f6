import CNcursesW
import RoadmapUI

#if canImport(Glibc)
  import Glibc
#endif

/// The one live curses session: starts the terminal, runs an app in it, and restores it.
///
/// Use `Terminal.start()`, read `capabilities` to configure the app, then `run(&app)`, which
/// always gives the terminal back as it found it before returning the app's exit status.
public final class Terminal {
  /// What the terminal can show.
  public let capabilities: TerminalCapabilities
  private let screen: OpaquePointer
  private let painter: GridPainter
  private var input: InputReader
  private var stopped = false

  /// Checks the environment and starts curses; nothing is drawn if this throws.
  ///
  /// Standard input and output must both be terminals, `TERM` must name a terminfo entry
  /// that can address the cursor. The locale is set (UTF-8 when possible), keys come in
  /// cbreak mode without echo, Esc arrives after 25 ms, the cursor is hidden, clicks and
  /// the wheel are reported, and colours are on unless `NO_COLOR` is set or there are none.
  public static func start() throws(TerminalStartError) -> Terminal {
    guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
    let utf8 = LocaleSetup.apply()
    try checkTerminalType()
    guard let screen = newterm(nil, nc_stdout(), nc_stdin()) else {
      throw .unknownTerminal(terminalName)
    }
    SignalGuard.install()
    return Terminal(screen: screen, utf8: utf8)
  }

  private init(screen: OpaquePointer, utf8: Bool) {
    self.screen = screen
    let window = nc_stdscr()!
    _ = cbreak()
    _ = noecho()
    _ = keypad(window, true)
    _ = set_escdelay(25)
    _ = curs_set(0)
    _ = mousemask(MouseDecoder.mask, nil)
    _ = mouseinterval(0)
    var colors = false
    var defaultColors = false
    if has_colors(), Terminal.colorsWanted, start_color() != ERR {
      colors = true
      defaultColors = use_default_colors() != ERR
    }
    capabilities = TerminalCapabilities(utf8: utf8, colors: colors)
    painter = GridPainter(
      sanitizer: CellSanitizer(utf8: utf8),
      colors: ColorPairs(enabled: colors, defaultColors: defaultColors))
    input = InputReader(window: window)
  }

  /// The terminal's current size in columns and rows.
  public var size: (width: Int, height: Int) {
    (Int(max(0, nc_cols())), Int(max(0, nc_lines())))
  }

  /// Runs `app` until it quits: sends the size first, then draws after every event.
  ///
  /// The terminal is restored before this returns; the result is the app's exit status.
  public func run(_ app: inout some TerminalApp) -> Int32 {
    var outcome = app.handle(.resize(width: size.width, height: size.height))
    while true {
      if case .quit(let status) = outcome {
        stop()
        return status
      }
      if outcome == .repaint { painter.invalidate(nc_stdscr()!) }
      draw(app)
      var event: Event?
      while event == nil {
        event = input.next(tickInterval: app.tickInterval, size: { self.size })
      }
      if case .resize = event { painter.invalidate(nc_stdscr()!) }
      outcome = app.handle(event!)
    }
  }

  /// Renders `app` into a grid of the terminal's size and shows it.
  public func draw(_ app: some TerminalApp) {
    var grid = Grid(width: size.width, height: size.height)
    app.render(into: &grid)
    painter.paint(grid, in: nc_stdscr()!)
  }

  /// Leaves curses: the normal screen, cursor, echo and line editing come back.
  ///
  /// Safe to call more than once; `run` calls it on the way out.
  public func stop() {
    guard !stopped else { return }
    stopped = true
    _ = mousemask(0, nil)
    _ = endwin()
    SignalGuard.uninstall()
    delscreen(screen)
  }

  deinit {
    stop()
  }

  /// Whether colours are allowed: https://no-color.org says any non-empty `NO_COLOR` turns
  /// them off.
  static var colorsWanted: Bool {
    guard let value = getenv("NO_COLOR") else { return true }
    return value.pointee == 0
  }

  /// `TERM`, or nil when unset or empty.
  static var terminalName: String? {
    guard let value = getenv("TERM"), value.pointee != 0 else { return nil }
    return String(cString: value)
  }

  /// Looks `TERM` up in terminfo before curses writes anything to the screen.
  ///
  /// `setupterm` fails with status 1 for a hardcopy terminal and with status 0 both for an
  /// unknown name and for a generic entry such as `dumb`, so the name tells those apart.
  /// An entry without `cup` cannot draw a screen either.
  private static func checkTerminalType() throws(TerminalStartError) {
    guard let name = terminalName else { throw .unknownTerminal(nil) }
    var status: Int32 = 0
    if setupterm(nil, 1, &status) != OK {
      if status == 1 || name == "dumb" || name.hasPrefix("dumb-") {
        throw .cannotAddressCursor(name)
      }
      throw .unknownTerminal(name)
    }
    if nc_has_cursor_address() == 0 || nc_is_hardcopy_or_generic() != 0 {
      throw .cannotAddressCursor(name)
    }
  }
}
