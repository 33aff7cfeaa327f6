import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// A careful reader's pass at 80×24: nothing is cut where the row has room, and no mark
/// runs into the word before it.
@Suite struct WholeLinesTests {
  /// The Kazakh name of the region's natural resources department (the longest but one).
  static let resources = "Батыс Қазақстан облысының табиғи ресурстар және табиғатты пайдалануды реттеу басқармасы"

  @Test func theFilterBadgeNamesTheAgencyWholeWhenTheBreadcrumbLeavesRoom() throws {
    var d = try regionDashboard(width: 80, height: 24)
    d.pickOwner(Self.resources)
    let row = d.grid().plainText.split(separator: "\n", omittingEmptySubsequences: false)[1]
    #expect(row.hasSuffix("Сүзгі: Табиғи ресурстар және табиғатты пайдалануды реттеу басқармасы"), "\(row)")
  }

  @Test func theAgenciesListGivesTheNamesTheRoomWhatIsLeftDoesNotNeed() throws {
    var d = try regionDashboard(width: 80, height: 24)
    d.press(.character("a"))
    let text = d.grid().plainText
    #expect(text.contains("Стратегия және экономикалық даму басқармасы "), "\(text)")
    #expect(text.contains("7 қалды"))
  }

  @Test func aWrongDateIsToldWholeBesideTheShortValue() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0, width: 80, height: 24)
    d.press(.character("D"))
    d.type("2025-12-x")
    d.press(.enter)
    #expect(d.text.contains("күн емес: ЖЖЖЖ-АА-КК түрінде жазыңыз"), "\(d.text)")
  }

  @Test func theAgencyEditorNamesEachAgencyByWhatTellsItApartWhole() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0, width: 80, height: 24)
    d.press(.character("O"))
    let text = d.text
    #expect(text.contains("Энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы "), "\(text)")
    #expect(text.contains("Табиғи ресурстар және табиғатты пайдалануды реттеу басқармасы "))
    #expect(!text.contains("Батыс Қазақстан облысының"))
  }

  @Test func anAgencyTooLongForTheBreadcrumbIsNamedByWhatTellsItApart() throws {
    var d = try regionDashboard(width: 80, height: 24)
    d.press(.character("a"), .enter)
    let row = d.grid().plainText.split(separator: "\n", omittingEmptySubsequences: false)[1]
    #expect(row.hasPrefix("Шолу › Жауапты органдар › Жұмыспен қамтуды үйлестіру және"), "\(row)")
    // Wide enough, the breadcrumb names it whole.
    var wide = try regionDashboard(width: 160, height: 40)
    wide.press(.character("a"), .enter)
    #expect(wide.grid().plainText.contains(
      "› Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы"))
  }

  @Test func aSearchWithoutHitsSaysItOnce() throws {
    var d = try regionDashboard(width: 80, height: 24)
    d.press(.character("/"))
    d.type("zzzq")
    let text = d.grid().plainText
    #expect(text.contains("Ештеңе табылмады"))
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(!lines.contains("Бос"), "\(text)")
  }

  /// Every golden screen: no text is cut («…») with room left after it, at the row's end
  /// (a slide's margin of 2 columns a side aside) or before a window's right border.
  @Test func noGoldenScreenCutsATextWhereItsRowHasRoom() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: snapshotFolder.path)
      .filter { $0.hasSuffix(".txt") }
    let beforeBorder = try Regex("…   +│")
    var found: [String] = []
    for name in files {
      let text = try String(contentsOf: snapshotFolder.appendingPathComponent(name), encoding: .utf8)
      let lines = text.components(separatedBy: "--- styles ---")[0].split(separator: "\n", omittingEmptySubsequences: false)
      guard let size = lines.first?.split(separator: " ").last?.split(separator: "x").first,
        let width = Int(size)
      else { continue }
      for line in lines.dropFirst() {
        let shown = line.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        if shown.hasSuffix("…"), DisplayWidth.of(shown) < width - 4 { found.append("\(name): \(shown)") }
        if line.contains(beforeBorder) { found.append("\(name): \(line)") }
      }
    }
    #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
  }

  /// Every golden screen: an overdue mark before a due date («! 2023 ж. 31 қазан», «! 31
  /// октября», "! 31 October") has a space before it, never «басқару!» or «тұ…!».
  @Test func noOverdueMarkTouchesTheColumnBeforeItInAnyGoldenScreen() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: snapshotFolder.path)
      .filter { $0.hasSuffix(".txt") }
    #expect(files.count > 100)
    let touching = try Regex(#"[^ ]! \d"#)
    var found: [String] = []
    for name in files {
      let text = try String(contentsOf: snapshotFolder.appendingPathComponent(name), encoding: .utf8)
      let screen = text.components(separatedBy: "--- styles ---")[0]
      for line in screen.split(separator: "\n") where line.contains(touching) {
        found.append("\(name): \(line)")
      }
    }
    #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
  }
}

/// The figure form opens on the file's figure written as the language writes it.
@Suite struct TypedFigureTests {
  @Test func kazakhAndRussianGroupThousandsAndWriteADecimalCommaEveryDigitKept() {
    for language in [Language.kk, .ru] {
      #expect(Formatting.typedFigure("460000", language) == "460 000")
      #expect(Formatting.typedFigure("1710", language) == "1 710")
      #expect(Formatting.typedFigure("710", language) == "710")
      #expect(Formatting.typedFigure("5.65", language) == "5,65")
      #expect(Formatting.typedFigure("-1234567.125", language) == "-1 234 567,125")
      #expect(Formatting.typedFigure("1e6", language) == "1e6")
    }
    // English reads a comma as the decimal mark: the literal stays.
    #expect(Formatting.typedFigure("460000", .en) == "460000")
  }

  @Test func whatTheFormShowsReadsBackToTheSameLiteral() {
    for literal in ["460000", "5.65", "0.5", "1234567.125", "14"] {
      let typed = Formatting.typedFigure(literal, .kk)
      guard case .success(let figure) = Figure.parse(userInput: typed, for: .actual) else {
        Issue.record("\(typed) not read back")
        continue
      }
      #expect(figure.literal == literal, "\(typed)")
    }
  }
}
