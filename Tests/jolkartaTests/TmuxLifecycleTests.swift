import Foundation
import Testing

/// End-to-end tests in a real terminal (tmux); one at a time, since each starts a server.
@Suite(.serialized)
enum TmuxEndToEnd {}

extension TmuxEndToEnd {
  /// Starting, quitting and being killed: the terminal always comes back as it was.
  @Suite(.serialized)
  struct Lifecycle {
    /// Checks what a restored terminal looks like: normal screen, cursor shown, no mouse
    /// reporting, the same tty modes as before, and the app's frame gone.
    func expectRestored(_ session: TmuxSession, status: Int32) throws {
      let exit = try session.waitForExit()
      #expect(exit.status == status)
      #expect(exit.ttyRestored, "stty modes differ after the program ended")
      #expect(try session.pane("alternate_on") == "0", "still on the alternate screen")
      #expect(try session.pane("cursor_flag") == "1", "cursor left hidden")
      #expect(try session.pane("mouse_any_flag") == "0", "mouse reporting left on")
      #expect(try session.pane("keypad_cursor_flag") == "0", "keypad mode left on")
      #expect(!(try session.screen()).contains("122"), "the dashboard is still on screen")
    }

    @Test("q quits with status 0 and gives the terminal back")
    func quitRestores() throws {
      let session = try TmuxSession(width: 100, height: 30)
      defer { session.close() }
      try session.waitFor("the first screen") { $0.contains("122") }
      #expect(try session.pane("alternate_on") == "1")
      try session.send("q")
      try expectRestored(session, status: 0)
    }

    @Test("Ctrl-C and every ending signal restore the terminal and exit 128 + signal", arguments: [
      ("C-c", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP), ("QUIT", SIGQUIT), ("USR1", SIGUSR1),
      ("USR2", SIGUSR2), ("ALRM", SIGALRM), ("VTALRM", SIGVTALRM), ("RTMIN", 34), ("RTMAX", 64),
    ])
    func signalRestores(_ name: String, _ signal: Int32) throws {
      let session = try TmuxSession(width: 100, height: 30)
      defer { session.close() }
      try session.waitFor("the first screen") { $0.contains("122") }
      if name == "C-c" {
        try session.send("C-c")
      } else {
        #expect(kill(try session.programPID(), signal) == 0)
      }
      try expectRestored(session, status: 128 + signal)
    }

    @Test("SIGPIPE and SIGXFSZ do not end the dashboard; it still quits cleanly")
    func pipeAndFileSizeDoNotEndIt() throws {
      let session = try TmuxSession(width: 100, height: 30)
      defer { session.close() }
      try session.waitFor("the first screen") { $0.contains("122") }
      let pid = try session.programPID()
      #expect(kill(pid, SIGPIPE) == 0)
      #expect(kill(pid, SIGXFSZ) == 0)
      try session.send("2")
      try session.waitFor("still answering keys") { $0.contains("Кірістерді арттыру ›") || $0.contains("› Кірістерді арттыру") }
      #expect(try session.programPID() == pid)
      try session.send("q")
      try expectRestored(session, status: 0)
    }

    @Test("crash signals restore the terminal and end the process with the signal", arguments: [
      SIGSEGV, SIGABRT, SIGILL, SIGFPE, SIGBUS, SIGTRAP, SIGSYS,
    ])
    func crashRestores(_ signal: Int32) throws {
      let session = try TmuxSession(
        width: 100, height: 30, environment: ["SWIFT_BACKTRACE": "enable=no"])
      defer { session.close() }
      try session.waitFor("the first screen") { $0.contains("122") }
      #expect(kill(try session.programPID(), signal) == 0)
      try expectRestored(session, status: 128 + signal)
    }

    @Test("a crash with the Swift backtracer on: its report lands on the normal screen")
    func crashReportVisible() throws {
      let session = try TmuxSession(
        width: 100, height: 30, environment: ["SWIFT_BACKTRACE": "interactive=no"])
      defer { session.close() }
      try session.waitFor("the first screen") { $0.contains("122") }
      #expect(kill(try session.programPID(), SIGSEGV) == 0)
      let exit = try session.waitForExit(timeout: 30)
      #expect(exit.status == 128 + SIGSEGV)
      #expect(exit.ttyRestored)
      #expect(try session.pane("alternate_on") == "0")
      let all = try session.tmux(["capture-pane", "-p", "-J", "-S", "-500"])
      #expect(all.contains("Program crashed"), "no crash report on the normal screen:\n\(all)")
    }

    @Test("TERM=dumb: a message, exit 2, nothing drawn")
    func dumbTerminal() throws {
      let session = try TmuxSession(width: 100, height: 30, environment: ["TERM": "dumb"])
      defer { session.close() }
      let exit = try session.waitForExit()
      #expect(exit.status == 2)
      #expect(exit.ttyRestored)
      let screen = try session.screen()
      #expect(screen.contains("«dumb» терминалы курсорды жылжыта алмайды"), "\(screen)")
      #expect(!screen.contains("122"))
      #expect(try session.pane("alternate_on") == "0")
    }

