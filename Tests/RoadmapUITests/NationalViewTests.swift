import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The national overview, its sorts and the comparison of one direction across regions,
/// on the five files of `NationalFixture`; figures checked against the fixture's own numbers.
@Suite struct NationalViewTests {
  /// The national state over the fixture's folder, at a size, in a language.
  static func state(_ language: Language, _ width: Int, _ height: Int) throws -> NationalState {
    let dir = try NationalFixture.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var s = NationalState(options: NationalOptions(language: language))
    _ = s.update(.files(RegionFolder.load(RegionFolder.roadmapFiles(in: dir))))
    _ = s.update(.resize(width: width, height: height))
    return s
  }

  static func grid(_ s: NationalState) -> Grid {
    var g = Grid(width: s.width, height: s.height)
    s.render(into: &g)
    return g
  }

  /// The fixture's counts per file, summed over its directions, from the specification
  /// the files were written from (not from the loader).
  static var expected: [String: (done: Int, inProgress: Int, pending: Int, overdue: Int)] {
    var out: [String: (Int, Int, Int, Int)] = [:]
    for (name, doc) in NationalFixture.files where doc != nil {
      var t = (0, 0, 0, 0)
      for d in (doc!["directions"] as! [[String: Any]]) {
        for p in d["projects"] as! [[String: Any]] {
          for a in p["activities"] as! [[String: Any]] {
            switch a["status"] as! String {
            case "done": t.0 += 1
            case "in_progress": t.1 += 1
            default: t.2 += 1
            }
            if a["status"] as! String != "done", (a["due"] as! String) < NationalFixture.asOf { t.3 += 1 }
          }
        }
      }
      out[name] = t
    }
    return out
  }

  /// Whole percentages adding up to 100, by largest remainder, computed here afresh.
  static func largestRemainder(_ parts: [Int]) -> [Int] {
    let total = parts.reduce(0, +)
    guard total > 0 else { return parts.map { _ in 0 } }
    var whole = parts.map { $0 * 100 / total }
    let order = parts.indices.sorted { (parts[$0] * 100 % total) > (parts[$1] * 100 % total) }
    for i in order.prefix(100 - whole.reduce(0, +)) { whole[i] += 1 }
    return whole
  }

  @Test(arguments: [
    (Language.kk, 80, 24), (.kk, 120, 40), (.en, 80, 24), (.en, 120, 40), (.ru, 80, 24), (.ru, 120, 40),
    (.kk, 40, 12), (.en, 40, 12),
  ])
  func overviewSnapshots(_ language: Language, _ width: Int, _ height: Int) throws {
    let s = try Self.state(language, width, height)
    assertSnapshot(Self.grid(s), named: "national-\(language.rawValue)-\(width)x\(height)")
  }

  @Test(arguments: [Language.kk, .en])
  func directionSnapshots(_ language: Language) throws {
    var s = try Self.state(language, 80, 24)
    _ = s.update(.key(.character("d")))
    assertSnapshot(Self.grid(s), named: "national-shared-\(language.rawValue)-80x24")
    _ = s.update(.key(.enter))
    assertSnapshot(Self.grid(s), named: "national-direction-\(language.rawValue)-80x24")
  }

  /// The headline and every row against the fixture's numbers; the rank by share done.
  @Test func figuresAgainstTheFixture() throws {
    let s = try Self.state(.en, 120, 40)
    let e = Self.expected
    let sums = e.values.reduce((0, 0, 0, 0)) { ($0.0 + $1.done, $0.1 + $1.inProgress, $0.2 + $1.pending, $0.3 + $1.overdue) }
    let pct = Self.largestRemainder([sums.0, sums.1, sums.2])
    let text = Self.grid(s).plainText
    let headline = text.split(separator: "\n")[2]
    #expect(headline.contains("✓ done \(sums.0) (\(pct[0])%)"), "\(headline)")
    #expect(headline.contains("◐ in progress \(sums.1) (\(pct[1])%)"))
    #expect(headline.contains("○ not started \(sums.2) (\(pct[2])%)"))
    #expect(headline.contains("total \(sums.0 + sums.1 + sums.2)"))
    #expect(headline.contains("overdue: \(sums.3)"))
    let rows = s.rows
    #expect(rows.count == 5)
    #expect(rows.last?.problem != nil && rows.last?.file == "broken.json")
    let share = { (n: String) -> Double in
      let c = e[n]!
      return Double(c.done) / Double(c.done + c.inProgress + c.pending)
    }
    let ranking = e.keys.sorted { share($0) > share($1) }
    for row in rows.dropLast() {
      let c = e[row.file]!
      #expect(row.counts == StatusCounts(done: c.done, inProgress: c.inProgress, pending: c.pending), "\(row.file)")
      #expect(row.overdue == c.overdue, "\(row.file)")
      #expect(row.rank == ranking.firstIndex(of: row.file)! + 1, "\(row.file)")
      // The row on screen shows the same figures, in the column order.
      let line = text.split(separator: "\n").first { $0.contains(row.name) }!
      let numbers = line.split(separator: " ").suffix(7).map(String.init)
      let p = Self.largestRemainder([c.done, c.inProgress, c.pending])[0]
      // Done since the meeting, from the fixture's history; «—» without a meeting.
      let since = NationalFixture.doneSinceMeeting[row.file].map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "—"
      #expect(row.sinceMeeting == NationalFixture.doneSinceMeeting[row.file], "\(row.file)")
      #expect(numbers == ["\(c.done)", "\(c.inProgress)", "\(c.pending)", "\(c.done + c.inProgress + c.pending)", "\(p)", "\(c.overdue)", since], "\(line)")
    }
    #expect(NationalFixture.doneSinceMeeting["akmola.json"] == 2, "a real figure on screen")
    // Best first by default: the rank column reads 1, 2, 3, 4.
    #expect(rows.dropLast().map(\.rank) == [1, 2, 3, 4])
  }

