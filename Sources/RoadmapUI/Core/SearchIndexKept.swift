import RoadmapKit

extension SearchIndex {
  /// Whether an index of `old` is one of `new` too: the same directions, projects and
  /// activities in the same places, with the same titles and ids (what the index holds).
  ///
  /// A reload after another office changed statuses, owners or dates then keeps the
  /// index instead of building it again (0.3 s of both cores at a million). Cheap where
  /// the reload shares what did not change (`RoadmapLoader.decode(_:after:)`): a project
  /// whose activities are the old storage is passed over, and a text held by the old
  /// storage compares at once. Bounded the other way: past `comparedAtMost` activities
  /// compared one by one (a whole file read again) the answer is no, and the index is
  /// built again off the UI thread, as before.
  static func fits(_ old: Roadmap, _ new: Roadmap, comparedAtMost limit: Int = 20_000) -> Bool {
    guard old.directions.count == new.directions.count else { return false }
    var compared = 0
    for (a, b) in zip(old.directions, new.directions) {
      guard a.projects.count == b.projects.count else { return false }
      for (p, q) in zip(a.projects, b.projects) {
        guard p.id == q.id, p.title == q.title, p.activities.count == q.activities.count else { return false }
        if p.sharesActivities(with: q) { continue }
        compared += p.activities.count
        guard compared <= limit else { return false }
        for (x, y) in zip(p.activities, q.activities) where x.id != y.id || x.title != y.title {
          return false
        }
      }
    }
    return true
  }
}
