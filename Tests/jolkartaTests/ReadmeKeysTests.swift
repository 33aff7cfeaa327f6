import Foundation
import Testing

/// The README's key table is the one the program dispatches with.
struct ReadmeKeysTests {
  @Test func readmeHoldsTheCurrentKeyTable() throws {
    let keys = CLI.run(["keys", "--lang", "en"])
    #expect(keys.status == 0)
    #expect(keys.stdout.contains("| `u` | undo | overview"))
    #expect(keys.stdout.contains("| something to undo |"))
    let readme = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(keys.stdout), "README.md's key table is out of date: paste `jolkarta keys --lang en`")
  }
}
