#if canImport(Glibc)
  import Glibc
#endif

/// The loader's fast path: reads a valid roadmap straight from its bytes into the typed
/// model, without building a JSON tree.
///
/// It gives up (`Bail`) at the first thing it does not expect, and the loader then runs
/// the thorough `RoadmapDecoder` over a parsed tree, which finds and places every
/// problem. So the fast path only has to be right about valid files, and a million
/// activities load in one pass with few allocations.
struct RoadmapFastDecoder {
  struct Bail: Error {}

  var c: JSONCursor
  var otherIDs = Set<String>()
  var activityIndex: [String: ActivityLocation] = [:]
  // Owners repeat across thousands of activities: decode each distinct one once.
  var ownerCache: [UInt64: [(Range<Int>, LocalizedText, Int32)]] = [:]
  /// Distinct owners in order of first appearance.
  var ownerTable: [LocalizedText] = []
  /// Each distinct owner's place in `ownerTable`: a look-up, not a scan (a file may name
  /// a hundred thousand owners).
  var ownerSlots: [LocalizedText: Int32] = [:]
  /// Told how far the decoding is, every few thousand activities; cancelling bails out.
  var progress: LoadProgress?
  var untilReport = 4096
  /// Whether activities' titles, owners and notes are kept. Off for the commands that
  /// read only figures: every text is still checked as thoroughly (`skipText`), so the
  /// same files are refused, but a million strings are not built.
  var keepTexts = true
  /// The second core's reading of the file's second half, when it is large (`ProjectRuns`).
  var split: ProjectRuns?
  /// True in the second core's decoder: it reads from a guessed place, so it gives up
  /// early where a wrong guess would cost time (never where it would change a result).
  var speculative = false
  /// Where the second core starts reading; nil: the middle of a large file, no second
  /// core for a small one (`ProjectRuns.worthIt`). Tests set it to try every place.
  var splitAt: Int?
  /// How many runs of the second core were taken over (tests check that splitting happened).
  var runsTaken = 0
  /// Where each activity's title and id go as they are read (`ActivityTextSinks`); nil:
  /// nowhere.
  var textSinks: ActivityTextSinks?
  /// This reading's sink, made by `texts` at its first activity.
  var sink: ActivityTextSink?
  /// The bytes this reading may cover, the size its sink reserves.
  var sinkBytes = 0

  init(_ buf: UnsafeBufferPointer<UInt8>) {
    c = JSONCursor(buf: buf)
  }

  /// Member names the format knows; anything else is kept but not read.
  enum Key {
    case format, version, title, region, program, period, asOf, directions, note
    case id, indicators, projects, activities, status, owner, due
    case start, end, unit, plan, actual
    case meeting, meetings, date, chair, reporter, speakers, decision
    case other
  }

  static let keyTable: [(String, Key)] = [
    ("format", .format), ("version", .version), ("title", .title), ("region", .region),
    ("program", .program), ("period", .period), ("as_of", .asOf), ("directions", .directions),
    ("note", .note), ("id", .id), ("indicators", .indicators), ("projects", .projects),
    ("activities", .activities), ("status", .status), ("owner", .owner), ("due", .due),
    ("start", .start), ("end", .end), ("unit", .unit), ("plan", .plan), ("actual", .actual),
    (FormatRules.legacyMeeting, .meeting), ("meetings", .meetings), ("date", .date), ("chair", .chair),
    ("reporter", .reporter), ("speakers", .speakers), ("decision", .decision),
  ]
  static let keyBytes: [([UInt8], Key)] = keyTable.map { (Array($0.0.utf8), $0.1) }

  /// The `seen` bit of a known member name.
  static func bit(_ name: String) -> UInt32 {
    // Every name of FormatRules must be a known key: a test loads every kind of object.
    UInt32(1) << UInt32(keyTable.firstIndex { $0.0 == name }!)
  }

  /// For each kind of object (by `FormatRules.Object.rawValue`), the `seen` bits of the
  /// fields `FormatRules` requires: the fast path refuses what the table refuses.
  static let requiredMasks: [UInt32] = FormatRules.Object.allCases.map { kind in
    FormatRules.fields(of: kind).filter(\.required).reduce(0) { $0 | bit($1.name) }
  }

  /// Bails unless every field the table requires of `kind` was seen.
  @inline(__always) func requireFields(_ seen: UInt32, of kind: FormatRules.Object) throws(Bail) {
    let mask = Self.requiredMasks[kind.rawValue]
    guard seen & mask == mask else { throw Bail() }
  }

  // MARK: - Tokens

  @inline(__always) mutating func expect(_ byte: UInt8) throws(Bail) {
    c.skipSpace()
    guard c.i < c.buf.count, c.buf[c.i] == byte else { throw Bail() }
    c.i += 1
  }

  /// After a member or element: true if another follows, false at the closing bracket.
  @inline(__always) mutating func more(_ close: UInt8) throws(Bail) -> Bool {
    c.skipSpace()
    guard c.i < c.buf.count else { throw Bail() }
    if c.buf[c.i] == 0x2C { c.i += 1; return true }
    if c.buf[c.i] == close { c.i += 1; return false }
    throw Bail()
  }

