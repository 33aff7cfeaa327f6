import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The mouse in the national views: a click selects, a click on the selected row or a
/// double click opens it as Enter does, the wheel moves, a click on a heading sorts.
@Suite struct NationalMouseTests {
  static func click(_ x: Int, _ y: Int, _ kind: MouseEvent.Kind = .click) -> NationalMsg {
    .mouse(MouseEvent(kind: kind, x: x, y: y))
  }

  /// The screen line of the list's row `i` (from the top of the list shown).
  static func lineOf(_ i: Int, _ s: NationalState) -> Int {
    NationalLayout.headingY + s.view.columns.headingHeight + i * s.view.columns.rowHeight
  }

  /// The column where `heading` starts on the last heading line.
  static func headingX(_ heading: String, _ s: NationalState) throws -> Int {
    let line = NationalLayout.headingY + s.view.columns.headingHeight - 1
    let text = NationalViewTests.grid(s).rowText(line)
    let at = try #require(text.range(of: heading), "\(heading) in \(text)")
    return text.distance(from: text.startIndex, to: at.lowerBound)
  }

  @Test func aClickSelectsAndASecondOpens() throws {
    var s = try NationalViewTests.state(.en, 120, 40)
    let rows = s.rows
    #expect(s.update(Self.click(10, Self.lineOf(1, s))) == [])
    #expect(s.selectedRow?.key == rows[1].key)
    #expect(s.update(Self.click(40, Self.lineOf(1, s))) == [.openRegion(path: rows[1].key)])
    // While it is being read a click does nothing more.
    #expect(s.update(Self.click(40, Self.lineOf(2, s))) == [])
    #expect(s.selectedRow?.key == rows[1].key)
  }

  @Test func aDoubleClickOpensOnce() throws {
    var s = try NationalViewTests.state(.en, 120, 40)
    let rows = s.rows
    _ = s.update(Self.click(10, Self.lineOf(2, s)))
    #expect(s.update(Self.click(10, Self.lineOf(2, s), .doubleClick)) == [.openRegion(path: rows[2].key)])
    // On the shared directions a double click on the selected row opens that direction
    // with its first press; the second press does not open a region on the new screen.
    var d = try NationalViewTests.state(.kk, 120, 40)
    _ = d.update(.key(.character("d")))
    #expect(d.update(Self.click(10, Self.lineOf(0, d))) == [])
    #expect(d.current.screen == .direction(id: "d1"))
    #expect(d.update(Self.click(10, Self.lineOf(0, d), .doubleClick)) == [])
    #expect(d.current.screen == .direction(id: "d1"))
    #expect(d.opening == nil)
  }

  @Test func theInvalidFileAndTheBlankLinesOpenNothing() throws {
    var s = try NationalViewTests.state(.en, 120, 40)
    let last = s.rows.count - 1
    _ = s.update(Self.click(10, Self.lineOf(last, s)))
    #expect(s.selectedRow?.problem != nil)
    #expect(s.update(Self.click(10, Self.lineOf(last, s))) == [])
    // Below the last row nothing is selected.
    #expect(s.update(Self.click(10, Self.lineOf(last + 2, s))) == [])
    #expect(s.selectedRow?.problem != nil)
  }

  @Test func theWheelMoves() throws {
    var s = try NationalViewTests.state(.en, 120, 40)
    _ = s.update(Self.click(10, 20, .wheelDown))
    #expect(s.selectedRow?.key == s.rows[3].key)
    _ = s.update(Self.click(10, 20, .wheelDown))
    #expect(s.selectedRow?.key == s.rows.last?.key)
    _ = s.update(Self.click(10, 20, .wheelUp))
    #expect(s.selectedRow?.key == s.rows[1].key)
  }

  /// A heading sorts by its column as `s` would, again reverses; at 80×24 by the glyphs.
  @Test(arguments: [(120, "Overdue", NationalColumn.overdue), (120, "Region", .region), (80, "%", .percent), (80, "Δ", .sinceMeeting)])
  func aHeadingSorts(_ width: Int, _ heading: String, _ column: NationalColumn) throws {
    var s = try NationalViewTests.state(.en, width, width == 120 ? 40 : 24)
    _ = s.update(.key(.down))
    let picked = s.selectedRow?.key
    let x = try Self.headingX(heading, s)
    let y = NationalLayout.headingY + s.view.columns.headingHeight - 1
    #expect(s.update(Self.click(x, y)) == [])
    #expect(s.regionSort == NationalSort(column: column))
    #expect(s.selectedRow?.key == picked)
    _ = s.update(Self.click(x, y))
    #expect(s.regionSort == NationalSort(column: column, reversed: true))
    // The rank's heading brings the ranking back.
    _ = s.update(Self.click(0, y))
    #expect(s.regionSort == NationalSort(column: .rank))
  }

  /// One direction across the regions sorts by its headings too; the shared directions
  /// have no sort, so a heading there does nothing.
  @Test func aDirectionsHeadingSorts() throws {
    var s = try NationalViewTests.state(.en, 120, 40)
    _ = s.update(.key(.character("d")))
    _ = s.update(Self.click(10, NationalLayout.headingY))
    #expect(s.current.screen == .sharedDirections)
    _ = s.update(.key(.enter))
    let x = try Self.headingX("Done", s)
    _ = s.update(Self.click(x, NationalLayout.headingY + s.view.columns.headingHeight - 1))
    #expect(s.directionSort == NationalSort(column: .done))
    #expect(s.rows.map(\.counts.done) == s.rows.map(\.counts.done).sorted(by: >))
  }

  @Test func aClickClosesTheHelp() throws {
    var s = try NationalViewTests.state(.en, 120, 40)
    _ = s.update(.key(.character("?")))
    #expect(s.helpShown)
    #expect(s.update(Self.click(5, 5)) == [])
    #expect(!s.helpShown)
    #expect(s.selectedRow?.key == s.rows[0].key)
  }
}

/// The help says what the headings' glyphs stand for where they are glyphs.
@Suite struct NationalLegendTests {
  @Test(arguments: [(Language.kk, "Δ Отырыстан бері орындалды"), (.ru, "Δ Исполнено после заседания"), (.en, "Δ Done since the meeting")])
  func theHelpReadsTheGlyphs(_ language: Language, _ since: String) throws {
    var s = try NationalViewTests.state(language, 80, 24)
    _ = s.update(.key(.character("?")))
    let text = NationalViewTests.grid(s).plainText
    #expect(text.contains(since), "\(text)")
    #expect(text.contains("✓ " + Catalogue.text(.colDone, language)), "\(text)")
    // With the words in the headings there is nothing to explain.
    var wide = try NationalViewTests.state(.en, 120, 40)
    _ = wide.update(.key(.character("?")))
    #expect(!NationalViewTests.grid(wide).plainText.contains("Δ Done since the meeting"))
  }
}
