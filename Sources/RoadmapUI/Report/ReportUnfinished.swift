import RoadmapKit

/// One agency's unfinished activities, under a heading that names the agency and counts
/// what it has left, so that no row repeats the agency's name (which, wrapped in a narrow
/// column, took a printed page per five rows).
public struct UnfinishedGroup: Hashable, Sendable {
  /// One unfinished activity of the agency.
  public struct Row: Hashable, Sendable {
    /// The activity's id, printed small: the way back to the file and the dashboard.
    public var id: String
    /// Its title.
    public var title: String
    /// Its status, in running text (small letter).
    public var status: Status
    /// The status in words.
    public var statusWord: String
    /// The due date in a column's form, or the words for none.
    public var due: String
    /// «мерзімі өткен» when it is past its due date on the report's day, else nil.
    public var overdue: String?
  }

  /// The agency's full name (or the words for none).
  public var agency: String
  /// How many are in progress, not started, overdue.
  public var inProgress: Int, pending: Int, overdue: Int
  /// «5 іс-шара орындалмаған: 3 орындалуда, 2 басталмаған, 1 мерзімі өткен».
  public var summary: String
  /// The activities, in the digest's order.
  public var rows: [Row]
}

extension ReportBuilder {
  /// Activities not done, agency by agency in the digest's order (most left first), with
  /// due dates: the flat table that CSV writes, the agency a column of every row.
  func unfinished(_ digest: RoadmapDigest) -> ReportTable {
    var rows: [[ReportCell]] = []
    for o in digest.owners {
      for loc in o.activities {
        let a = roadmap[loc]
        guard a.status != .done else { continue }
        rows.append([.text(owner(o.owner)), .text(a.id), .text(resolve(a.title)), .text(status(a.status)),
          day(a.due), .text(a.isOverdue(asOf: reference) ? word(.overdue) : "")])
      }
    }
    var t = ReportTable(
      key: "unfinished", title: word(.openItemsTitle),
      columns: [word(.fieldOwner), word(.fieldID), word(.fieldTitle), word(.fieldStatus), word(.fieldDue),
        heading(.overdue)],
      rows: rows)
    if rows.isEmpty { t.notes = [word(.allDone)] }
    return t
  }

  /// The same activities under one heading per agency that has any left.
  func unfinishedGroups(_ digest: RoadmapDigest) -> [UnfinishedGroup] {
    digest.owners.compactMap { o in
      let rows: [UnfinishedGroup.Row] = o.activities.compactMap { loc in
        let a = roadmap[loc]
        guard a.status != .done else { return nil }
        return UnfinishedGroup.Row(
          id: a.id, title: resolve(a.title), status: a.status, statusWord: status(a.status),
          due: a.due.map { Formatting.day($0, language, .column) } ?? word(.noDue),
          overdue: a.isOverdue(asOf: reference) ? word(.overdue) : nil)
      }
      guard !rows.isEmpty else { return nil }
      let inProgress = rows.filter { $0.status == .inProgress }.count
      let pending = rows.count - inProgress
      let overdue = rows.filter { $0.overdue != nil }.count
      let parts = [(Message.inProgressCount, inProgress), (.pendingCount, pending), (.overdueCountOf, overdue)]
        .filter { $0.1 > 0 }
        .map { Catalogue.counted($0.0, $0.1, language) }
      let summary = Formatting.capitalized(Catalogue.counted(.unfinishedCount, rows.count, language)) + ": " + parts.joined(separator: ", ")
      return UnfinishedGroup(
        agency: owner(o.owner), inProgress: inProgress, pending: pending, overdue: overdue,
        summary: summary, rows: rows)
    }
  }
}