  /// Opens an object or array; false when it is empty (and already closed).
  @inline(__always) mutating func open(_ openByte: UInt8, _ close: UInt8) throws(Bail) -> Bool {
    try expect(openByte)
    c.skipSpace()
    if c.i < c.buf.count && c.buf[c.i] == close { c.i += 1; return false }
    return true
  }

  /// Reads a member name and its colon; known names are matched on raw bytes.
  mutating func key(_ seen: inout UInt32, _ others: inout NameSet) throws(Bail) -> Key {
    c.skipSpace()
    guard c.i < c.buf.count, c.buf[c.i] == 0x22 else { throw Bail() }
    var j = c.i + 1
    while j < c.buf.count && c.buf[j] != 0x22 && c.buf[j] != 0x5C { j += 1 }
    var found = Key.other
    if j < c.buf.count && c.buf[j] == 0x22 {
      let len = j - c.i - 1
      for (bytes, k) in Self.keyBytes where bytes.count == len {
        var same = true
        for n in 0..<len where c.buf[c.i + 1 + n] != bytes[n] { same = false; break }
        if same { found = k; break }
      }
    }
    if found == .other {
      guard let name = try? c.string() else { throw Bail() }
      // A known name may be written with escapes ("st\u0061tus"): match it unescaped.
      if let known = Self.keyTable.first(where: { $0.0 == name })?.1 {
        found = known
        let bit = UInt32(1) << UInt32(Self.keyTable.firstIndex(where: { $0.1 == found })!)
        if seen & bit != 0 { throw Bail() }
        seen |= bit
      } else {
        guard others.insert(name) else { throw Bail() }
      }
    } else {
      let bit = UInt32(1) << UInt32(Self.keyTable.firstIndex(where: { $0.1 == found })!)
      if seen & bit != 0 { throw Bail() }
      seen |= bit
      c.i = j + 1
    }
    try expect(0x3A)
    c.skipSpace()
    return found
  }

  mutating func skipValue(_ depth: Int) throws(Bail) {
    guard (try? c.value(depth: depth)) != nil else { throw Bail() }
  }

  mutating func string() throws(Bail) -> String {
    c.skipSpace()
    guard c.i < c.buf.count, c.buf[c.i] == 0x22, let s = try? c.string() else { throw Bail() }
    return s
  }

  mutating func id() throws(Bail) -> String {
    let s = try string()
    guard !s.isEmpty else { throw Bail() }
    return s
  }

  mutating func otherID(_ s: String) throws(Bail) {
    guard activityIndex[s] == nil, otherIDs.insert(s).inserted else { throw Bail() }
  }

  /// An array of texts (T).
  mutating func texts() throws(Bail) -> [LocalizedText] {
    guard try open(0x5B, 0x5D) else { return [] }
    var out: [LocalizedText] = []
    repeat { out.append(try text()) } while try more(0x5D)
    return out
  }

  mutating func text() throws(Bail) -> LocalizedText {
    c.skipSpace()
    guard c.i < c.buf.count else { throw Bail() }
    if c.buf[c.i] == 0x22 { return LocalizedText(try string()) }
    guard c.buf[c.i] == 0x7B, try open(0x7B, 0x7D) else { throw Bail() }
    var out: [LocalizedText.Translation] = []
    var languages = NameSet()
    repeat {
      let language = try languageCode(&languages)
      out.append(.init(language: language, text: try string()))
    } while try more(0x7D)
    return LocalizedText(translations: out)
  }

  /// A translation's language code and its colon: non-empty, once per text.
  @inline(__always) mutating func languageCode(_ seen: inout NameSet) throws(Bail) -> String {
    let language = try string()
    guard !language.isEmpty, seen.insert(language) else { throw Bail() }
    try expect(0x3A)
    return language
  }

  /// A text whose translations may be objects of plural forms (an indicator's `unit`).
  mutating func pluralText() throws(Bail) -> PluralText {
    c.skipSpace()
    guard c.i < c.buf.count else { throw Bail() }
    if c.buf[c.i] == 0x22 { return PluralText(LocalizedText(try string())) }
    guard c.buf[c.i] == 0x7B, try open(0x7B, 0x7D) else { throw Bail() }
    var out: [PluralText.Translation] = []
    var languages = NameSet()
    repeat {
      let language = try languageCode(&languages)
      c.skipSpace()
      guard c.i < c.buf.count else { throw Bail() }
      if c.buf[c.i] == 0x22 {
        out.append(.init(language: language, value: .text(try string())))
        continue
      }
      guard c.buf[c.i] == 0x7B, try open(0x7B, 0x7D) else { throw Bail() }
      var forms: [PluralText.Form] = []
      var names = NameSet()
      repeat {
        let name = try string()
        guard let category = PluralCategory(rawValue: name), names.insert(name) else { throw Bail() }
        try expect(0x3A)
        forms.append(.init(category, try string()))
      } while try more(0x7D)
      out.append(.init(language: language, value: .forms(forms)))
    } while try more(0x7D)
    return PluralText(translations: out)
  }

