import Foundation
import Testing

/// Without `--format`, `report` and `export` write the format the `-o` file's extension
/// names, as converters do; `--format` given always wins; without either, the default.
@Suite struct CLIOutputFormatTests {
  func head(_ path: String, _ n: Int = 16) -> [UInt8] {
    Array((FileManager.default.contents(atPath: path) ?? Data()).prefix(n))
  }

  @Test func theExtensionOfTheOutputNamesTheFormat() throws {
    let bom = "\u{FEFF}"
    let dir = TempFolder()
    defer { dir.remove() }
    let cases: [([String], String, (String) -> Bool)] = [
      (["report"], "minutes.html", { $0.hasPrefix("<!DOCTYPE html>") }),
      (["report"], "minutes.HTM", { $0.hasPrefix("<!DOCTYPE html>") }),
      (["report"], "minutes.markdown", { $0.hasPrefix("# ") }),
      (["report"], "minutes.csv", { $0.hasPrefix(bom) && !$0.contains("<!DOCTYPE") }),
      (["export"], "rows.md", { $0.hasPrefix("| ") }),
      (["export"], "rows.json", { $0.hasPrefix("[") || $0.hasPrefix("{") }),
      (["export"], "rows.txt", { $0.hasPrefix(bom) }),  // unknown: the default, CSV
    ]
    for (command, name, looksRight) in cases {
      let out = dir.file(name)
      let r = CLI.run(command + [CLI.samplePath, "-o", out])
      #expect(r.status == 0, "\(command) -o \(name): \(r.stderr)")
      // Decoded by hand: Foundation's reading drops a byte-order mark.
      let text = String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
      #expect(looksRight(text), "\(command) -o \(name): \(text.prefix(80))")
    }
    for (command, name) in [("report", "book.xlsx"), ("export", "rows.xlsx")] {
      let out = dir.file(name)
      let r = CLI.run([command, CLI.samplePath, "-o", out])
      #expect(r.status == 0, "\(r.stderr)")
      #expect(head(out, 2) == Array("PK".utf8), "\(command) -o \(name) is a zip (xlsx)")
    }
  }

  @Test func theFormatGivenWinsAndTheDefaultsStand() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let out = dir.file("minutes.html")
    let r = CLI.run(["report", CLI.samplePath, "--format", "md", "-o", out])
    #expect(r.status == 0)
    #expect(((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").hasPrefix("# "))
    let md = CLI.run(["report", CLI.samplePath])
    #expect(md.status == 0 && md.stdout.hasPrefix("# "), "\(md.stdout.prefix(80))")
    let csv = CLI.run(["export", CLI.samplePath])
    #expect(csv.status == 0 && csv.stdout.unicodeScalars.first == "\u{FEFF}", "\(csv.stdout.prefix(80))")
  }
}
