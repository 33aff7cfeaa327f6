import Foundation
import RoadmapKit

/// How a day is used in a sentence: each use needs its own form of the date in Kazakh.
///
/// | use | kk | ru | en |
/// | --- | --- | --- | --- |
/// | standalone | 2023 жылғы 30 қараша | 30 ноября 2023 г. | 30 November 2023 |
/// | column | 2023 ж. 30 қараша | 30 ноября 2023 г. | 30 November 2023 |
/// | asOf | 2023 жылғы 30 қарашадағы жағдай бойынша | по состоянию на 30 ноября 2023 г. | as of 30 November 2023 |
/// | since | 2023 жылғы 1 қарашадан бастап | с 1 ноября 2023 г. | since 1 November 2023 |
/// | until | 2023 жылғы 31 желтоқсанға дейін | до 31 декабря 2023 г. | by 31 December 2023 |
/// | comparedWith | 2023 жылғы 30 қарашадағы нұсқамен салыстырғанда | по сравнению с версией на 30 ноября 2023 г. | compared with the copy as of 30 November 2023 |
/// | event | 2023 жылғы 30 қарашадағы (отырыс) | 30 ноября 2023 г. | 30 November 2023 |
public enum DayUse: CaseIterable, Sendable, Hashable {
  /// A date by itself: a field's value, a table cell.
  case standalone
  /// A date in a narrow column of a list: CLDR's own long form, whose Kazakh abbreviates
  /// the year («2023 ж.»), as Kazakh tables do.
  case column
  /// The day figures are reported for.
  case asOf
  /// The day changes are counted from.
  case since
  /// A deadline: the day something is to be done by.
  case until
  /// The day of an earlier copy the roadmap is compared with.
  case comparedWith
  /// The day of an event, to go before the event's noun in Kazakh ("2023 жылғы 30
  /// қарашадағы отырыс") and after it in Russian and English.
  case event

  /// The Kazakh case of the month word in this use.
  var kazakhCase: KazakhGrammar.Case {
    switch self {
    case .standalone, .column: return .nominative
    case .asOf, .comparedWith, .event: return .locativeAttributive
    case .since: return .ablative
    case .until: return .dative
    }
  }
}

extension Formatting {
  /// A day in words, in the form `use` needs in `language` (see `DayUse`).
  ///
  /// Russian and English are Foundation's long date (CLDR: «30 ноября 2023 г.», "30
  /// November 2023", en_GB's day-month order) inside the catalogue's phrase. Kazakh
  /// running text needs what CLDR does not give: the year as «2023 жылғы» and a case
  /// ending on the month (`KazakhGrammar`); CLDR's «2023 ж. 30 қараша» is kept for columns.
  public static func day(_ day: Day, _ language: Language, _ use: DayUse = .standalone) -> String {
    let key = DayKey(day: day, language: language, use: use)
    if let done = dayCache.get(key) { return done }
    let words = dayWords(day, language, use)
    dayCache.set(key, words)
    return words
  }

  static func dayWords(_ day: Day, _ language: Language, _ use: DayUse) -> String {
    var date: String
    switch language {
    case .kk:
      if use == .column { return cldrDay(day, language) }
      let month = KazakhGrammar.decline(kazakhMonths[day.month - 1], use.kazakhCase)
      date = "\(day.year) жылғы \(day.day) \(month)"
    case .ru, .en:
      date = cldrDay(day, language)
    }
    var phrase = Catalogue.dayPhrase(use, language)
    // «с 2 ноября» is said «со второго»: с before the cluster вт- becomes со.
    if language == .ru, use == .since, day.day == 2 { phrase = Catalogue.dayPhrase(.since, .ru, beforeCluster: true) }
    return Catalogue.fill(phrase, count: nil, [date])
  }

  /// Foundation's long date in `language`, digits grouped as everywhere in jolkarta.
  static func cldrDay(_ day: Day, _ language: Language) -> String {
    var c = DateComponents()
    (c.year, c.month, c.day, c.hour) = (day.year, day.month, day.day, 12)
    guard let date = utcCalendar.date(from: c) else { return day.description }
    return normalizeSpaces(date.formatted(longDateStyle(language)))
  }

  static let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  /// CLDR's long date: kk_KZ, ru_RU, and en_GB (day before month, as the region writes).
  static func longDateStyle(_ language: Language) -> Date.FormatStyle {
    let id = language == .en ? "en_GB" : language == .ru ? "ru_RU" : "kk_KZ"
    return Date.FormatStyle(
      date: .long, time: .omitted, locale: Locale(identifier: id), calendar: utcCalendar,
      timeZone: utcCalendar.timeZone)
  }

  /// The Kazakh months as CLDR names them in a date (қаңтар … желтоқсан).
  static let kazakhMonths: [String] = {
    let f = DateFormatter()
    f.locale = Locale(identifier: "kk_KZ")
    return f.monthSymbols.map { $0.lowercased() }
  }()

  /// How many columns the widest date of `language` takes in `use` (every month, two-digit
  /// day, four-digit year): a column that holds it never cuts a date.
  public static func widestDay(_ language: Language, _ use: DayUse) -> Int {
    widestDays[DayKey(day: widestSample, language: language, use: use)] ?? 0
  }

