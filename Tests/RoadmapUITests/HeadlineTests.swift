import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The overview's status line keeps every figure at every size from 40×12 up.
@Suite struct HeadlineTests {
  /// The figures the headline must show, counted from the file by this test's own loop.
  static func expectedFigures() throws -> [Int] {
    let file = try RegionJSON()
    let done = file.activities.filter { $0.status == "done" }.count
    let inProgress = file.activities.filter { $0.status == "in_progress" }.count
    let pending = file.activities.filter { $0.status == "pending" }.count
    let overdue = file.activities.filter(file.isOverdue).count
    return [done, inProgress, pending, file.activities.count, overdue]
  }

  /// Every run of digits in a line, as numbers.
  static func numbers(in line: String) -> [Int] {
    line.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
  }

  @Test(arguments: [(40, 12), (60, 20), (80, 24), (100, 30), (120, 40)])
  func headlineKeepsEveryFigure(size: (Int, Int)) throws {
    let expected = try Self.expectedFigures()
    #expect(expected == [60, 52, 10, 122, 11], "the region's file as the issue states it")
    for language in [Language.kk, .ru, .en] {
      let d = try regionDashboard(width: size.0, height: size.1, language: language)
      let g = d.grid()
      let line = g.plainText.split(separator: "\n", omittingEmptySubsequences: false)[3]
      let found = Self.numbers(in: String(line))
      for n in expected {
        #expect(found.contains(n), "\(language) \(size): \(n) missing in «\(line)»")
      }
      #expect(!line.contains("…"), "\(language) \(size): cut «\(line)»")
      #expect(wideCellsAreWhole(g))
    }
  }

  /// The longest form that fits is chosen: words at 120 columns, marks only at 40.
  @Test func longestFormThatFits() throws {
    let wide = try regionDashboard(width: 120, height: 40).grid()
    let wideLine = wide.plainText.split(separator: "\n", omittingEmptySubsequences: false)[3]
    #expect(wideLine.contains("орындалды 60 (49%)"))
    #expect(wideLine.contains("мерзімі өткен: 11"))
    let narrow = try regionDashboard(width: 40, height: 12).grid()
    let narrowLine = narrow.plainText.split(separator: "\n", omittingEmptySubsequences: false)[3]
    #expect(narrowLine.hasPrefix("✓ 60 · ◐ 52 · ○ 10 · Σ 122 · ! 11"))
  }
}

/// At 80×24 the overview shows every direction's bar and counts.
@Suite struct OverviewFitTests {
  @Test(arguments: [Language.kk, .ru, .en])
  func fourBarsAndFourCountLinesAt80x24(language: Language) throws {
    let file = try RegionJSON()
    let g = try regionDashboard(width: 80, height: 24, language: language).grid()
    let lines = g.plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // A pane's bar row ends with its percentage; its counts row starts with ✓.
    let bars = lines.flatMap { $0.split(separator: "││") }.filter { $0.hasSuffix("%") || $0.hasSuffix("%│") }
    #expect(bars.count == 4, "\(lines.joined(separator: "\n"))")
    for d in 0..<4 {
      let mine = file.activities.filter { $0.direction == d }
      let done = mine.filter { $0.status == "done" }.count
      let prefix = "✓ \(done)  ◐ \(mine.filter { $0.status == "in_progress" }.count)"
      #expect(lines.contains { $0.contains(prefix) && $0.contains(" \(mine.count)") }, "direction \(d + 1): \(prefix)")
    }
    let countRows = lines.map { $0.components(separatedBy: "│✓ ").count - 1 }.reduce(0, +)
    #expect(countRows == 4)
    // Every pane whole: its top and bottom border on screen, at least one row of projects or
    // indicators between its counts and its bottom.
    let corners = lines.map { $0.filter { $0 == "└" }.count }.reduce(0, +)
    #expect(corners == 4, "\(lines.joined(separator: "\n"))")
    let countsRow = try #require(lines.lastIndex { $0.contains("│✓ ") })
    #expect(!lines[countsRow + 1].contains("└"), "directions 3 and 4 show no row under their counts")
    #expect(wideCellsAreWhole(g))
  }
}

/// The help window shares its entries between its columns and cuts none while there is room.
@Suite struct HelpColumnsTests {
  @Test(arguments: [(Language.kk, 80, 24), (.ru, 80, 24), (.en, 80, 24), (.kk, 120, 40)])
  func helpCutsNothing(language: Language, width: Int, height: Int) throws {
    var d = try regionDashboard(width: width, height: height, language: language)
    d.press(.character("2"), .enter, .character("?"))
    let g = d.grid()
    let lines = g.plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // The window's rows, from its left side to its right one.
    let top = try #require(lines.firstIndex { $0.contains("┌─") })
    let bottom = try #require(lines.firstIndex { $0.contains("└─") })
    let inside = lines[(top + 1)..<bottom].compactMap { line -> String? in
      guard let l = line.firstIndex(of: "│"), let r = line.lastIndex(of: "│"), l < r else { return nil }
      return String(line[l...r])
    }
    #expect(!inside.isEmpty)
    for line in inside { #expect(!line.contains("…"), "\(language): cut «\(line)»") }
    // Balanced: the last row of the window has an entry in its second column too, or, with
    // an odd number of entries, the row before it (the second column is one shorter).
    let last = try #require(inside.last)
    // Two columns read as: side, key, what it does, key, what it does, side.
    func segments(_ line: String) -> Int {
      line.components(separatedBy: "  ").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
    }
    let beforeLast = inside.count > 1 ? inside[inside.count - 2] : ""
    #expect(
      segments(last) >= 5 || (segments(last) >= 3 && segments(beforeLast) >= 5),
      "\(language) \(width)×\(height): «\(last)»")
    #expect(wideCellsAreWhole(g))
  }

  @Test func columnsCutOnlyWhenAllAreFull() {
    let labels = ["a", "b", "c", "d"]
    let helps = ["xx", "a very long description here", "y", "z"]
    let fits = DashboardState.helpColumns(labels: labels, helps: helps, rows: 2, columns: 2, room: 100)
    #expect(fits.map(\.width) == [1 + 28 + 5, 1 + 1 + 5])
    // Short of room: the narrow column keeps its width, the wide one takes the rest.
    let tight = DashboardState.helpColumns(labels: labels, helps: helps, rows: 2, columns: 2, room: 30)
    #expect(tight.map(\.width) == [23, 7])
  }
}

/// `z` on the overview gives the selected direction the whole panes' area, and back.
@Suite struct PaneZoomTests {
  @Test func zoomShowsEveryProjectOfTheSelectedDirection() throws {
    let file = try RegionJSON()
    var d = try regionDashboard(width: 80, height: 24)
    d.press(.character("z"))
    var text = d.grid().plainText
    // Direction 1 alone: all of its projects listed, the other directions' panes gone.
    for title in file.projectTitles[0] {
      let kk = try #require(title["kk"] ?? title[""])
      #expect(text.contains(String(kk.prefix(14))), "«\(kk)» missing:\n\(text)")
    }
    #expect(!text.contains("2 Кірістерді арттыру"))
    d.press(.tab)
    text = d.grid().plainText
    #expect(text.contains("2 Кірістерді арттыру") && !text.contains("1 Өмір сапасын арттыру"))
    d.press(.character("z"))
    text = d.grid().plainText
    #expect(text.contains("1 Өмір сапасын арттыру") && text.contains("4 Экологиялық"))
  }
}
