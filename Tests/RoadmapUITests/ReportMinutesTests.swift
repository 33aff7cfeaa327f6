import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The report as the minutes need it: the annex line, the unfinished list under a heading
/// per agency, totals in bold, short headings for count columns. Expected figures are
/// counted from the file with JSONSerialization (`RegionJSON`).
@Suite struct ReportMinutesTests {
  @Test(arguments: [
    (Language.kk, "Хаттамаға қосымша", "2023 жылғы 30 қарашадағы фракция отырысы, № 5"),
    (.ru, "Приложение к протоколу", "Заседание фракции 30 ноября 2023 г., № 5"),
    (.en, "Annex to the minutes", "Faction meeting of 30 November 2023, No. 5"),
  ])
  func theAnnexLineNamesTheMeetingAndTheNumber(_ language: Language, _ title: String, _ minutes: String) throws {
    let roadmap = try regionRoadmap().roadmap
    let r = MeetingReport(roadmap, language: language, changes: nil, annex: .init(number: "5"))
    let root = try parseStrictly(ReportHTML.render(r))
    let annex = try #require(root.all("p").first { $0.attributes["class"] == "annex" })
    #expect(annex.all("strong").first?.allText == title)
    #expect(annex.text == minutes)
    #expect(ReportMarkdown.render(r).hasPrefix("**\(title)**: \(minutes)\n\n# "))
    // Without a number, the meeting alone; without --annex, no annex line.
    let bare = MeetingReport(roadmap, language: language, changes: nil, annex: .init())
    #expect(bare.annex?.minutes == r.meeting?.title)
    let none = try parseStrictly(ReportHTML.render(MeetingReport(roadmap, language: language, changes: nil)))
    #expect(!none.all("p").contains { $0.attributes["class"] == "annex" })
  }

  /// Russian plural forms, written out here from the rule (one: 1, 21; few: 2–4, 22–24).
  func ruForm(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
    let (d, h) = (n % 10, n % 100)
    if d == 1 && h != 11 { return one }
    if (2...4).contains(d) && !(12...14).contains(h) { return few }
    return many
  }

  @Test func theUnfinishedListHasAHeadingPerAgencyAndRowsWithoutIt() throws {
    let region = try RegionJSON()
    let r = MeetingReport(try regionRoadmap().roadmap, language: .ru, changes: nil)
    let root = try parseStrictly(ReportHTML.render(r))
    let section = try #require(root.all("section").first { $0.attributes["id"] == "unfinished" })
    let groups = section.all("tbody")
    // Agencies with something left, each once, by the Russian name in the file.
    let open = region.activities.filter { $0.status != "done" }
    let agencies = Set(open.map { $0.owners["ru"] ?? $0.owners[""] ?? "" })
    #expect(groups.count == agencies.count)
    var rows = 0
    for g in groups {
      let heading = try #require(g.all("th").first)
      let name = try #require(heading.all("span").first { $0.attributes["class"] == "agency-name" }).allText
      let mine = open.filter { ($0.owners["ru"] ?? $0.owners[""]) == name }
      let going = mine.filter { $0.status == "in_progress" }.count
      let waiting = mine.count - going
      let late = mine.filter(region.isOverdue).count
      var parts: [String] = []
      if going > 0 { parts.append("\(going) " + ruForm(going, "исполняется", "исполняются", "исполняются")) }
      if waiting > 0 { parts.append("\(waiting) " + ruForm(waiting, "не начато", "не начаты", "не начаты")) }
      if late > 0 { parts.append("\(late) " + ruForm(late, "просрочено", "просрочены", "просрочены")) }
      // A line of its own: it starts with a capital.
      let lead = ruForm(mine.count, "Не исполнено \(mine.count) мероприятие", "Не исполнены \(mine.count) мероприятия",
        "Не исполнено \(mine.count) мероприятий")
      let summary = heading.all("span").first { $0.attributes["class"] == "summary" }?.allText
      #expect(summary == lead + ": " + parts.joined(separator: ", "), "\(name)")
      let body = g.all("tr").dropFirst()
      #expect(body.count == mine.count, "\(name)")
      // No row repeats the agency; each starts with its id, printed small.
      for tr in body {
        #expect(!tr.allText.contains(name))
        let id = tr.all("span").first { $0.attributes["class"] == "id" }?.allText
        #expect(mine.contains { $0.id == id }, "\(id ?? "")")
      }
      #expect(body.filter { !$0.all("strong").isEmpty }.count == late, "overdue marked in \(name)")
      rows += body.count
    }
    #expect(rows == open.count)
    // Markdown: a level-3 heading per agency, the same summary under it.
    let md = ReportMarkdown.render(r)
    #expect(md.components(separatedBy: "\n### ").count - 1 == agencies.count)
  }

  @Test func totalsAreBoldAndCountColumnsHaveShortHeadings() throws {
    let r = MeetingReport(try regionRoadmap().roadmap, language: .kk, changes: nil)
    let root = try parseStrictly(ReportHTML.render(r))
    let totals = root.all("tr").filter { $0.attributes["class"] == "total" }
    // The overall total and each direction's.
    #expect(totals.count == 1 + r.charts.directions.count)
    #expect(totals.allSatisfy { $0.all("td").first?.allText == "Барлығы" })
    #expect(ReportHTML.render(r).contains("tr.total td { font-weight: bold;"))
    let agencies = try #require(root.all("section").first { $0.attributes["id"] == "agencies" })
    let heads = agencies.all("th")
    #expect(heads.map(\.allText) == ["Жауапты орган", "✓", "◐", "○", "!", "Барлығы", "Қалғаны"])
    #expect(heads[1].attributes["title"] == "Орындалды" && heads[4].attributes["title"] == "Мерзімі өткен")
    // The legend says what the symbols stand for.
    let legend = root.all("ul").first { $0.attributes["class"] == "legend" }!.all("li")
    #expect(legend.first.map { $0.all("span").last?.allText == "✓" && $0.text == " орындалды 60 (49%)" } == true)
    #expect(legend.last.map { $0.all("span").last?.allText == "!" && $0.text == " мерзімі өткен: 11" } == true)
  }
}