  /// The day standing for every day in `widestDays`' keys.
  static let widestSample = Day(year: 2000, month: 1, day: 1)!

  /// `widestDay` of every language and use, worked out once: lists ask it for each row.
  static let widestDays: [DayKey: Int] = {
    var out: [DayKey: Int] = [:]
    for language in Language.allCases {
      for use in DayUse.allCases {
        out[DayKey(day: widestSample, language: language, use: use)] = (1...12).map {
          DisplayWidth.of(dayWords(Day(year: 2000, month: $0, day: 28)!, language, use))
        }.max() ?? 0
      }
    }
    return out
  }()

  struct DayKey: Hashable {
    let day: Day, language: Language, use: DayUse
  }

  /// Dates already put in words: a frame draws dozens, and Foundation takes microseconds
  /// for each. Bounded: emptied when full.
  static let dayCache = DayCache()

  final class DayCache: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [DayKey: String] = [:]

    func get(_ key: DayKey) -> String? {
      lock.lock()
      defer { lock.unlock() }
      return words[key]
    }

    func set(_ key: DayKey, _ value: String) {
      lock.lock()
      defer { lock.unlock() }
      if words.count >= 20_000 { words.removeAll(keepingCapacity: true) }
      words[key] = value
    }
  }
}

/// The case endings of Kazakh nouns, by the word's last vowel (vowel harmony) and its
/// last sound.
///
/// - Harmony: the last of а о ұ ы (back) or ә ө ү і е (front) chooses а/ы or е/і in the
///   ending (и, у and loan letters are passed over; a word with neither is back).
/// - The ending's first consonant follows the last sound:
///   - ablative (-дан): -нан/-нен after м н ң; -дан/-ден after a vowel, л р й у з ж;
///     -тан/-тен after a voiceless consonant and б в г д (said voiceless at a word's end);
///   - dative (-ға): -ға/-ге after a vowel, a sonorant, з ж; -қа/-ке after a voiceless
///     consonant and б в г д;
///   - locative (-да): -да/-де after a vowel, a sonorant, з ж; -та/-те after a voiceless
///     consonant and б в г д;
///   - locative-attributive (-дағы): the locative and -ғы/-гі (қарашадағы, қыркүйектегі).
///
/// So: қараша → қарашадан, қарашаға, қарашада, қарашадағы; желтоқсан → желтоқсаннан,
/// желтоқсанға, желтоқсанда, желтоқсандағы; қыркүйек → қыркүйектен, қыркүйекке,
/// қыркүйекте, қыркүйектегі.
public enum KazakhGrammar {
  /// The cases a date's month takes.
  public enum Case: Sendable, CaseIterable {
    /// қараша (2023 жылғы 30 қараша).
    case nominative
    /// қарашадан (… бастап: since).
    case ablative
    /// қарашаға (… дейін: until).
    case dative
    /// қарашада (in).
    case locative
    /// қарашадағы (… жағдай бойынша, … отырыс: of).
    case locativeAttributive
  }

  /// `word` with the ending of `grammaticalCase`.
  public static func decline(_ word: String, _ grammaticalCase: Case) -> String {
    guard let last = word.lowercased().last else { return word }
    let front = isFront(word)
    let sound = Sound(last)
    switch grammaticalCase {
    case .nominative:
      return word
    case .ablative:
      let c = sound == .nasal ? "н" : sound == .voiceless ? "т" : "д"
      return word + c + (front ? "ен" : "ан")
    case .dative:
      let c = sound == .voiceless ? (front ? "к" : "қ") : (front ? "г" : "ғ")
      return word + c + (front ? "е" : "а")
    case .locative:
      return word + (sound == .voiceless ? "т" : "д") + (front ? "е" : "а")
    case .locativeAttributive:
      return decline(word, .locative) + (front ? "гі" : "ғы")
    }
  }

  /// Whether the word's last vowel is a front one.
  static func isFront(_ word: String) -> Bool {
    for ch in word.lowercased().reversed() {
      if "аоұыя".contains(ch) { return false }
      if "әөүіеэ".contains(ch) { return true }
    }
    return false
  }

  /// What a word's last sound does to an ending's first consonant.
  enum Sound {
    case vowel, sonorant, nasal, voiced, voiceless

    init(_ ch: Character) {
      switch ch {
      case _ where "аәеёиоөуұүыіэюя".contains(ch): self = .vowel
      case "л", "р", "й": self = .sonorant
      case "м", "н", "ң": self = .nasal
      case "з", "ж": self = .voiced
      default: self = .voiceless  // к қ п с т ф х һ ц ч ш щ, and б в г д said voiceless
      }
    }
  }
}

extension Catalogue {
  /// The words around a day in `use` (`{}` is the date), from the language's catalogue.
  static func dayPhrase(_ use: DayUse, _ language: Language, beforeCluster: Bool = false) -> String {
    switch language {
    case .kk: return kazakhDays[use] ?? "{}"
    case .ru: return beforeCluster && use == .since ? russianSinceBeforeCluster : russianDays[use] ?? "{}"
    case .en: return englishDays[use] ?? "{}"
    }
  }
}
