import RoadmapKit

/// One cell of a report table: text, a figure, or a bar that each format draws its way.
public enum ReportCell: Hashable, Sendable {
  /// Words, from the file or the catalogue.
  case text(String)
  /// A figure: its value (for CSV, which spreadsheets compute with) and how the language writes it.
  case number(Double, String)
  /// A done / in progress / pending bar.
  case bar(StatusCounts)
  /// A day: the date itself (a spreadsheet's date cell, CSV's `2024-12-31`) and how the
  /// language words it.
  case date(Day, String)
  /// A plan/actual gauge: actual as a share of plan.
  case gauge(Double)
  /// Nothing.
  case empty
}

/// One table of the report, with its title and column headings.
public struct ReportTable: Hashable, Sendable {
  /// A stable machine name (`overview`, `direction-1`, `agencies`…), for CSV and CSS.
  public var key: String
  /// The heading above it, in the report's language.
  public var title: String
  /// Column headings.
  public var columns: [String]
  /// Rows, each as long as `columns`.
  public var rows: [[ReportCell]]
  /// Paragraphs shown instead of, or before, the rows (e.g. "nothing to compare with").
  public var notes: [String] = []
  /// The rows that are totals, which print in bold.
  public var totalRows: Set<Int> = []
  /// Short headings (✓ ◐ ○ !) for print, where the column headings are status words that
  /// would squeeze the name column; nil keeps `columns`. The legend under the overall bar
  /// says what each symbol stands for.
  public var shortColumns: [String]? = nil
}

/// The meeting a report is for, named at its top: its heading and what it records.
public struct ReportMeeting: Hashable, Sendable {
  /// One thing the meeting records: "Chair" and who.
  public struct Item: Hashable, Sendable {
    /// What it is, in the report's language.
    public var label: String
    /// What the file says.
    public var value: String
  }

  /// "Faction meeting of 30 November 2023".
  public var title: String
  /// Date, chair, reporter, speakers, decision, those given.
  public var items: [Item]
  /// Chair, reporter and speakers, those given: who, for the heading block.
  public var people: [Item]
  /// What the meeting decided, labelled, when the file says.
  public var decision: Item?

  /// The meeting in `language`.
  public init(_ meeting: Meeting, language: Language) {
    title = meeting.heading(language)
    items = meeting.items(language).map { Item(label: $0.label, value: $0.value) }
    // The date is in the title and the decision gets a block of its own.
    let dated = Catalogue.text(.meetingDate, language)
    let decided = Catalogue.text(.meetingDecision, language)
    people = items.filter { $0.label != dated && $0.label != decided }
    decision = meeting.decision == nil ? nil : items.last { $0.label == decided }
  }
}

/// "Annex to the minutes" at the top of the report: which meeting's minutes, and their
/// number when one is given (`jolkarta report --annex [--minutes-number N]`).
public struct ReportAnnex: Hashable, Sendable {
  /// What the command asks for: an annex, and the minutes' number if it has one.
  public struct Request: Hashable, Sendable {
    /// The number of the minutes, as the secretary writes it («5», «5/2023»).
    public var number: String?
    /// Asks for an annex.
    public init(number: String? = nil) { self.number = number }
  }

  /// «Хаттамаға қосымша» / «Приложение к протоколу» / "Annex to the minutes".
  public var title: String
  /// The meeting and the number of its minutes («2023 жылғы 30 қарашадағы фракция
  /// отырысы, № 5»); nil when the roadmap records no meeting and no number is given.
  public var minutes: String?

  /// The annex line for `meeting` (the roadmap's last) and the minutes' `number`.
  public init(meeting: Meeting?, number: String?, language: Language) {
    title = Catalogue.text(.annexTitle, language)
    let parts = [meeting?.heading(language), number.map { Catalogue.text(.annexNumber, language, $0) }]
    let given = parts.compactMap { $0 }
    minutes = given.isEmpty ? nil : given.joined(separator: ", ")
  }
}

/// The meeting report in one language: every figure and word resolved, ready for
/// Markdown, HTML or CSV. Built from the model alone, so the three formats agree.
public struct MeetingReport: Hashable, Sendable {
  /// The language of every word.
  public var language: Language
  /// The report's heading ("Meeting report").
  public var heading: String
  /// The roadmap's title, region and programme.
  public var title: String, region: String, program: String?
  /// "as of 30 November 2023".
  public var asOf: String
  /// The overall counts, for the big bar.
  public var counts: StatusCounts
  /// How many activities are overdue on the report's day.
  public var overdue: Int
  /// The roadmap's last meeting, if it has one.
  public var meeting: ReportMeeting?
  /// The tables in reading order.
  public var tables: [ReportTable]
  /// The unfinished activities under one heading per agency (the `unfinished` table's
  /// rows, which CSV keeps flat, grouped for print).
  public var unfinishedByAgency: [UnfinishedGroup]
  /// The charts: statuses per direction, progress over time.
  public var charts: ReportCharts
  /// "Annex to the minutes", when asked for.
  public var annex: ReportAnnex?

