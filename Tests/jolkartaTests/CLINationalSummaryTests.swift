import Foundation
import Testing

/// `jolkarta summary DIR`: the national figures of every region's file in a folder.
struct CLINationalSummaryTests {
  /// Counts by status of one file, by Foundation's parser.
  static func counts(_ bytes: [UInt8]) -> [String: Int] {
    let doc = try! JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
    var out: [String: Int] = [:]
    for d in doc["directions"] as! [[String: Any]] {
      for p in d["projects"] as! [[String: Any]] {
        for a in p["activities"] as! [[String: Any]] { out[a["status"] as! String, default: 0] += 1 }
      }
    }
    return out
  }

  @Test func theSumsOfTheRegionsAndAnInvalidFileNamed() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    dir.write("zko.json", CLI.sampleBytes)
    #expect(CLI.run(["generate", "--activities", "700", "--seed", "5", "--output", dir.file("aktobe.json")]).status == 0)
    let json = CLI.run(["summary", "--json", dir.path])
    #expect(json.status == 0, "\(json.stderr)")
    let doc = try JSONSerialization.jsonObject(with: Data(json.out)) as! [String: Any]
    let totals = doc["totals"] as! [String: Any]
    let a = Self.counts(CLI.sampleBytes), b = Self.counts(dir.read("aktobe.json"))
    for key in ["done", "in_progress", "pending"] {
      #expect(totals[key] as? Int == a[key, default: 0] + b[key, default: 0], "\(key)")
    }
    #expect(totals["total"] as? Int == 822)
    let share = { (c: [String: Int]) in Double(c["done", default: 0]) / Double(c.values.reduce(0, +)) }
    #expect(doc["ranking"] as? [String] == (share(a) >= share(b) ? ["zko.json", "aktobe.json"] : ["aktobe.json", "zko.json"]))

    dir.write("broken.json", Array("{\"format\":".utf8))
    let ru = CLI.run(["summary", "--lang", "ru", dir.path])
    #expect(ru.status == 1)
    #expect(ru.stdout.hasPrefix("Все регионы · 2 региона · не прочитан 1 файл\nВсего 822 · "), "\(ru.stdout)")
    #expect(ru.stdout.contains("Не прочитаны:\n   broken.json: "))
  }

  /// The text's words are the catalogue's, in each language; the change since the
  /// meeting is said where a region has one (the sample's meeting, no history: +0).
  @Test(arguments: [
    ("kk", "Барлық өңірлер · 2 өңір · оқылмаған файл: 1\n", "отырыстан бері орындалды: ", "Оқылмаған файлдар:\n"),
    ("ru", "Все регионы · 2 региона · не прочитан 1 файл\n", "исполнено после заседания: ", "Не прочитаны:\n"),
    ("en", "All regions · 2 regions · 1 file not read\n", "done since the meeting: ", "Files not read:\n"),
  ])
  func theTextInEachLanguage(_ lang: String, _ head: String, _ since: String, _ invalid: String) throws {
    let dir = TempFolder()
    defer { dir.remove() }
    dir.write("zko.json", CLI.sampleBytes)
    #expect(CLI.run(["generate", "--activities", "1710", "--seed", "5", "--output", dir.file("aktobe.json")]).status == 0)
    dir.write("broken.json", Array("{\"format\":".utf8))
    let r = CLI.run(["summary", "--lang", lang, dir.path])
    #expect(r.status == 1)
    #expect(r.stdout.hasPrefix(head), "\(r.stdout)")
    #expect(r.stdout.contains(invalid))
    let doc = try JSONSerialization.jsonObject(with: Data(CLI.run(["summary", "--json", dir.path]).out)) as! [String: Any]
    let zko = (doc["regions"] as! [[String: Any]]).first { $0["file"] as? String == "zko.json" }!
    if let d = zko["done_since_meeting"] as? Int {
      #expect(r.stdout.contains(since + (d > 0 ? "+" : "") + "\(d)"), "\(r.stdout)")
    }
    // A large count as the language groups it: 1 710 in Kazakh and Russian.
    #expect(r.stdout.contains(lang == "en" ? "1,710" : "1 710"), "\(r.stdout)")
  }
}
