import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

extension TestDashboard {
  /// Picks an agency in the owner picker (`o`), by its Kazakh name, as a user would.
  mutating func pickOwner(_ kazakhName: String) {
    let row = state.digest.owners.firstIndex { $0.owner?.resolved("kk") == kazakhName }!
    press(.character("o"))
    for _ in 0...row { press(.down) }
    press(.enter)
  }
}

/// The rows of the list below `heading` that start with a status glyph: what the user
/// sees listed.
func listedRows(_ g: Grid, below heading: String) -> [String] {
  let lines = (0..<g.height).map { g.rowText($0) }
  guard let top = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return [] }
  return lines[(top + 1)...].filter { ["✓", "◐", "○"].contains($0.first) }
}

/// How many cells of a row hold a bar fill.
func cells(_ fill: Character, in row: String) -> Int { row.filter { $0 == fill }.count }

/// The overdue filter (`!`), alone and with the status and owner filters.
@Suite struct OverdueFilterTests {
  @Test func theRegionHasElevenOverdueAndTheFilterShowsJustThem() throws {
    let json = try RegionJSON()
    let overdue = json.activities.filter(json.isOverdue)
    #expect(overdue.count == 11)
    var d = try regionDashboard()
    d.press(.character("!"))
    #expect(d.state.overdueFilter)
    let inProgress = overdue.filter { $0.status == "in_progress" }.count
    let pending = overdue.filter { $0.status == "pending" }.count
    let line = d.grid().rowText(3)
    #expect(line.contains("✓ орындалды 0 (0%)"), "\(line)")
    #expect(line.contains("◐ орындалуда \(inProgress) "), "\(line)")
    #expect(line.contains("○ басталмаған \(pending) "), "\(line)")
    #expect(line.contains("барлығы 11 · ! мерзімі өткен: 11"), "\(line)")
    // Each project lists exactly its overdue activities.
    for (dIndex, projects) in json.projectTitles.enumerated() {
      for p in projects.indices {
        d.press(.character(Character(String(dIndex + 1))))
        for _ in 0..<p { d.press(.down) }
        d.press(.enter)
        let want = overdue.filter { $0.direction == dIndex && $0.project == p }.map(\.location)
        #expect(d.state.projectRows(dIndex, p) == want)
        #expect(listedRows(d.grid(), below: "Іс-шаралар").count == want.count)
        // A project with none of them says so in words, under no bar of zeros.
        if want.isEmpty {
          #expect(d.grid().plainText.contains("Сүзгіге сәйкес келетін іс-шара жоқ"))
        } else {
          #expect(d.grid().rowText(3).contains("барлығы \(want.count)"))
        }
      }
    }
    // Off again: the last project shown («Атмосфералық ауаны қорғау») counts all it has.
    d.press(.character("!"))
    #expect(!d.state.overdueFilter)
    let last = json.activities.filter { $0.direction == 3 && $0.project == 3 }
    #expect(d.grid().rowText(3).contains("барлығы \(last.count)"))
  }

  @Test func itCombinesWithTheStatusAndOwnerFilters() throws {
    let json = try RegionJSON()
    var d = try regionDashboard()
    d.press(.character("!"), .character("f"), .character("f"))
    #expect(d.state.statusFilter == .inProgress && d.state.overdueFilter)
    let both = json.activities.filter { json.isOverdue($0) && $0.status == "in_progress" }
    #expect(d.grid().rowText(3).contains("барлығы \(both.count) "))
    d.press(.character("f"), .character("f"))  // pending, then none
    d.pickOwner(RegionJSON.education)
    let education = json.activities.filter { json.isOverdue($0) && $0.owners["kk"] == RegionJSON.education }
    #expect(!education.isEmpty)
    #expect(d.grid().rowText(3).contains("барлығы \(education.count) · ! мерзімі өткен: \(education.count)"))
    d.press(.character("a"))
    #expect(d.state.rowCount() == 1)
    d.press(.enter)
    #expect(d.state.rowCount() == education.count)
    #expect(listedRows(d.grid(), below: "Іс-шаралар").count == education.count)
  }