  /// Builds the report; overdue is measured against `reference` (the roadmap's as-of day
  /// unless given); `changes` nil means nothing to compare with; `history` is the
  /// roadmap's history, from which the progress over time is found; `annex` non-nil heads
  /// the report as an annex to the minutes, with their number if it holds one.
  public init(
    _ roadmap: Roadmap, language: Language, changes: ChangeSummary?, reference: Day? = nil,
    history: [HistoryEntry] = [], annex: ReportAnnex.Request? = nil
  ) {
    let day = reference ?? roadmap.asOf
    let b = ReportBuilder(roadmap: roadmap, language: language, reference: day)
    self.language = language
    heading = b.word(.reportTitle)
    title = b.resolve(roadmap.title)
    region = b.resolve(roadmap.region)
    program = roadmap.program.map(b.resolve)
    // A line of its own, so it starts with a capital: «По состоянию на …», "As of …".
    asOf = Formatting.capitalized(Formatting.day(roadmap.asOf, language, .asOf))
    counts = roadmap.counts
    overdue = roadmap.overdueCount(asOf: day)
    meeting = roadmap.lastMeeting.map { ReportMeeting($0, language: language) }
    let digest = RoadmapDigest(roadmap, today: day)
    tables = [b.overview()] + b.directionTables() + [b.indicators(), b.agencies(digest)]
      + [b.changes(changes), b.unfinished(digest)]
    unfinishedByAgency = b.unfinishedGroups(digest)
    charts = ReportCharts(roadmap, language: language, points: ProgressSeries.points(roadmap, history: history))
    self.annex = annex.map { ReportAnnex(meeting: roadmap.lastMeeting, number: $0.number, language: language) }
  }
}

/// Turns the model into the report's tables, one method per table.
struct ReportBuilder {
  let roadmap: Roadmap
  let language: Language
  let reference: Day

  func word(_ m: Message, _ args: String...) -> String { Catalogue.format(m, language, args) }
  /// A word as a column heading or a row label: with a capital, as every language writes
  /// one («Орындалды», «Исполнено», "Done"), where running text has it small.
  func heading(_ m: Message) -> String { Formatting.capitalized(word(m)) }
  func resolve(_ t: LocalizedText) -> String { t.resolved(language.rawValue) }
  func count(_ n: Int) -> ReportCell { .number(Double(n), Formatting.count(n, language)) }
  func percent(_ n: Int) -> ReportCell { .number(Double(n), word(.percent, Formatting.count(n, language))) }
  func figure(_ v: Double) -> ReportCell { .number(v, Formatting.number(v, language)) }
  func day(_ d: Day?) -> ReportCell { d.map { .date($0, Formatting.day($0, language)) } ?? .text(word(.noDue)) }
  func owner(_ o: LocalizedText?) -> String { o.map(resolve) ?? word(.noOwner) }
  func status(_ s: Status) -> String {
    switch s {
    case .done: return word(.done)
    case .inProgress: return word(.inProgress)
    case .pending: return word(.pending)
    }
  }

  /// Done / in progress / pending / total with percentages, and overdue.
  func overview() -> ReportTable {
    let c = roadmap.counts
    let p = c.percentages
    return ReportTable(
      key: "overview", title: word(.overallFigures),
      columns: [word(.fieldStatus), word(.activities), word(.shareColumn)],
      rows: [
        [.text(heading(.done)), count(c.done), percent(p.done)],
        [.text(heading(.inProgress)), count(c.inProgress), percent(p.inProgress)],
        [.text(heading(.pending)), count(c.pending), percent(p.pending)],
        [.text(heading(.total)), count(c.total), percent(c.total > 0 ? 100 : 0)],
        [.text(heading(.overdue)), count(roadmap.overdueCount(asOf: reference)), .empty],
      ], totalRows: [3])
  }

  /// The symbols the dashboard and the overall legend give the statuses, for the short
  /// headings of count columns.
  static let symbols = (done: "✓", inProgress: "◐", pending: "○", overdue: "!")

