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
    #expect(ru.stdout.hasPrefix("Все регионы: 2\nвсего 822 · "))
    #expect(ru.stdout.contains("Не прочитаны:\n   broken.json: "))
  }
}