  @Test func theAgenciesListThoseWithOverdueWorkMostFirst() throws {
    let json = try RegionJSON()
    var byOwner: [String: Int] = [:]
    for a in json.activities where json.isOverdue(a) { byOwner[a.owners["kk"] ?? "", default: 0] += 1 }
    var d = try regionDashboard()
    d.press(.character("!"), .character("a"))
    #expect(d.state.rowCount() == byOwner.count)
    let most = byOwner.values.max()!
    let first = d.grid().rowText(Layout.list(d.state).y)
    #expect(first.contains("0/\(most)") && first.contains("\(most) қалды"), "\(first)")
    // Enter opens the agency on the row, not the one at that place of the full list.
    let name = d.state.digest.owners[d.state.agencyList()[0]].owner
    d.press(.enter)
    #expect(d.state.current.screen == .agency(Agency(name)))
    #expect(d.state.rowCount() == byOwner[name?.resolved("kk") ?? ""])
  }

  @Test func anEditUnderTheFilterIsCountedAtOnce() throws {
    var d = try regionDashboard()
    d.press(.character("!"), .character("1"), .enter)  // «Тұрғын үй құрылысы»: one overdue
    #expect(d.state.rowCount() == 1)
    d.press(.character("d"))
    _ = d.landSaves()
    #expect(d.state.rowCount() == 0)
    #expect(d.grid().plainText.contains("Сүзгіге сәйкес келетін іс-шара жоқ"))
    #expect(digestIsFresh(d))
    d.press(.character("u"))
    _ = d.landSaves()
    #expect(d.state.rowCount() == 1)
    #expect(digestIsFresh(d))
    d.press(.escape, .escape)
    #expect(d.grid().rowText(3).contains("барлығы 11 · ! мерзімі өткен: 11"))
  }
}

