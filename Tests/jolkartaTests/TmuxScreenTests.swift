import Foundation
import RoadmapUI
import Testing

extension TmuxEndToEnd {
  /// What the dashboard shows in a real terminal, compared with what the pure core renders.
  @Suite(.serialized)
  struct Screens {
    static let open = ["--lang", "kk", "data/roadmap.json"]

    /// Waits until the screen equals `expected` exactly; fails with a row-by-row diff.
    func waitForFrame(_ session: TmuxSession, _ expected: String, _ what: String) throws {
      do {
        try session.waitFor(what) { $0 == expected }
      } catch {
        let screen = (try? session.screen()) ?? ""
        Issue.record(
          "\(what): the terminal differs from the core's frame\n\(screenDiff(screen, expected))")
        throw error
      }
    }

    /// Quits with q and checks the program ended normally.
    func quit(_ session: TmuxSession) throws {
      try session.send("q")
      let exit = try session.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
    }

    @Test("the first screen shows 60 done, 52 in progress, 10 pending of 122")
    func firstScreen() throws {
      let session = try TmuxSession(width: 120, height: 40, arguments: Screens.open)
      defer { session.close() }
      let screen = try session.waitFor("the overview") { $0.contains("барлығы 122") }
      #expect(screen.contains("орындалды 60"))
      #expect(screen.contains("орындалуда 52"))
      #expect(screen.contains("басталмаған 10"))
      try waitForFrame(session, try expectedScreen(width: 120, height: 40), "the overview")
      try quit(session)
    }

