import RoadmapKit

/// A column the national rows can be sorted by.
public enum NationalColumn: Int, CaseIterable, Hashable, Sendable {
  /// The place in the ranking (share done, then more done); best first.
  case rank
  /// The region's name; A to Я.
  case region
  /// The counts, the percentage done, overdue and the change since the meeting; most first.
  case done, inProgress, pending, total, percent, overdue, sinceMeeting
}

/// Which column rows are sorted by, and whether the order is reversed (`S`).
public struct NationalSort: Hashable, Sendable {
  /// The column.
  public var column: NationalColumn
  /// Reversed from the column's own order.
  public var reversed = false

  /// Sorts by `column`, in its own order.
  public init(column: NationalColumn, reversed: Bool = false) {
    self.column = column
    self.reversed = reversed
  }

  /// `s`: the next of `columns`, in its own order.
  func next(among columns: [NationalColumn]) -> NationalSort {
    let i = columns.firstIndex(of: column) ?? -1
    return NationalSort(column: columns[(i + 1) % columns.count])
  }
}

/// One row of a national list: a region (its figures), an invalid file, or a shared
/// direction; `key` tells it apart whatever the order.
public struct NationalRow: Hashable, Sendable {
  /// The file's path, or the direction's id.
  public var key: String
  /// The file's name (a region) or the direction's id.
  public var file: String
  /// What the row is named: the region as its file writes it (else the file's name), or
  /// the direction's title.
  public var name: String
  /// The roadmap's title (a region), shown after the name where there is room.
  public var detail: String = ""
  /// Its counts.
  public var counts = StatusCounts()
  /// Overdue, where it is counted.
  public var overdue: Int?
  /// Done since the meeting; nil without a meeting.
  public var sinceMeeting: Int?
  /// Its place in the ranking shown (1: the best); nil for an invalid file.
  public var rank: Int?
  /// How many regions share it (a shared direction).
  public var regions: Int?
  /// The first problem of an invalid file.
  public var problem: String?
  /// Each column's figure as shown, by `NationalColumn.rawValue` (formatted once).
  public var values: [String] = []
}

/// The rows and columns of the screen shown, kept until what they depend on changes.
struct NationalView: Sendable {
  /// What they were worked out for.
  struct Key: Hashable, Sendable {
    var screen: NationalScreen
    var regionSort: NationalSort, directionSort: NationalSort
    var language: Language
    var asciiOnly: Bool
    var files: Int
    var width: Int, height: Int
  }
  var key: Key?
  var rows: [NationalRow] = []
  var columns = NationalColumns(rankWidth: 0, nameX: 0, nameWidth: 0, barX: 0, barWidth: 0, lines: [], inline: true)
}

extension NationalState {
  /// The sortable columns of a screen.
  static func columns(_ screen: NationalScreen) -> [NationalColumn] {
    switch screen {
    case .regions: return NationalColumn.allCases
    case .direction: return [.rank, .region, .done, .inProgress, .pending, .total, .percent]
    case .sharedDirections: return []
    }
  }

  /// The sort in force on the screen shown.
  var sort: NationalSort? {
    switch current.screen {
    case .regions: return regionSort
    case .direction: return directionSort
    case .sharedDirections: return nil
    }
  }

  /// The rows of the screen shown, in their order (as last worked out by `refreshView`).
  public var rows: [NationalRow] { view.rows }

  /// Works out the rows, their figures as shown and the columns again, when anything they
  /// depend on changed: once per change, not per key or frame.
  mutating func refreshView() {
    let key = NationalView.Key(
      screen: current.screen, regionSort: regionSort, directionSort: directionSort, language: language,
      asciiOnly: theme.asciiOnly, files: filesVersion, width: width, height: height)
    guard view.key != key else { return }
    var rows = computeRows(of: current.screen)
    for i in rows.indices {
      rows[i].values = NationalColumn.allCases.map { NationalLayout.format($0, rows[i], self) }
    }
    view = NationalView(key: key, rows: rows, columns: NationalLayout.columns(self, rows: rows))
  }

