import RoadmapKit
import RoadmapUI

/// `export --format csv` written straight into bytes: the same bytes as
/// `ExportTable.csv` (a test compares them, hostile titles included), in one pass over
/// the roadmap without a table of a million rows of values, a `String` a field and
/// `String(format:)` a date in between.
///
/// The rules are `CSVWriter`'s, applied to UTF-8: a byte-order mark; CRLF; a text field
/// whose first character other than a space is `=`, `+`, `-`, `@`, TAB or CR gets a `'`
/// in front; a field holding the delimiter, a quote, CR or LF is quoted, its quotes
/// doubled; dates ISO. Each of those characters is ASCII, so looking at bytes finds
/// exactly what looking at characters finds.
struct ExportCSV {
  let delimiter: UInt8
  var out: [UInt8] = []

  /// The export of `roadmap` in `language`'s words and titles; overdue against its as-of day.
  static func bytes(_ roadmap: Roadmap, language: Language, delimiter: CSVDelimiter) -> [UInt8] {
    var whole: [UInt8] = []
    write(roadmap, language: language, delimiter: delimiter, every: .max) { whole = $0 }
    return whole
  }

  /// The export handed to `emit` in pieces of about `every` bytes (each emptied after),
  /// so a stream gets a million rows without them all being in memory at once.
  static func write<E: Error>(
    _ roadmap: Roadmap, language: Language, delimiter: CSVDelimiter, every: Int,
    emit: (inout [UInt8]) throws(E) -> Void
  ) throws(E) {
    let code = language.rawValue
    _ = try rows(roadmap, language: language, delimiter: delimiter, every: every, emit: emit) { a in
      Texts(
        title: .text(a.title.resolved(code)), owner: a.owner.map { .text($0.resolved(code)) },
        note: a.note.map { .text($0.resolved(code)) })
    }
  }

  /// The export of a roadmap read by `RoadmapLoader.withMappedTexts`, the activities'
  /// titles, owners and notes taken from the mapped file (`texts`) rather than the model
  /// (which holds none); the same bytes as `write` on the fully loaded roadmap. False
  /// when the file changed while it was read: stopped there, before the piece in hand.
  static func write<E: Error>(
    _ roadmap: Roadmap, texts: inout MappedTexts, language: Language, delimiter: CSVDelimiter,
    every: Int, emit: (inout [UInt8]) throws(E) -> Void
  ) throws(E) -> Bool {
    try rows(roadmap, language: language, delimiter: delimiter, every: every, emit: emit, shrank: { texts.shrank }) { a in
      guard let t = texts.texts(of: a) else { return nil }
      let owner = t.owner < 0 ? nil : Owner.slot(Int(t.owner), texts.owners[Int(t.owner)])
      return Texts(title: t.title, owner: owner, note: t.note)
    }
  }

  /// `s`'s place in `Status.allCases`.
  @inline(__always) static func place(_ s: Status) -> Int {
    switch s {
    case .done: return places.done
    case .inProgress: return places.inProgress
    case .pending: return places.pending
    }
  }

  static let places = (
    done: Status.allCases.firstIndex(of: .done)!, inProgress: Status.allCases.firstIndex(of: .inProgress)!,
    pending: Status.allCases.firstIndex(of: .pending)!)

  /// An activity's texts as a row takes them.
  struct Texts {
    var title: MappedText
    var owner: Owner?
    var note: MappedText?
  }

  /// An owner: its words, or its place among the file's distinct owners (written once).
  enum Owner {
    case text(String)
    case slot(Int, LocalizedText)
  }

