import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The search finds activity titles, project titles, agencies and ids.
@Suite struct SearchScopeTests {
  @Test func anIdFindsItsActivityAndEnterShowsIt() throws {
    let json = try RegionJSON()
    let target = try #require(json.activities.first { $0.id == "d1.schools.03" })
    var d = try regionDashboard()
    d.press(.character("/"))
    d.type("d1.schools.03")
    #expect(d.state.search?.hits == [.activity(target.location)])
    d.press(.enter)
    #expect(d.state.current.screen == .project(direction: target.direction, project: target.project))
    #expect(d.state.current.selection == target.index)
    #expect(d.state.editTarget == target.location)
    // Upper case and the full path (a query typed again after Backspace) find it too.
    d.press(.character("/"))
    d.type("D1.SCHOOLS.033")
    #expect(d.state.search?.hits.isEmpty == true)
    d.press(.backspace)
    #expect(d.state.search?.hits == [.activity(target.location)])
  }

  @Test func anAgencysNameFindsWhatItOwnsInEveryLanguage() throws {
    let json = try RegionJSON()
    let owned = json.activities.filter { $0.owners["kk"] == RegionJSON.education }
    #expect(owned.count == 12)
    let russian = try #require(owned.first?.owners["ru"])  // «Управление образования …»
    for query in ["білім басқармасы", "БІЛІМ", String(russian.dropFirst(11))] {
      var d = try regionDashboard()
      d.press(.character("/"))
      d.type(query)  // letter by letter: each narrows the last hits
      #expect(d.state.search?.hits == owned.map { .activity($0.location) }, "\(query)")
      d.press(.backspace)
      d.type(String(query.last!))  // the same query, found in full
      #expect(d.state.search?.hits == owned.map { .activity($0.location) }, "\(query)")
    }
  }

  @Test func aProjectsTitleFindsTheProjectAndEnterOpensIt() throws {
    let json = try RegionJSON()
    let title = try #require(json.projectTitles[1][0]["kk"])  // «Ауыл аманаты»
    var d = try regionDashboard()
    d.press(.character("/"))
    d.type(title.lowercased())
    let hits = d.state.search?.hits ?? []
    #expect(hits.first == .project(direction: 1, project: 0))
    #expect(d.grid().rowText(Layout.list(d.state).y).hasPrefix("▸ " + title))
    // Tab puts the keys on the list: on a project row the editing keys have no activity.
    d.press(.tab)
    #expect(d.state.editTarget == nil)
    d.press(.enter)
    #expect(d.state.stack.map(\.screen) == [.overview, .direction(1), .project(direction: 1, project: 0)])
    #expect(d.state.current.selection == 0)
    // n steps on to the activities found after it.
    d.press(.character("n"))
    if let next = hits.dropFirst().first?.location {
      #expect(d.state.current.screen == .project(direction: next.direction, project: next.project))
    }
  }

  @Test func aProjectsIdFindsItAndItsActivities() throws {
    let json = try RegionJSON()
    let mine = json.activities.filter { $0.direction == 1 && $0.project == 0 }
    var d = try regionDashboard()
    d.press(.character("/"))
    d.type("d2.auyl_amanaty")
    #expect(d.state.search?.hits == [.project(direction: 1, project: 0)] + mine.map { .activity($0.location) })
  }

  @Test func underAFilterOnlyActivitiesThatPassAreFound() throws {
    let json = try RegionJSON()
    let owned = json.activities.filter { $0.owners["kk"] == RegionJSON.education && json.isOverdue($0) }
    var d = try regionDashboard()
    d.press(.character("!"), .character("/"))
    d.type("білім")
    #expect(d.state.search?.hits == owned.map { .activity($0.location) })
  }

  @Test func aLongerQueryScannedAnewUnderAFilterStillFindsOnlyWhatPasses() throws {
    let json = try RegionJSON()
    let done = Set(json.activities.filter { $0.status == "done" }.map(\.location))
    var d = try regionDashboard()
    d.press(.character("f"), .character("/"))
    #expect(d.state.filters.status == .done)
    d.type("а")
    // So many hits that the next letter scans the index anew instead of narrowing them.
    let index = try #require(d.state.searchIndexing.index)
    #expect(!index.narrows(try #require(d.state.search).hits.count))
    d.type("у")
    let all = SearchIndexHalvesTests.PlainScan(d.state.roadmap).hits("ау")
    let expected = all.filter { hit in hit.location.map { done.contains($0) } ?? true }
    #expect(expected.count < all.count && expected.contains { $0.location != nil })
    #expect(d.state.search?.hits == expected)
  }

  /// The titles (every translation) of the region's activities and projects, read with
  /// Foundation, each with what it is, in file order.
  static func titles() throws -> [(hit: SearchHit, texts: [String])] {
    let url = packageRoot.appendingPathComponent("data/roadmap.json")
    let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    func texts(_ v: Any?) -> [String] { (v as? String).map { [$0] } ?? (v as? [String: String]).map { Array($0.values) } ?? [] }
    var out: [(SearchHit, [String])] = []
    for (d, direction) in (root["directions"] as! [[String: Any]]).enumerated() {
      for (p, project) in (direction["projects"] as! [[String: Any]]).enumerated() {
        out.append((.project(direction: d, project: p), texts(project["title"])))
        for (a, activity) in (project["activities"] as! [[String: Any]]).enumerated() {
          out.append((.activity(ActivityLocation(direction: d, project: p, activity: a)), texts(activity["title"])))
        }
      }
    }
    return out
  }

  @Test func kazakhTypedOnARussianKeyboardFindsWhatKazakhFinds() throws {
    var kazakh = try regionDashboard()
    kazakh.press(.character("/"))
    kazakh.type("құрылыс")
    let found = kazakh.state.search?.hits ?? []
    // The titles that hold it, counted here, and the 11 activities of the construction
    // department («Батыс Қазақстан облысының құрылыс басқармасы»), by its name.
    let byTitle = try Self.titles().filter { $0.texts.contains { $0.lowercased().contains("құрылыс") } }.map(\.hit)
    #expect(Set(byTitle).isSubset(of: Set(found)) && !byTitle.isEmpty)
    #expect(found.count > byTitle.count)
    for query in ["курылыс", "КУРЫЛЫС", "құрылыс", "кұрылыс", "қурылыс"] {
      var d = try regionDashboard()
      d.press(.character("/"))
      d.type(query)
      #expect(d.state.search?.hits == found, "\(query)")
    }
    // The list shows the real text.
    let first = kazakh.grid().rowText(Layout.list(kazakh.state).y)
    #expect(first.contains("құрылыс") || first.contains("Құрылыс"), "\(first)")
  }

  @Test func yoIsFoundAsYe() throws {
    let expected = try Self.titles().filter { $0.texts.contains { $0.lowercased().contains("молодёжн") } }.map(\.hit)
    #expect(expected.count == 4)
    for query in ["молодежн", "Молодёжн", "МОЛОДЕЖН"] {
      var d = try regionDashboard(language: .ru)
      d.press(.character("/"))
      d.type(query)
      #expect(d.state.search?.hits == expected, "\(query)")
    }
    var d = try regionDashboard(language: .ru)
    d.press(.character("/"))
    d.type("молодежн")
    #expect(d.grid().plainText.contains("Молодёжн"), "the real letter is shown")
  }
}

