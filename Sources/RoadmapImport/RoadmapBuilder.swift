import Foundation
import RoadmapKit

/// What the import needs besides the file.
public struct ImportOptions: Sendable {
  /// The words to recognise.
  public var vocabulary: Vocabulary = .standard
  /// `--map`: columns given by letter, over the headers.
  public var mapping: [ImportColumn: Int] = [:]
  /// The roadmap's title; else the first line above the table, else `sourceName`.
  public var title: String?
  /// The region; else empty.
  public var region: String?
  /// The day statuses are as of.
  public var asOf: Day
  /// The file's name without its folder, for a title when nothing else gives one.
  public var sourceName: String
  /// The words a note is written with, in a language (`kk`, `ru`, `en`): the label of the
  /// form of completion, of the progress, of the due date.
  public var labels: @Sendable (NoteLabel, String) -> String

  /// Makes options; labels default to the English field names.
  public init(
    asOf: Day, sourceName: String,
    labels: @escaping @Sendable (NoteLabel, String) -> String = { label, _ in label.rawValue }
  ) {
    self.asOf = asOf
    self.sourceName = sourceName
    self.labels = labels
  }
}

/// What a part of a note is: the model has no field for the form of completion, so it is
/// kept in the note, labelled («Аяқтау нысаны: әкімдікке ақпарат»).
public enum NoteLabel: String, Sendable {
  /// The form of completion.
  case form
  /// A progress report that followed the status word.
  case progress
  /// A due date in words that name no day (жыл сайын, ежегодно).
  case due
}

/// Turns a book into a roadmap: finds each sheet's table, walks its rows, reports every
/// cell it cannot read.
public enum RoadmapBuilder {
  /// The roadmap document (format version 1) for `book`, or every problem found.
  public static func build(_ book: TableBook, _ options: ImportOptions) throws(ImportFailure) -> JSON {
    var drafts = Drafts()
    var problems: [ImportProblem] = []
    var title: (String, String)?
    var tables = 0
    var seenIDs: [String: CellPlace] = [:]
    for sheet in book.sheets {
      guard let layout = TableLayout.find(in: sheet, vocabulary: options.vocabulary, mapping: options.mapping)
      else { continue }
      tables += 1
      var walk = SheetWalk(sheet: sheet, layout: layout, options: options)
      walk.run(into: &drafts, problems: &problems, seenIDs: &seenIDs)
      if title == nil, let t = walk.titleAbove() { title = (t, walk.language) }
    }
    guard tables > 0 else {
      throw ImportFailure(ImportProblem(.noHeader, at: book.sheets.first.map { CellPlace(sheet: $0.name, row: 1, column: 0) }))
    }
    drafts.dropEmpty()
    if problems.isEmpty, drafts.directions.isEmpty {
      problems.append(ImportProblem(.noActivities, at: book.sheets.first.map { CellPlace(sheet: $0.name, row: 1, column: 0) }))
    }
    guard problems.isEmpty else {
      throw ImportFailure(problems: Array(problems.prefix(ImportFailure.limit)), total: problems.count)
    }
    DraftIDs.assign(&drafts)
    let language = drafts.directions.first?.language ?? "kk"
    let roadmapTitle = options.title.map { ($0, language) } ?? title ?? (options.sourceName, language)
    return RoadmapJSON.document(drafts, title: roadmapTitle, region: options.region ?? "", asOf: options.asOf)
  }
}

/// The JSON of drafts, in the canonical members' order.
enum RoadmapJSON {
  static func document(_ drafts: Drafts, title: (String, String), region: String, asOf: Day) -> JSON {
    var years = [asOf.year]
    for d in drafts.directions {
      for p in d.projects { for a in p.activities { if let due = a.due { years.append(due.year) } } }
    }
    let members: [JSON.Member] = [
      .init(key: "format", value: .string("jolkarta-roadmap")),
      .init(key: "version", value: JSON(.number("1"))),
      .init(key: "title", value: text(title.0, title.1)),
      .init(key: "region", value: .string(region)),
      .init(key: "period", value: JSON(.object([
        .init(key: "start", value: JSON(.number(String(years.min()!)))),
        .init(key: "end", value: JSON(.number(String(years.max()!)))),
      ]))),
      .init(key: "as_of", value: .string(asOf.description)),
      .init(key: "directions", value: JSON(.array(drafts.directions.map(direction)))),
    ]
    return JSON(.object(members))
  }

  /// A text in its language: `{"kk": "…"}`, as the dashboard stores a new title.
  static func text(_ s: String, _ language: String) -> JSON {
    JSON(.object([.init(key: language, value: .string(s))]))
  }

  static func direction(_ d: Drafts.Direction) -> JSON {
    JSON(.object([
      .init(key: "id", value: .string(d.id!)), .init(key: "title", value: text(d.title, d.language)),
      .init(key: "indicators", value: JSON(.array([]))),
      .init(key: "projects", value: JSON(.array(d.projects.map(project)))),
    ]))
  }

  static func project(_ p: Drafts.Project) -> JSON {
    JSON(.object([
      .init(key: "id", value: .string(p.id!)), .init(key: "title", value: text(p.title, p.language)),
      .init(key: "indicators", value: JSON(.array([]))),
      .init(key: "activities", value: JSON(.array(p.activities.map(activity)))),
    ]))
  }

  static func activity(_ a: Drafts.Activity) -> JSON {
    var m: [JSON.Member] = [
      .init(key: "id", value: .string(a.id!)), .init(key: "title", value: text(a.title, a.language)),
      .init(key: "status", value: .string(a.status.rawValue)),
    ]
    if let owner = a.owner { m.append(.init(key: "owner", value: text(owner, a.language))) }
    if let due = a.due { m.append(.init(key: "due", value: .string(due.description))) }
    if !a.note.isEmpty { m.append(.init(key: "note", value: text(a.note.joined(separator: "; "), a.language))) }
    return JSON(.object(m))
  }
}