  /// The rows of `screen`, sorted as asked; invalid files last, in file order.
  func computeRows(of screen: NationalScreen) -> [NationalRow] {
    let code = language.rawValue
    switch screen {
    case .regions:
      var valid = figures.regions.map { r in
        var row = regionRow(r, code)
        row.counts = r.counts
        row.overdue = r.overdue
        row.sinceMeeting = r.doneSinceMeeting
        row.rank = rank[r.path]
        return row
      }
      Self.distinguish(&valid)
      valid = Self.sorted(valid, by: regionSort)
      let invalid = figures.invalid.map { f in
        let name = NationalState.fileName(f.path)
        return NationalRow(key: f.path, file: name, name: name, problem: ProblemWords.line(f.problem, language, withFile: false))
      }
      return valid + invalid
    case .sharedDirections:
      return shared.map { d in
        let sum = d.regions.reduce(into: StatusCounts()) { t, r in
          t.done += r.counts.done
          t.inProgress += r.counts.inProgress
          t.pending += r.counts.pending
        }
        return NationalRow(key: d.id, file: d.id, name: d.title.resolved(code), counts: sum, regions: d.regions.count)
      }
    case .direction(let id):
      guard let d = shared.first(where: { $0.id == id }) else { return [] }
      var rows = d.regions.map { entry -> NationalRow in
        var row = region(file: entry.file).map { regionRow($0, code) }
          ?? NationalRow(key: entry.file, file: entry.file, name: entry.file)
        row.counts = entry.counts
        return row
      }
      Self.distinguish(&rows)
      // The ranking within the direction: share done, then more done, then the file.
      let ranked = Self.sorted(rows, by: NationalSort(column: .percent))
      for (i, r) in ranked.enumerated() {
        if let k = rows.firstIndex(where: { $0.key == r.key }) { rows[k].rank = i + 1 }
      }
      return Self.sorted(rows, by: directionSort)
    }
  }

  /// Regions of the same name (two copies of a file) carry their file's name after it.
  static func distinguish(_ rows: inout [NationalRow]) {
    let names = NationalFigures.distinguished(rows.map(\.name), files: rows.map(\.file))
    for i in rows.indices { rows[i].name = names[i] }
  }

  /// A region's row: its key, file, name (falling back like the dashboard's header) and title.
  func regionRow(_ r: RegionFigures, _ code: String) -> NationalRow {
    let name = r.region.resolved(code)
    return NationalRow(
      key: r.path, file: r.file, name: name.isEmpty ? r.file : name, detail: r.title.resolved(code))
  }

  /// `rows` in the order of `sort`; ties by share done, then by file, so the order is total.
  static func sorted(_ rows: [NationalRow], by sort: NationalSort) -> [NationalRow] {
    func share(_ r: NationalRow) -> Double {
      r.counts.total == 0 ? 0 : Double(r.counts.done) / Double(r.counts.total)
    }
    // The column's own order: -1 when a comes first, 1 when b does, 0 when equal.
    func compare(_ a: NationalRow, _ b: NationalRow) -> Int {
      func most<T: Comparable>(_ x: T, _ y: T) -> Int { x == y ? 0 : (x > y ? -1 : 1) }
      switch sort.column {
      case .rank: return most(b.rank ?? Int.max, a.rank ?? Int.max)
      case .region:
        let (x, y) = (a.name.lowercased(), b.name.lowercased())
        return x == y ? 0 : (x < y ? -1 : 1)
      case .done: return most(a.counts.done, b.counts.done)
      case .inProgress: return most(a.counts.inProgress, b.counts.inProgress)
      case .pending: return most(a.counts.pending, b.counts.pending)
      case .total: return most(a.counts.total, b.counts.total)
      case .percent:
        let c = most(share(a), share(b))
        return c != 0 ? c : most(a.counts.done, b.counts.done)
      case .overdue: return most(a.overdue ?? Int.min, b.overdue ?? Int.min)
      case .sinceMeeting: return most(a.sinceMeeting ?? Int.min, b.sinceMeeting ?? Int.min)
      }
    }
    return rows.sorted { a, b in
      let c = compare(a, b)
      if c != 0 { return sort.reversed ? c > 0 : c < 0 }
      let s = share(a) == share(b) ? 0 : (share(a) > share(b) ? -1 : 1)
      if s != 0 { return s < 0 }
      return a.file < b.file
    }
  }

  /// The index of the selected row among `rows`: by its key, else where it was.
  func selectionIndex(in rows: [NationalRow]) -> Int {
    guard !rows.isEmpty else { return 0 }
    if let key = current.selected, let i = rows.firstIndex(where: { $0.key == key }) { return i }
    return max(0, min(current.lastIndex, rows.count - 1))
  }

  /// The row under the cursor, if any.
  public var selectedRow: NationalRow? {
    let rows = self.rows
    return rows.isEmpty ? nil : rows[selectionIndex(in: rows)]
  }
}
