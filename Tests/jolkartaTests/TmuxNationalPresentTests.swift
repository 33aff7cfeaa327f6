import Foundation
import Testing

extension TmuxEndToEnd {
  /// `jolkarta present DIR` in a real terminal: the totals, the ranking, a region that
  /// arrives in the folder while the slides are up, and a clean exit.
  @Suite(.serialized)
  struct NationalPresent {
    @Test func totalsRankingAndAFileThatArrives() throws {
      let dir = TempFolder()
      defer { dir.remove() }
      dir.write("zko.json", CLI.sampleBytes)
      #expect(CLI.run(["generate", "--activities", "200", "--seed", "3", "--output", dir.file("aktobe.json")]).status == 0)
      let pane = try TmuxSession(width: 100, height: 30, arguments: ["present", dir.path, "--lang", "en"])
      defer { pane.close() }
      try pane.waitFor("the totals slide") {
        $0.contains("Activities of all regions by status") && $0.contains("2 regions") && Present.counter($0)?.1 == 4
      }
      try pane.send("Right")
      try pane.waitFor("the ranking") { $0.contains("Ranking of regions") && Present.counter($0)?.0 == 2 }
      // A third region arrives: read again within a second, one more row and one more slide.
      #expect(CLI.run(["generate", "--activities", "50", "--seed", "8", "--output", dir.file("atyrau.json")]).status == 0)
      try pane.waitFor("the new region") { $0.contains("3 regions") && Present.counter($0) ?? (0, 0) == (2, 5) }
      try pane.send("q")
      let exit = try pane.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
    }
  }
}
