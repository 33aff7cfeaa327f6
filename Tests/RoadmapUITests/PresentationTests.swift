import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The presentation's keys, lock, clock, auto-advance, live replacement and languages.
@Suite struct PresentationTests {
  @Test func slidesOfTheRegion() throws {
    let p = try regionPresentation()
    let slides = p.slides
    #expect(slides.first == .title)
    #expect(slides[1...4] == [.direction(0), .direction(1), .direction(2), .direction(3)])
    #expect(slides.contains(.project(direction: 1, project: 0)))  // «Ауыл аманаты»
    #expect(slides.contains(.project(direction: 2, project: 0)))  // «Ұлттық мұра»
    #expect(slides.filter { if case .project = $0 { return true } else { return false } }.count == 7)
    #expect(slides.contains(.changes))
    #expect(slides.last == .unfinished(page: 3, of: 4))
    // Taller terminals need fewer closing pages.
    #expect(try regionPresentation(width: 160, height: 48).slides.last == .unfinished(page: 1, of: 2))
  }

  @Test func walkingJumpingAndEnds() throws {
    var p = try regionPresentation()
    p.press(.right, .character(" "), .pageDown)
    #expect(p.index == 3)
    p.press(.left, .pageUp)
    #expect(p.index == 1)
    p.press(.left, .left)
    #expect(p.index == 0)
    p.press(.character("5"))
    #expect(p.current == .direction(3))
    p.press(.end)
    #expect(p.index == p.slides.count - 1)
    p.press(.right)
    #expect(p.index == p.slides.count - 1, "no wrap at the end by key")
    p.press(.home)
    #expect(p.index == 0)
  }

  @Test func blankingHidesEverythingAndAnyKeyBringsItBack() throws {
    var p = try regionPresentation()
    p.press(.character("2"))
    p.press(.character("b"))
    #expect(p.blanked)
    #expect(p.grid().cells.allSatisfy { $0 == .blank })
    #expect(p.handle(.key(.character("q"))) == .keepRunning, "the first key only unblanks")
    #expect(!p.blanked && p.index == 1)
    #expect(p.grid().plainText.contains("Өмір сапасын арттыру"))
  }

  @Test func qAndEscapeEndThePresentation() throws {
    var p = try regionPresentation()
    #expect(p.handle(.key(.character("q"))) == .quit(status: 0))
    #expect(p.handle(.key(.escape)) == .quit(status: 0))
  }

  @Test func presenterLockNoKeyEditsOrAsksForEffects() throws {
    var p = try regionPresentation()
    let before = p.roadmap.allActivities.map(\.activity)
    var keys: [Key] = [.enter, .delete, .backspace, .tab, .backTab, .control("s"), .control("z"), .function(2)]
    keys += "dpiuxsSeE0123456789 ".map { Key.character($0) }
    for k in keys {
      #expect(p.update(.key(k)).allSatisfy { if case .quit = $0 { return true } else { return false } })
      if p.blanked { _ = p.handle(.key(.right)) }
    }
    #expect(p.roadmap.allActivities.map(\.activity) == before)
  }

