import Foundation
import Testing

/// `jolkarta present` in a real terminal: tmux runs it, keys are sent, the screen is read.
///
/// A private tmux server per test (its own socket, no user configuration). Waits poll
/// `capture-pane` with a deadline, never a fixed sleep.
@Suite(.serialized) struct TmuxPresentTests {
  /// One tmux server running one command, and what it shows.
  final class Pane {
    let socket = "jolkarta-present-\(getpid())-\(UUID().uuidString.prefix(8))"

    init(width: Int, height: Int, arguments: [String]) throws {
      let binary = CLI.binary
      let command = (["env", "-u", "LC_ALL", "-u", "NO_COLOR", "LANG=C.UTF-8", "TERM=xterm-256color", binary]
        + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
      // Records the tty modes before and after, so a terminal left raw is noticed.
      let script = """
        a=$(stty -g); \(command); s=$?; b=$(stty -g); \
        if [ "$a" = "$b" ]; then t=same; else t=changed; fi; echo "EXITED:$s TTY:$t"; exec sleep 600
        """
      try spawn(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", CLI.repositoryRoot.path, "/bin/sh", "-c", script])
    }

    /// Starts the server with posix_spawn and waitpid: Foundation's Process never saw the
    /// client that forks the server exit (it stayed a zombie), and the test hung.
    func spawn(_ arguments: [String]) throws {
      let args = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
      var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
      defer { for a in argv { free(a) } }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_RDWR, 0) }
      // The test runner's threads block signals; the server must not inherit that mask,
      // or it ignores SIGCHLD and the end of its client and of kill-server.
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var none = sigset_t()
      sigemptyset(&none)
      posix_spawnattr_setsigmask(&attributes, &none)
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
      var pid: pid_t = 0
      guard posix_spawnp(&pid, "tmux", &actions, &attributes, &argv, environ) == 0 else {
        throw PaneError(description: "cannot start tmux")
      }
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      p.arguments = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
      let out = Pipe()
      let err = Pipe()
      p.standardOutput = out
      p.standardError = err
      p.standardInput = FileHandle.nullDevice
      try p.run()
      let data = out.fileHandleForReading.readDataToEndOfFile()
      _ = err.fileHandleForReading.readDataToEndOfFile()
      p.waitUntilExit()
      guard p.terminationStatus == 0 else { throw PaneError(description: "tmux \(arguments[0]) failed") }
      return String(decoding: data, as: UTF8.self)
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }
    func send(_ keys: String...) throws { try tmux(["send-keys"] + keys) }
    func flag(_ name: String) throws -> String {
      try tmux(["display-message", "-p", "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls every 50 ms until `condition` holds, for at most 10 s; throws with the screen.
    @discardableResult
    func waitFor(_ what: String, _ condition: (String) -> Bool) throws -> String {
      let deadline = Date().addingTimeInterval(10)
      while true {
        let s = try screen()
        if condition(s) { return s }
        if Date() > deadline { throw PaneError(description: "timed out waiting for \(what); screen:\n\(s)") }
        usleep(50_000)
      }
    }
  }

  struct PaneError: Error, CustomStringConvertible { let description: String }

  /// The counter in the bottom-right corner, e.g. `3 / 14`.
  static func counter(_ screen: String) -> (Int, Int)? {
    guard let r = screen.range(of: #"(\d+) / (\d+)  \d\d:\d\d"#, options: .regularExpression) else { return nil }
    let parts = screen[r].split(separator: " ")
    guard let a = Int(parts[0]), let b = Int(parts[2]) else { return nil }
    return (a, b)
  }

  @Test func walkJumpBlankAndQuit() throws {
    let pane = try Pane(width: 100, height: 30, arguments: ["present", "data/roadmap.json", "--lang", "en"])
    try pane.waitFor("the title slide") { Self.counter($0)?.0 == 1 && $0.contains("done 49%") }
    #expect(try pane.flag("alternate_on") == "1")
    try pane.send("Right")
    try pane.waitFor("slide 2") { Self.counter($0)?.0 == 2 && $0.contains("1. Raising the quality of life") }
    try pane.send("Space")
    try pane.waitFor("slide 3") { Self.counter($0)?.0 == 3 }
    try pane.send("6")
    try pane.waitFor("slide 6, a project") { Self.counter($0)?.0 == 6 && $0.contains("m²") }
    try pane.send("b")
    try pane.waitFor("a blank screen") { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    try pane.send("x")
    try pane.waitFor("slide 6 again") { Self.counter($0)?.0 == 6 }
    try pane.send("Left")
    try pane.waitFor("slide 5") { Self.counter($0)?.0 == 5 }
    try pane.send("q")
    let end = try pane.waitFor("the exit line") { $0.contains("EXITED:") }
    #expect(end.contains("EXITED:0 TTY:same"), "\(end)")
    #expect(try pane.flag("alternate_on") == "0", "still on the alternate screen")
    #expect(try pane.flag("cursor_flag") == "1", "cursor left hidden")
    #expect(!end.contains("done 49%"), "the slides are still on screen")
  }
}
