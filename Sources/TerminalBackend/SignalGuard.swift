import CNcursesW

#if canImport(Glibc)
  import Glibc
#endif

/// Restores the terminal when the process is interrupted, ended or crashes while curses is on.
///
/// Handlers only call `endwin` and then `_exit`, or re-raise the signal with the action that
/// was there before (so the Swift runtime's backtrace still prints, now on the normal screen).
/// They touch no Swift objects: the saved actions live in memory allocated once, up front.
enum SignalGuard {
  /// Signals that end the program: restore, then exit with 128 + the signal number.
  static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Signals of a crash: restore, then let the previous action (default or backtracer) run.
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

  /// Installs the handlers, remembering the actions they replace.
  static func install() {
    for signal in endingSignals { replace(signal, with: restoreAndExit) }
    for signal in crashSignals { replace(signal, with: restoreAndReraise) }
  }

  /// Puts back the actions that were there before `install`.
  static func uninstall() {
    for signal in endingSignals + crashSignals {
      _ = sigaction(signal, savedActions + Int(signal), nil)
    }
  }

  private static func replace(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    _ = sigaction(signal, &action, savedActions + Int(signal))
  }
}

/// Room for one saved action per signal number, allocated before any handler can run.
nonisolated(unsafe) private let savedActions: UnsafeMutablePointer<sigaction> = {
  let count = 65
  let p = UnsafeMutablePointer<sigaction>.allocate(capacity: count)
  p.initialize(repeating: sigaction(), count: count)
  return p
}()

private func restoreAndExit(_ signal: Int32) {
  _ = endwin()
  _exit(128 + signal)
}

private func restoreAndReraise(_ signal: Int32) {
  _ = endwin()
  // The signal stays blocked until this handler returns; then the previous action gets it
  // (a fault simply happens again on return, an abort re-raises it itself).
  _ = sigaction(signal, savedActions + Int(signal), nil)
  _ = raise(signal)
}