  /// s cycles the column (marked in the heading), S reverses, the cursor keeps its region.
  @Test func sortingKeepsTheCursorsRegion() throws {
    var s = try Self.state(.en, 120, 40)
    _ = s.update(.key(.down))
    let picked = s.selectedRow!.key
    _ = s.update(.key(.character("s")))
    #expect(s.regionSort.column == .region)
    #expect(s.rows.dropLast().map(\.name) == ["Akmola Region", "Almaty City", "Atyrau Region", "Жетісу облысы"])
    #expect(s.selectedRow?.key == picked)
    #expect(Self.grid(s).rowText(3).contains("▼Region"))
    _ = s.update(.key(.character("S")))
    #expect(s.rows.dropLast().map(\.name) == ["Жетісу облысы", "Atyrau Region", "Almaty City", "Akmola Region"])
    #expect(Self.grid(s).rowText(3).contains("▲Region"))
    // To the overdue column: most first, the invalid file still last.
    while s.regionSort.column != .overdue { _ = s.update(.key(.character("s"))) }
    let e = Self.expected
    #expect(s.rows.dropLast().map(\.file) == e.keys.sorted { e[$0]!.overdue > e[$1]!.overdue })
    #expect(s.rows.last?.file == "broken.json")
    #expect(s.selectedRow?.key == picked)
    #expect(Self.grid(s).rowText(3).contains("▼Overdue"))
  }

  /// d lists the shared directions (by id, or by title where ids differ); Enter shows one
  /// across the regions with its counts there; Esc comes back.
  @Test func oneDirectionAcrossRegions() throws {
    var s = try Self.state(.kk, 120, 40)
    _ = s.update(.key(.character("d")))
    #expect(s.rows.map(\.name) == ["Өмір сапасын арттыру", "Кірістерді арттыру", "Экологиялық жағдайды жақсарту", "Мәдениет және спорт", "Цифрландыру"])
    #expect(s.rows.map(\.regions) == [4, 4, 4, 4, 2])
    _ = s.update(.key(.down))
    _ = s.update(.key(.enter))
    #expect(s.current.screen == .direction(id: "d2"))
    var want: [String: StatusCounts] = [:]
    for (name, doc) in NationalFixture.files where doc != nil {
      let d = (doc!["directions"] as! [[String: Any]])[1]
      let statuses = ((d["projects"] as! [[String: Any]])[0]["activities"] as! [[String: Any]]).map { $0["status"] as! String }
      want[name] = StatusCounts(
        done: statuses.filter { $0 == "done" }.count, inProgress: statuses.filter { $0 == "in_progress" }.count,
        pending: statuses.filter { $0 == "pending" }.count)
    }
    #expect(Dictionary(uniqueKeysWithValues: s.rows.map { ($0.file, $0.counts) }) == want)
    _ = s.update(.key(.escape))
    _ = s.update(.key(.escape))
    #expect(s.current.screen == .regions)
  }

  /// Enter on a region asks the session to open it; on the invalid file it does nothing.
  @Test func enterOpensAValidRegionOnly() throws {
    var s = try Self.state(.en, 80, 24)
    let first = s.selectedRow!.key
    #expect(s.update(.key(.enter)) == [.openRegion(path: first)])
    _ = s.update(.key(.end))
    #expect(s.selectedRow?.problem != nil)
    #expect(s.update(.key(.enter)) == [])
    #expect(s.update(.key(.character("q"))) == [.quit(status: 0)])
  }
}

/// Large figures on the narrowest screen: the figures move to lines of their own, none is
/// dropped or cut.
@Suite struct NationalNarrowTests {
  @Test(arguments: [Language.kk, .ru, .en])
  func largeFiguresAt40x12(_ language: Language) throws {
    let dir = NSTemporaryDirectory() + "jolkarta-narrow-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for k in 1...3 {
      try Data(SyntheticRoadmap(activities: 9_000 + 1_000 * k, seed: UInt64(k)).bytes()).write(to: URL(fileURLWithPath: dir + "/r\(k).json"))
    }
    let files = RegionFolder.load(RegionFolder.roadmapFiles(in: dir))
    var s = NationalState(options: NationalOptions(language: language))
    _ = s.update(.files(files))
    _ = s.update(.resize(width: 40, height: 12))
    var grid = Grid(width: 40, height: 12)
    s.render(into: &grid)
    let text = grid.plainText
    #expect(s.view.columns.inline == false, "\(text)")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // The first region on screen: every figure of it is on its lines, whole.
    let row = s.rows[0]
    let top = NationalLayout.headingY + s.view.columns.headingHeight
    let block = lines[top..<(top + s.view.columns.rowHeight)].joined(separator: "\n")
    for column in NationalLayout.figureColumns(.regions) {
      let v = NationalLayout.value(column, row, s)
      #expect(block.contains(v), "\(column): \(v) in\n\(block)")
    }
    #expect(block.contains(Formatting.count(row.counts.total, language)))
    // The national sums too, overdue among them, on the two rows under the title.
    let head = lines[1...2].joined(separator: " ")
    let f = s.figures
    for n in [f.totals.done, f.totals.inProgress, f.totals.pending, f.totals.total, f.overdue] {
      #expect(head.contains(Formatting.count(n, language)), "\(n) in \(head)")
    }
  }
}
