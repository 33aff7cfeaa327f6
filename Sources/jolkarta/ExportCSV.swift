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
  /// (which holds none); the same bytes as `write` on the fully loaded roadmap; on two
  /// cores a block at a time when there are several (`writeOnTwoCores`). False when the
  /// file changed while it was read: stopped there, before the piece in hand.
  static func write<E: Error>(
    _ roadmap: Roadmap, texts: inout MappedTexts, language: Language, delimiter: CSVDelimiter,
    every: Int, emit: (inout [UInt8]) throws(E) -> Void
  ) throws(E) -> Bool {
    let cut = blocks(roadmap, rows: blockRows(roadmap.activityIndex.count))
    if cut.count > 1 {
      return try writeOnTwoCores(
        roadmap, blocks: cut, texts: texts, language: language, delimiter: delimiter.rawValue.utf8.first!, emit: emit)
    }
    return try rows(roadmap, language: language, delimiter: delimiter, every: every, emit: emit, shrank: { texts.shrank }) { a in
      guard let t = texts.texts(of: a) else { return nil }
      return Texts(title: t.title, owner: t.owner < 0 ? nil : .slot(Int(t.owner)), note: t.note)
    } owner: { k in texts.owners[k] }
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

  /// An owner: its words, or its place among the file's distinct owners (its field
  /// written once, from the words `rows`' `owner` gives for the place).
  enum Owner {
    case text(String)
    case slot(Int)
  }

  /// The words every row repeats, each written as a field once: a million rows repeat them.
  struct RowWords {
    /// In the order of `Status.allCases`, looked up by a switch: no hashing a row.
    let status: [[UInt8]]
    let yes: [UInt8], no: [UInt8]
    let asOf: Day
    let code: String

    init(_ roadmap: Roadmap, language: Language, writer w: ExportCSV) {
      status = Status.allCases.map { w.field(ExportTable.word($0, language)) }
      yes = w.field(Catalogue.text(.yes, language))
      no = w.field(Catalogue.text(.no, language))
      asOf = roadmap.asOf
      code = language.rawValue
    }
  }

  /// The byte-order mark and the headings' row.
  mutating func heading(_ language: Language) {
    out.append(contentsOf: CSVWriter.byteOrderMark.utf8)
    for (k, h) in ExportColumn.allCases.map({ $0.heading(language) }).enumerated() {
      if k > 0 { out.append(delimiter) }
      text(h)
    }
    out.append(contentsOf: [0x0D, 0x0A])
  }

  /// The row of activity `acts[i]` (read in place: a copy would retain and release each
  /// of its strings), its texts `t`; `owner` gives the field of an owner by its place.
  @inline(__always) mutating func row(
    _ acts: UnsafeBufferPointer<Activity>, _ i: Int, _ t: Texts, direction: [UInt8], project: [UInt8],
    words: RowWords, owner: (Int) -> [UInt8]
  ) {
    text(acts[i].id)
    out.append(delimiter)
    out.append(contentsOf: direction)
    out.append(delimiter)
    out.append(contentsOf: project)
    out.append(delimiter)
    text(t.title)
    out.append(delimiter)
    out.append(contentsOf: words.status[Self.place(acts[i].status)])
    out.append(delimiter)
    switch t.owner {
    case nil: break
    case .text(let s): text(s)
    case .slot(let k): out.append(contentsOf: owner(k))
    }
    out.append(delimiter)
    if let due = acts[i].due { day(due) }
    out.append(delimiter)
    let overdue = Activity.isOverdue(status: acts[i].status, due: acts[i].due, asOf: words.asOf)
    out.append(contentsOf: overdue ? words.yes : words.no)
    out.append(delimiter)
    if let note = t.note { text(note) }
    out.append(contentsOf: [0x0D, 0x0A])
  }

  /// The one loop over the rows on one core; `texts` gives each activity's texts (nil:
  /// the file changed, and false is returned), `owner` the words of an owner by its
  /// place, `shrank` says whether what was read can be trusted.
  static func rows<E: Error>(
    _ roadmap: Roadmap, language: Language, delimiter: CSVDelimiter, every: Int,
    emit: (inout [UInt8]) throws(E) -> Void, shrank: () -> Bool = { false },
    texts: (borrowing Activity) -> Texts?, owner: (Int) -> LocalizedText = { _ in LocalizedText("") }
  ) throws(E) -> Bool {
    var w = ExportCSV(delimiter: delimiter.rawValue.utf8.first!)
    // Rows are about 400 bytes: room for 1 KiB each (or a piece), so the buffer never
    // moves; pages of it never written are never touched and cost no memory.
    w.out.reserveCapacity(min(every, roadmap.activityIndex.count * 1024) + 4096)
    w.heading(language)
    let words = RowWords(roadmap, language: language, writer: w)
    // Each distinct owner's field once, by its place in the file's owners (made by a
    // writer of its own: `w` is being written to when a row asks for one).
    var owners: [[UInt8]?] = []
    let fields = ExportCSV(delimiter: w.delimiter)
    func ownerField(_ k: Int) -> [UInt8] {
      while owners.count <= k { owners.append(nil) }
      if owners[k] == nil { owners[k] = fields.field(owner(k).resolved(words.code)) }
      return owners[k]!
    }
    for d in roadmap.directions {
      let direction = w.field(d.title.resolved(words.code))
      for p in d.projects {
        let project = w.field(p.title.resolved(words.code))
        let complete = try p.activities.withUnsafeBufferPointer { (acts) throws(E) -> Bool in
          for i in acts.indices {
            guard let t = texts(acts[i]) else { return false }
            w.row(acts, i, t, direction: direction, project: project, words: words, owner: ownerField)
            if w.out.count >= every {
              if shrank() { return false }
              try emit(&w.out)
              w.out.removeAll(keepingCapacity: true)
            }
          }
          return true
        }
        guard complete else { return false }
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
    let special = ByteScan.containsAny(u, delimiter, 0x22, 0x0A, 0x0D)
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
    Self.twoDigits(d.year / 100, &out)
    Self.twoDigits(d.year % 100, &out)
    out.append(0x2D)
    Self.twoDigits(d.month, &out)
    out.append(0x2D)
    Self.twoDigits(d.day, &out)
  }

  /// `v` (0–99) as two digits.
  @inline(__always) static func twoDigits(_ v: Int, _ out: inout [UInt8]) {
    out.append(0x30 + UInt8(truncatingIfNeeded: v / 10))
    out.append(0x30 + UInt8(truncatingIfNeeded: v % 10))
  }}
