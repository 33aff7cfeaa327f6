import RoadmapKit

/// Owners' names without the words every owner shares, for narrow columns.
///
/// The region's agencies are all «Батыс Қазақстан облысының … басқармасы»; cut to a
/// quarter of a row they would all read the same. Dropping the shared leading and
/// trailing words leaves what tells them apart («құрылыс», «білім»). The activity and
/// agency screens still show the full names.
struct OwnerShortNames {
  private var leading = 0
  private var trailing = 0
  private let language: String

  /// Finds the words shared by all `owners` in `language`; nothing is dropped for fewer
  /// than two owners, and every name keeps at least one word.
  init(_ owners: [LocalizedText], language: String) {
    self.language = language
    let names = owners.map { $0.resolved(language).split(separator: " ") }
    guard names.count >= 2, let shortest = names.map(\.count).min(), shortest >= 2 else { return }
    while leading < shortest - 1, names.allSatisfy({ $0[leading] == names[0][leading] }) { leading += 1 }
    while leading + trailing < shortest - 1,
      names.allSatisfy({ $0[$0.count - 1 - trailing] == names[0][names[0].count - 1 - trailing] })
    {
      trailing += 1
    }
  }

  /// The distinguishing words of `owner`'s name.
  func name(_ owner: LocalizedText) -> String {
    let words = owner.resolved(language).split(separator: " ")
    guard words.count > leading + trailing, leading + trailing > 0 else { return owner.resolved(language) }
    let kept = words[leading..<(words.count - trailing)].joined(separator: " ")
    // "Department of Education, West Kazakhstan Region" keeps "Education", not "Education,".
    guard trailing > 0, kept.count > 1, let last = kept.last, ",;:".contains(last) else {
      return kept
    }
    return String(kept.dropLast())
  }
}