  /// The counts columns shared by the direction and agency tables.
  func countColumns() -> [String] {
    [heading(.done), heading(.inProgress), heading(.pending), heading(.total), word(.doneShareColumn)]
  }

  /// One table per direction: a row per project and the direction's total.
  func directionTables() -> [ReportTable] {
    roadmap.directions.enumerated().map { i, d in
      func row(_ name: String, _ c: StatusCounts) -> [ReportCell] {
        [.text(name), count(c.done), count(c.inProgress), count(c.pending), count(c.total),
         percent(c.percentages.done), .bar(c)]
      }
      let s = Self.symbols
      return ReportTable(
        key: "direction-\(i + 1)", title: "\(i + 1). \(resolve(d.title))",
        columns: [word(.fieldProject)] + countColumns() + [word(.statusBar)],
        rows: d.projects.map { row(resolve($0.title), $0.counts) } + [row(heading(.total), d.counts)],
        totalRows: [d.projects.count],
        shortColumns: [word(.fieldProject), s.done, s.inProgress, s.pending, heading(.total), word(.doneShareColumn),
          word(.statusBar)])
    }
  }

  /// Every indicator with its project (or direction), plan, actual and share of plan.
  func indicators() -> ReportTable {
    var rows: [[ReportCell]] = []
    for d in roadmap.directions {
      let owned = d.indicators.map { (resolve(d.title), $0) }
        + d.projects.flatMap { p in p.indicators.map { (resolve(p.title), $0) } }
      for (place, i) in owned {
        let share = i.fractionOfPlan
        rows.append([
          .text(place), .text(resolve(i.title)), .text(i.unitForms.name(language.rawValue)),
          i.plan.map(figure) ?? .empty, figure(i.actual),
          i.percentOfPlan.map { p in
            .number(Double(p), word(.percent, Share.percentFigure(i, language) ?? ""))
          } ?? .empty,
          share.map { .gauge($0) } ?? .empty,
        ])
      }
    }
    return ReportTable(
      key: "indicators", title: word(.indicators),
      columns: [word(.fieldProject), word(.fieldTitle), word(.unit), word(.plan), word(.actual),
        word(.percentOfPlan), word(.statusBar)],
      rows: rows)
  }

  /// Per agency, most left first (the digest's order).
  func agencies(_ digest: RoadmapDigest) -> ReportTable {
    let rows: [[ReportCell]] = digest.owners.map { o in
      let overdue = o.activities.filter { roadmap[$0].isOverdue(asOf: reference) }.count
      return [.text(owner(o.owner)), count(o.counts.done), count(o.counts.inProgress),
        count(o.counts.pending), count(overdue), count(o.counts.total), count(o.counts.remaining)]
    }
    let s = Self.symbols
    return ReportTable(
      key: "agencies", title: word(.agencies),
      columns: [word(.fieldOwner), heading(.done), heading(.inProgress), heading(.pending), heading(.overdue),
        heading(.total), word(.remaining)],
      rows: rows,
      shortColumns: [word(.fieldOwner), s.done, s.inProgress, s.pending, s.overdue, heading(.total), word(.remaining)])
  }

  /// What moved since the baseline, one row per move.
  func changes(_ summary: ChangeSummary?) -> ReportTable {
    var t = ReportTable(
      key: "changes", title: word(.changesTitle),
      columns: [word(.change), word(.fieldID), word(.fieldTitle), word(.fieldOwner), word(.before), word(.after)],
      rows: [])
    guard let s = summary else {
      t.notes = [word(.nothingToCompare), word(.compareHint)]
      return t
    }
    t.notes = [Formatting.capitalized(s.baseline.words(language))]
    if s.isEmpty { t.notes.append(word(.noChanges)) }
    func moves(_ kind: Message, _ list: [ChangeSummary.StatusMove]) {
      for m in list {
        t.rows.append([.text(heading(kind)), .text(m.id), .text(resolve(m.title)), .text(owner(m.owner)),
          .text(m.from.map(status) ?? "—"), .text(status(m.to))])
      }
    }
    moves(.finished, s.finished)
    moves(.started, s.started)
    moves(.movedBack, s.movedBack)
    for m in s.carriedOver {
      t.rows.append([.text(heading(.carriedOver)), .text(m.id), .text(resolve(m.title)), .text(owner(m.owner)),
        day(m.from), day(m.to)])
    }
    for m in s.indicators {
      t.rows.append([.text(heading(.indicatorsMoved)), .text(m.id), .text(resolve(m.title)), .empty,
        .text(Formatting.figure(m.from, m.unitForms, language)), .text(Formatting.figure(m.to, m.unitForms, language))])
    }
    return t
  }
}
