/// One region's figures in the national view.
public struct RegionFigures: Sendable {
  /// The file's name, which tells regions apart when titles do not.
  public var file: String
  /// The file's path.
  public var path: String
  /// The region's name, as its file writes it.
  public var region: LocalizedText
  /// The roadmap's title.
  public var title: LocalizedText
  /// The counts of its activities.
  public var counts: StatusCounts
  /// Activities overdue on the region's own `as_of` (or the day given).
  public var overdue: Int
  /// Activities done since the region's last meeting (now against the counts at its
  /// end, from the history); nil without a meeting.
  public var doneSinceMeeting: Int?
  /// Each direction's id, title and counts.
  public var directions: [(id: String, title: LocalizedText, counts: StatusCounts)]

  /// The share done, exact, for ranking (0 for an empty roadmap).
  public var doneShare: Double { counts.total == 0 ? 0 : Double(counts.done) / Double(counts.total) }
  /// The percentage done, whole, by largest remainder within the region.
  public var percentDone: Int { counts.percentages.done }
}

/// The national view's figures: every region, the sums, the ranking, the directions
/// the regions share.
public struct NationalFigures: Sendable {
  /// The valid regions, in file order.
  public var regions: [RegionFigures]
  /// The files that are not valid roadmaps: path and first problem.
  public var invalid: [(path: String, problem: Problem)]
  /// The sums of the regions' counts.
  public var totals: StatusCounts
  /// The sum of the regions' overdue counts.
  public var overdue: Int

  /// The figures of `files`; overdue counted on each region's `as_of`, or on `today`.
  public init(_ files: [RegionFile], today: Day? = nil) {
    var regions: [RegionFigures] = []
    var invalid: [(String, Problem)] = []
    for f in files {
      switch f.state {
      case .invalid(let problem): invalid.append((f.path, problem))
      case .loaded(let r): regions.append(Self.figures(r, file: f, today: today))
      }
    }
    self.regions = regions
    self.invalid = invalid
    totals = regions.reduce(into: StatusCounts()) { t, r in
      t.done += r.counts.done
      t.inProgress += r.counts.inProgress
      t.pending += r.counts.pending
    }
    overdue = regions.reduce(0) { $0 + $1.overdue }
  }

  static func figures(_ r: Roadmap, file: RegionFile, today: Day?) -> RegionFigures {
    var since: Int?
    if let meeting = r.lastMeeting {
      let points = ProgressSeries.points(r, history: file.history)
      let at = points.last { $0.day <= meeting.date }
      since = at.map { r.counts.done - $0.counts.done }
    }
    return RegionFigures(
      file: file.name, path: file.path, region: r.region, title: r.title, counts: r.counts,
      overdue: r.overdueCount(asOf: today ?? r.asOf), doneSinceMeeting: since,
      directions: r.directions.map { ($0.id, $0.title, $0.counts) })
  }

  /// The national percentages (done, in progress, not started): by largest remainder
  /// over the sums, so they add up to 100.
  public var percentages: (done: Int, inProgress: Int, pending: Int) { totals.percentages }

  /// `names` as shown, each followed by its file's name (`Ақмола облысы (akmola-2.json)`)
  /// where two or more are the same (two copies of one region's file): otherwise rows,
  /// slides and sheets could not be told apart. Compared without regard to case.
  public static func distinguished(_ names: [String], files: [String]) -> [String] {
    let repeated = repeatedNames(names)
    return zip(names, files).map { n, f in repeated.contains(n.lowercased()) && n != f ? n + " (" + f + ")" : n }
  }

  /// The names, lowercased, that two or more of `names` share (case aside).
  public static func repeatedNames(_ names: [String]) -> Set<String> {
    var seen: [String: Int] = [:]
    for n in names { seen[n.lowercased(), default: 0] += 1 }
    return Set(seen.filter { $0.value > 1 }.keys)
  }

  /// The regions best first: by share done, then by more done, then by file name.
  public var ranking: [RegionFigures] {
    regions.sorted { a, b in
      if a.doneShare != b.doneShare { return a.doneShare > b.doneShare }
      if a.counts.done != b.counts.done { return a.counts.done > b.counts.done }
      return a.file < b.file
    }
  }

  /// A direction several regions share: the same id, or else the same title in the
  /// language asked; each region's counts in it.
  public struct SharedDirection: Sendable {
    /// The id the regions share (or the first region's, when matched by title).
    public var id: String
    /// The title as the first region writes it, or the first that writes it in the
    /// interface language.
    public var title: LocalizedText
    /// Each region that has it (its file) and its counts there.
    public var regions: [(file: String, counts: StatusCounts)]
  }

  /// The directions two or more regions share, in the order first met: by id, or by a
  /// title the same in the interface language or in any text both files write it in.
  public func sharedDirections(language: String = "kk") -> [SharedDirection] {
    var out: [SharedDirection] = []
    var byKey: [String: Int] = [:]
    for r in regions {
      for d in r.directions {
        // The title in the interface language, or any text the file writes it in (a
        // plain title is every language's): a file in Kazakh only and one in three
        // languages share «Кірістерді арттыру» whatever the interface's language
        // (matching in it alone lost them in English).
        let titleKeys = ["title:" + d.title.resolved(language).lowercased()]
          + d.title.translations.map { "title:" + $0.text.lowercased() }
        let key = byKey["id:" + d.id] != nil ? "id:" + d.id : titleKeys.first { byKey[$0] != nil }
        if let key, let k = byKey[key], !out[k].regions.contains(where: { $0.file == r.file }) {
          out[k].regions.append((r.file, d.counts))
          // Named in the interface language when any region writes it so.
          let has = { (t: LocalizedText) in t.translations.contains { $0.language == language } }
          if !has(out[k].title), has(d.title) { out[k].title = d.title }
        } else if key == nil {
          byKey["id:" + d.id] = out.count
          for t in titleKeys { byKey[t] = out.count }
          out.append(SharedDirection(id: d.id, title: d.title, regions: [(r.file, d.counts)]))
        }
      }
    }
    return out.filter { $0.regions.count > 1 }
  }
}