  /// The one writer of the rows; `texts` gives each activity's texts (nil: the file
  /// changed, and false is returned), `shrank` says whether what was read can be trusted.
  static func rows<E: Error>(
    _ roadmap: Roadmap, language: Language, delimiter: CSVDelimiter, every: Int,
    emit: (inout [UInt8]) throws(E) -> Void, shrank: () -> Bool = { false },
    texts: (Activity) -> Texts?
  ) throws(E) -> Bool {
    var w = ExportCSV(delimiter: delimiter.rawValue.utf8.first!)
    // Rows are about 400 bytes: room for 1 KiB each (or a piece), so the buffer never
    // moves; pages of it never written are never touched and cost no memory.
    w.out.reserveCapacity(min(every, roadmap.activityIndex.count * 1024) + 4096)
    w.out.append(contentsOf: CSVWriter.byteOrderMark.utf8)
    let code = language.rawValue
    let headings = ExportColumn.allCases.map { $0.heading(language) }
    for (k, h) in headings.enumerated() {
      if k > 0 { w.out.append(w.delimiter) }
      w.text(h)
    }
    w.out.append(contentsOf: [0x0D, 0x0A])
    // Each word once: the fields of a million rows repeat them.
    // In the order of `Status.allCases`, looked up by a switch: no hashing a row.
    let status = Status.allCases.map { w.field(ExportTable.word($0, language)) }
    let yes = w.field(Catalogue.text(.yes, language)), no = w.field(Catalogue.text(.no, language))
    // Each distinct owner's field once, by its place in the file's owners.
    var owners: [[UInt8]?] = []
    for d in roadmap.directions {
      let direction = w.field(d.title.resolved(code))
      for p in d.projects {
        let project = w.field(p.title.resolved(code))
        for a in p.activities {
          guard let t = texts(a) else { return false }
          w.text(a.id)
          w.out.append(w.delimiter)
          w.out.append(contentsOf: direction)
          w.out.append(w.delimiter)
          w.out.append(contentsOf: project)
          w.out.append(w.delimiter)
          w.text(t.title)
          w.out.append(w.delimiter)
          w.out.append(contentsOf: status[Self.place(a.status)])
          w.out.append(w.delimiter)
          switch t.owner {
          case nil: break
          case .text(let s): w.text(s)
          case .slot(let k, let owner):
            while owners.count <= k { owners.append(nil) }
            if owners[k] == nil { owners[k] = w.field(owner.resolved(code)) }
            w.out.append(contentsOf: owners[k]!)
          }
          w.out.append(w.delimiter)
          if let due = a.due { w.day(due) }
          w.out.append(w.delimiter)
          w.out.append(contentsOf: a.isOverdue(asOf: roadmap.asOf) ? yes : no)
          w.out.append(w.delimiter)
          if let note = t.note { w.text(note) }
          w.out.append(contentsOf: [0x0D, 0x0A])
          if w.out.count >= every {
            if shrank() { return false }
            try emit(&w.out)
            w.out.removeAll(keepingCapacity: true)
          }
        }
      }
    }
    if shrank() { return false }
    try emit(&w.out)
    return true
  }

  /// A text field as written, alone.
  func field(_ s: String) -> [UInt8] {
    var w = ExportCSV(delimiter: delimiter)
    w.text(s)
    return w.out
  }

  /// A text field: neutralised, then quoted when it must be.
  mutating func text(_ s: String) {
    var s = s
    s.withUTF8 { text(bytes: $0) }
  }

  /// A text field read from the file or the model (`MappedText`).
  mutating func text(_ t: MappedText) {
    switch t {
    case .bytes(let u): text(bytes: u)
    case .text(let s): text(s)
    }
  }

  /// A text field given as its UTF-8: the one place of the rules, for both kinds of text.
  mutating func text(bytes u: UnsafeBufferPointer<UInt8>) {
    var first = 0
    while first < u.count && u[first] == 0x20 { first += 1 }
    var formula = false
    if first < u.count {
      switch u[first] {
      case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: formula = true  // = + - @ TAB CR
      default: break
      }
    }
    let special = u.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    if special { out.append(0x22) }
    if formula { out.append(0x27) }
    if special {
      for b in u {
        out.append(b)
        if b == 0x22 { out.append(0x22) }
      }
      out.append(0x22)
    } else {
      out.append(contentsOf: u)
    }
  }

  /// A day as `2024-12-31` (years 1–9999, so always four digits).
  mutating func day(_ d: Day) {
    func digits(_ v: Int, _ n: Int) {
      var p = 1
      for _ in 1..<n { p *= 10 }
      var v = v
      while p > 0 {
        out.append(0x30 + UInt8(v / p))
        v %= p
        p /= 10
      }
    }
    digits(d.year, 4)
    out.append(0x2D)
    digits(d.month, 2)
    out.append(0x2D)
    digits(d.day, 2)
  }
}
