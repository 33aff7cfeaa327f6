/// A whole roadmap: its metadata, directions, projects and activities.
///
/// The typed fields are what every front end reads. `source` is the file's bytes as
/// read; a save writes them back with only the edited activities rewritten, so unknown
/// fields, key order, numbers and layout are kept exactly.
public struct Roadmap: Sendable {
  /// The roadmap's title.
  public var title: LocalizedText
  /// The region it covers.
  public var region: LocalizedText
  /// The programme it carries out, if named.
  public var program: LocalizedText?
  /// First and last year of the programme.
  public var period: ClosedRange<Int>
  /// The day the statuses were reported.
  public var asOf: Day
  /// The priority directions in file order.
  public var directions: [Direction]
  /// The format version the file declares (see `readableVersions`).
  public internal(set) var version: Int = 1
  /// The faction's meetings: the legacy `meeting` block first (when it has a real date),
  /// then the `meetings` list of a version 2 file, in file order.
  public var meetings: [Meeting] = []
  /// The bytes the roadmap stands for now: what it was read from (or last saved as) with
  /// every edit other than an activity's own fields already written in.
  public internal(set) var source: [UInt8]
  /// The bytes the roadmap was read from or last saved as: what the file held then, the
  /// base a save compares the disk with.
  public internal(set) var origin: [UInt8] = []
  /// Activities edited since `source`: rewritten on the next save.
  var edited: Set<ActivityLocation> = []
  /// How far activities moved in `source` since their spans were stored: a save that
  /// rewrites a few activities records a shift here instead of touching (and copying)
  /// the spans of every activity after them. Sorted by `from`; see `actualSpan`.
  var spanShifts: [SpanShift] = []

  /// Each distinct owner once; `Activity.ownerKey` indexes it.
  public internal(set) var ownerTable: [LocalizedText] = []

  /// Where each activity id sits: direction, project and activity index.
  public internal(set) var activityIndex: [String: ActivityLocation]

  /// The format versions this jolkarta reads and writes (the rules table's).
  public static var readableVersions: [Int] { FormatRules.versions }

  /// Status counts over the whole roadmap.
  public var counts: StatusCounts {
    directions.reduce(into: StatusCounts()) { $0 += $1.counts }
  }

  /// The activity with this id, if any.
  public func activity(id: String) -> Activity? {
    activityIndex[id].map { self[$0] }
  }

  /// The activity at a location.
  public subscript(location: ActivityLocation) -> Activity {
    directions[location.direction].projects[location.project].activities[location.activity]
  }

  /// Every activity, in file order, with its location.
  public var allActivities: [(location: ActivityLocation, activity: Activity)] {
    var out: [(ActivityLocation, Activity)] = []
    out.reserveCapacity(activityIndex.count)
    for (d, direction) in directions.enumerated() {
      for (p, project) in direction.projects.enumerated() {
        for (a, activity) in project.activities.enumerated() {
          out.append((ActivityLocation(direction: d, project: p, activity: a), activity))
        }
      }
    }
    return out
  }

  /// Activities that are not done and whose due date is before `reference`.
  public func overdueCount(asOf reference: Day) -> Int {
    var n = 0
    // By index: each activity's two fields read in place, not the activity copied.
    for d in directions.indices {
      for p in directions[d].projects.indices {
        let activities = directions[d].projects[p].activities
        for a in activities.indices where activities[a].isOverdue(asOf: reference) { n += 1 }
      }
    }
    return n
  }

  /// Every distinct owner in file order of first appearance.
  public var owners: [LocalizedText] {
    var seen = Set<LocalizedText>()
    var out: [LocalizedText] = []
    for d in directions {
      for p in d.projects {
        for a in p.activities { if let o = a.owner, seen.insert(o).inserted { out.append(o) } }
      }
    }
    return out
  }
}

/// The position of an activity in the tree, by index.
public struct ActivityLocation: Hashable, Sendable, Comparable {
  // 32-bit indices: the id index holds a million of these.
  private var d: Int32, p: Int32, a: Int32

  /// Index of the direction.
  public var direction: Int {
    get { Int(d) }
    set { d = Int32(newValue) }
  }
  /// Index of the project within its direction.
  public var project: Int {
    get { Int(p) }
    set { p = Int32(newValue) }
  }
  /// Index of the activity within its project.
  public var activity: Int {
    get { Int(a) }
    set { a = Int32(newValue) }
  }

  /// Makes a location.
  public init(direction: Int, project: Int, activity: Int) {
    d = Int32(truncatingIfNeeded: direction)
    p = Int32(truncatingIfNeeded: project)
    a = Int32(truncatingIfNeeded: activity)
  }

  /// The JSON path of the activity, as used in messages.
  public var path: String {
    "directions[\(direction)].projects[\(project)].activities[\(activity)]"
  }

  public static func < (a: ActivityLocation, b: ActivityLocation) -> Bool {
    (a.direction, a.project, a.activity) < (b.direction, b.project, b.activity)
  }
}

/// From stored offset `from` on, spans are `total` bytes later in the current source.
struct SpanShift: Sendable, Hashable {
  var from: Int
  var total: Int
}
