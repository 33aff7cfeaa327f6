#if canImport(Glibc)
  import Glibc
#endif

/// A text of an activity as read from the mapped file by `MappedTexts`.
public enum MappedText {
  /// A string written without escapes: its bytes in the file, which are exactly the UTF-8
  /// of the `String` the load would have built (the load checked them).
  case bytes(UnsafeBufferPointer<UInt8>)
  /// A string written with escapes, decoded as the load decodes it.
  case text(String)
}

/// What `export` writes of one activity besides its figures: its title and note in one
/// language, and which owner it names.
public struct ActivityTexts {
  /// The title in the language asked for, as `LocalizedText.resolved` picks it.
  public var title: MappedText
  /// The owner's place in `MappedTexts.owners`; -1 when there is none.
  public var owner: Int32
  /// The note in the language asked for, when there is one.
  public var note: MappedText?
}

/// Activities' titles, owners and notes read from the bytes of a mapped file that the
/// figures load (`RoadmapLoader.loadFigures`) accepted, without a `String` a title.
///
/// Why: `export` at a million activities spent half its time building a million titles
/// as `String`s (an allocation and a second UTF-8 check each) only to copy their bytes
/// into the CSV. Here a string without escapes is handed over as its bytes; one with
/// escapes, a text whose language codes are escaped, and every owner are decoded by the
/// load's own decoder (`RoadmapFastDecoder`), so the result is the load's, byte for byte:
/// the translation `resolved` picks (the language, else `kk`, else the first), an owner
/// spelled as its first equal spelling in the file (`owners`).
public struct MappedTexts {
  var d: RoadmapFastDecoder
  let code: String
  /// The language code, and the member names looked for, packed as `packed` packs a
  /// name: compared as one word, without a look-up of a static array each time.
  let language: UInt64
  let kkCode = Self.pack("kk"), titleName = Self.pack("title"), ownerName = Self.pack("owner"), noteName = Self.pack("note")

  /// Where an activity's members sit, as the decoder counts depth (for skipping).
  let activityDepth = FormatRules.depth(
    below: FormatRules.depth(
      below: FormatRules.depth(below: 1, in: .list(.direction)), in: .list(.project)),
    in: .list(.activity))

  init(_ buf: UnsafeBufferPointer<UInt8>, language: String) {
    d = RoadmapFastDecoder(buf)
    code = language
    self.language = Self.pack(language)
  }