  /// An owner, decoded once per distinct spelling.
  mutating func owner() throws(Bail) -> (LocalizedText, Int32) {
    c.skipSpace()
    let start = c.i
    guard let end = rawEnd(from: start) else { return slotted(try text()) }
    let hash = ByteScan.hash(c.buf, start..<end)
    if let bucket = ownerCache[hash] {
      for (range, value, slot) in bucket where range.count == end - start {
        if memcmp(c.buf.baseAddress! + range.lowerBound, c.buf.baseAddress! + start, end - start) == 0 {
          c.i = end
          return (value, slot)
        }
      }
    }
    let (value, slot) = slotted(try text())
    guard c.i == end else { throw Bail() }
    ownerCache[hash, default: []].append((start..<end, value, slot))
    return (value, slot)
  }

  /// The owner's entry in the table, added when new (the same text spelled otherwise,
  /// e.g. with escapes, is still the same owner).
  mutating func slotted(_ owner: LocalizedText) -> (LocalizedText, Int32) {
    if let slot = ownerSlots[owner] { return (ownerTable[Int(slot)], slot) }
    let slot = Int32(ownerTable.count)
    ownerTable.append(owner)
    ownerSlots[owner] = slot
    return (owner, slot)
  }

  /// Where a string or a flat object of strings starting at `start` ends, by a quick scan.
  func rawEnd(from start: Int) -> Int? {
    var k = start
    var depth = 0
    while k < c.buf.count {
      let b = c.buf[k]
      if b == 0x22 {
        k += 1
        while true {
          k = ByteScan.quoteOrBackslash(c.buf, from: k)
          guard k < c.buf.count, c.buf[k] == 0x5C else { break }
          k += 2
        }
        // Unterminated (a file cut inside a string): no end, not one past the buffer.
        if k >= c.buf.count { return nil }
        if depth == 0 { return k + 1 }
      } else if b == 0x7B {
        depth += 1
      } else if b == 0x7D {
        depth -= 1
        if depth == 0 { return k + 1 }
      } else if b == 0x5B || b == 0x5D {
        return nil
      }
      k += 1
    }
    return nil
  }

  mutating func number() throws(Bail) -> Double {
    c.skipSpace()
    guard c.i < c.buf.count, c.buf[c.i] == 0x2D || (c.buf[c.i] >= 0x30 && c.buf[c.i] <= 0x39),
      let t = try? c.number(), let d = Double(t), d.isFinite
    else { throw Bail() }
    return d
  }

  /// A number within a field's domain; `-0` is read as 0, so it is never shown as "-0".
  mutating func number(_ domain: NumberDomain) throws(Bail) -> Double {
    let d = try number()
    guard domain.allows(d) else { throw Bail() }
    return d + 0
  }

  mutating func day() throws(Bail) -> Day {
    c.skipSpace()
    let i = c.i
    guard i + 11 < c.buf.count, c.buf[i] == 0x22, c.buf[i + 11] == 0x22, c.buf[i + 5] == 0x2D,
      c.buf[i + 8] == 0x2D
    else {
      // Written with escapes ("2023\u002d06-01"): read the string, then the date.
      guard let d = Day(try string()) else { throw Bail() }
      return d
    }
    func digits(_ r: Range<Int>) throws(Bail) -> Int {
      var v = 0
      for k in r {
        let b = c.buf[i + 1 + k]
        guard b >= 0x30 && b <= 0x39 else { throw Bail() }
        v = v * 10 + Int(b - 0x30)
      }
      return v
    }
    guard let d = Day(year: try digits(0..<4), month: try digits(5..<7), day: try digits(8..<10)) else { throw Bail() }
    c.i = i + 12
    return d
  }

  mutating func status() throws(Bail) -> Status {
    c.skipSpace()
    let i = c.i
    func match(_ word: StaticString) -> Bool {
      let n = word.utf8CodeUnitCount
      guard i + n + 1 < c.buf.count, c.buf[i] == 0x22, c.buf[i + n + 1] == 0x22 else { return false }
      return memcmp(c.buf.baseAddress! + i + 1, word.utf8Start, n) == 0
    }
    if match("done") { c.i = i + 6; return .done }
    if match("in_progress") { c.i = i + 13; return .inProgress }
    if match("pending") { c.i = i + 9; return .pending }
    // Written with escapes ("d\u006fne"): read the string, then the status.
    guard let s = Status(rawValue: try string()) else { throw Bail() }
    return s
  }
}

/// Member names already seen in one object, to refuse a duplicate.
///
/// A short list is scanned (most objects have a handful of members); past 16 names it
/// becomes a set, so an object with a hundred thousand members is read in linear time.
struct NameSet {
  var few: [String] = []
  var many: Set<String>? = nil

  /// Adds `name`; false when it was already there.
  mutating func insert(_ name: String) -> Bool {
    if many != nil { return many!.insert(name).inserted }
    if few.contains(name) { return false }
    few.append(name)
    if few.count > 16 {
      many = Set(few)
      few = []
    }
    return true
  }
}
