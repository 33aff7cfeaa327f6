import Foundation
import RoadmapKit

/// The region's file read with Foundation's JSON parser, not with the loader under test,
/// so that what a test expects is counted by its own loop over the file.
struct RegionJSON {
  /// One activity as the file writes it, with its place.
  struct Activity {
    var id: String
    var status: String
    var due: String?
    /// Every translation of the owner (one for a plain string), empty when none.
    var owners: [String: String]
    var direction: Int
    var project: Int
    var index: Int

    var location: ActivityLocation { ActivityLocation(direction: direction, project: project, activity: index) }
  }

  /// The file's `as_of`.
  var asOf: String
  /// Every activity in file order.
  var activities: [Activity] = []
  /// Every project's title translations, by direction and project.
  var projectTitles: [[[String: String]]] = []

  init() throws {
    let url = packageRoot.appendingPathComponent("data/roadmap.json")
    let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    asOf = root["as_of"] as! String
    func texts(_ v: Any?) -> [String: String] {
      if let s = v as? String { return ["": s] }
      return v as? [String: String] ?? [:]
    }
    for (d, direction) in (root["directions"] as! [[String: Any]]).enumerated() {
      var titles: [[String: String]] = []
      for (p, project) in (direction["projects"] as! [[String: Any]]).enumerated() {
        titles.append(texts(project["title"]))
        for (a, activity) in (project["activities"] as! [[String: Any]]).enumerated() {
          activities.append(Activity(
            id: activity["id"] as! String, status: activity["status"] as! String,
            due: activity["due"] as? String, owners: texts(activity["owner"]),
            direction: d, project: p, index: a))
        }
      }
      projectTitles.append(titles)
    }
  }

  /// Not done and due before `as_of` (ISO dates compare as strings).
  func isOverdue(_ a: Activity) -> Bool {
    a.status != "done" && (a.due.map { $0 < asOf } ?? false)
  }

  /// The Kazakh name of the education department, the agency the tests filter by.
  static let education = "Батыс Қазақстан облысының білім басқармасы"
}
