import Foundation
import Testing

/// The README's key table is the one the program dispatches with.
struct ReadmeKeysTests {
  @Test func readmeHoldsTheCurrentKeyTable() throws {
    let keys = try runJolkarta(["keys", "--lang", "en"])
    #expect(keys.status == 0)
    #expect(keys.out.contains("| `u` | undo |"))
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(keys.out), "README.md's key table is out of date: paste `jolkarta keys --lang en`")
  }
}
