/// What the import could not read, and where: the CLI words it in the interface language.
///
/// Problems carry data only (the place, the text found); the words belong to the
/// catalogue, so the same problem reads `Лист1!D14: «32.13.2024» күн емес` or
/// `Лист1!D14: “32.13.2024” is not a date`.
public struct ImportProblem: Hashable, Sendable {
  /// The cell (or, for a whole sheet, its first cell) the problem is at; nil for the file.
  public var place: CellPlace?
  /// What is wrong.
  public var kind: Kind

  /// The kinds of problem.
  public enum Kind: Hashable, Sendable {
    /// A due date that is not one of the forms read (`32.13.2024`).
    case notADate(String)
    /// A status or progress that is none of the words read.
    case unknownStatus(String)
    /// A row with other cells filled but no activity title.
    case noTitle
    /// An id given twice; where it was first.
    case duplicateID(String, first: CellPlace)
    /// No sheet has a header row naming an activity column.
    case noHeader
    /// A header row was found but no activity under it.
    case noActivities
    /// The file cannot be read as a spreadsheet: why, in the format's own terms.
    case unreadable(Unreadable)
  }

  /// Why a whole file could not be read.
  public enum Unreadable: Hashable, Sendable {
    /// Not a ZIP archive (an .xlsx is one).
    case notZip
    /// A part every workbook has is missing (`xl/workbook.xml`).
    case missingPart(String)
    /// A part is not well-formed XML: the part, line, and the parser's words.
    case badXML(part: String, line: Int, reason: String)
    /// The file could not be read from disk: the system's words.
    case io(String)
    /// The file is empty.
    case empty
    /// Neither .xlsx nor .csv (nor a file that looks like either).
    case unknownKind
  }

  /// Makes a problem.
  public init(_ kind: Kind, at place: CellPlace? = nil) {
    self.kind = kind
    self.place = place
  }
}

/// The problems that stopped an import: every one found, up to `limit`.
public struct ImportFailure: Error, Sendable {
  /// The problems, in the order the file has them.
  public var problems: [ImportProblem]
  /// How many there were in all (more than `problems.count` when the limit cut them).
  public var total: Int

  /// Makes a failure of one problem.
  public init(_ problem: ImportProblem) {
    problems = [problem]
    total = 1
  }

  /// Makes a failure of some problems.
  public init(problems: [ImportProblem], total: Int) {
    self.problems = problems
    self.total = total
  }

  /// How many problems are listed at most; the rest are counted.
  public static let limit = 50
}
