import RoadmapKit

/// A column of `jolkarta export`: the one description the CSV, Markdown, JSON and xlsx
/// exports share, and that `jolkarta import` reads back.
///
/// The order is the order of the columns; `id` comes first, so that a spreadsheet sorted
/// or filtered by hand still names each activity. The raw value is the column's JSON key.
public enum ExportColumn: String, CaseIterable, Sendable {
  /// The activity's id.
  case id
  /// Its direction's title.
  case direction
  /// Its project's title.
  case project
  /// Its own title.
  case title
  /// Its status: a catalogue word, the code in JSON.
  case status
  /// The responsible agency.
  case owner
  /// The due date.
  case due
  /// Whether it is overdue on the roadmap's as-of day: a catalogue word, a boolean in JSON.
  case overdue
  /// The free note.
  case note

  /// The catalogue message the heading is worded by (the field names of the dashboard).
  public var message: Message {
    switch self {
    case .id: return .fieldID
    case .direction: return .fieldDirection
    case .project: return .fieldProject
    case .title: return .fieldTitle
    case .status: return .fieldStatus
    case .owner: return .fieldOwner
    case .due: return .fieldDue
    case .overdue: return .overdue
    case .note: return .fieldNote
    }
  }

  /// The heading in `language`, with a capital as a column heading is written.
  public func heading(_ language: Language) -> String {
    Formatting.capitalized(Catalogue.text(message, language))
  }

  /// The column a heading names, in any of the three languages or as the JSON key,
  /// letter case and surrounding spaces ignored; nil for a heading of no column.
  public static func recognise(_ heading: String) -> ExportColumn? {
    let h = trimmed(heading).lowercased()
    return allCases.first { c in
      c.rawValue == h || Language.allCases.contains { c.heading($0).lowercased() == h }
    }
  }
}

/// One value of an exported activity, typed so that each format writes it its way.
public enum ExportValue: Hashable, Sendable {
  /// Text from the file (an id, a title, an agency, a note); empty when there is none.
  case text(String)
  /// A status.
  case status(Status)
  /// A due date, or none.
  case day(Day?)
  /// Yes or no.
  case flag(Bool)

  /// The value in words of `language`: the catalogue's status word and yes/no, the date
  /// as ISO `2024-12-31` (a spreadsheet's date in every locale; `import` reads it back).
  public func words(_ language: Language) -> String {
    switch self {
    case .text(let s): return s
    case .status(let s): return ExportTable.word(s, language)
    case .day(let d): return d?.description ?? ""
    case .flag(let b): return Catalogue.text(b ? .yes : .no, language)
    }
  }
}

/// The rows of `jolkarta export`: one per activity, in the file's order, as `ExportColumn`
/// lists them, with titles in one language.
public struct ExportTable: Sendable {
  /// The language of titles, headings and words.
  public var language: Language
  /// One row per activity, each as long as `ExportColumn.allCases`.
  public var rows: [[ExportValue]]

  /// The export of `roadmap`: overdue counted against its as-of day.
  public init(_ roadmap: Roadmap, language: Language) {
    self.language = language
    let code = language.rawValue
    rows = roadmap.allActivities.map { loc, a in
      let d = roadmap.directions[loc.direction]
      let p = d.projects[loc.project]
      return ExportColumn.allCases.map { c -> ExportValue in
        switch c {
        case .id: return .text(a.id)
        case .direction: return .text(d.title.resolved(code))
        case .project: return .text(p.title.resolved(code))
        case .title: return .text(a.title.resolved(code))
        case .status: return .status(a.status)
        case .owner: return .text(a.owner?.resolved(code) ?? "")
        case .due: return .day(a.due)
        case .overdue: return .flag(a.isOverdue(asOf: roadmap.asOf))
        case .note: return .text(a.note?.resolved(code) ?? "")
        }
      }
    }
  }

  /// The headings in the table's language.
  public var headings: [String] { ExportColumn.allCases.map { $0.heading(language) } }

  /// The catalogue's word for a status («орындалуда», «исполняется», "in progress").
  public static func word(_ s: Status, _ language: Language) -> String {
    switch s {
    case .done: return Catalogue.text(.done, language)
    case .inProgress: return Catalogue.text(.inProgress, language)
    case .pending: return Catalogue.text(.pending, language)
    }
  }

  /// CSV through the one writer: headings and words in the language, dates ISO, every
  /// text field neutralised (`CSVWriter`).
  public func csv(delimiter: CSVDelimiter) -> String {
    let body = rows.map { r in
      r.map { v -> CSVField in
        if case .day(let d?) = v { return .day(d) }
        return .text(v.words(language))
      }
    }
    return CSVWriter.document([headings.map(CSVField.text)] + body, delimiter: delimiter)
  }

  /// A Markdown table through the one writer (`MarkdownWriter`: every cell inert); dates
  /// worded as a narrow column words them («2023 ж. 30 қыркүйек»).
  public func markdown() -> String {
    MarkdownWriter.table(
      columns: headings.map(MarkdownWriter.inline),
      rows: rows.map { r in
        r.map { v in
          if case .day(let d?) = v { return MarkdownWriter.inline(Formatting.day(d, language, .column)) }
          return MarkdownWriter.inline(v.words(language))
        }
      })
  }

  /// An array of objects keyed by the columns' codes, values as codes too (`in_progress`,
  /// `true`, `2023-09-30`, "" for no date), for programs rather than people.
  public func json() -> String {
    JSONWriter.canonicalString(JSON(.array(rows.map { r in
      JSON(.object(zip(ExportColumn.allCases, r).map { c, v in
        let value: JSON
        switch v {
        case .text(let s): value = .string(s)
        case .status(let s): value = .string(s.rawValue)
        case .day(let d): value = .string(d?.description ?? "")
        case .flag(let b): value = JSON(.bool(b))
        }
        return JSON.Member(key: c.rawValue, value: value)
      }))
    })))
  }
}

/// `s` without spaces, tabs and line ends at either end.
private func trimmed(_ s: String) -> String {
  String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
}