    @Test("an unknown TERM: a message naming it, exit 2")
    func unknownTerminal() throws {
      let session = try TmuxSession(width: 100, height: 30, environment: ["TERM": "no-such-term"])
      defer { session.close() }
      let exit = try session.waitForExit()
      #expect(exit.status == 2)
      let screen = try session.screen()
      #expect(screen.contains("«no-such-term» терминал түрі белгісіз"), "\(screen)")
    }

    @Test("input from /dev/null, output to the terminal: a message, exit 2, nothing drawn")
    func stdinNotATerminal() throws {
      let session = try TmuxSession(width: 100, height: 30, redirect: "< /dev/null")
      defer { session.close() }
      let exit = try session.waitForExit()
      #expect(exit.status == 2)
      let screen = try session.screen()
      #expect(screen.contains("дашбордқа терминал керек"), "\(screen)")
      #expect(!screen.contains("122"))
    }

    @Test("no data/roadmap.json here: says how to pass a file or run jolkarta init, exit 1")
    func missingDefaultFile() throws {
      let empty = FileManager.default.temporaryDirectory
        .appendingPathComponent("jolkarta-empty-\(getpid())")
      try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: empty) }
      let session = try TmuxSession(
        width: 120, height: 30, arguments: [], directory: empty.path)
      defer { session.close() }
      let exit = try session.waitForExit()
      #expect(exit.status == 1)
      let screen = try session.tmux(["capture-pane", "-p", "-J"])
      #expect(screen.contains("jolkarta init"), "\(screen)")
      #expect(screen.contains("бұл қалтада data/roadmap.json жол картасы жоқ"), "\(screen)")
      #expect(try session.pane("alternate_on") == "0")
    }

    @Test("a file over 4 MB loads behind the progress bar; cut short, its problem shows after")
    func largeFile() throws {
      let big = FileManager.default.temporaryDirectory
        .appendingPathComponent("jolkarta-big-\(getpid()).json")
      let cut = FileManager.default.temporaryDirectory
        .appendingPathComponent("jolkarta-cut-\(getpid()).json")
      defer {
        try? FileManager.default.removeItem(at: big)
        try? FileManager.default.removeItem(at: cut)
      }
      let generated = try runProcess(
        TmuxSession.binary, ["generate", "--activities", "20000", "--output", big.path])
      #expect(generated.status == 0)
      let bytes = try Data(contentsOf: big)
      #expect(bytes.count > 4 << 20, "the file must take the progress-bar path")
      try bytes.prefix(bytes.count - 1000).write(to: cut)

      let session = try TmuxSession(width: 120, height: 30, arguments: ["--lang", "kk", big.path])
      defer { session.close() }
      try session.waitFor("the dashboard of the large file", timeout: 30) {
        $0.contains("барлығы 20 000")
      }
      try session.send("q")
      try expectRestored(session, status: 0)

      let broken = try TmuxSession(width: 120, height: 30, arguments: [cut.path])
      defer { broken.close() }
      let exit = try broken.waitForExit(timeout: 30)
      #expect(exit.status == 1)
      #expect(exit.ttyRestored)
      let screen = try broken.tmux(["capture-pane", "-p", "-J"])
      #expect(screen.contains("қате"), "\(screen)")
      #expect(try broken.pane("alternate_on") == "0")
    }

    @Test("output to a file: a message on stderr, exit 2, no escape codes in the file")
    func stdoutNotATerminal() throws {
      let out = FileManager.default.temporaryDirectory
        .appendingPathComponent("jolkarta-out-\(getpid()).txt")
      defer { try? FileManager.default.removeItem(at: out) }
      let session = try TmuxSession(width: 100, height: 30, redirect: "> " + shellQuoted(out.path))
      defer { session.close() }
      let exit = try session.waitForExit()
      #expect(exit.status == 2)
      #expect(try session.screen().contains("дашбордқа терминал керек"))
      #expect(try Data(contentsOf: out).isEmpty, "bytes were written to the file")
    }

    @Test("stdin /dev/null and stdout a file, outside any terminal: exit 2, nothing written")
    func noTerminalAtAll() throws {
      let result = try runProcess(
        TmuxSession.binary,
        [TmuxSession.packageRoot.appendingPathComponent("data/roadmap.json").path],
        environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
      let message = String(decoding: result.errorOutput, as: UTF8.self)
      #expect(result.status == 2)
      #expect(result.output.isEmpty, "bytes were written to standard output")
      #expect(message.contains("дашбордқа терминал керек"))
      #expect(!message.contains("\u{1B}"), "escape codes on stderr")
    }

    @Test("an invalid file: its problems on stderr, exit 1, curses never started")
    func invalidFile() throws {
      let bad = FileManager.default.temporaryDirectory
        .appendingPathComponent("jolkarta-bad-\(getpid()).json")
      try Data("{\"format\": \"jolkarta-roadmap\", \"version\": 1,}".utf8).write(to: bad)
      defer { try? FileManager.default.removeItem(at: bad) }
      let session = try TmuxSession(width: 100, height: 30, arguments: [bad.path])
      defer { session.close() }
      let exit = try session.waitForExit()
      #expect(exit.status == 1)
      // The problem with its place, in Kazakh (the default language).
      #expect(try session.screen().contains(": қате: "))
      #expect(try session.pane("alternate_on") == "0")
    }
  }
}