/// Every count, bar and percentage counts what the filters let through.
@Suite struct FilteredCountTests {
  @Test func aProjectsCountAndBarUnderTheOwnerFilterAreItsRows() throws {
    let json = try RegionJSON()
    // «Мектептер салу» (d1.schools): 11 activities, all but one of the education department.
    let mine = json.activities.filter {
      $0.direction == 0 && $0.project == 2 && $0.owners["kk"] == RegionJSON.education
    }
    let all = json.activities.filter { $0.direction == 0 && $0.project == 2 }
    #expect(mine.count == 10 && all.count == 11)
    for (w, h) in [(120, 40), (80, 24)] {
      var d = try regionDashboard(width: w, height: h)
      d.pickOwner(RegionJSON.education)
      d.press(.character("1"), .down, .down, .enter)
      #expect(d.state.current.screen == .project(direction: 0, project: 2))
      let g = d.grid()
      let done = mine.filter { $0.status == "done" }.count
      let inProgress = mine.filter { $0.status == "in_progress" }.count
      #expect(g.rowText(3).contains("барлығы \(mine.count)"), "\(g.rowText(3))")
      #expect(g.rowText(3).contains("✓ орындалды \(done) (\(done * 100 / mine.count)%)"))
      // The bar splits the whole width as the rows do (within a cell of rounding).
      #expect(abs(cells("█", in: g.rowText(2)) - w * done / mine.count) <= 1)
      #expect(abs(cells("▒", in: g.rowText(2)) - w * inProgress / mine.count) <= 1)
      #expect(d.state.rowCount() == mine.count)
      if h >= 40 { #expect(listedRows(g, below: "Іс-шаралар").count == mine.count) }
      // One level up, the project's row and the direction agree.
      d.press(.escape)
      let row = d.grid().rowText(Layout.list(d.state).y + 2)
      #expect(row.contains("Мектептер салу") && row.hasSuffix("\(done)/\(mine.count)"), "\(row)")
      let direction = json.activities.filter { $0.direction == 0 && $0.owners["kk"] == RegionJSON.education }
      #expect(d.grid().rowText(3).contains("барлығы \(direction.count)"))
      #expect(wideCellsAreWhole(d.grid()))
    }
  }

  @Test func theOverviewPanesFollowTheStatusFilter() throws {
    let json = try RegionJSON()
    var d = try regionDashboard()
    d.press(.character("f"))  // done only
    let done = json.activities.filter { $0.status == "done" }
    #expect(d.grid().rowText(3).contains("барлығы \(done.count) "))
    let firstDirection = done.filter { $0.direction == 0 }.count
    let pane = (0..<d.grid().height).map { d.grid().rowText($0) }.first { $0.contains("барлығы \(firstDirection)") }
    #expect(pane != nil)
    #expect(d.grid().rowText(Layout.overviewPanes(d.state).y + 1).contains("100%"))
  }

  @Test func withNoFilterTheModelsCountsAreShownAndNothingIsWalked() throws {
    let d = try regionDashboard()
    #expect(d.state.filtered == nil)
    #expect(d.state.shownCounts == d.state.roadmap.counts)
  }
}

/// The header names every filter in force, in the interface language.
@Suite struct FilterHeaderTests {
  @Test func theFiltersAreNamedInKazakhRussianAndEnglish() throws {
    let expected: [(Language, String, String)] = [
      (.kk, "Сүзгі: ! мерзімі өткен · Білім басқармасы", "Сүзгі: ◐ орындалуда · ! мерзімі өткен · Білім басқармасы"),
      (.ru, "Фильтр: ! просрочено · Управление образования", "Фильтр: ◐ исполняется · ! просрочено · Управление образования"),
      (.en, "Filter: ! overdue · Department of Education", "Filter: ◐ in progress · ! overdue · Department of Education"),
    ]
    for (language, overdueAndOwner, all) in expected {
      var d = try regionDashboard(language: language)
      #expect(!d.grid().rowText(1).contains(overdueAndOwner))
      d.press(.character("!"))
      d.pickOwner(RegionJSON.education)
      #expect(d.grid().rowText(1).hasSuffix(overdueAndOwner), "\(d.grid().rowText(1))")
      d.press(.character("f"), .character("f"))
      #expect(d.grid().rowText(1).hasSuffix(all), "\(d.grid().rowText(1))")
      for (w, h) in [(80, 24), (120, 40)] {
        d.handle(.resize(width: w, height: h))
        #expect(wideCellsAreWhole(d.grid()))
        #expect(d.grid().rowText(1).contains(String(all.prefix(8))))
      }
    }
  }
}

extension FilterHeaderTests {
  /// An agency named in wide characters is cut between two of them, with an ellipsis: a
  /// name of 96 columns, wider than the row leaves the badge even at 120.
  @Test func aWideAgencyNameIsCutBetweenCharacters() throws {
    let name = String(repeating: "東京都教育委員会", count: 6)
    let loaded = try tinyRoadmap(title: "\"T\"", owner: name)
    for (w, h) in [(80, 24), (120, 40)] {
      var d = TestDashboard(loaded, options: DashboardOptions(today: snapshotDay))
      d.handle(.resize(width: w, height: h))
      d.pickOwner(name)
      d.press(.character("!"))
      let g = d.grid()
      #expect(wideCellsAreWhole(g), "\(w)x\(h)")
      let header = g.rowText(1)
      #expect(header.contains("Сүзгі: ! мерзімі өткен · 東京都"), "\(header)")
      #expect(header.hasSuffix("…"), "\(header)")
      #expect(!header.contains(name), "\(header)")
    }
  }
}

/// Under filters a keystroke and its frame still cost what is shown: the filtered figures
/// are worked out once per filter change, not per frame.
@Suite struct FilterScaleTests {
  @Test func keysUnderFiltersDoNotGrowWithTheRoadmap() throws {
    func walk(_ loaded: LoadedRoadmap) -> Double {
      var d = TestDashboard(loaded, options: DashboardOptions(today: snapshotDay))
      _ = d.handle(.resize(width: 120, height: 40))
      d.press(.character("!"), .character("f"), .character("f"))
      _ = d.grid()
      let start = DispatchTime.now().uptimeNanoseconds
      for k: Key in [.tab, .tab, .character("1"), .down, .enter, .pageDown, .down, .escape, .escape,
        .character("a"), .down, .escape, .character("L"), .character("L"), .character("L")] {
        d.press(k)
        _ = d.grid()
      }
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    try expectCostDoesNotGrow("15 keys + frames under filters", walk)
  }
}
