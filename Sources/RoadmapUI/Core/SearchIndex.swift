import Dispatch
import RoadmapKit

/// The titles and ids of every activity and project, lowercased and folded into byte
/// buffers (`SearchBytes`: а…я one byte each), for the `/` search; agencies are looked
/// up by name and hit the activities they own.
///
/// A value the dashboard's state holds: written while the file is read
/// (`SearchIndex.load`), or built off the UI thread once a roadmap is loaded or reloaded
/// (`Effect.buildSearchIndex`, back as `Msg.searchIndexBuilt`), and changed in
/// place when a title is edited. A query is found with `memchr`/`memcmp` over a buffer,
/// many times faster than comparing a million Swift strings. Owners are not indexed
/// (edits change them): there are few of them, and each search folds their names again.
public struct SearchIndex: Sendable, Equatable {
  /// Which of the state's roadmaps it was built for (`SearchIndexing.generation`): one
  /// that arrives after the roadmap was replaced again is dropped.
  public internal(set) var generation: Int
  /// One entry per activity, in file order: its title's translations and its id.
  var activities = SearchPieces()
  /// One entry per project, in file order: its title's translations and its id.
  var projects = SearchEntries()
  /// The first activity entry of each project (projects numbered through the
  /// directions in file order), then the count of activities.
  var activityBase: [Int] = []
  /// The first project number of each direction, then the count of projects.
  var projectBase: [Int] = []

  /// Indexes every title and id of `roadmap`; a large one in two halves, each on a core.
  public init(_ roadmap: Roadmap, generation: Int) {
    self.init(roadmap, generation: generation, halves: roadmap.activityIndex.count >= Self.splitAt)
  }

  /// Roadmaps of at least this many activities are indexed in two halves at once.
  static let splitAt = 20_000

