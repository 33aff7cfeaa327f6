import Foundation
import Testing

/// A private tmux server running the built `jolkarta` in one window, for end-to-end tests.
///
/// Each session gets its own socket (`-L jolkarta-test-<pid>-<n>`) and `-f /dev/null`, so a
/// user's tmux sessions and configuration are never touched. The program runs inside a
/// small shell script that records the tty modes before and after and prints
/// `EXITED:<status> TTY:same|changed` once it ends, then stays alive so the final screen
/// can be read. The server is killed by `close()` or, at the latest, on deinit.
final class TmuxSession {
  /// The package root, where `data/roadmap.json` is.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The built executable: next to the test bundle, else in the package's debug folder.
  static let binary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
    for dir in [beside, bundle, beside.deletingLastPathComponent()] {
      let candidate = dir.appendingPathComponent("jolkarta").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return packageRoot.appendingPathComponent(".build/debug/jolkarta").path
  }()

  nonisolated(unsafe) private static var counter = 0
  private static let counterLock = NSLock()

  /// The socket name of this session's server.
  let socket: String
  private var closed = false

  /// Starts a server with one `width`×`height` window running `jolkarta` with `arguments`.
  ///
  /// `environment` is applied on top of `LANG=C.UTF-8 TERM=xterm-256color` (with `LC_ALL`,
  /// `LC_CTYPE` and `NO_COLOR` removed); `redirect` is appended to the command line as is.
  /// It runs in `directory`, by default the package root.
  init(
    width: Int, height: Int, arguments: [String] = ["data/roadmap.json"],
    environment: [String: String] = [:], redirect: String = "", directory: String? = nil,
    binary: String = TmuxSession.binary
  ) throws {
    let n = TmuxSession.counterLock.withLock {
      TmuxSession.counter += 1
      return TmuxSession.counter
    }
    socket = "jolkarta-test-\(getpid())-\(n)"
    var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]
    env.merge(environment) { $1 }
    let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(shellQuoted($0.value))" }
    let command = (["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR"] + assignments
      + [shellQuoted(binary)] + arguments.map(shellQuoted)).joined(separator: " ")
    // The trap keeps the shell alive when Ctrl-C reaches the whole process group (a
    // non-interactive shell shares it with the program); a trap, unlike an ignore, is not
    // inherited, so the program still gets the default action.
    let script = """
      trap 'true' INT; a=$(stty -g); \(command) \(redirect); s=$?; b=$(stty -g); \
      if [ "$a" = "$b" ]; then t=same; else t=changed; fi; \
      echo "EXITED:$s TTY:$t"; exec sleep 600
      """
    try tmux([
      "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
      "-c", directory ?? TmuxSession.packageRoot.path, "/bin/sh", "-c", script,
    ])
  }

  deinit {
    close()
  }

  /// Kills this session's server (and with it the program, if still running).
  func close() {
    guard !closed else { return }
    closed = true
    _ = try? tmux(["kill-server"])
  }

  /// Runs a tmux command against this server and returns its output.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let result = try runProcess(
      TmuxSession.tmuxPath, ["-L", socket, "-f", "/dev/null"] + arguments)
    guard result.status == 0 else {
      throw TmuxError(
        "tmux \(arguments.first ?? "") failed: "
          + String(decoding: result.errorOutput, as: UTF8.self))
    }
    return String(decoding: result.output, as: UTF8.self)
  }

  /// Where tmux is installed.
  static let tmuxPath = executablePath("tmux")

  /// The visible screen as text, one line per row, trailing spaces trimmed.
  func screen() throws -> String {
    var text = try tmux(["capture-pane", "-p"])
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// Sends keys by tmux name (`Down`, `Enter`, `Escape`, `q`, `C-c`).
  func send(_ keys: String...) throws {
    try tmux(["send-keys"] + keys)
  }

  /// Types `text` literally, e.g. Kazakh letters for a search.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-l", text])
  }

  /// Sends a mouse button press and release at column `x`, row `y` (from 0) as an xterm
  /// with SGR mouse reporting does; `button` 0 is the left button, 64/65 the wheel.
  func click(x: Int, y: Int, button: Int = 0, release: Bool = true) throws {
    var bytes = "\u{1B}[<\(button);\(x + 1);\(y + 1)M"
    if release { bytes += "\u{1B}[<\(button);\(x + 1);\(y + 1)m" }
    try tmux(["send-keys", "-H"] + bytes.utf8.map { String($0, radix: 16) })
  }

  /// Resizes the window as a terminal emulator would (the program gets SIGWINCH).
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
  }

  /// A tmux format variable of the pane, e.g. `alternate_on`.
  func pane(_ variable: String) throws -> String {
    try tmux(["display-message", "-p", "#{\(variable)}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The pid of the running `jolkarta`: the child of the pane's shell.
  func programPID() throws -> pid_t {
    guard let shell = pid_t(try pane("pane_pid")) else { throw TmuxError("no pane pid") }
    let children = try String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    for word in children.split(separator: " ") {
      if let pid = pid_t(word),
        let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
        comm.hasPrefix("jolkarta")
      {
        return pid
      }
    }
    throw TmuxError("jolkarta is not running; screen:\n\((try? screen()) ?? "")")
  }

  /// Polls the screen every 50 ms until `condition` holds, for at most `timeout` seconds.
  ///
  /// Returns the screen that satisfied it; on timeout, throws with `what` and the last screen.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Double = 10, _ condition: (String) throws -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while true {
      last = try screen()
      if try condition(last) { return last }
      if Date() > deadline {
        throw TmuxError("timed out after \(timeout) s waiting for \(what); last screen:\n\(last)")
      }
      usleep(50_000)
    }
  }

  /// Polls a pane variable every 50 ms until it equals `value`, for at most `timeout` seconds.
  func waitForPane(_ variable: String, _ value: String, timeout: Double = 10) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while try pane(variable) != value {
      if Date() > deadline {
        throw TmuxError(
          "timed out waiting for \(variable) = \(value); screen:\n\((try? screen()) ?? "")")
      }
      usleep(50_000)
    }
  }

  /// Waits until the program has ended and returns its exit status and whether the tty
  /// modes were as before.
  func waitForExit(timeout: Double = 10) throws -> (status: Int32, ttyRestored: Bool) {
    // Joined and with history, so the line is whole even in a window a column wide.
    let deadline = Date().addingTimeInterval(timeout)
    var text = ""
    while true {
      text = try tmux(["capture-pane", "-p", "-J", "-S", "-200"])
      if text.contains("EXITED:") && text.contains("TTY:") { break }
      if Date() > deadline {
        throw TmuxError("timed out after \(timeout) s waiting for the program to exit:\n\(text)")
      }
      usleep(50_000)
    }
    // The line is written over what the program left on that row (no alternate screen
    // with TERM=vt100): the word is one of the two, whatever letters follow it.
    guard let range = text.range(of: #"EXITED:(\d+) TTY:(same|changed)"#, options: .regularExpression)
    else { throw TmuxError("no exit line in:\n\(text)") }
    let parts = text[range].dropFirst("EXITED:".count).split(separator: " ")
    return (Int32(parts[0]) ?? -1, parts[1] == "TTY:same")
  }
}

extension TmuxSession {
  /// The release build of `jolkarta`, for the tests that drive the program a user runs;
  /// nil, with an issue saying that `make test` builds it, when it is not there.
  static func releaseBinary(
    for purpose: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> String? {
    let path = packageRoot.appendingPathComponent(".build/release/jolkarta").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      Issue.record("make test builds the release binary this test \(purpose)", sourceLocation: sourceLocation)
      return nil
    }
    return path
  }
}

/// A failure of the tmux harness, with what it saw.
struct TmuxError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// `text` in single quotes for /bin/sh.
func shellQuoted(_ text: String) -> String {
  "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
