import CNcursesW

#if canImport(Glibc)
  import Glibc
#endif

/// Restores the terminal when the process is interrupted, ended or crashes while curses is on.
///
/// Handlers only call `endwin` and then `_exit`, or, for a crash, hand the signal with its
/// original context to the action that was there before (so the Swift runtime's backtrace
/// still prints, now on the normal screen) and then end the process with the signal.
/// They touch no Swift objects: the saved actions live in memory allocated once, up front.
enum SignalGuard {
  /// Signals that end the program: restore, then exit with 128 + the signal number.
  static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Signals of a crash: restore, then let the previous action (default or backtracer) run.
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

  /// Installs the handlers, remembering the actions they replace.
  static func install() {
    for signal in endingSignals { replace(signal, with: restoreAndExit) }
    for signal in crashSignals { replace(signal, withSigInfo: restoreAndReraise) }
  }

  /// Puts back the actions that were there before `install`.
  static func uninstall() {
    for signal in endingSignals + crashSignals {
      _ = sigaction(signal, savedActions + Int(signal), nil)
    }
  }

  private static func replace(
    _ signal: Int32,
    withSigInfo handler: @convention(c) (
      Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?
    ) -> Void
  ) {
    var action = sigaction()
    action.__sigaction_handler.sa_sigaction = handler
    sigemptyset(&action.sa_mask)
    // On the alternate stack when the runtime set one up: a stack overflow still restores.
    action.sa_flags = SA_SIGINFO | SA_ONSTACK
    _ = sigaction(signal, &action, savedActions + Int(signal))
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

private func restoreAndReraise(
  _ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
  _ = endwin()
  let previous = savedActions[Int(signal)]
  _ = sigaction(signal, savedActions + Int(signal), nil)
  // SIG_DFL is 0 and SIG_IGN is 1 in the handler union; anything else is a function.
  let raw = unsafeBitCast(previous.__sigaction_handler, to: Int.self)
  if raw != 0 && raw != 1 {
    // Called directly with the original context, so a backtracer sees the real fault.
    if previous.sa_flags & SA_SIGINFO != 0 {
      previous.__sigaction_handler.sa_sigaction?(signal, info, context)
    } else {
      previous.__sigaction_handler.sa_handler?(signal)
    }
  }
  // The previous action returned, or was the default: end with the signal itself, so the
  // process never goes back to a loop that would switch curses on again.
  var fallback = sigaction()
  fallback.__sigaction_handler.sa_handler = nil
  _ = sigaction(signal, &fallback, nil)
  var set = sigset_t()
  sigemptyset(&set)
  sigaddset(&set, signal)
  _ = sigprocmask(SIG_UNBLOCK, &set, nil)
  _ = raise(signal)
  _exit(128 + signal)
}
