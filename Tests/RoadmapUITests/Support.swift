import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The package root, found from this file's path (Tests/RoadmapUITests/Support.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The fixed day the snapshots are taken on: the roadmap's own "as of" date.
let snapshotDay = Day("2023-11-30")!

/// The region's roadmap from `data/roadmap.json`.
func regionRoadmap() throws -> LoadedRoadmap {
  try RoadmapLoader.load(path: packageRoot.appendingPathComponent("data/roadmap.json").path)
}

/// A dashboard of the region's roadmap with a fixed today, already sized.
func regionDashboard(
  width: Int = 120, height: Int = 40, language: Language = .kk, asciiOnly: Bool = false,
  colors: Bool = true
) throws -> TestDashboard {
  var d = TestDashboard(
    try regionRoadmap(),
    options: DashboardOptions(language: language, asciiOnly: asciiOnly, colors: colors, today: snapshotDay))
  _ = d.handle(.resize(width: width, height: height))
  return d
}

/// A one-direction, one-project roadmap whose first activity has `title` (as raw JSON text).
func tinyRoadmap(title: String, activities: Int = 3, owner: String = "Owner") throws -> LoadedRoadmap {
  var list: [String] = []
  for i in 0..<activities {
    let t = i == 0 ? title : "\"Activity \(i)\""
    let status = ["done", "in_progress", "pending"][i % 3]
    list.append("""
      {"id": "a\(i)", "title": \(t), "status": "\(status)", "owner": "\(owner)", "due": "2023-06-01"}
      """)
  }
  let json = """
    {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
     "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30",
     "directions": [{"id": "d", "title": "D", "projects": [
       {"id": "p", "title": "P", "activities": [\(list.joined(separator: ","))]}]}]}
    """
  return try RoadmapLoader.decode(Array(json.utf8))
}

extension TestDashboard {
  /// Feeds keys one by one.
  mutating func press(_ keys: Key...) {
    for k in keys { _ = handle(.key(k)) }
  }

  /// Types text as character keys.
  mutating func type(_ text: String) {
    for c in text { _ = handle(.key(.character(c))) }
  }

  /// Renders into a grid of the state's size.
  func grid() -> Grid {
    var g = Grid(width: state.width, height: state.height)
    render(into: &g)
    return g
  }
}

/// Every character of the grid, joined, for "contains none of" checks.
func allCharacters(_ g: Grid) -> [Character] {
  g.cells.map(\.character)
}

/// Code points that must never reach a terminal as themselves, written out by hand.
///
/// Deliberately not derived from `SafeText.isInvisible`: a check built from the code under
/// test agrees with it whatever it does. Each range is Cc, Cf, Zl, Zp or noncharacters.
let handWrittenUnsafeScalars: [(name: String, scalars: ClosedRange<UInt32>)] = [
  ("C0 controls", 0x00...0x1F), ("DEL", 0x7F...0x7F), ("C1 controls", 0x80...0x9F),
  ("soft hyphen", 0xAD...0xAD), ("Arabic number signs", 0x600...0x605),
  ("Arabic letter mark", 0x61C...0x61C), ("Arabic end of ayah", 0x6DD...0x6DD),
  ("Syriac abbreviation mark", 0x70F...0x70F), ("Mongolian vowel separator", 0x180E...0x180E),
  ("ZWSP, ZWNJ, ZWJ, LRM, RLM", 0x200B...0x200F),
  ("line and paragraph separators", 0x2028...0x2029),
  ("bidi embeddings and overrides LRE RLE PDF LRO RLO", 0x202A...0x202E),
  ("word joiner and invisible operators", 0x2060...0x2064),
  ("bidi isolates LRI RLI FSI PDI", 0x2066...0x2069), ("deprecated format", 0x206A...0x206F),
  ("BOM, zero-width no-break space", 0xFEFF...0xFEFF),
  ("interlinear annotation", 0xFFF9...0xFFFB), ("noncharacters", 0xFFFE...0xFFFF),
  ("musical format", 0x1D173...0x1D17A), ("language tag", 0xE0001...0xE0001),
  ("tag characters", 0xE0020...0xE007F),
]

/// Whether `s` is on the hand-written list `handWrittenUnsafeScalars`.
func mustNotReachTheTerminal(_ s: Unicode.Scalar) -> Bool {
  handWrittenUnsafeScalars.contains { $0.scalars.contains(s.value) }
}

/// Whether any cell holds a scalar that must never reach a terminal.
func hasUnsafeScalar(_ g: Grid) -> Bool {
  g.cells.contains { $0.character.unicodeScalars.contains(where: mustNotReachTheTerminal) }
}

/// Whether every wide cell is followed by its continuation and no continuation stands alone.
func wideCellsAreWhole(_ g: Grid) -> Bool {
  for y in 0..<g.height {
    for x in 0..<g.width {
      let c = g[x, y]
      if c.width == 2 && (x + 1 >= g.width || g[x + 1, y].width != 0) { return false }
      if c.width == 0 && (x == 0 || g[x - 1, y].width != 2) { return false }
    }
  }
  return true
}
