import RoadmapKit

/// The report on every region of a folder in one language: the national totals, the
/// ranking, the files that could not be read, then each region's own meeting report.
///
/// Built from `NationalFigures` (the sums and the ranking) and, per region, the same
/// `MeetingReport` the single-region report is, so that each format writes both with one
/// writer and a region's figures read the same in either report.
public struct NationalReport: Hashable, Sendable {
  /// One region's own report, with the file it comes from (which tells regions apart
  /// when their names do not).
  public struct Region: Hashable, Sendable {
    /// The file's name.
    public var file: String
    /// The region's meeting report.
    public var report: MeetingReport
  }

  /// The language of every word.
  public var language: Language
  /// "Report on all regions".
  public var heading: String
  /// "4 regions".
  public var regionCount: String
  /// The sums of the regions' counts, for the big bar.
  public var counts: StatusCounts
  /// The sum of the regions' overdue counts.
  public var overdue: Int
  /// The national tables in reading order: `totals`, `ranking`, and `invalid` when a file
  /// could not be read.
  public var tables: [ReportTable]
  /// Each valid region's report, best first (the ranking's order).
  public var regions: [Region]

  /// The report of `files` (every region's file of a folder, read); overdue counted on
  /// each region's `as_of`, or on `today`. Each region's changes are those since its own
  /// last meeting, from its history.
  public init(_ files: [RegionFile], language: Language, today: Day? = nil) {
    let figures = NationalFigures(files, today: today)
    let b = NationalTables(figures: figures, language: language)
    self.language = language
    heading = b.word(.nationalReportTitle)
    regionCount = Catalogue.counted(.regionsCount, figures.regions.count, language)
    counts = figures.totals
    overdue = figures.overdue
    tables = [b.totals(), b.ranking()] + (figures.invalid.isEmpty ? [] : [b.invalid()])
    let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    regions = figures.ranking.compactMap { r in
      guard let file = byPath[r.path], let roadmap = file.roadmap else { return nil }
      let baseline: ChangeBaseline = roadmap.lastMeeting.map { .meeting(file.history, $0) } ?? .none
      var report = MeetingReport(
        roadmap, language: language, changes: baseline.changes(for: roadmap), reference: today,
        history: file.history)
      // Headed by the region, not by "Meeting report" once per region.
      report.heading = r.region.resolved(language.rawValue) + " (" + r.file + ")"
      return Region(file: r.file, report: report)
    }
  }

  /// The table of `key`: a national one (`totals`, `ranking`, `invalid`) or a region's,
  /// as `FILE/KEY` (`zko.json/overview`); nil when there is none.
  public func table(_ key: String) -> ReportTable? {
    if let t = tables.first(where: { $0.key == key }) { return t }
    guard let slash = key.lastIndex(of: "/") else { return nil }
    let file = String(key[..<slash]), inner = String(key[key.index(after: slash)...])
    return regions.first { $0.file == file }?.report.tables.first { $0.key == inner }
  }

  /// Every key `table(_:)` knows, national first.
  public var tableKeys: [String] {
    tables.map(\.key) + regions.flatMap { r in r.report.tables.map { r.file + "/" + $0.key } }
  }
}

/// Turns the national figures into the report's tables, one method per table.
struct NationalTables {
  let figures: NationalFigures
  let language: Language

  func word(_ m: Message, _ args: String...) -> String { Catalogue.format(m, language, args) }
  func heading(_ m: Message) -> String { Formatting.capitalized(word(m)) }
  func count(_ n: Int) -> ReportCell { .number(Double(n), Formatting.count(n, language)) }
  /// A change, signed as the screen writes it (`+1`); CSV keeps the plain value.
  func signed(_ n: Int) -> ReportCell { .number(Double(n), Formatting.signedCount(n, language)) }
  func percent(_ n: Int) -> ReportCell { .number(Double(n), word(.percent, Formatting.count(n, language))) }

  /// Done / in progress / pending / total over the sums, the percentages by largest
  /// remainder over the sums (so they add up to 100), and overdue.
  func totals() -> ReportTable {
    let c = figures.totals
    let p = figures.percentages
    return ReportTable(
      key: "totals", title: word(.nationalTotals),
      columns: [word(.fieldStatus), word(.activities), word(.shareColumn)],
      rows: [
        [.text(heading(.done)), count(c.done), percent(p.done)],
        [.text(heading(.inProgress)), count(c.inProgress), percent(p.inProgress)],
        [.text(heading(.pending)), count(c.pending), percent(p.pending)],
        [.text(heading(.total)), count(c.total), percent(c.total > 0 ? 100 : 0)],
        [.text(heading(.overdue)), count(figures.overdue), .empty],
      ], totalRows: [3])
  }

  /// The regions best first: place, region, file, the counts, % done, overdue, done since
  /// the region's last meeting (empty without one), the bar; the national sums last.
  func ranking() -> ReportTable {
    let s = ReportBuilder.symbols
    var rows: [[ReportCell]] = figures.ranking.enumerated().map { k, r in
      [count(k + 1), .text(r.region.resolved(language.rawValue)), .text(r.file), count(r.counts.done),
       count(r.counts.inProgress), count(r.counts.pending), count(r.counts.total), percent(r.percentDone),
       count(r.overdue), r.doneSinceMeeting.map(signed) ?? .empty, .bar(r.counts)]
    }
    let t = figures.totals
    let since = figures.regions.compactMap(\.doneSinceMeeting)
    rows.append([
      .empty, .text(heading(.total)), .empty, count(t.done), count(t.inProgress), count(t.pending), count(t.total),
      percent(figures.percentages.done), count(figures.overdue), since.isEmpty ? .empty : signed(since.reduce(0, +)),
      .bar(t),
    ])
    return ReportTable(
      key: "ranking", title: word(.rankingTitle),
      columns: [word(.rankingPlace), word(.regionColumn), word(.fileColumn), heading(.done), heading(.inProgress),
        heading(.pending), heading(.total), word(.doneShareColumn), heading(.overdue), word(.sinceMeetingColumn),
        word(.statusBar)],
      rows: rows, totalRows: [rows.count - 1],
      shortColumns: [word(.rankingPlace), word(.regionColumn), word(.fileColumn), s.done, s.inProgress, s.pending,
        heading(.total), word(.doneShareColumn), s.overdue, word(.sinceMeetingColumn), word(.statusBar)])
  }

  /// The files that are not valid roadmaps, each with its first problem.
  func invalid() -> ReportTable {
    ReportTable(
      key: "invalid", title: word(.invalidFilesTitle), columns: [word(.fileColumn), word(.problemColumn)],
      rows: figures.invalid.map { [.text(baseName($0.path)), .text(ProblemWords.line($0.problem, language, withFile: false))] })
  }

  /// The file's name without its folder.
  func baseName(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
  }
}
