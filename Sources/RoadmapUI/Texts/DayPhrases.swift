/// The phrases a day takes in a sentence, by use (`DayUse`), in each language: the
/// words around the date that `DayWords` writes («{} жағдай бойынша», «по состоянию на {}»).
extension Catalogue {
  /// A day in a sentence, by use: the month's case ending is `KazakhGrammar`'s.
  static let kazakhDays: [DayUse: String] = [
    .standalone: "{}",
    .column: "{}",
    .asOf: "{} жағдай бойынша",
    .since: "{} бастап",
    .until: "{} дейін",
    .comparedWith: "{} нұсқамен салыстырғанда",
    .event: "{}",
  ]

  /// A day in a sentence, by use; the date itself is CLDR's («30 ноября 2023 г.»).
  static let russianDays: [DayUse: String] = [
    .standalone: "{}",
    .column: "{}",
    .asOf: "по состоянию на {}",
    .since: "с {}",
    .until: "до {}",
    .comparedWith: "по сравнению с версией на {}",
    .event: "{}",
  ]

  /// «с» before a cluster of consonants is «со»: «со 2 ноября» (со второго).
  static let russianSinceBeforeCluster = "со {}"

  /// A day in a sentence, by use; the date itself is CLDR's en_GB ("30 November 2023").
  /// Every "until" jolkarta writes is a deadline, which English says with "by".
  static let englishDays: [DayUse: String] = [
    .standalone: "{}",
    .column: "{}",
    .asOf: "as of {}",
    .since: "since {}",
    .until: "by {}",
    .comparedWith: "compared with the copy as of {}",
    .event: "{}",
  ]
}
