import RoadmapKit

/// The dates under a trend chart's x axis: the longest form in which every date fits.
///
/// The forms, longest first: the date in words as a column writes it («2023 ж. 30
/// қараша», «30 ноября 2023 г.»), the numeric date (`30.11.2023`, `30/11/2023`), the day and
/// month (`30.11`). When even the shortest does not fit them all, the latest are kept
/// (now first, then the meetings from the last back), since a meeting looks at where it
/// stands now.
enum TrendDates {
  /// A date placed on the row: its text and its first column.
  struct Placed: Hashable {
    var text: String
    var x: Int
  }

  /// The forms of a day, longest first.
  static func forms(_ day: Day, _ language: Language) -> [String] {
    let d = day.day < 10 ? "0\(day.day)" : "\(day.day)"
    let m = day.month < 10 ? "0\(day.month)" : "\(day.month)"
    return [
      Formatting.day(day, language, .column),
      Catalogue.format(.dayNumeric, language, [d, m, String(day.year)]),
      Catalogue.format(.dayMonthNumeric, language, [d, m]),
    ]
  }

  /// The dates of `ticks` (a day and the column of its tick, left to right) on `row`,
  /// each centred on its tick, kept inside the row, one column apart at least.
  static func place(_ ticks: [(day: Day, x: Int)], in row: Rect, _ painter: Painter) -> [Placed] {
    guard !ticks.isEmpty, !row.isEmpty else { return [] }
    let forms = ticks.map { Self.forms($0.day, painter.language) }
    for f in 0..<3 {
      let texts = forms.map { $0[f] }
      if let all = fit(texts, ticks.map(\.x), row: row, keepLatest: false) { return all }
    }
    return fit(forms.map { $0[2] }, ticks.map(\.x), row: row, keepLatest: true) ?? []
  }

  /// Places every text, or nil when two would touch; with `keepLatest`, places from the
  /// right and leaves out whatever would touch one already placed.
  static func fit(_ texts: [String], _ xs: [Int], row: Rect, keepLatest: Bool) -> [Placed]? {
    var placed: [Placed] = []
    // From the right: the latest date has the first claim on the room.
    var limit = row.maxX
    for i in texts.indices.reversed() {
      let w = DisplayWidth.of(texts[i])
      guard w <= row.width else {
        if keepLatest { continue } else { return nil }
      }
      let x = max(row.x, min(xs[i] - w / 2, row.maxX - w))
      if x + w > limit {
        if keepLatest { continue } else { return nil }
      }
      placed.append(Placed(text: texts[i], x: x))
      limit = x - 1
    }
    return placed.reversed()
  }
}
