import Foundation
import Testing

/// What `make install` installs: the man page's source (the command tree argument-parser
/// dumps for its generate-manual plugin), the completions, and where the Makefile puts them.
struct CLIInstallTests {
  /// Every subcommand `jolkarta --help` lists, and argument-parser's own `help`.
  static let subcommands = [
    "open", "summary", "validate", "set-status", "set", "add", "remove", "move", "history",
    "export", "import", "init", "report", "present", "meeting", "keys", "generate", "help",
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
      (".build/completions/jolkarta.bash", "/share/bash-completion/completions/jolkarta"),
      (".build/completions/_jolkarta", "/share/zsh/site-functions/_jolkarta"),
      (".build/completions/jolkarta.fish", "/share/fish/vendor_completions.d/jolkarta.fish"),
    ] {
      let line = out.split(separator: "\n").first { $0.contains(from) && $0.contains("\"\(root)\(to)\"") }
      #expect(line != nil, "\(from) → \(root)\(to)")
    }
    #expect(out.contains("generate-manual"))
    for shell in ["bash", "zsh", "fish"] {
      #expect(out.contains("--generate-completion-script \(shell)"))
    }
  }
}