  /// The bytes of a name of up to eight bytes in one word, the first lowest; 0 for a
  /// longer one (and the empty one), which no name compared with packs to: the member
  /// names here and the codes `kk`, `ru`, `en` (a raw name holds no 0 byte).
  static func pack<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
    guard bytes.count <= 8 else { return 0 }
    var v: UInt64 = 0
    for (k, b) in bytes.enumerated() { v |= UInt64(b) << (8 * UInt64(k)) }
    return v
  }

  static func pack(_ s: String) -> UInt64 { pack(Array(s.utf8)) }

  /// The distinct owners met so far, each as first spelled: `ActivityTexts.owner` indexes it.
  public var owners: [LocalizedText] { d.ownerTable }

  /// Whether the file lost bytes while it was read (`MappedFile`): what was read since
  /// may be partly zeros, and must not be trusted.
  public var shrank: Bool { MappedFile.faulted != 0 }

  /// The texts of `activity`, an activity of the roadmap the figures load read from these
  /// bytes; nil when they no longer read as they did (the file changed meanwhile).
  public mutating func texts(of activity: Activity) -> ActivityTexts? { texts(at: activity.span) }

  /// The texts of activity `i` of `activities`, read in place: a copy of each activity
  /// to ask would retain and release every string it holds.
  public mutating func texts(of activities: UnsafeBufferPointer<Activity>, _ i: Int) -> ActivityTexts? {
    texts(at: activities[i].span)
  }

  /// The texts of the activity whose object spans `span` of these bytes (its `span`).
  mutating func texts(at span: Range<Int>) -> ActivityTexts? {
    do throws(RoadmapFastDecoder.Bail) {
      // The load checked this object: member names are read by a quick look at their
      // bytes, and the members not written are stepped over, not checked again. A name
      // with an escape goes the decoder's way (`key`).
      let buf = d.c.buf
      d.c.i = span.lowerBound
      guard try d.open(0x7B, 0x7D) else { return nil }
      var seen: UInt32 = 0
      var others = NameSet()
      var title: MappedText?, note: MappedText?, owner: Int32 = -1
      repeat {
        d.c.skipSpace()
        var member = RoadmapFastDecoder.Key.other
        if let name = raw(at: d.c.i) {
          let word = packed(name)
          if word == titleName { member = .title }
          else if word == ownerName { member = .owner }
          else if word == noteName { member = .note }
          d.c.i = name.upperBound + 1
          try d.expect(0x3A)
          d.c.skipSpace()
        } else {
          member = try d.key(&seen, &others)
        }
        switch member {
        case .title: title = try text()
        case .note: note = try text()
        case .owner: owner = try d.owner().1
        default:
          if d.c.i < buf.count && buf[d.c.i] == 0x22 { try stepOverString() } else { try d.skipValue(activityDepth) }
        }
      } while try d.more(0x7D)
      guard let title, d.c.i == span.upperBound else { return nil }
      return ActivityTexts(title: title, owner: owner, note: note)
    } catch {
      return nil
    }
  }

  /// Steps over the string at the cursor, which the load checked: to its closing quote.
  mutating func stepOverString() throws(RoadmapFastDecoder.Bail) {
    let buf = d.c.buf
    var k = d.c.i + 1
    while true {
      k = ByteScan.quoteOrBackslash(buf, from: k)
      guard k < buf.count else { throw .init() }
      if buf[k] == 0x22 {
        d.c.i = k + 1
        return
      }
      k += 2
    }
  }

  /// The text (T) at the cursor in `language`, the cursor moved past it.
  mutating func text() throws(RoadmapFastDecoder.Bail) -> MappedText {
    d.c.skipSpace()
    let start = d.c.i
    guard start < d.c.buf.count else { throw .init() }
    if d.c.buf[start] == 0x22 { return try string() }
    // An object of translations: the one `resolved` picks is the first whose code is the
    // language, else the first `kk`, else the first of all (codes are never empty).
    guard try d.open(0x7B, 0x7D) else { throw .init() }
    var chosen = -1, rank = 3
    repeat {
      d.c.skipSpace()
      guard let code = raw(at: d.c.i) else {
        // An escaped code: the decoder reads the whole text and picks, as the load does.
        d.c.i = start
        return .text(try d.text().resolved(code))
      }
      d.c.i = code.upperBound + 1
      try d.expect(0x3A)
      d.c.skipSpace()
      let word = packed(code)
      let r = word == language ? 0 : word == kkCode ? 1 : 2
      if r < rank {
        rank = r
        chosen = d.c.i
      }
      try stepOverString()
    } while try d.more(0x7D)
    let end = d.c.i
    d.c.i = chosen
    let picked = try string()
    d.c.i = end
    return picked
  }

  /// The string at the cursor: its bytes when it has no escape, else decoded.
  mutating func string() throws(RoadmapFastDecoder.Bail) -> MappedText {
    d.c.skipSpace()
    guard let body = raw(at: d.c.i) else { return .text(try d.string()) }
    d.c.i = body.upperBound + 1
    return .bytes(UnsafeBufferPointer(rebasing: d.c.buf[body]))
  }

  /// The bytes between the quotes of the string starting at `at`, when it has no escape;
  /// nil when it has one, or a control byte (a file changed under us), or no end.
  func raw(at: Int) -> Range<Int>? {
    let buf = d.c.buf
    guard at < buf.count, buf[at] == 0x22 else { return nil }
    let k = ByteScan.stringStop(buf, from: at + 1)
    return k < buf.count && buf[k] == 0x22 ? at + 1..<k : nil
  }

  /// `buf[r]` packed as `pack` packs a name.
  @inline(__always) func packed(_ r: Range<Int>) -> UInt64 {
    Self.pack(UnsafeBufferPointer(rebasing: d.c.buf[r]))
  }
}

extension RoadmapLoader {
  /// Runs `body` over the roadmap in the file at `path`, read and validated as
  /// `loadFigures` reads it (activities' texts checked, not kept), and over its texts
  /// still in the mapped file (`MappedTexts`, in `language`), for `export`.
  ///
  /// Nil, without running `body`, whenever `loadForReading` would not read the file the
  /// mapped way (it cannot be mapped, holds a problem or a warning, or shrank while it was
  /// read): the caller then loads it so, which says what is wrong. The bytes are valid
  /// only inside `body`; the roadmap it is handed keeps no pointer into them.
  public static func withMappedTexts<T>(
    path: String, language: String, _ body: (Roadmap, inout MappedTexts) -> T
  ) -> T? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG,
      let map = MappedFile(fd: fd, size: Int(st.st_size))
    else {
      close(fd)
      return nil
    }
    close(fd)
    let (value, _) = map.reading { buf -> T? in
      var decoder = RoadmapFastDecoder(buf)
      decoder.keepTexts = false
      guard let roadmap = try? decoder.document(source: []), MappedFile.faulted == 0,
        !dueOutsidePeriod(roadmap)
      else { return nil }
      var texts = MappedTexts(buf, language: language)
      return body(roadmap, &texts)
    }
    return value
  }
}
