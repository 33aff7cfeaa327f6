import RoadmapKit

extension Theme {
  /// Marks the total in the shortest headline: Σ, or `sum` in ASCII.
  public var totalMark: String { asciiOnly ? "sum" : "Σ" }
}

extension Painter {
  /// The overview's status line in the longest form that fits `width`: the three counts,
  /// the total and (when any) the overdue count are in every form; only words, percentages
  /// and spaces give way.
  ///
  /// From the longest: words and percentages; words; glyphs and percentages with the total
  /// and overdue named; glyphs with them named; glyphs and marks only (`✓ 60 · ◐ 52 · ○ 10
  /// · Σ 122 · ! 11`); the same without spaces. The last is drawn even when it does not fit.
  public func headline(_ counts: StatusCounts, overdue: Int, width: Int) -> [(String, StyleRole)] {
    // Built one at a time, longest first: the first usually fits, and building all six
    // every frame was a tenth of a cursor move.
    let forms = headlineForms(counts, overdue: overdue)
    var form: [(String, StyleRole)] = []
    for make in forms {
      form = make()
      if form.reduce(0, { $0 + DisplayWidth.of($1.0) }) <= width { break }
    }
    return form
  }

  /// Every form of the headline, longest first, each built when asked.
  func headlineForms(_ counts: StatusCounts, overdue: Int) -> [() -> [(String, StyleRole)]] {
    let f = { Formatting.count($0, self.language) }
    let pct = counts.percentages
    let parts: [(Status, Message, Int, Int)] = [
      (.done, .done, counts.done, pct.done),
      (.inProgress, .inProgress, counts.inProgress, pct.inProgress),
      (.pending, .pending, counts.pending, pct.pending),
    ]
    /// One form: each status by glyph (and word, percentage), then total and overdue.
    func form(words: Bool, percentages: Bool, named: Bool, separator: String, space: String)
      -> [(String, StyleRole)]
    {
      var out: [(String, StyleRole)] = []
      func add(_ text: String, _ role: StyleRole) {
        if !out.isEmpty { out.append((separator, .dim)) }
        out.append((text, role))
      }
      for (status, message, n, p) in parts {
        var s = "\(theme.glyph(status))" + space + (words ? word(message) + " " : "") + f(n)
        if percentages { s += " (" + word(.percent, f(p)) + ")" }
        add(s, theme.role(status))
      }
      add(named ? counted(.totalCount, counts.total) : theme.totalMark + space + f(counts.total), .plain)
      if overdue > 0 {
        add("\(theme.overdueMark)" + space + (named ? counted(.overdueCount, overdue) : f(overdue)), .overdue)
      }
      return out
    }
    let sep = theme.itemSeparator
    return [
      { form(words: true, percentages: true, named: true, separator: sep, space: " ") },
      { form(words: true, percentages: false, named: true, separator: sep, space: " ") },
      { form(words: false, percentages: true, named: true, separator: sep, space: " ") },
      { form(words: false, percentages: false, named: true, separator: sep, space: " ") },
      { form(words: false, percentages: false, named: false, separator: sep, space: " ") },
      { form(words: false, percentages: false, named: false, separator: " ", space: "") },
    ]
  }
}
