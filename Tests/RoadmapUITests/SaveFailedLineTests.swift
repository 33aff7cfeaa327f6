import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The line a failed save leaves above the footer is read whole at 80×24 and 100×30 in
/// the three languages: the reason wraps onto a second row beside the keys that deal
/// with it, never cut.
@Suite struct SaveFailedLineTests {
  static let sizes = [(80, 24), (100, 30)]

  /// The words of the screen's rows joined by spaces, so that a wrapped sentence reads on.
  static func rows(_ d: TestDashboard) -> [String] {
    d.text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
  }

  @Test(arguments: [Language.kk, .ru, .en])
  func theWholeReasonShowsAt80And100Columns(language: Language) throws {
    let reason = SaveReason.write(
      path: "data/roadmap.json", step: .createTemporary(folder: "data"), system: SystemError(EACCES))
    let said = Notice(.saveFailed, kind: .error, reason: .save(reason)).text(language)
    for (width, height) in Self.sizes {
      var d = TestDashboard(
        try regionRoadmap(), options: DashboardOptions(language: language, today: snapshotDay))
      _ = d.handle(.resize(width: width, height: height))
      d.press(.character("2"), .enter, .down, .down, .down, .down, .character("d"))
      d.receive(.saveFailed(reason, pending: d.takeSaves()[0]))
      let rows = Self.rows(d)
      #expect(rows.count == height)
      // The two rows above the footer hold the reason whole, then the keys.
      let two = rows[height - 3] + " " + rows[height - 2]
      #expect(two.hasPrefix(said), "\(language) \(width): \(two)")
      #expect(!two.contains(d.state.theme.ellipsis.character), "\(language) \(width): \(two)")
      let keys = KeyTable.all.first { $0.action == .retrySave }.map { Catalogue.text($0.help, language) }
      #expect(keys.map { rows[height - 2].contains($0) } == true, "\(language) \(width): \(rows[height - 2])")
      // The body gave up the row: the footer is still the last row, nothing drawn twice.
      #expect(!rows[height - 1].isEmpty)
    }
  }

  @Test func aShortReasonKeepsOneRow() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 4, width: 100, height: 30)
    d.press(.character("d"))
    d.receive(.saveFailed(.write(path: "r.json", step: .write, system: nil), pending: d.takeSaves()[0]))
    #expect(d.state.statusLineRows == 1)
    let rows = Self.rows(d)
    #expect(rows[28].contains("Сақталмады (өзгерістер жадта): жазу мүмкін болмады"), "\(rows[28])")
  }
}