    @Test("--lang ru --read-only: a Russian dashboard with the read-only badge")
    func russianReadOnly() throws {
      let session = try TmuxSession(
        width: 120, height: 40, arguments: ["--lang", "ru", "--read-only", "data/roadmap.json"])
      defer { session.close() }
      let screen = try session.waitFor("the overview") { $0.contains("122") }
      #expect(screen.contains("только чтение"))
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, language: .ru, readOnly: true),
        "the Russian overview")
      try quit(session)
    }

    @Test("2, Enter opens «Ауыл аманаты»; Esc goes back to direction 2, Esc again to the overview")
    func drillDownAndBack() throws {
      let session = try TmuxSession(width: 120, height: 40, arguments: Screens.open)
      defer { session.close() }
      try session.waitFor("the overview") { $0.contains("барлығы 122") }
      try session.send("2")
      try session.send("Enter")
      let project: [Event] = [.resize(width: 120, height: 40), .key(.character("2")), .key(.enter)]
      let screen = try session.waitFor("the project") { $0.contains("› Ауыл аманаты") }
      #expect(screen.contains("Іс-шаралар"))
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, events: project), "the project")
      try session.send("Escape")
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, events: project + [.key(.escape)]),
        "direction 2")
      try session.send("Escape")
      try waitForFrame(
        session,
        try expectedScreen(
          width: 120, height: 40, events: project + [.key(.escape), .key(.escape)]),
        "the overview again")
      #expect(!(try session.screen()).contains("› Ауыл аманаты"))
      try quit(session)
    }

    @Test("/ and «Ұлттық» typed in Kazakh finds the activities of «Ұлттық мұра»")
    func search() throws {
      let session = try TmuxSession(width: 120, height: 40, arguments: Screens.open)
      defer { session.close() }
      try session.waitFor("the overview") { $0.contains("барлығы 122") }
      try session.send("/")
      try session.type("Ұлттық")
      let events: [Event] = [.resize(width: 120, height: 40), .key(.character("/"))]
        + "Ұлттық".map { .key(.character($0)) }
      let screen = try session.waitFor("the search results") { $0.contains("Ұлттық мұра") }
      #expect(screen.contains("Ұлттық"))
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, events: events), "search")
      try session.send("Escape")
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, events: events + [.key(.escape)]),
        "the search cancelled")
      try quit(session)
    }

    @Test("mouse: a click selects pane 2, the wheel moves, a double click opens pane 1")
    func mouse() throws {
      let session = try TmuxSession(width: 120, height: 40, arguments: Screens.open)
      defer { session.close() }
      try session.waitFor("the overview") { $0.contains("барлығы 122") }
      // The first frame can be drawn before mouse reporting is on: a click sent then is
      // lost to the terminal, so wait until tmux says the program asked for the mouse.
      try session.waitForPane("mouse_any_flag", "1")
      var events: [Event] = [.resize(width: 120, height: 40)]
      try session.click(x: 70, y: 8)
      events.append(.mouse(MouseEvent(kind: .click, x: 70, y: 8)))
      // The click's own frame first: a lost click shows here, not as the wrong direction.
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, events: events), "pane 2 selected")
      try session.send("Enter")
      events.append(.key(.enter))
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, events: events), "direction 2")
      #expect(try session.screen().contains("› Кірістерді арттыру"))
      try session.click(x: 10, y: 12, button: 65, release: false)
      events.append(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 12)))
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, events: events), "the wheel")
      try session.send("Escape")
      events.append(.key(.escape))
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, events: events), "the overview")
      try session.click(x: 10, y: 8)
      try session.click(x: 10, y: 8)
      events.append(.mouse(MouseEvent(kind: .click, x: 10, y: 8)))
      events.append(.mouse(MouseEvent(kind: .doubleClick, x: 10, y: 8)))
      try waitForFrame(
        session, try expectedScreen(width: 120, height: 40, events: events), "direction 1")
      #expect(try session.screen().contains("› Өмір сапасын арттыру"))
      try quit(session)
    }

    @Test("resizing to 80×24 redraws exactly the core's 80×24 frame")
    func resize() throws {
      let session = try TmuxSession(width: 120, height: 40, arguments: Screens.open)
      defer { session.close() }
      try session.waitFor("the overview") { $0.contains("барлығы 122") }
      try session.resize(width: 80, height: 24)
      try waitForFrame(
        session,
        try expectedScreen(
          width: 80, height: 24,
          events: [.resize(width: 120, height: 40), .resize(width: 80, height: 24)]),
        "the 80×24 frame")
      try quit(session)
    }

    @Test("tiny windows draw what the core draws and still quit", arguments: [(1, 1), (20, 5)])
    func tinyWindow(_ width: Int, _ height: Int) throws {
      let session = try TmuxSession(width: width, height: height, arguments: Screens.open)
      defer { session.close() }
      // An empty 1×1 frame looks like an empty pane: wait for curses to be on first.
      try session.waitForPane("alternate_on", "1")
      try waitForFrame(session, try expectedScreen(width: width, height: height), "a tiny frame")
      try quit(session)
    }

    @Test("200 resizes in a few seconds end with a correct frame and a live program")
    func manyResizes() throws {
      let session = try TmuxSession(width: 120, height: 40, arguments: Screens.open)
      defer { session.close() }
      try session.waitFor("the overview") { $0.contains("барлығы 122") }
      var events: [Event] = [.resize(width: 120, height: 40)]
      // Ten resizes per tmux call, so they arrive faster than the program can draw.
      for batch in 0..<20 {
        var arguments: [String] = []
        for i in 0..<10 {
          let w = 1 + (batch * 37 + i * 53) % 160
          let h = 1 + (batch * 11 + i * 7) % 50
          if !arguments.isEmpty { arguments.append(";") }
          arguments += ["resize-window", "-x", "\(w)", "-y", "\(h)"]
          events.append(.resize(width: w, height: h))
        }
        try session.tmux(arguments)
      }
      try session.resize(width: 100, height: 30)
      events.append(.resize(width: 100, height: 30))
      try waitForFrame(
        session, try expectedScreen(width: 100, height: 30, events: events), "the final frame")
      try quit(session)
    }

    @Test("colours unless NO_COLOR is set and not empty; bold and dim stay", arguments: [
      (nil, true), ("", true), ("1", false),
    ] as [(String?, Bool)])
    func noColor(_ value: String?, _ colored: Bool) throws {
      let session = try TmuxSession(
        width: 120, height: 40, arguments: Screens.open,
        environment: value.map { ["NO_COLOR": $0] } ?? [:])
      defer { session.close() }
      try session.waitFor("the overview") { $0.contains("барлығы 122") }
      let styled = try session.tmux(["capture-pane", "-p", "-e"])
      let colorCodes = (30...37).map { "\u{1B}[\($0)m" } + (40...47).map { "\u{1B}[\($0)m" }
      #expect(colorCodes.contains { styled.contains($0) } == colored)
      #expect(styled.contains("\u{1B}[1m"), "bold is gone")
      try quit(session)
    }

    @Test("TERM=vt100: the dashboard in monochrome, and the terminal comes back")
    func vt100() throws {
      let session = try TmuxSession(
        width: 100, height: 30, arguments: Screens.open, environment: ["TERM": "vt100"])
      defer { session.close() }
      let screen = try session.waitFor("the overview") { $0.contains("барлығы 122") }
      #expect(screen.contains("орындалды 60"))
      let styled = try session.tmux(["capture-pane", "-p", "-e"])
      let colorCodes = (30...37).map { "\u{1B}[\($0)m" }
      #expect(!colorCodes.contains { styled.contains($0) }, "vt100 has no colours")
      try quit(session)
    }

    @Test("an 8-bit locale (KOI8-R): the screen is drawn in ASCII, no byte above 0x7F")
    func eightBitLocale() throws {
      let session = try TmuxSession(
        width: 120, height: 40, arguments: Screens.open,
        environment: try EightBitLocale.environment())
      defer { session.close() }
      let screen = try session.waitFor("the overview") { $0.contains("122") }
      #expect(!screen.unicodeScalars.contains { $0.value > 0x7F }, "\(screen)")
      #expect(screen.contains("?"), "Kazakh letters as ?")
      try quit(session)
    }

    @Test("LANG=C LC_ALL=C: the text still comes out as Kazakh, via C.UTF-8")
    func asciiLocale() throws {
      let session = try TmuxSession(
        width: 120, height: 40, arguments: Screens.open,
        environment: ["LANG": "C", "LC_ALL": "C"])
      defer { session.close() }
      let screen = try session.waitFor("the overview") { $0.contains("122") }
      #expect(screen.contains("Өмір сапасын арттыру"))
      #expect(!screen.contains("~"), "junk in the frame")
      try waitForFrame(session, try expectedScreen(width: 120, height: 40), "the overview")
      try quit(session)
    }
  }
}