  /// Indexes every title and id of `roadmap`, in two halves at once or in one piece; both
  /// find the same.
  init(_ roadmap: Roadmap, generation: Int, halves: Bool) {
    self.generation = generation
    let places = number(roadmap)
    let total = activityBase[places.count]
    // The halves part at the project holding the middle activity.
    let cut = halves ? (activityBase.firstIndex { $0 >= total / 2 } ?? places.count) : places.count
    if cut == places.count || cut == 0 {
      activities = SearchPieces([Self.entries(roadmap, places[...])])
    } else {
      // Each half written by its own core into its own buffer.
      let parts = Parts()
      DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { parts.first = Self.entries(roadmap, places[..<cut]) } else { parts.second = Self.entries(roadmap, places[cut...]) }
      }
      activities = SearchPieces([parts.first, parts.second])
    }
    finish(roadmap, places)
  }

  /// The index of `roadmap` whose activity entries were written while it was read
  /// (`SearchIndex.load`), `pieces` in file order; nil unless they hold one entry for
  /// each of its activities.
  init?(_ roadmap: Roadmap, generation: Int, loaded pieces: [SearchEntries]) {
    self.generation = generation
    let places = number(roadmap)
    guard !pieces.isEmpty, pieces.reduce(0, { $0 + $1.count }) == activityBase[places.count] else { return nil }
    activities = SearchPieces(pieces)
    finish(roadmap, places)
  }

  /// Numbers the projects through the directions, with their first activity entries
  /// (`activityBase`, `projectBase`); each project's direction and place.
  private mutating func number(_ roadmap: Roadmap) -> [(d: Int, p: Int)] {
    var places: [(d: Int, p: Int)] = []
    var total = 0
    for d in roadmap.directions.indices {
      projectBase.append(places.count)
      for p in roadmap.directions[d].projects.indices {
        activityBase.append(total)
        total += roadmap.directions[d].projects[p].activities.count
        places.append((d, p))
      }
    }
    projectBase.append(places.count)
    activityBase.append(total)
    return places
  }

  /// The projects' entries, once the activities' are written, and the bytes counted.
  private mutating func finish(_ roadmap: Roadmap, _ places: [(d: Int, p: Int)]) {
    for (d, p) in places {
      let project = roadmap.directions[d].projects[p]
      Self.add(project.title, project.id, to: &projects)
    }
    activities.countBytes()
    projects.countBytes()
  }

  /// The activity entries of the projects at `places`, in order.
  private static func entries(_ roadmap: Roadmap, _ places: ArraySlice<(d: Int, p: Int)>) -> SearchEntries {
    var out = SearchEntries()
    out.reserve(
      entries: places.reduce(0) { $0 + roadmap.directions[$1.d].projects[$1.p].activities.count },
      bytes: size(roadmap, places))
    // Fields are read in place: iterating activities by value would retain and release
    // every string of a million of them.
    for (d, p) in places {
      roadmap.directions[d].projects[p].activities.withUnsafeBufferPointer { acts in
        for a in acts.indices { Self.add(acts[a].title, acts[a].id, to: &out) }
      }
    }
    return out
  }

  /// Bytes the activity entries of the projects at `places` take.
  private static func size(_ roadmap: Roadmap, _ places: ArraySlice<(d: Int, p: Int)>) -> Int {
    var bytes = 0
    for (d, p) in places {
      roadmap.directions[d].projects[p].activities.withUnsafeBufferPointer { acts in
        for a in acts.indices { bytes += Self.size(acts[a].title, acts[a].id) }
      }
    }
    return bytes
  }

  /// Bytes an entry takes, before folding (which keeps the length of the usual letters).
  private static func size(_ title: LocalizedText, _ id: String) -> Int {
    let t = title.isPlain ? title.resolved().utf8.count + 1 : title.translations.reduce(0) { $0 + $1.text.utf8.count + 1 }
    return t + id.utf8.count + 2
  }

  /// Adds the entry of a title and an id; a plain title is read without an array.
  static func add(_ title: LocalizedText, _ id: String, to entries: inout SearchEntries) {
    if title.isPlain {
      entries.append(title.resolved())
    } else {
      for t in title.translations { entries.append(t.text) }
    }
    entries.append(id)
    entries.endEntry()
  }

  /// The entry of the activity at `l`; nil past the roadmap indexed.
  func entry(of l: ActivityLocation) -> Int? {
    guard let p = project(l.direction, l.project), l.activity < activityBase[p + 1] - activityBase[p] else { return nil }
    return activityBase[p] + l.activity
  }

  /// The project number of direction `d`'s project `p`; nil past the roadmap indexed.
  func project(_ d: Int, _ p: Int) -> Int? {
    guard d >= 0, p >= 0, d + 1 < projectBase.count, p < projectBase[d + 1] - projectBase[d] else { return nil }
    return projectBase[d] + p
  }

  /// The activity at `l` has this title now (an edit): its entry is written again.
  public mutating func retitle(activityAt l: ActivityLocation, _ title: LocalizedText, id: String) {
    guard let e = entry(of: l) else { return }
    activities.replace(e, with: title.translations.map(\.text) + [id])
  }

  /// Direction `d`'s project `p` has this title now (an edit).
  public mutating func retitle(project d: Int, _ p: Int, _ title: LocalizedText, id: String) {
    guard let e = project(d, p) else { return }
    projects.replace(e, with: title.translations.map(\.text) + [id])
  }

  /// Whether `count` hits of a query are quicker to narrow to a longer one's than the
  /// index is to scan anew. Each hit narrowed is a look at an entry of its own (about
  /// 24 ns at a million, a cache miss), the scan a pass over every entry on two cores
  /// (13 ms at a million for «ме», against 24 ms narrowing «м»'s million hits, and
  /// 12 ms either way from 12 % of the entries): at an eighth they cost the same.
  func narrows(_ count: Int) -> Bool { count <= activities.count / 8 }

  /// Projects whose title or id, and activities whose title, id or agency (any
  /// translation) contains `query`, ignoring case and folding ё and the Kazakh letters
  /// (`FastLowercase.fold`), in file order; with `previous`, only those are looked at
  /// (the query grew by a letter).
  public func search(_ query: String, owners: [OwnerSummary], within previous: [SearchHit]?) -> [SearchHit] {
    var folded: [UInt8] = []
    SearchBytes.append(query, to: &folded)
    guard !folded.isEmpty else { return [] }
    let owned = ownedBy(owners, matching: folded)
    let needle = activities.needle(folded)
    if let previous {
      let inProjects = projects.needle(folded)
      let keep: @Sendable (SearchHit) -> Bool = { [self, owned] hit in
        switch hit {
        case .project(let d, let p):
          return project(d, p).map { projects.matches($0, inProjects) } ?? false
        case .activity(let l):
          guard let e = entry(of: l) else { return false }
          return owned.contains(e) || activities.matches(e, needle)
        }
      }
      // Many hits: each half on a core of its own. Each entry looked at is a fresh cache
      // line (often a fresh page), so the time is waiting for memory, which two cores
      // do side by side.
      guard previous.count >= 20_000 else { return previous.filter(keep) }
      let mid = previous.count / 2
      let halves = Halves()
      DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { halves.first = previous[..<mid].filter(keep) } else { halves.second = previous[mid...].filter(keep) }
      }
      return halves.first + halves.second
    }
    var hits = owned
    activities.scan(needle, into: &hits)
    var found = EntryBits(count: projects.count)
    projects.scan(projects.needle(folded), into: &found)
    return SearchHit.merge(projects: projectHits(found), activities: activityHits(hits))
  }

  /// The activities of every agency whose name (any translation) contains `needle`.
  private func ownedBy(_ owners: [OwnerSummary], matching needle: [UInt8]) -> EntryBits {
    var owned = EntryBits(count: activities.count)
    let find = Needle(bytes: needle, key: needle.count - 1)
    var name: [UInt8] = []
    for o in owners {
      guard let owner = o.owner else { continue }
      // Folded as an entry is: the translations apart by a newline.
      name.removeAll(keepingCapacity: true)
      for t in owner.translations {
        SearchBytes.append(t.text, to: &name)
        name.append(0x0A)
      }
      guard name.withUnsafeBytes({ find.find(in: $0, from: 0, to: $0.count) != nil }) else { continue }
      for l in o.activities {
        if let e = entry(of: l) { owned.insert(e) }
      }
    }
    return owned
  }

  /// The locations of the activity entries in `bits`, in file order.
  private func activityHits(_ bits: EntryBits) -> [ActivityLocation] {
    var out: [ActivityLocation] = []
    var d = 0, p = 0
    bits.forEach { e in
      // Entries come in increasing order: the project and direction only move forward.
      while activityBase[p + 1] <= e { p += 1 }
      while projectBase[d + 1] <= p { d += 1 }
      out.append(ActivityLocation(direction: d, project: p - projectBase[d], activity: e - activityBase[p]))
    }
    return out
  }

  /// The project hits of the project entries in `bits`, in file order.
  private func projectHits(_ bits: EntryBits) -> [SearchHit] {
    var out: [SearchHit] = []
    var d = 0
    bits.forEach { p in
      while projectBase[d + 1] <= p { d += 1 }
      out.append(.project(direction: d, project: p - projectBase[d]))
    }
    return out
  }
}

/// The two halves of a build, each written by its own thread.
private final class Parts: @unchecked Sendable {
  var first = SearchEntries()
  var second = SearchEntries()
}

/// The two halves of a narrowing, each written by its own thread.
private final class Halves: @unchecked Sendable {
  var first: [SearchHit] = []
  var second: [SearchHit] = []
}