  @Test func helpListsEveryKeyOfTheTable() throws {
    var p = try regionPresentation(language: .en)
    p.press(.character("?"))
    let text = p.grid().plainText
    for b in PresentationKeys.all { #expect(text.contains(Catalogue.text(b.help, .en)), "\(b.help)") }
    p.press(.character("x"))
    #expect(!p.showingHelp)
  }

  @Test func counterAndClockInTheCorner() throws {
    final class Clock: @unchecked Sendable { var now = meetingTime }
    let clock = Clock()
    var p = try regionPresentation(now: { clock.now })
    p.press(.character("3"))
    let corner = p.grid().rowText(23)
    #expect(corner.hasSuffix("3 / 17  14:05 "))
    clock.now = meetingTime.addingTimeInterval(600)
    _ = p.handle(.tick)
    #expect(p.grid().rowText(23).hasSuffix("3 / 17  14:15 "))
    #expect(p.tickInterval == 1)
  }

  @Test func intervalAdvancesOnTicksAndLoops() throws {
    final class Clock: @unchecked Sendable { var now = meetingTime }
    let clock = Clock()
    var p = try regionPresentation(interval: 30, now: { clock.now })
    clock.now += 10
    _ = p.handle(.tick)
    #expect(p.index == 0)
    clock.now += 25
    _ = p.handle(.tick)
    #expect(p.index == 1)
    p.press(.end)
    clock.now += 31
    _ = p.handle(.tick)
    #expect(p.index == 0, "after the last slide the deck starts again")
    p.press(.character("b"))
    clock.now += 100
    _ = p.handle(.tick)
    #expect(p.index == 0, "a blanked screen does not advance")
  }

  @Test func replacingTheRoadmapKeepsTheSlideAndShowsNewFigures() throws {
    var p = try regionPresentation(language: .en)
    p.press(.character("3"))  // the second direction
    #expect(p.grid().plainText.contains("done 15"))
    var loaded = try regionRoadmap()
    try loaded.roadmap.set(.status, of: "d2.business.02", to: .status(.done))
    p.replaceRoadmap(loaded)
    #expect(p.current == .direction(1))
    #expect(p.grid().plainText.contains("done 16"))
    #expect(p.update(.reloaded(try regionRoadmap(), changedIDs: ["d2.business.02"])) == [])
    #expect(p.current == .direction(1) && p.grid().plainText.contains("done 15"))
  }

  @Test func replacingRecomputesTheChanges() throws {
    let earlier = try regionRoadmap().roadmap
    var p = try regionPresentation(baseline: .copy(earlier))
    #expect(p.changes?.isEmpty == true)
    p.replaceRoadmap(try regionLater())
    #expect(p.changes?.finished.map(\.id) == ["d1.roads.03"])
  }

  @Test func theTitleSlideInEachLanguage() throws {
    let kk = try regionPresentation(language: .kk).grid().plainText
    let ru = try regionPresentation(language: .ru).grid().plainText
    let en = try regionPresentation(language: .en).grid().plainText
    #expect(kk.contains("орындалды 49%") && kk.contains("2023 жылғы 30 қарашадағы жағдай бойынша"))
    #expect(ru.contains("исполнено 49%") && ru.contains("по состоянию на 30 ноября 2023 г."))
    #expect(en.contains("done 49%") && en.contains("30 November 2023"))
    var p = try regionPresentation(language: .ru)
    p.press(.character("6"))
    #expect(p.grid().plainText.contains("██ ███ ███"), "460 000 in big digits")
    var en6 = try regionPresentation(language: .en)
    en6.press(.character("6"))
    #expect(en6.grid().plainText.contains("m²"))
  }

  @Test func anySizeDrawsWithoutCrashing() throws {
    for (w, h) in [(0, 0), (1, 1), (10, 3), (40, 12), (240, 70)] {
      var p = try regionPresentation(width: w, height: h)
      for _ in 0..<p.slides.count {
        let g = p.grid()
        #expect(g.width == w && wideCellsAreWhole(g))
        p.press(.right)
      }
    }
  }

  @Test func bigDigitsScaleWithTheTerminal() {
    #expect(BigText.width("122", scale: 1) == 11)
    #expect(BigText.width("122", scale: 2) == 22)
    #expect(BigText.fitting("460 000", scale: 3, columns: 40) == 1)
    var g = Grid(width: 12, height: 5)
    BigText.draw("10", x: 0, y: 0, scale: 1, fill: "#", style: .plain, clip: g.bounds, into: &g)
    #expect(g.plainText == " #  ###\n##  # #\n #  # #\n #  # #\n### ###")
  }
}

/// `P` in the dashboard: the slides full screen, and back to the same place on `q`.
@Suite struct PresentFromDashboardTests {
  @Test func pShowsTheSlidesAndQComesBack() throws {
    var d = try regionDashboard(width: 80, height: 24)
    d.press(.character("2"))
    let before = d.state.current
    d.press(.character("P"))
    #expect(d.state.presentation != nil)
    #expect(d.grid().rowText(23).contains("1 / 17"))
    d.press(.right)
    #expect(d.grid().rowText(23).contains("2 / 17"))
    #expect(d.handle(.key(.character("q"))) == .keepRunning, "q ends the slides, not the dashboard")
    #expect(d.state.presentation == nil && d.state.current == before)
    #expect(KeyTable.bindings(for: .overview).contains { $0.action == .present })
  }
}
