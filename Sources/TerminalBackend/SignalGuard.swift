import CNcursesW

#if canImport(Glibc)
  import Glibc
#endif

/// Restores the terminal when the process is interrupted, ended or crashes while curses is on.
///
/// A signal that ends the program (INT, TERM, HUP, …) is only noted: the run loop picks it
/// up within a tick and hands it to the app as `.terminate`, so unsaved edits reach the
/// recovery file before the terminal is restored and the process exits with 128 + the
/// signal. The same signal a second time, before that, ends it at once. For a crash the
/// handler restores the terminal and hands the signal with its original context to the
/// action that was there before (so the Swift runtime's backtrace still prints, now on
/// the normal screen), then ends the process with the signal. Handlers touch no Swift
/// objects: the saved actions live in memory allocated once, up front.
enum SignalGuard {
  /// Signals whose default is to end the program: noted, then handed to the app.
  static let endingSignals: [Int32] =
    [
      SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
      SIGPWR, SIGSTKFLT, SIGIO,
    ] + Array(34...64)  // the real-time signals: their default is to end the program too
  /// Signals whose default would end the program for a reason that is no reason to stop:
  /// a closed pipe or a file size limit make the write fail (EPIPE, EFBIG) instead, and
  /// the failure is reported like any other.
  static let ignoredSignals: [Int32] = [SIGPIPE, SIGXFSZ]
  /// Signals of a crash: restore, then let the previous action (default or backtracer) run.
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS]

  /// The ending signal noted and not yet handed to the app, or 0.
  static func takePending() -> Int32 {
    let s = pendingSignal
    pendingSignal = 0
    return s
  }

  /// Installs the handlers, remembering the actions they replace.
  static func install() {
    pendingSignal = 0
    for signal in endingSignals { replace(signal, with: noteOrExit) }
    for signal in ignoredSignals { ignore(signal) }
    for signal in crashSignals { replace(signal, withSigInfo: restoreAndReraise) }
  }

  /// Puts back the actions that were there before `install`.
  static func uninstall() {
    for signal in endingSignals + crashSignals + ignoredSignals {
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

  private static func ignore(_ signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = unsafeBitCast(1, to: __sighandler_t.self)  // SIG_IGN
    sigemptyset(&action.sa_mask)
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

/// The ending signal waiting for the run loop; written only by the handler and the loop.
nonisolated(unsafe) private var pendingSignal: Int32 = 0

private func noteOrExit(_ signal: Int32) {
  if pendingSignal == signal {
    // Asked twice: the user means it now.
    _ = endwin()
    _exit(128 + signal)
  }
  pendingSignal = signal
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
