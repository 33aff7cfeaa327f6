import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Five regions' files of different shapes (four and five directions, one not valid),
/// each under its own region name, in a temporary folder, read as `present DIR` reads them.
struct FiveRegions {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("jolkarta-present-\(UUID().uuidString)").path

  init() throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let sample = try Data(contentsOf: packageRoot.appendingPathComponent("data/roadmap.json"))
    func named(_ data: Data, _ kk: String, _ ru: String, _ en: String) throws -> Data {
      var doc = try JSONSerialization.jsonObject(with: data) as! [String: Any]
      doc["region"] = ["kk": kk, "ru": ru, "en": en]
      return try JSONSerialization.data(withJSONObject: doc)
    }
    try sample.write(to: URL(fileURLWithPath: path + "/zko.json"))
    try named(Data(SyntheticRoadmap(activities: 300, seed: 1).bytes()), "Ақмола облысы", "Акмолинская область", "Akmola Region")
      .write(to: URL(fileURLWithPath: path + "/akmola.json"))
    try named(Data(SyntheticRoadmap(activities: 500, seed: 2).bytes()), "Алматы облысы", "Алматинская область", "Almaty Region")
      .write(to: URL(fileURLWithPath: path + "/almaty.json"))
    var doc = try JSONSerialization.jsonObject(with: sample) as! [String: Any]
    var directions = doc["directions"] as! [[String: Any]]
    var fifth = directions[3]
    fifth["id"] = "d5"
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
    doc["directions"] = directions
    try named(try JSONSerialization.data(withJSONObject: doc), "Атырау облысы", "Атырауская область", "Atyrau Region")
      .write(to: URL(fileURLWithPath: path + "/atyrau.json"))
    try sample.prefix(500).write(to: URL(fileURLWithPath: path + "/broken.json"))
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }

  func presentation(width: Int, height: Int, language: Language) -> NationalPresentation {
    var p = NationalPresentation(
      RegionFolder.load(RegionFolder.roadmapFiles(in: path), withHistory: false),
      options: PresentationOptions(language: language, timeZone: TimeZone(identifier: "UTC")!, now: { meetingTime }))
    _ = p.handle(.resize(width: width, height: height))
    return p
  }
}

extension NationalPresentation {
  func grid() -> Grid {
    var g = Grid(width: width, height: height)
    render(into: &g)
    return g
  }
}

/// `present DIR`: golden frames of the totals, the ranking and a region's slide at 80×24
/// and 120×40 in kk and en; every slide whole down to 40×12; paging of the ranking.
@Suite struct NationalPresentationTests {
  func name(_ s: NationalSlide) -> String {
    switch s {
    case .totals: return "totals"
    case .ranking(let page, _): return "ranking-\(page + 1)"
    case .region(let k): return "region-\(k + 1)"
    }
  }

  @Test(arguments: [(80, 24), (120, 40), (40, 12)], [Language.kk, .en])
  func goldenSlides(size: (Int, Int), language: Language) throws {
    let folder = try FiveRegions()
    defer { folder.remove() }
    var p = folder.presentation(width: size.0, height: size.1, language: language)
    #expect(p.slides.count == 1 + 1 + 4)
    for slide in p.slides.prefix(3) {
      assertSnapshot(p.grid(), named: "national-\(name(slide))-\(language.rawValue)-\(size.0)x\(size.1)")
      _ = p.handle(.key(.right))
    }
  }

  /// The ranking's rows read the regions best first with the percentages the figures
  /// give, and the file not read is its own row with its problem.
  @Test func rankingRowsFollowTheFigures() throws {
    let folder = try FiveRegions()
    defer { folder.remove() }
    var p = folder.presentation(width: 80, height: 24, language: .en)
    _ = p.handle(.key(.right))
    let text = snapshotText(p.grid()).split(separator: "\n").map(String.init)
    let ranked = p.figures.ranking
    #expect(ranked.count == 4)
    var y = 0
    for (k, r) in ranked.enumerated() {
      let name = r.region.resolved("en")
      let row = try #require(text.dropFirst(y).firstIndex { $0.contains(name) }, "\(name)")
      #expect(text[row].contains("\(k + 1) "))
      #expect(text[row].contains("\(r.percentDone)%"))
      y = row + 1
    }
    #expect(text.dropFirst(y).contains { $0.contains("✗ broken.json: ") })
  }

