import Foundation
import Testing

/// The command line's errors name the system's refusal in the language asked for: no
/// English of the C library («Not a directory») inside a Kazakh or Russian message.
struct CLISystemWordsTests {
  /// The message's Latin words but the paths (a word with a `/`, the names the test
  /// gave) and the program's name: an English word left is English in the message.
  static func latinWords(_ message: String, paths: [String]) -> [String] {
    let words = message.split(whereSeparator: \.isWhitespace).map(String.init)
      .filter { !$0.contains("/") && !paths.contains($0) && !$0.hasPrefix("jolkarta") }
    return words.joined(separator: " ").split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count > 1 }
  }

  /// A path under a regular file (ENOTDIR) and a folder as the output (EISDIR): both are
  /// refused to root too, so the test holds where CI runs as root.
  @Test(arguments: [("kk", "жолдағы бір атау қалта емес", "бұл — қалта, файл емес", "сақталмады"),
                    ("ru", "часть пути не является папкой", "это папка, а не файл", "не сохранён")])
  func exportIntoAPlaceTheSystemRefusesSaysWhyInTheLanguage(
    language: String, notFolder: String, isFolder: String, notSaved: String
  ) {
    let dir = TempFolder()
    defer { dir.remove() }
    let plain = dir.write("plain", Array("x".utf8))
    try? FileManager.default.createDirectory(atPath: dir.file("folder"), withIntermediateDirectories: false)
    let under = plain + "/out.csv"
    let a = CLI.run(["export", CLI.samplePath, "--format", "csv", "-o", under, "--lang", language])
    #expect(a.status == 1)
    #expect(a.stderr.contains(notFolder) && a.stderr.contains(notSaved), "\(a.stderr)")
    #expect(Self.latinWords(a.stderr, paths: []) == [], "\(a.stderr)")
    let b = CLI.run(["export", CLI.samplePath, "--format", "csv", "-o", dir.file("folder"), "--lang", language])
    #expect(b.status == 1)
    #expect(b.stderr.contains(isFolder), "\(b.stderr)")
    #expect(Self.latinWords(b.stderr, paths: []) == [], "\(b.stderr)")
    // The same refusal in English keeps the C library's sentence, which scripts know.
    let en = CLI.run(["export", CLI.samplePath, "--format", "csv", "-o", under, "--lang", "en"])
    #expect(en.stderr.contains("Not a directory"), "\(en.stderr)")
  }

  /// A folder this user may not write (not tried as root, who may write it anyway).
  @Test func aFolderThatRefusesWritingSaysSoInKazakh() throws {
    guard getuid() != 0 else { return }
    let dir = TempFolder()
    defer {
      chmod(dir.file("closed"), 0o755)
      dir.remove()
    }
    try FileManager.default.createDirectory(atPath: dir.file("closed"), withIntermediateDirectories: false)
    chmod(dir.file("closed"), 0o555)
    let out = dir.file("closed") + "/r.md"
    let r = CLI.run(["report", CLI.samplePath, "--format", "md", "-o", out, "--lang", "kk"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("рұқсат жоқ"), "\(r.stderr)")
    #expect(Self.latinWords(r.stderr, paths: []) == [], "\(r.stderr)")
  }

  /// `init` over a file, `set-status` of a file under a regular file, `generate` into
  /// one: the whole message in the language.
  @Test func initSetStatusAndGenerateSpeakTheLanguage() {
    let dir = TempFolder()
    defer { dir.remove() }
    let file = dir.write("r.json", CLI.sampleBytes)
    let plain = dir.write("plain", Array("x".utf8))
    let exists = CLI.run(["init", file], environment: ["JOLKARTA_LANG": "ru"])
    #expect(exists.status == 1 && exists.stderr.contains("уже есть"), "\(exists.stderr)")
    #expect(Self.latinWords(exists.stderr, paths: []) == ["force"], "\(exists.stderr)")
    let set = CLI.run(["set-status", "d1.housing.01", "done", plain + "/r.json", "--lang", "kk"])
    #expect(set.status == 1 && set.stderr.contains("ашылмады: жолдағы бір атау қалта емес"), "\(set.stderr)")
    let made = CLI.run(["generate", "--activities", "3", "-o", dir.file("g.json"), "--lang", "kk"])
    #expect(made.status == 0)
    #expect(made.stdout.hasPrefix(dir.file("g.json") + " жазылды: 3 іс-шара, "), "\(made.stdout)")
    let refused = CLI.run(["generate", "--activities", "3", "-o", plain + "/g.json", "--lang", "ru"])
    #expect(refused.status == 1 && refused.stderr.contains("часть пути не является папкой"), "\(refused.stderr)")
    #expect(Self.latinWords(refused.stderr, paths: []) == [], "\(refused.stderr)")
  }

  /// `generate`'s note writes its figures grouped as each language does, with the plural
  /// the number takes: «1 000 іс-шара», «1 000 мероприятий», "1,000 activities".
  @Test(arguments: [
    ("kk", " жазылды: 1 000 іс-шара, ", " ", " байт"), ("ru", ": 1 000 мероприятий, ", " ", " байт"),
    ("en", ": 1,000 activities, ", ",", " bytes"),
  ])
  func generateGroupsItsFigures(language: String, activities: String, separator: String, unit: String) throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let made = CLI.run(["generate", "--activities", "1000", "-o", dir.file("g.json"), "--lang", language])
    #expect(made.status == 0)
    #expect(made.stdout.contains(activities), "\(made.stdout)")
    // The byte count, grouped by threes by hand here.
    let size = try #require(try FileManager.default.attributesOfItem(atPath: dir.file("g.json"))[.size] as? Int)
    var digits = String(size), groups: [String] = []
    while digits.count > 3 { groups.insert(String(digits.suffix(3)), at: 0); digits.removeLast(3) }
    groups.insert(digits, at: 0)
    #expect(size >= 1000 && made.stdout.hasSuffix(groups.joined(separator: separator) + unit + "\n"), "\(made.stdout)")
  }
}
