import RoadmapKit

/// The report's two pictures, every label already in the report's language: the three
/// statuses per direction, and the progress over time (`ProgressSeries`). `ReportSVG`
/// draws them; Markdown writes the series as a table.
public struct ReportCharts: Hashable, Sendable {
  /// One direction's bar.
  public struct Bar: Hashable, Sendable {
    /// «1. Өмір сапасын арттыру».
    public var label: String
    /// Its counts.
    public var counts: StatusCounts
  }

  /// One point of the progress over time.
  public struct Point: Hashable, Sendable {
    /// The day.
    public var day: Day
    /// The day as a narrow column writes it («2023 ж. 30 қараша», «30 ноября 2023 г.»).
    public var label: String
    /// «отырыс» for a meeting, «қазір» for now, nil for a day of changes.
    public var kind: String?
    /// The counts at the end of the day.
    public var counts: StatusCounts
  }

  /// The language the figures are written in.
  public var language: Language
  /// «Бағыттар бойынша мәртебелер».
  public var directionsTitle: String
  /// A bar per direction, in the file's order.
  public var directions: [Bar]
  /// «Уақыт бойынша орындалу барысы».
  public var progressTitle: String
  /// The points in time order; at least one (now).
  public var points: [Point]
  /// Done, in progress, not started in running text, for the legend and the labels.
  public var statusWords: [String]
  /// Heading words of the series table: date, done, in progress, not started, total.
  public var seriesColumns: [String]

  /// The sentence that stands for the progress chart when there is one point only (a
  /// chart of one point would show nothing moving); nil when there are more.
  public var onePoint: String? {
    guard points.count == 1, let p = points.first else { return nil }
    return Catalogue.text(.chartOnePoint, language, Formatting.day(p.day, language))
  }

  /// The charts of `roadmap` in `language`, with the series `points`.
  public init(_ roadmap: Roadmap, language: Language, points: [ProgressPoint]) {
    func word(_ m: Message) -> String { Catalogue.text(m, language) }
    self.language = language
    directionsTitle = word(.chartDirections)
    directions = roadmap.directions.enumerated().map { i, d in
      Bar(label: "\(i + 1). " + d.title.resolved(language.rawValue), counts: d.counts)
    }
    progressTitle = word(.chartProgress)
    self.points = points.map { p in
      let kind: String?
      switch p.kind {
      case .meeting: kind = word(.pointMeeting)
      case .now: kind = word(.pointNow)
      case .change: kind = nil
      }
      return Point(day: p.day, label: Formatting.day(p.day, language, .column), kind: kind, counts: p.counts)
    }
    statusWords = [word(.done), word(.inProgress), word(.pending)]
    seriesColumns = [word(.meetingDate), word(.done), word(.inProgress), word(.pending), word(.total)]
      .map(Formatting.capitalized)
  }
}

// The time axis spaces points by `Day.ordinal` (TrendChart.swift), the one count of days
// the trend view and the report share.
