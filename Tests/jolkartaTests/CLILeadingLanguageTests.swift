import Foundation
import Testing

/// `jolkarta --lang ru COMMAND …`: a language given before the subcommand is the run's,
/// as `git -C DIR status` takes its option before the command.
@Suite struct CLILeadingLanguageTests {
  @Test func aLanguageBeforeTheSubcommandIsTheRunsLanguage() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let file = dir.write("r.json", CLI.sampleBytes)
    let ru = CLI.run(["--lang", "ru", "set-status", "d1.housing.04", "done", file, "--author", "т"])
    #expect(ru.status == 0, "\(ru.stderr)")
    #expect(ru.stdout == "d1.housing.04: исполняется → исполнено\n", "\(ru.stdout)")
    let en = CLI.run(["--lang=en", "summary", file])
    #expect(en.status == 0 && en.stdout.hasPrefix("Roadmap for implementing"), "\(en.stderr)")
    // Given after the subcommand, the later one wins, as for any option given twice.
    let both = CLI.run(["--lang", "ru", "summary", file, "--lang", "en"])
    #expect(both.stdout.hasPrefix("Roadmap for implementing"), "\(both.stdout.prefix(60))")
    // Not a language, or not before a subcommand: the parser's word, as before.
    let bad = CLI.run(["--lang", "fr", "summary", file])
    #expect(bad.status == 2)
    let opened = CLI.run(["--lang", "en", file])
    #expect(opened.status == 2 && opened.stderr.contains("needs a terminal"), "\(opened.stderr)")
  }
}
