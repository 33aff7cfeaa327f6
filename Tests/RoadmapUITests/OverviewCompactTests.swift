import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The overview below 80 columns: every direction's row keeps its bar and its counts.
@Suite struct OverviewCompactTests {
  /// Each direction's done, in progress, pending and total, counted from the file itself.
  static func expectedCounts() throws -> [[Int]] {
    let json = try RegionJSON()
    let directions = (json.activities.map(\.direction).max() ?? -1) + 1
    return (0..<directions).map { d in
      let mine = json.activities.filter { $0.direction == d }
      return ["done", "in_progress", "pending"].map { s in mine.filter { $0.status == s }.count } + [mine.count]
    }
  }

  /// The overview's row of direction `d` (it starts with the direction's number).
  static func row(of d: Int, in grid: Grid) -> String? {
    (0..<grid.height).map(grid.rowText).first { $0.hasPrefix("\(d + 1) ") }
  }

  @Test(arguments: [(40, 12), (60, 20), (79, 24), (100, 14)])
  func everyDirectionShowsItsBarAndCounts(size: (Int, Int)) throws {
    let expected = try Self.expectedCounts()
    #expect(expected.count == 4)
    for language in [Language.kk, .ru, .en] {
      let d = try regionDashboard(width: size.0, height: size.1, language: language)
      #expect(Layout.overviewCompact(d.state))
      let g = d.grid()
      for (i, c) in expected.enumerated() {
        guard let row = Self.row(of: i, in: g) else {
          Issue.record("\(language) \(size): no row for direction \(i + 1)\n\(g.plainText)")
          continue
        }
        let bare = row.filter { $0 != " " }
        #expect(bare.contains("✓\(c[0])◐\(c[1])○\(c[2])"), "\(language) \(size): \(row)")
        #expect(bare.hasSuffix(String(c[3])), "\(language) \(size): \(row)")
        #expect(row.contains("█") && row.contains("▒"), "\(language) \(size): no bar in \(row)")
      }
      #expect(wideCellsAreWhole(g))
    }
  }

  /// The directions' rows stand in columns: the bars start at one place, and so does each
  /// status's glyph (the figures padded to the widest: ✓ 8 under ✓ 23).
  @Test(arguments: [(40, 12, false), (60, 20, false), (60, 20, true)])
  func theRowsStandInColumns(size: (Int, Int, Bool)) throws {
    var d = try regionDashboard(width: size.0, height: size.1)
    // Done only: totals of one and two figures, the named total («барлығы 8») unpadded.
    if size.2 { d.press(.character("f")) }
    let g = d.grid()
    let rows = (0..<4).compactMap { Self.row(of: $0, in: g).map(Array.init) }
    #expect(rows.count == 4)
    for marks in ["█▒░", "◐", "○", "Σб"] {
      let starts = rows.compactMap { r in r.firstIndex { marks.contains($0) } }
      #expect(starts.count == 4 && Set(starts).count == 1, "\(marks) at \(size)\n\(g.plainText)")
    }
  }

  @Test func theZoomKeyEnlargesOneDirectionAtEverySize() throws {
    for size in [(40, 12), (60, 20)] {
      var d = try regionDashboard(width: size.0, height: size.1, language: .en)
      d.press(.character("j"), .character("z"))
      #expect(!Layout.overviewCompact(d.state))
      let zoomed = d.grid().plainText
      #expect(zoomed.contains("┌─ 2 Raising incomes"), "\(zoomed)")
      #expect(!zoomed.contains("1 Raising the quality"))
      d.press(.character("z"))
      #expect(Layout.overviewCompact(d.state))
      #expect(Self.row(of: 3, in: d.grid()) != nil)
    }
  }

  @Test func clickingARowFocusesItsDirectionAndDoubleClickOpensIt() throws {
    var d = try regionDashboard(width: 40, height: 12)
    let panes = Layout.overviewPanes(d.state)
    let frames = Layout.paneFrames(d.state).frames
    #expect(frames.allSatisfy { $0.maxY <= panes.height })
    _ = d.handle(.mouse(MouseEvent(kind: .click, x: panes.x + 5, y: panes.y + frames[3].y)))
    #expect(d.state.current.selection == 3)
    _ = d.handle(.mouse(MouseEvent(kind: .doubleClick, x: panes.x + 5, y: panes.y + frames[2].y)))
    #expect(d.state.current.screen == .direction(2))
  }

  /// The direction, project and agency screens keep their four figures whole below 80
  /// columns: the words give way, never a figure («барлығы…»).
  @Test(arguments: [(40, 12), (60, 20)])
  func theCountsLineKeepsItsFigures(size: (Int, Int)) throws {
    let json = try RegionJSON()
    let d2 = json.activities.filter { $0.direction == 1 }
    let expected = ["done", "in_progress", "pending"].map { s in d2.filter { $0.status == s }.count } + [d2.count]
    for language in [Language.kk, .ru, .en] {
      var d = try regionDashboard(width: size.0, height: size.1, language: language)
      d.press(.character("2"))
      let line = d.grid().rowText(3)
      let bare = line.filter { !$0.isWhitespace }
      #expect(!line.contains("…"), "\(language) \(size): \(line)")
      for (glyph, n) in zip(["✓", "◐", "○"], expected) {
        #expect(line.range(of: "\(glyph)[^0-9]*\(n)\\b", options: .regularExpression) != nil, "\(language): \(line)")
      }
      #expect(bare.hasSuffix(String(expected[3])), "\(language) \(size): \(line)")
    }
  }
}
