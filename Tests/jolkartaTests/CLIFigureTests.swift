import Foundation
import Testing

/// `summary`, `summary --json`, `report` and `validate` over figures at the edges of the
/// format's domain: the accepted ones never trap, the refused ones are placed messages.
struct CLIFigureTests {
  /// The sample with its first planned indicator's figures replaced.
  func file(plan: String, actual: String, in dir: TempFolder) throws -> String {
    let text = String(decoding: CLI.sampleBytes, as: UTF8.self)
    let figure = try Regex(#""plan":\s*[-0-9.eE+]+,\s*"actual":\s*[-0-9.eE+]+"#)
    let path = dir.file("figures.json")
    let out = text.replacing(figure, with: "\"plan\": \(plan), \"actual\": \(actual)", maxReplacements: 1)
    try out.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test(arguments: [("14", "1e20"), ("4.9e-324", "7"), ("1e-300", "1e300"), ("14", "0"), ("0.5", "0.25"),
    ("1.7976931348623157e308", "1.7976931348623157e308"), ("3", "1e15"), ("3", "123456789012345678")])
  func acceptedFiguresNeverTrap(figures: (String, String)) throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = try file(plan: figures.0, actual: figures.1, in: dir)
    for args in [["summary"], ["summary", "--json"], ["report", "--format", "md"], ["report", "--format", "html"],
      ["report", "--format", "csv"], ["report", "--format", "xlsx", "-o", dir.file("r.xlsx")], ["validate"]]
    {
      let r = CLI.run(args + [path])
      #expect(r.status == 0, "\(figures) \(args): \(r.stderr)")
      #expect(!r.stdout.contains(/(?i)\b(nan|inf|infinity)\b/), "\(figures) \(args)")
      if args == ["summary", "--json"] {
        #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "\(figures): \(r.stdout)")
      }
    }
  }

  @Test func refusedFiguresArePlacedMessages() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let negative = CLI.run(["report", "--format", "md", try file(plan: "14", actual: "-7", in: dir), "--lang", "en"])
    #expect(negative.status == 1)
    #expect(negative.stderr.contains(#"indicators[0].actual (id "d1.schools.commissioned"): must be a number 0 or greater, found -7"#), "\(negative.stderr)")
    let zero = CLI.run(["summary", try file(plan: "0", actual: "7", in: dir), "--lang", "en"])
    #expect(zero.status == 1)
    #expect(zero.stderr.contains("must be a number greater than 0 (leave \"plan\" out when there is no plan), found 0"))
    // Kazakh, the default: the same place, the words in the language.
    let kk = CLI.run(["summary", try file(plan: "0", actual: "7", in: dir)])
    #expect(kk.stderr.contains(#"indicators[0].plan (id "d1.schools.commissioned"): 0-ден үлкен сан болуы керек"#), "\(kk.stderr)")
  }
}
