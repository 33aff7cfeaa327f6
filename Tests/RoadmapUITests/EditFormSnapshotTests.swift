import RoadmapKit
import Testing

@testable import RoadmapUI

/// Golden frames of the editors of the whole roadmap: at 80×24 in Kazakh and at 120×40
/// in English (Kazakh letters by display width, nothing cut in half).
@Suite struct EditFormSnapshotTests {
  static let sizes: [(Int, Int, Language)] = [(80, 24, .kk), (120, 40, .en)]

  func check(_ name: String, _ steps: (inout TestDashboard) -> Void) throws {
    for (w, h, language) in Self.sizes {
      var d = try TestDashboard.onSchools(width: w, height: h, language: language)
      steps(&d)
      let g = d.grid()
      #expect(wideCellsAreWhole(g))
      assertSnapshot(g, named: "\(name)-\(w)x\(h)-\(language.rawValue)")
    }
  }

  @Test func anIndicatorUnderTheCursor() throws {
    try check("indicator-selected") { $0.press(.up) }
  }

  @Test func theFigureForm() throws {
    try check("edit-figures") { d in
      d.press(.up, .character("="), .backspace)
      d.type("1 710")
    }
  }

  @Test func theFigureFormRefusingAPlan() throws {
    try check("edit-figures-refused") { d in
      d.press(.up, .character("="), .tab, .backspace, .backspace)
      d.type("0")
      d.press(.enter)
    }
  }

  @Test func theTitleForm() throws {
    try check("edit-title") { d in
      d.press(.character("t"), .tab)
      d.type(" (2023)")
    }
  }

  @Test func theProjectPicker() throws {
    try check("edit-move") { $0.press(.down, .character("m")) }
  }

  @Test func theRemoveQuestion() throws { try check("edit-remove") { $0.press(.character("X")) } }

  @Test func theNewActivitysTitle() throws {
    try check("edit-new-activity") { d in
      d.press(.character("A"))
      d.type("Жаңа мектеп: Ақсай")
    }
  }

  @Test func theNewActivitysAgencyTypedNew() throws {
    try check("edit-new-owner") { d in
      d.press(.character("A"))
      d.type("Жаңа мектеп")
      d.press(.enter)
      d.type("Білім")
    }
  }
}