  /// Every slide stays inside the screen and keeps its heading and footer at the
  /// smallest size; the ranking pages when the regions do not fit, and a resize keeps
  /// the region shown.
  @Test func smallScreensPageTheRanking() throws {
    let folder = try FiveRegions()
    defer { folder.remove() }
    var p = folder.presentation(width: 40, height: 12, language: .kk)
    // Five rows (four regions, one file) in eight: one page; at 40×7, three rows a page.
    #expect(p.slides.filter { if case .ranking = $0 { return true } else { return false } }.count == 1)
    for _ in p.slides {
      let g = p.grid()
      let lines = snapshotText(g).split(separator: "\n", omittingEmptySubsequences: false)
      // lines[0] is the snapshot's "size" line.
      #expect(!lines[1].trimmingCharacters(in: .whitespaces).isEmpty)
      #expect(lines[12].contains("/ 6"))
      _ = p.handle(.key(.right))
    }
    _ = p.handle(.key(.home))
    _ = p.handle(.resize(width: 40, height: 7))
    let pages = p.slides.filter { if case .ranking = $0 { return true } else { return false } }
    #expect(pages == [.ranking(page: 0, of: 2), .ranking(page: 1, of: 2)])
    _ = p.handle(.key(.end))
    let shown = p.current
    _ = p.handle(.resize(width: 120, height: 40))
    #expect(p.current == shown)
  }

  /// A region that arrives takes its place in the ranking and gets its slide; the region
  /// shown stays shown though its place moves; a file that goes away leaves the deck.
  @Test func aNewFileJoinsAndTheRegionShownStays() throws {
    let folder = try FiveRegions()
    defer { folder.remove() }
    var p = folder.presentation(width: 80, height: 24, language: .en)
    let zko = try #require(p.figures.ranking.firstIndex { $0.file == "zko.json" })
    while p.current != .region(zko) { _ = p.handle(.key(.right)) }
    // Every activity done: the new region ranks first and pushes zko one place down.
    var doc = try JSONSerialization.jsonObject(with: Data(contentsOf: packageRoot.appendingPathComponent("data/roadmap.json"))) as! [String: Any]
    doc["region"] = ["kk": "Астана", "ru": "Астана", "en": "Astana"]
    doc["directions"] = (doc["directions"] as! [[String: Any]]).map { d -> [String: Any] in
      var d = d
      d["projects"] = (d["projects"] as! [[String: Any]]).map { p -> [String: Any] in
        var p = p
        p["activities"] = (p["activities"] as! [[String: Any]]).map { a -> [String: Any] in
          var a = a
          a["status"] = "done"
          return a
        }
        return p
      }
      return d
    }
    try JSONSerialization.data(withJSONObject: doc).write(to: URL(fileURLWithPath: folder.path + "/astana.json"))
    p.replaceFiles(RegionFolder.load(RegionFolder.roadmapFiles(in: folder.path), withHistory: false))
    #expect(p.figures.ranking.first?.file == "astana.json")
    #expect(p.slides.count == 1 + 1 + 5)
    #expect(p.current == .region(zko + 1))
    #expect(snapshotText(p.grid()).contains("\(zko + 2). West Kazakhstan Region"))
    try FileManager.default.removeItem(atPath: folder.path + "/zko.json")
    p.replaceFiles(RegionFolder.load(RegionFolder.roadmapFiles(in: folder.path), withHistory: false))
    #expect(!p.figures.ranking.contains { $0.file == "zko.json" })
    #expect(p.slides.count == 1 + 1 + 4)
  }
}
