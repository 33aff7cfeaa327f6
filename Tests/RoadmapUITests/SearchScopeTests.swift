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
}
