import RoadmapKit
import Testing

@testable import RoadmapUI

/// The footer never offers up without down: when the row is short, the two are one hint.
@Suite struct FooterPairTests {
  /// The last row of the frame.
  func footer(_ d: TestDashboard) -> String {
    d.grid().plainText.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
  }

  @Test(arguments: [(80, 24), (60, 20), (100, 30), (120, 40)])
  func upAndDownStayTogetherOnEveryScreen(size: (Int, Int)) throws {
    let screens: [[Key]] = [[], [.enter], [.enter, .enter], [.character("a")], [.enter, .enter, .down, .enter]]
    for language in Language.allCases {
      for keys in screens {
        var d = try regionDashboard(width: size.0, height: size.1, language: language)
        for k in keys { d.press(k) }
        let row = footer(d)
        let up = row.contains("↑"), down = row.contains("↓")
        #expect(up == down, "\(language) \(size) after \(keys): \(row)")
      }
    }
  }

  @Test func theProjectAt80ColumnsSaysMoveOnceInEachLanguage() throws {
    let expected: [Language: String] = [.kk: "↑↓ жылжу", .ru: "↑↓ выбор"]
    for (language, hint) in expected {
      var d = try regionDashboard(width: 80, height: 24, language: language)
      d.press(.enter, .enter)
      #expect(footer(d).hasPrefix(hint), "\(footer(d))")
    }
  }
}
