/// Sheet names Excel accepts, made from any title.
///
/// Excel refuses (and libxlsxwriter with it) a name longer than 31 characters, one that
/// holds `[ ] : * ? / \`, starts or ends with `'`, is empty, or is "History" (Excel keeps
/// that name for itself); and two names that differ only in letter case are one name.
/// A title from the file can be any of these, so each is mended, not refused: forbidden
/// characters and controls become spaces, a long title is cut at 30 characters with `…`,
/// and a name already taken gets ` (2)`, ` (3)`… within the 31.
public struct SheetNames {
  /// Excel's limit, counted in UTF-16 code units as Excel counts.
  public static let limit = 31
  private var taken: Set<String> = ["history"]

  /// No name taken yet.
  public init() {}

  /// A valid name for `title`, not taken before, and now taken.
  public mutating func name(for title: String, fallback: String) -> String {
    var base = Self.cleaned(title)
    if base.isEmpty { base = Self.cleaned(fallback) }
    if base.isEmpty { base = "Sheet" }
    var candidate = Self.cut(base, to: Self.limit)
    var n = 2
    while taken.contains(candidate.lowercased()) {
      let suffix = " (\(n))"
      candidate = Self.cut(base, to: Self.limit - suffix.utf16.count) + suffix
      n += 1
    }
    taken.insert(candidate.lowercased())
    return candidate
  }

  /// `s` without the characters Excel refuses, spaces run together, no `'` at the ends.
  static func cleaned(_ s: String) -> String {
    var out = ""
    for ch in s {
      let bad = "[]:*?/\\".contains(ch) || ch.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
      let c: Character = bad ? " " : ch
      if c == " " && (out.isEmpty || out.last == " ") { continue }
      out.append(c)
    }
    while out.last == " " || out.last == "'" { out.removeLast() }
    while out.first == "'" || out.first == " " { out.removeFirst() }
    return out
  }

  /// `s` in at most `units` UTF-16 code units, ending in `…` when cut; never splits a
  /// grapheme.
  static func cut(_ s: String, to units: Int) -> String {
    guard s.utf16.count > units else { return s }
    var out = ""
    for ch in s {
      if out.utf16.count + ch.utf16.count + 1 > units { break }
      out.append(ch)
    }
    while out.last == " " { out.removeLast() }
    return out + "…"
  }
}
