import Foundation
import RoadmapKit
import Testing

/// A folder of five regions' files of different shapes: the region's own (its region
/// renamed to a hostile text), two generated ones, one with a fifth direction, and one
/// that is not a valid roadmap; and an oracle that reads them with Python, not with
/// jolkarta's loader.
struct NationalFolder {
  /// A region name made of what Markdown, HTML and a spreadsheet must not obey.
  static let hostile = "<script>alert(1)</script> | *x* =HYPERLINK(\"http://e\") &amp; [a](b)"

  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("jolkarta-national-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let sample = try Data(contentsOf: packageRoot.appendingPathComponent("data/roadmap.json"))
    var zko = try JSONSerialization.jsonObject(with: sample) as! [String: Any]
    zko["region"] = ["kk": Self.hostile, "ru": Self.hostile, "en": Self.hostile]
    zko["title"] = ["kk": "T " + Self.hostile, "ru": "T " + Self.hostile, "en": "T " + Self.hostile]
    try write("zko.json", try JSONSerialization.data(withJSONObject: zko))
    try write("akmola.json", Data(SyntheticRoadmap(activities: 300, seed: 1).bytes()))
    try write("almaty.json", Data(SyntheticRoadmap(activities: 500, seed: 2).bytes()))
    // Five directions: the fourth again, under a new id, every activity done.
    var atyrau = try JSONSerialization.jsonObject(with: sample) as! [String: Any]
    var directions = atyrau["directions"] as! [[String: Any]]
    var fifth = directions[3]
    fifth["id"] = "d5"
    fifth["title"] = ["kk": "Цифрландыру", "ru": "Цифровизация", "en": "Digitalisation"]
    fifth["indicators"] = []
    fifth["projects"] = (fifth["projects"] as! [[String: Any]]).map { p -> [String: Any] in
      var p = p
      p["id"] = "d5." + (p["id"] as! String)
      p["indicators"] = []
      p["activities"] = (p["activities"] as! [[String: Any]]).map { a -> [String: Any] in
        var a = a
        a["id"] = "d5." + (a["id"] as! String)
        a["status"] = "done"
        return a
      }
      return p
    }
    directions.append(fifth)
    atyrau["directions"] = directions
    atyrau["region"] = ["kk": "Атырау облысы", "ru": "Атырауская область", "en": "Atyrau Region"]
    try write("atyrau.json", try JSONSerialization.data(withJSONObject: atyrau))
    try write("broken.json", sample.prefix(500))
  }

  func write(_ name: String, _ data: Data) throws { try data.write(to: URL(fileURLWithPath: file(name))) }
  func file(_ name: String) -> String { path + "/" + name }
  func remove() { try? FileManager.default.removeItem(atPath: path) }

  /// What Python makes of the folder: per valid file its counts and overdue, the sums,
  /// the percentages by largest remainder over the sums, the ranking; `csv`, when given,
  /// read by Python's csv module.
  struct Oracle: Decodable {
    struct Counts: Decodable, Equatable {
      var done, in_progress, pending, total, overdue: Int
    }
    var files: [String: Counts]
    var totals: Counts
    var percent: [Int]
    var ranking: [String]
    var invalid: [String]
    var csv: [[String]]?
  }

  static let script = """
    import json, sys, os, csv, io
    folder = sys.argv[1]
    files, invalid = {}, []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"): continue
        try:
            doc = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        except Exception:
            invalid.append(name); continue
        c = {"done": 0, "in_progress": 0, "pending": 0, "overdue": 0}
        for d in doc["directions"]:
            for p in d["projects"]:
                for a in p["activities"]:
                    c[a["status"]] += 1
                    if a["status"] != "done" and a.get("due") and a["due"] < doc["as_of"]: c["overdue"] += 1
        c["total"] = c["done"] + c["in_progress"] + c["pending"]
        files[name] = c
    t = {k: sum(f[k] for f in files.values()) for k in ["done", "in_progress", "pending", "total", "overdue"]}
    parts = [t["done"], t["in_progress"], t["pending"]]
    shares = [p * 100 // t["total"] for p in parts]
    order = sorted(range(3), key=lambda i: (-(parts[i] * 100 % t["total"]), i))
    for i in order[:100 - sum(shares)]: shares[i] += 1
    ranking = sorted(files, key=lambda n: (-files[n]["done"] / files[n]["total"], -files[n]["done"], n))
    out = {"files": files, "totals": t, "percent": shares, "ranking": ranking, "invalid": invalid}
    if len(sys.argv) > 2:
        text = open(sys.argv[2], encoding="utf-8-sig", newline="").read()
        out["csv"] = list(csv.reader(io.StringIO(text, newline=""), delimiter=sys.argv[3]))
    json.dump(out, sys.stdout)
    """

  /// The oracle, with `csv` (its bytes and delimiter) read too when given.
  func oracle(csv: String? = nil, delimiter: String = ";") throws -> Oracle {
    var args = ["-c", Self.script, path]
    if let csv {
      let p = file("out.csv.txt")
      try Data(csv.utf8).write(to: URL(fileURLWithPath: p))
      args += [p, delimiter]
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    try #require(p.terminationStatus == 0)
    return try JSONDecoder().decode(Oracle.self, from: data)
  }
}
