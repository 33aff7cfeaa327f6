import Foundation
import RoadmapImport
import RoadmapKit
import RoadmapUI

#if canImport(Glibc)
  import Glibc
#endif

/// The import's words: its problems and labels through the catalogue, and the catalogue's
/// column and status words (what `export` writes, in kk, ru and en) added to what it reads.
enum ImportWords {
  /// The standard vocabulary and every language's catalogue words for the fields and
  /// statuses, so that an export's header row and status column read back.
  static let vocabulary: Vocabulary = {
    let fields: [(Message, ImportColumn)] = [
      (.fieldID, .id), (.fieldDirection, .direction), (.fieldProject, .project), (.fieldTitle, .activity),
      (.fieldStatus, .status), (.fieldOwner, .owner), (.fieldDue, .due), (.fieldNote, .note),
      (.fieldForm, .form), (.fieldProgress, .status),
    ]
    let statuses: [(Message, Status)] = [(.done, .done), (.inProgress, .inProgress), (.pending, .pending)]
    var headers: [ImportColumn: [String]] = [:]
    var words: [Status: [String]] = [:]
    for language in Language.allCases {
      for (m, c) in fields { headers[c, default: []].append(Catalogue.text(m, language)) }
      for (m, s) in statuses { words[s, default: []].append(Catalogue.text(m, language)) }
    }
    // The export's own column names and codes (`in_progress`).
    for c in ["id", "direction", "project", "title", "status", "owner", "due", "note"] {
      if let column = ["title": ImportColumn.activity][c] ?? ImportColumn(rawValue: c) {
        headers[column, default: []].append(c)
      }
    }
    for s in Status.allCases { words[s, default: []].append(s.rawValue) }
    let overdue = Language.allCases.map { Catalogue.text(.overdue, $0) }
    return Vocabulary.standard.adding(headers: headers, statuses: words, ignoring: overdue)
  }()

  /// A note's label in the sheet's language.
  @Sendable static func label(_ label: NoteLabel, _ code: String) -> String {
    let language = Language(code: code) ?? .kk
    switch label {
    case .form: return Catalogue.text(.fieldForm, language)
    case .progress: return Catalogue.text(.fieldProgress, language)
    case .due: return Catalogue.text(.fieldDue, language)
    }
  }

  /// One problem as a line: its cell (or the file), then what is wrong.
  static func problem(_ p: ImportProblem, file: String, _ l: Language) -> String {
    let at = p.place?.description ?? file
    switch p.kind {
    case .notADate(let s): return Catalogue.text(.importNotADate, l, at, s)
    case .unknownStatus(let s): return Catalogue.text(.importUnknownStatus, l, at, s)
    case .noTitle: return Catalogue.text(.importNoTitle, l, at)
    case .duplicateID(let id, let first): return Catalogue.text(.importDuplicateID, l, at, id, first.description)
    case .noHeader: return Catalogue.text(.importNoHeader, l, file)
    case .noActivities: return Catalogue.text(.importNoActivities, l, file)
    case .unreadable(let why):
      switch why {
      case .notZip: return Catalogue.text(.importNotZip, l, file)
      case .missingPart(let part): return Catalogue.text(.importMissingPart, l, file, part)
      case .badXML(let part, let line, let reason):
        return Catalogue.text(.importBadXML, l, file, part, String(line), reason)
      case .io(let reason): return Catalogue.text(.importCannotRead, l, file, reason)
      case .empty: return Catalogue.text(.importEmpty, l, file)
      case .unknownKind: return Catalogue.text(.importUnknownKind, l, file)
      }
    }
  }

  /// A `--map` value's problem.
  static func mapProblem(_ p: ColumnMapping.Problem, _ l: Language) -> String {
    let names = ImportColumn.allCases.map(\.rawValue).joined(separator: ", ")
    switch p {
    case .malformed(let s): return Catalogue.text(.importMapMalformed, l, s, names)
    case .unknownColumn(let s): return Catalogue.text(.importMapUnknown, l, s, names)
    case .badLetters(let s): return Catalogue.text(.importMapLetters, l, s)
    }
  }

  /// The file's bytes, or the system's reason it cannot be read (a folder, no such file).
  static func readFile(_ path: String) -> Result<[UInt8], ReadFailure> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(ReadFailure(errno)) }
    defer { close(fd) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(ReadFailure(errno))
      }
      if n == 0 { return .success(out) }
      out.append(contentsOf: buffer[0..<n])
    }
  }

  /// The system's words for why a read failed.
  struct ReadFailure: Error, CustomStringConvertible {
    let code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { SystemError(code).description }

    /// Why, in `language`: a missing file and a refused read in the words a roadmap
    /// file's own problems use («мұндай файл жоқ»), anything else in `SystemWords`'.
    func words(_ language: Language) -> String {
      guard language != .en else { return description }
      switch code {
      case ENOENT: return ProblemWords.text(.noSuchFile, language)
      case EACCES: return ProblemWords.text(.cannotReadPermission, language)
      default: return SystemWords.words(SystemError(code), language)
      }
    }
  }
}
