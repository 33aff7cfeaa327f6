import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The careful reader's pass in Russian and English (issue 12): a message of one change
/// is whole at 80 columns with a heading's word small inside it, a unit said without a
/// number is the dictionary's word, and a line of its own starts with a capital.
@Suite struct ReadingPassTests {
  /// The longest dates each language writes: «30 сентября 2023 г.», "30 September 2023".
  static let longDay = Day(year: 2023, month: 9, day: 30)!

  @Test(arguments: [Language.ru, .en])
  func anUndoneOrRedoneDueDateIsWholeOnTheStatusLineAt80Columns(_ language: Language) throws {
    let d = try regionDashboard(width: 80, height: 24, language: language)
    let later = Day(year: 2024, month: 9, day: 30)!
    let field = language == .ru ? "(срок)" : "(due date)"
    for id in d.state.roadmap.allActivities.map(\.activity.id) {
      let change = Change(id: id, field: .due, old: .day(Self.longDay), new: .day(later))
      for message in [Message.undoneOne, .redoneOne] {
        let text = d.state.describe([change], one: message, many: .undone).text(language)
        #expect(TextFit.width(SafeText.glyphs(text, asciiOnly: false)) <= 80, "\(text)")
        #expect(text.contains(field), "\(text)")
      }
    }
  }

  @Test func aHeadingsWordInRunningTextIsSmallUnlessItIsAnAbbreviation() {
    #expect(Formatting.inRunningText("Срок") == "срок")
    #expect(Formatting.inRunningText("Due date") == "due date")
    #expect(Formatting.inRunningText("ФАП") == "ФАП")
    #expect(Formatting.inRunningText("ID") == "ID")
    #expect(Formatting.inRunningText("") == "")
  }

  @Test(arguments: [(Language.ru, "Единица измерения: школа "), (.en, "Unit: school ")])
  func theFiguresFormNamesTheUnitAsADictionaryDoes(_ language: Language, _ line: String) throws {
    var d = try TestDashboard.onSchools(width: 80, height: 24, language: language)
    d.press(.up, .character("="))
    #expect(d.text.contains(line), "\(d.text)")
  }

  @Test(arguments: [Language.ru, .en])
  func aLineOfItsOwnInTheMarkdownReportStartsWithACapital(_ language: Language) throws {
    let loaded = try regionRoadmap()
    let meeting = loaded.roadmap.lastMeeting!
    let changes = ChangeSummary.fromHistory([], sinceMeeting: meeting, current: loaded.roadmap)
    let md = ReportMarkdown.render(
      MeetingReport(loaded.roadmap, language: language, changes: changes))
    for line in md.split(separator: "\n") {
      // A paragraph: not a table row, heading, list item, quote or bar.
      guard let first = line.first, !"|#->`".contains(first) else { continue }
      // Past emphasis; a line that opens with a figure ("7 activities…") is whole as it is.
      guard let letter = line.drop(while: { "*_".contains($0) }).first, letter.isLetter else { continue }
      #expect(!letter.isLowercase, "\(line)")
    }
  }

  @Test(arguments: [Language.ru, .en])
  func theTitleSlidesDateStartsWithACapital(_ language: Language) throws {
    let p = try regionPresentation(width: 80, height: 24, language: language)
    let words = Formatting.day(p.roadmap.asOf, language, .asOf)
    let text = p.grid().plainText
    #expect(text.contains(Formatting.capitalized(words)), "\(text)")
  }

  @Test func anIndicatorsTitleTooLongForItsSlideEndsInAnEllipsis() throws {
    var p = try regionPresentation(width: 40, height: 12, language: .en)
    let slide = try #require(p.slides.firstIndex(of: .project(direction: 0, project: 2)))
    for _ in 0..<slide { p.press(.right) }
    // "Schools commissioned (1,710 places planned)" on three lines of 18 columns.
    #expect(p.grid().plainText.contains("(1,710 places pla…\n"), "\(p.grid().plainText)")
  }

  @Test func theAgencyColumnOfAProjectGrowsToItsWidestShortNameWhereAThirdAllows() throws {
    var d = try regionDashboard(width: 80, height: 24, language: .en)
    d.press(.character("1"), .down, .down, .down, .enter)
    // Whole, with room for a space before an overdue row's mark.
    #expect(d.text.contains("  Department of Health   31 October 2023"), "\(d.text)")
    #expect(d.text.contains("  Department of Health ! 1 November 2023"), "\(d.text)")
  }
}
