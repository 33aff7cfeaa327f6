import Foundation
import RoadmapKit

/// Owners' names without the words that only say where every owner is, for lists and
/// narrow columns.
///
/// The region's agencies are all «Батыс Қазақстан облысының … басқармасы», «Управление …
/// Западно-Казахстанской области», "Department of …, West Kazakhstan Region". Cut to a
/// column they would all read the same. What every name shares is found word by word
/// from the start and from the end; of the two, the part that names the place is dropped
/// and the part that names what the agency is (its head noun) is kept, so the name still
/// reads as a name:
///
/// - Kazakh puts the head last and the place first: the shared start is dropped
///   («Батыс Қазақстан облысының»), the shared end kept: «Білім басқармасы» (with a
///   capital, as a name starts).
/// - Russian and English put the head first and the place after it: the shared end is
///   dropped («Западно-Казахстанской области», ", West Kazakhstan Region"), the start kept:
///   «Управление образования» (never a bare genitive «образования»), "Department of
///   Education" (never "Education,": punctuation left at the cut goes too). Where English
///   shares the head too ("Health Department of Akmola Region"), only the words from the
///   last shared "of" are the place: "Health Department".
///
/// Which rule applies is the language the names are written in: the first one's
/// translation code, or for a plain string its letters (Kazakh letters, else Cyrillic as
/// Russian, else English).
/// Nothing is dropped for fewer than two owners, and every name keeps at least one word.
/// The activity and agency screens still show the full names.
struct OwnerShortNames {
  /// Which side of the names is dropped.
  enum Drop: Equatable { case start, end }

  private var dropped = 0
  private var side: Drop = .start
  private let language: String
  /// The short name of each owner given, in their order (the model's owner slots).
  private var slotNames: [String] = []

  /// Finds the words shared by all `owners` as shown in `language`.
  init(_ owners: [LocalizedText], language: String) {
    self.language = language
    let names = owners.map { $0.resolved(language).split(separator: " ") }
    guard names.count >= 2, let shortest = names.map(\.count).min(), shortest >= 2 else {
      slotNames = owners.map { $0.resolved(language) }
      return
    }
    // The first name's language stands for all: names in another language would share no
    // words with it anyway.
    let written = Self.writtenIn(owners[0], language)
    side = written == "kk" ? .start : .end
    while dropped < shortest - 1, names.allSatisfy({ Self.word($0, dropped, from: side) == Self.word(names[0], dropped, from: side) }) {
      dropped += 1
    }
    // English may put the head before "of" and the place after it ("Health Department of
    // Akmola Region"): only the words from the last shared "of" on name the place.
    if written == "en", side == .end, let of = (0..<dropped).first(where: { Self.word(names[0], $0, from: .end) == "of" }) {
      dropped = of + 1
    }
    slotNames = owners.map(name)
  }

  /// The short name of the owner in slot `slot` of the owners given (`Activity.ownerKey`
  /// for the roadmap's owner table), worked out once.
  func name(slot: Int) -> String { slotNames[slot] }

  /// The `k`th word of `name` from its start or from its end.
  static func word(_ name: [Substring], _ k: Int, from side: Drop) -> Substring {
    side == .start ? name[k] : name[name.count - 1 - k]
  }

  /// The language `owner` is shown in when `language` is asked for.
  static func writtenIn(_ owner: LocalizedText, _ language: String) -> String {
    let t = owner.translations
    let picked = t.first { $0.language == language } ?? t.first { $0.language == "kk" }
      ?? t.first { $0.language.isEmpty } ?? t.first
    guard let picked else { return language }
    if !picked.language.isEmpty { return picked.language }
    if picked.text.contains(where: { "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains($0) }) { return "kk" }
    if picked.text.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) { return "ru" }
    return "en"
  }

  /// The short name of `owner`.
  func name(_ owner: LocalizedText) -> String {
    let full = owner.resolved(language)
    let words = full.split(separator: " ")
    guard dropped > 0, words.count > dropped else { return full }
    var kept = (side == .start ? words.dropFirst(dropped) : words.dropLast(dropped)).joined(separator: " ")
    // No punctuation left where the cut was ("Education," → "Education").
    while let last = kept.last, ",;:–—-".contains(last) { kept.removeLast() }
    while let first = kept.first, ",;:–—-".contains(first) { kept.removeFirst() }
    kept = kept.trimmingCharacters(in: .whitespaces)
    guard !kept.isEmpty else { return full }
    return side == .start ? Formatting.capitalized(kept) : kept
  }
}

/// The short names of the roadmap's owner table in the language shown, kept while neither
/// changes: a frame asks for them on every row, and working them out again was a tenth of
/// a cursor move.
///
/// An owner edited is a new entry of the table (`Roadmap.ownerTable` only grows), so a
/// table unequal to the kept one (an array compared by its buffer first, at once) means
/// the names are worked out again. A cache, not state: every memo equals every other.
final class OwnerShortNamesMemo: @unchecked Sendable, Equatable {
  private let lock = NSLock()
  private var kept: (table: [LocalizedText], language: String, names: OwnerShortNames)?

  /// The short names of `table` in `language`.
  func names(_ table: [LocalizedText], language: String) -> OwnerShortNames {
    lock.lock()
    defer { lock.unlock() }
    if let kept, kept.language == language, kept.table == table {
      // Equal but another buffer (a reload): keep this one, so the next check is at once.
      self.kept?.table = table
      return kept.names
    }
    let names = OwnerShortNames(table, language: language)
    kept = (table, language, names)
    return names
  }

  static func == (a: OwnerShortNamesMemo, b: OwnerShortNamesMemo) -> Bool { true }
}

extension DashboardState {
  /// The owners' short names for lists and narrow columns (`OwnerShortNames`).
  var shortNames: OwnerShortNames { shortNamesMemo.names(roadmap.ownerTable, language: language.rawValue) }
}
