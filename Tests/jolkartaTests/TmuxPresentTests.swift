import Foundation
import Testing

extension TmuxEndToEnd {
  /// `jolkarta present` in a real terminal: walk the slides, jump, blank, come back.
  @Suite(.serialized)
  struct Present {
    /// The counter in the bottom-right corner, e.g. `3 / 14`.
    static func counter(_ screen: String) -> (Int, Int)? {
      guard let r = screen.range(of: #"(\d+) / (\d+)  \d\d:\d\d"#, options: .regularExpression) else { return nil }
      let parts = screen[r].split(separator: " ")
      guard let a = Int(parts[0]), let b = Int(parts[2]) else { return nil }
      return (a, b)
    }

    @Test func walkJumpBlankAndQuit() throws {
      let pane = try TmuxSession(
        width: 100, height: 30, arguments: ["present", "data/roadmap.json", "--lang", "en"])
      defer { pane.close() }
      try pane.waitFor("the title slide") { Self.counter($0)?.0 == 1 && $0.contains("done 49%") }
      #expect(try pane.pane("alternate_on") == "1")
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
      let exit = try pane.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
      #expect(try pane.pane("alternate_on") == "0", "still on the alternate screen")
      #expect(try pane.pane("cursor_flag") == "1", "cursor left hidden")
      #expect(!(try pane.screen()).contains("done 49%"), "the slides are still on screen")
    }
  }
}
