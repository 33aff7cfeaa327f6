import Foundation
import RoadmapKit

/// One sheet's table read row by row: headings open directions and projects, the rows
/// under them are activities.
struct SheetWalk {
  let sheet: TableSheet
  let layout: TableLayout
  let options: ImportOptions
  /// `kk` when the sheet's titles have a letter only Kazakh has, else `ru` (`en` without
  /// Cyrillic at all).
  let language: String
  var direction: Int?
  var project: Int?

  init(sheet: TableSheet, layout: TableLayout, options: ImportOptions) {
    self.sheet = sheet
    self.layout = layout
    self.options = options
    let texts = layout.dataRows(of: sheet).compactMap { row in layout.columns[.activity].flatMap(row.text) }
    let all = texts.joined(separator: " ")
    if Folding.hasKazakhLetter(all) {
      language = "kk"
    } else if all.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) {
      language = "ru"
    } else {
      language = texts.isEmpty ? "kk" : "en"
    }
  }

  /// The title line above the table: the longest text of the first row above the header.
  func titleAbove() -> String? {
    guard let header = layout.headerRow else { return nil }
    for row in sheet.rows where row.number < header {
      if let t = row.filledColumns.compactMap(row.text).max(by: { $0.count < $1.count }) { return Self.oneLine(t) }
    }
    return nil
  }

  mutating func run(into drafts: inout Drafts, problems: inout [ImportProblem], seenIDs: inout [String: CellPlace]) {
    for row in layout.dataRows(of: sheet) {
      switch classify(row) {
      case .heading(let text): openHeading(text, drafts: &drafts)
      case .activity:
        if let a = activity(row, problems: &problems, seenIDs: &seenIDs) { place(a, row: row, drafts: &drafts) }
      case .untitled(let column):
        problems.append(ImportProblem(.noTitle, at: at(row, layout.columns[.activity] ?? column)))
      case .empty: continue
      }
    }
  }

  enum RowKind {
    case heading(String)
    case activity
    case untitled(Int)
    case empty
  }

  func column(_ c: ImportColumn, _ row: TableRow) -> String? {
    layout.columns[c].flatMap(row.text).map(Self.oneLine)
  }

  /// Heading, activity, a row of data without a title, or a row with only a number.
  func classify(_ row: TableRow) -> RowKind {
    let filled = row.filledColumns
    let dataColumns: [ImportColumn] = [.due, .owner, .status, .form, .note, .id]
    let hasData = dataColumns.contains { column($0, row) != nil }
    let title = column(.activity, row)
    if hasData { return title == nil ? .untitled(filled.first ?? 0) : .activity }
    let texts = filled.compactMap(row.text).map(Self.oneLine)
    // A number alone (an empty numbered row) heads nothing and holds nothing.
    if texts.count == 1, Double(texts[0].replacingOccurrences(of: ",", with: ".")) != nil { return .empty }
    if sheet.isMergedAcross(row: row.number) || texts.count == 1 {
      return .heading(texts.joined(separator: " "))
    }
    guard let title else { return .untitled(filled.first ?? 0) }
    if column(.direction, row) != nil || column(.project, row) != nil { return .activity }
    if let number = column(.number, row), texts.count == 2 {
      return Int(number) != nil ? .activity : .heading(number + " " + title)
    }
    return .activity
  }

  mutating func openHeading(_ text: String, drafts: inout Drafts) {
    let (level, title) = SectionRows.heading(text)
    if level == .direction || (level == .either && direction == nil) {
      direction = drafts.direction(title, language: language)
      project = nil
    } else {
      let d = direction ?? drafts.direction(sheet.name, language: language)
      direction = d
      project = drafts.project(title, in: d, language: language)
    }
  }

  /// The row's activity, or nil with its problems added.
  func activity(_ row: TableRow, problems: inout [ImportProblem], seenIDs: inout [String: CellPlace]) -> Drafts.Activity? {
    let before = problems.count
    var status = Status.pending
    var note: [String] = []
    if let form = column(.form, row) { note.append(label(.form) + ": " + form) }
    if let c = layout.columns[.status], let raw = row.cells[c], let text = row.text(c) {
      if case .number(let n, _) = raw {
        // A percentage cell holds its fraction (1 is 100 %); a plain number is a percent.
        let percent = n <= 1 ? n * 100 : n
        status = percent >= 100 ? .done : percent <= 0 ? .pending : .inProgress
      } else if let (s, more) = options.vocabulary.status(text) {
        status = s
        if more { note.append(label(.progress) + ": " + Self.oneLine(text)) }
      } else {
        problems.append(ImportProblem(.unknownStatus(text), at: at(row, c)))
      }
    }
    var due: Day?
    if let c = layout.columns[.due], let raw = row.cells[c], let text = row.text(c) {
      switch DueDates.read(raw) {
      case .day(let d): due = d
      case .recurring: note.append(label(.due) + ": " + Self.oneLine(text))
      case .notADate: problems.append(ImportProblem(.notADate(text), at: at(row, c)))
      }
    }
    if let n = column(.note, row) { note.append(n) }
    let id = layout.columns[.id].flatMap(row.text)
    if let id, let c = layout.columns[.id] {
      if let first = seenIDs[id] {
        problems.append(ImportProblem(.duplicateID(id, first: first), at: at(row, c)))
      } else {
        seenIDs[id] = at(row, c)
      }
    }
    guard problems.count == before, let title = column(.activity, row) else { return nil }
    return Drafts.Activity(
      id: id, title: title, status: status, owner: column(.owner, row), due: due, note: note,
      language: language, place: at(row, layout.columns[.activity]!))
  }

  /// Files the activity under its direction and project: the row's columns when it has
  /// them, else the headings above; a sheet without either is one direction of its name.
  mutating func place(_ a: Drafts.Activity, row: TableRow, drafts: inout Drafts) {
    var d = direction, p = project
    if let title = column(.direction, row) {
      d = drafts.direction(title, language: language)
      if d != direction { p = nil }
    }
    let dIndex = d ?? drafts.direction(sheet.name, language: language)
    if let title = column(.project, row) {
      p = drafts.project(title, in: dIndex, language: language)
    }
    let pIndex = p ?? drafts.project(drafts.directions[dIndex].title, in: dIndex, language: language)
    drafts.directions[dIndex].projects[pIndex].activities.append(a)
    if column(.direction, row) == nil && column(.project, row) == nil {
      direction = dIndex
      project = pIndex
    }
  }

  func label(_ l: NoteLabel) -> String { options.labels(l, language) }

  func at(_ row: TableRow, _ column: Int) -> CellPlace {
    CellPlace(sheet: sheet.name, row: row.number, column: column)
  }

  /// A cell's text on one line: line breaks and runs of spaces (Alt+Enter in Excel) as one
  /// space, since a title is shown on one line everywhere.
  static func oneLine(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
