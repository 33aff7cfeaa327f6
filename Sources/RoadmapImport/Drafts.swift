import RoadmapKit

/// The roadmap as the rows give it, before ids are chosen and it becomes JSON.
struct Drafts {
  struct Activity {
    var id: String?
    var title: String
    var status: Status
    var owner: String?
    var due: Day?
    var note: [String] = []
    var language: String
    var place: CellPlace
  }

  struct Project {
    var id: String?
    var title: String
    var language: String
    var activities: [Activity] = []
  }

  struct Direction {
    var id: String?
    var title: String
    var language: String
    var projects: [Project] = []
  }

  var directions: [Direction] = []

  /// The direction titled `title` (first of that title), made at the end if new.
  mutating func direction(_ title: String, language: String) -> Int {
    if let i = directions.firstIndex(where: { $0.title == title }) { return i }
    directions.append(Direction(title: title, language: language))
    return directions.count - 1
  }

  /// The project titled `title` in direction `d`, made at its end if new.
  mutating func project(_ title: String, in d: Int, language: String) -> Int {
    if let i = directions[d].projects.firstIndex(where: { $0.title == title }) { return i }
    directions[d].projects.append(Project(title: title, language: language))
    return directions[d].projects.count - 1
  }

  /// Projects and directions without activities are left out: a heading row with nothing
  /// under it (a direction's heading above its projects' headings) is no project.
  mutating func dropEmpty() {
    for d in directions.indices { directions[d].projects.removeAll { $0.activities.isEmpty } }
    directions.removeAll { $0.projects.isEmpty }
  }
}

/// Ids for what has none, in the project's pattern.
///
/// Given ids are kept (an export's id column); a project whose activities all have ids
/// `P.x` takes `P`, a direction whose projects all take `D.y` takes `D`, so an export
/// imports with the ids it had. Otherwise directions are `d1`, `d2`, …, projects
/// `<direction>.01`, activities `<project>.01`: `newProjectID` and `newActivityID`'s
/// numbering, never an id already taken.
enum DraftIDs {
  static func assign(_ drafts: inout Drafts) {
    var taken = Set<String>()
    for d in drafts.directions {
      for p in d.projects { for a in p.activities { if let id = a.id { taken.insert(id) } } }
    }
    for di in drafts.directions.indices {
      for pi in drafts.directions[di].projects.indices {
        let ids = drafts.directions[di].projects[pi].activities.map(\.id)
        if let stem = commonStem(ids), !taken.contains(stem) {
          drafts.directions[di].projects[pi].id = stem
          taken.insert(stem)
        }
      }
      let projectIDs = drafts.directions[di].projects.map(\.id)
      if let stem = commonStem(projectIDs), !taken.contains(stem) {
        drafts.directions[di].id = stem
        taken.insert(stem)
      }
    }
    var directionNumber = 0
    for di in drafts.directions.indices {
      if drafts.directions[di].id == nil {
        drafts.directions[di].id = next("d", &directionNumber, width: 1, taken: &taken)
      }
      let dID = drafts.directions[di].id!
      var projectNumber = 0
      for pi in drafts.directions[di].projects.indices {
        if drafts.directions[di].projects[pi].id == nil {
          drafts.directions[di].projects[pi].id = next(dID + ".", &projectNumber, width: 2, taken: &taken)
        }
        let pID = drafts.directions[di].projects[pi].id!
        var activityNumber = 0
        for ai in drafts.directions[di].projects[pi].activities.indices
        where drafts.directions[di].projects[pi].activities[ai].id == nil {
          drafts.directions[di].projects[pi].activities[ai].id = next(pID + ".", &activityNumber, width: 2, taken: &taken)
        }
      }
    }
  }

  /// What every id before its last `.` is, when all have one and it is the same.
  static func commonStem(_ ids: [String?]) -> String? {
    var stem: String?
    for id in ids {
      guard let id, let dot = id.lastIndex(of: "."), dot != id.startIndex else { return nil }
      let s = String(id[..<dot])
      if let stem, stem != s { return nil }
      stem = s
    }
    return stem
  }

  static func next(_ stem: String, _ n: inout Int, width: Int, taken: inout Set<String>) -> String {
    while true {
      n += 1
      let digits = String(n)
      let id = stem + String(repeating: "0", count: max(0, width - digits.count)) + digits
      if taken.insert(id).inserted { return id }
    }
  }
}
