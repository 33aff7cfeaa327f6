import RoadmapKit
import RoadmapUI

extension Sheets {
  /// The national report: a first sheet with the heading, the ranking (frozen, with the
  /// filter buttons) and, below it, the totals and the files not read; then one sheet per
  /// region, named after it (`SheetNames` keeps names valid and unique when regions share
  /// a name), holding the tables of its own report one below the other. Bars and gauges
  /// are left out, as in CSV. `only` keeps the national table of that key (`totals`,
  /// `ranking`, `invalid`) or a region's (`FILE/KEY`), one sheet.
  public static func national(_ n: NationalReport, only key: String? = nil) -> [Sheet] {
    if let key, let t = n.table(key) {
      return [Sheet(title: t.title, fallbackName: key, preamble: [[.text(t.title)]] + t.notes.map { [.text($0)] },
        columns: kept(t).columns, rows: kept(t).rows)]
    }
    let ranking = n.tables.first { $0.key == "ranking" }
    var first = Sheet(
      title: ranking?.title ?? n.heading, fallbackName: "ranking",
      preamble: [[.text(n.heading)], [.text(n.regionCount)], [], [.text(ranking?.title ?? "")]],
      columns: ranking.map { kept($0).columns } ?? [], rows: ranking.map { kept($0).rows } ?? [])
    first.below = n.tables.filter { $0.key != "ranking" }.map(block)
    var sheets = [first]
    // Two regions of one name (two copies of a file): their sheets are named by their files.
    let repeated = NationalFigures.repeatedNames(n.regions.map(\.report.region))
    for r in n.regions {
      let rep = r.report
      var heading: [[SheetCell]] = [[.text(rep.heading)], [.text(rep.title)], [.text(rep.region)], [.text(rep.asOf)]]
      if let m = rep.meeting {
        heading.append([.text(m.title)])
        heading += m.items.map { [.text($0.label), .text($0.value)] }
      }
      guard let top = rep.tables.first else { continue }
      var sheet = Sheet(
        title: rep.region.isEmpty || repeated.contains(rep.region.lowercased()) ? r.file : rep.region, fallbackName: r.file,
        preamble: heading + [[], [.text(top.title)]] + top.notes.map { [.text($0)] },
        columns: kept(top).columns, rows: kept(top).rows)
      sheet.below = rep.tables.dropFirst().map(block)
      sheets.append(sheet)
    }
    return sheets
  }

  /// A table below another: its title and notes, its kept columns.
  static func block(_ t: ReportTable) -> SheetBlock {
    let k = kept(t)
    return SheetBlock(preamble: [[.text(t.title)]] + t.notes.map { [.text($0)] }, columns: k.columns, rows: k.rows)
  }

  /// A table's columns and rows without those of bars and gauges.
  static func kept(_ t: ReportTable) -> (columns: [String], rows: [[SheetCell]]) {
    let keep = t.keptColumns
    return (keep.map { t.columns[$0] }, t.rows.map { row in keep.map { cell(row[$0]) } })
  }
}
