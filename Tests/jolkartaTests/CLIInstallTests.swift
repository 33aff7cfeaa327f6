import Foundation
import Testing

/// What `make install` installs: the man page's source (the command tree argument-parser
/// dumps for its generate-manual plugin), the completions, and where the Makefile puts them.
struct CLIInstallTests {
  /// Every subcommand `jolkarta --help` lists, the hidden `manual`, and argument-parser's
  /// own `help`.
  static let subcommands = [
    "open", "summary", "validate", "set-status", "set", "add", "remove", "move", "history",
    "export", "import", "init", "report", "present", "meeting", "keys", "generate", "manual", "sync", "git", "merge-driver", "help",
  ]

  @Test func theManualsSourceHoldsEveryCommandAndTheVersion() throws {
    let r = CLI.run(["--experimental-dump-help"])
    #expect(r.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let command = try #require(json["command"] as? [String: Any])
    #expect(command["commandName"] as? String == "jolkarta")
    let subs = (command["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
    #expect(subs == Self.subcommands)
    let flags = (command["arguments"] as? [[String: Any]] ?? []).flatMap {
      ($0["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }
    #expect(flags.contains("version"))
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionsNameTheSubcommands(shell: String) throws {
    let r = CLI.run(["--generate-completion-script", shell])
    #expect(r.status == 0)
    for sub in ["set-status", "summary", "meeting", "history"] {
      #expect(r.stdout.contains(sub), "\(shell): \(sub)")
    }
  }

  /// `make -n install` (nothing run): binary, man page and completions land under
  /// DESTDIR + PREFIX, PREFIX /usr/local unless given.
  @Test(arguments: [(nil, "/usr/local"), ("/opt/jk", "/opt/jk")] as [(String?, String)])
  func makeInstallPutsEachFileUnderDestdirAndPrefix(prefix: String?, expected: String) throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["make", "-n", "install", "DESTDIR=/tmp/dest"] + (prefix.map { ["PREFIX=\($0)"] } ?? [])
    p.currentDirectoryURL = CLI.repositoryRoot
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    try p.run()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      .replacingOccurrences(of: "\\\n", with: "")
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    let root = "/tmp/dest" + expected
    for (from, to) in [
      (".build/release/jolkarta", "/bin/jolkarta"),
      (".build/man/jolkarta.1", "/share/man/man1/jolkarta.1"),
      (".build/man/kk/jolkarta.1", "/share/man/kk/man1/jolkarta.1"),
      (".build/man/ru/jolkarta.1", "/share/man/ru/man1/jolkarta.1"),
      (".build/completions/jolkarta.bash", "/share/bash-completion/completions/jolkarta"),
      (".build/completions/_jolkarta", "/share/zsh/site-functions/_jolkarta"),
      (".build/completions/jolkarta.fish", "/share/fish/vendor_completions.d/jolkarta.fish"),
    ] {
      let line = out.split(separator: "\n").first { $0.contains(from) && $0.contains("\"\(root)\(to)\"") }
      #expect(line != nil, "\(from) → \(root)\(to)")
    }
    #expect(out.contains("jolkarta manual --lang en > .build/man/jolkarta.1"))
    #expect(out.contains("jolkarta manual --lang kk > .build/man/kk/jolkarta.1"))
    for shell in ["bash", "zsh", "fish"] {
      #expect(out.contains("--generate-completion-script \(shell)"))
    }
  }

  /// The man page as groff renders it for a UTF-8 terminal, without bold or underlining.
  static func rendered(_ language: String) throws -> String {
    let page = CLI.run(["manual", "--lang", language])
    #expect(page.status == 0, "\(page.stderr)")
    #expect(page.stdout.utf8.allSatisfy { $0 < 0x80 }, "the roff source is ASCII, letters as glyphs")
    let dir = TempFolder()
    defer { dir.remove() }
    try page.stdout.write(toFile: dir.file("jolkarta.1"), atomically: true, encoding: .utf8)
    let r = CLI.run(
      ["-c", "groff -Tutf8 -man -P-c -P-b -P-u \"$0\" 2>&1", dir.file("jolkarta.1")], program: "/bin/sh")
    #expect(r.status == 0)
    // groff breaks long lines and may hyphenate: compare the words, not the lines.
    return r.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// Kazakh and Russian letters, «…» and → reach the rendered page whole: the plugin's
  /// page had dropped them all.
  @Test func theManPageKeepsEveryLetterInEachLanguage() throws {
    let kk = try Self.rendered("kk")
    #expect(kk.contains("АТАУЫ jolkarta - Өңірлік Жол картасын бақылау"))
    #expect(kk.contains("ІШКІ КОМАНДАЛАР jolkarta open Дашбордты ашу (әдепкі команда)."))
    #expect(kk.contains("<id> Іс-шараның коды."))
    #expect(kk.contains("-h, --help Анықтаманы көрсету."))
    #expect(!kk.contains("Show help information") && !kk.contains("warning"))
    let ru = try Self.rendered("ru")
    #expect(ru.contains("ИМЯ jolkarta - Мониторинг региональной дорожной карты"))
    #expect(ru.contains("jolkarta set-status Установить статус мероприятия"))
    #expect(ru.contains("(по умолчанию: data/roadmap.json)"))
    let en = try Self.rendered("en")
    #expect(en.contains("NAME jolkarta - Follow a regional roadmap (Жол картасы): dashboard"))
    #expect(en.contains("Keys: →/Space/PgDn next"))
    #expect(en.contains("\"added “title” to PROJECT\""))
    // The table of set's fields keeps its lines.
    let page = CLI.run(["manual", "--lang", "en"]).stdout
    #expect(page.contains(".nf\nFields:\n  activity   status (done, in_progress, pending)"))
  }
}
