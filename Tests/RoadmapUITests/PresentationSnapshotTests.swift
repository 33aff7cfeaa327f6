import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// 2023-11-30 14:05 UTC: the clock the snapshots show.
let meetingTime = Date(timeIntervalSince1970: 1_701_353_100)

/// A presentation of the region's roadmap with a fixed clock, already sized.
func regionPresentation(
  width: Int = 80, height: Int = 24, language: Language = .kk, asciiOnly: Bool = false,
  baseline: ChangeBaseline = .none, interval: Double? = nil, now: @escaping @Sendable () -> Date = { meetingTime }
) throws -> Presentation {
  var p = Presentation(
    try regionRoadmap(), baseline: baseline,
    options: PresentationOptions(
      language: language, asciiOnly: asciiOnly, interval: interval, timeZone: TimeZone(identifier: "UTC")!, now: now))
  _ = p.handle(.resize(width: width, height: height))
  return p
}

/// The region's roadmap a month later, as an earlier-copy baseline would show it.
func regionLater() throws -> LoadedRoadmap {
  var loaded = try regionRoadmap()
  try loaded.roadmap.set(.status, of: "d1.roads.03", to: .status(.done))
  try loaded.roadmap.set(.status, of: "d1.roads.10", to: .status(.inProgress))
  try loaded.roadmap.set(.due, of: "d1.health.03", to: .day(Day("2024-06-30")!))
  loaded.roadmap.directions[1].projects[0].indicators[0].actual = 900
  return loaded
}

extension Presentation {
  /// Renders into a grid of the presentation's size.
  func grid() -> Grid {
    var g = Grid(width: width, height: height)
    render(into: &g)
    return g
  }

  /// Feeds keys one by one.
  mutating func press(_ keys: Key...) {
    for k in keys { _ = handle(.key(k)) }
  }
}

/// Golden frames of every slide at 80×24 and 160×48, and once in ASCII.
@Suite struct PresentationSnapshotTests {
  /// The name of a slide in snapshot file names.
  func name(_ s: Slide) -> String {
    switch s {
    case .title: return "title"
    case .trend: return "trend"
    case .direction(let d): return "direction-\(d + 1)"
    case .project(let d, let p): return "project-\(d + 1)-\(p + 1)"
    case .changes: return "changes"
    case .unfinished(let page, _): return "unfinished-\(page + 1)"
    }
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func everySlide(_ size: (Int, Int)) throws {
    var p = try regionPresentation(width: size.0, height: size.1)
    let slides = p.slides
    #expect(slides.count > 8)
    for (i, slide) in slides.enumerated() {
      #expect(p.index == i)
      let g = p.grid()
      #expect(wideCellsAreWhole(g) && !hasUnsafeScalar(g))
      assertSnapshot(g, named: "slide-\(name(slide))-\(size.0)x\(size.1)")
      p.press(.right)
    }
  }

  @Test func changesFromAnEarlierCopy() throws {
    var p = Presentation(
      try regionLater(), baseline: .copy(try regionRoadmap().roadmap),
      options: PresentationOptions(timeZone: TimeZone(identifier: "UTC")!, now: { meetingTime }))
    _ = p.handle(.resize(width: 80, height: 24))
    p.press(.end)
    while p.current != .changes { p.press(.left) }
    assertSnapshot(p.grid(), named: "slide-changes-compare-80x24")
  }

  @Test func asciiTitleAndProject() throws {
    var p = try regionPresentation(language: .en, asciiOnly: true)
    let title = p.grid()
    #expect(title.cells.allSatisfy { $0.character.isASCII })
    assertSnapshot(title, named: "slide-title-en-ascii-80x24")
    p.press(.character("6"))
    let project = p.grid()
    #expect(project.cells.allSatisfy { $0.character.isASCII })
    assertSnapshot(project, named: "slide-project-en-ascii-80x24")
  }
}
