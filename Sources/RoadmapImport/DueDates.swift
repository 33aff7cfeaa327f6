import RoadmapKit

/// Due dates as akimats write them, read to a day.
///
/// `31.12.2024`, `31/12/2024`, `2024-12-31`, a date cell, `31 желтоқсан 2024`,
/// `31 декабря 2024 г.`, `2024 жылғы желтоқсан`, `желтоқсан 2024`, `декабрь 2024`,
/// `IV тоқсан 2024`, `4 квартал 2024 года`, `II жартыжылдық 2024`, `1 полугодие 2025`,
/// `December 2024`, `Q4 2024`, `2024 жыл`, `2024 год`, `2024`, `2023–2025 жж.`. A month, quarter, half-year or year
/// means its last day: the work is due by then.
public enum DueDates {
  /// What a due cell says.
  public enum Reading: Equatable, Sendable {
    /// A day.
    case day(Day)
    /// Words meaning no single date (`жыл сайын`, `ежегодно`, `постоянно`): kept as a note.
    case recurring
    /// Not a date.
    case notADate
  }

  /// Reads one cell.
  public static func read(_ value: CellValue) -> Reading {
    switch value {
    case .date(let d): return .day(d)
    case .number(let n, _):
      if n == n.rounded(), (1000...9999).contains(n) { return year(Int(n)) }
      return .notADate
    case .bool: return .notADate
    case .text(let s): return read(s)
    }
  }

  /// Reads a text.
  public static func read(_ text: String) -> Reading {
    let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if let d = numeric(t) { return d }
    let words = Folding.foldWords(t.replacingOccurrences(of: "–", with: " ").replacingOccurrences(of: "—", with: " "))
    if words.contains(where: { recurringWords.contains($0) }) { return .recurring }
    var years: [Int] = [], numbers: [Int] = []
    var month: Int?, quarter = false, half = false
    for (i, w) in words.enumerated() {
      if w.count == 4, let y = Int(w), (1900...2200).contains(y) {
        years.append(y)
      } else if let n = Int(w), (1...31).contains(n), w.count <= 2 {
        numbers.append(n)
      } else if let r = roman(rawWord(t, i) ?? w) {
        numbers.append(r)
      } else if w.count == 2, w.hasPrefix("q"), let n = Int(w.dropFirst()) {
        // Q4: the quarter and its number in one word.
        quarter = true
        numbers.append(n)
      } else if let m = monthNumber(w) {
        guard month == nil else { return .notADate }
        month = m
      } else if quarterWords.contains(where: w.hasPrefix) {
        quarter = true
      } else if halfWords.contains(where: w.hasPrefix) {
        half = true
      } else if fillers.contains(w) || yearWordPrefixes.contains(where: w.hasPrefix) {
        continue
      } else {
        return .notADate
      }
    }
    guard let y = years.max() else { return .notADate }
    let kinds = [month != nil, quarter, half].filter { $0 }.count
    guard kinds <= 1, years.count == 1 || (kinds == 0 && numbers.isEmpty) else { return .notADate }
    if let month {
      guard numbers.count <= 1 else { return .notADate }
      let d = numbers.first ?? Day.daysIn(month: month, year: y)
      return Day(year: y, month: month, day: d).map(Reading.day) ?? .notADate
    }
    if quarter {
      guard numbers.count == 1, (1...4).contains(numbers[0]) else { return .notADate }
      let m = numbers[0] * 3
      return .day(Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!)
    }
    if half {
      guard numbers.count == 1, (1...2).contains(numbers[0]) else { return .notADate }
      return .day(Day(year: y, month: numbers[0] * 6, day: numbers[0] == 1 ? 30 : 31)!)
    }
    guard numbers.isEmpty else { return .notADate }
    return year(y)
  }

  static func year(_ y: Int) -> Reading { Day(year: y, month: 12, day: 31).map(Reading.day) ?? .notADate }

  /// `31.12.2024`, `31/12/2024`, `31.12.24`, `2024-12-31`, `2024.12.31`, with an optional
  /// `ж.`, `г.`, `года` after; `.notADate` for digits in that shape that are no real day.
  static func numeric(_ t: String) -> Reading? {
    let head = t.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "/" || $0 == "-") }
    let tail = Folding.foldWords(t.dropFirst(head.count))
    guard tail.allSatisfy({ fillers.contains($0) || yearWordPrefixes.contains(where: $0.hasPrefix) }) else { return nil }
    let parts = head.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" })
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
    let n = parts.compactMap { Int($0) }
    guard n.count == 3 else { return nil }
    let day: Day?
    if parts[0].count == 4 {
      day = Day(year: n[0], month: n[1], day: n[2])
    } else if parts[2].count == 4 || parts[2].count == 2, parts[0].count <= 2, parts[1].count <= 2 {
      day = Day(year: parts[2].count == 2 ? 2000 + n[2] : n[2], month: n[1], day: n[0])
    } else {
      return .notADate
    }
    return day.map(Reading.day) ?? .notADate
  }

  /// The word as written (before folding turned Kazakh і into и), for Roman numerals
  /// typed with the Cyrillic І.
  static func rawWord(_ text: String, _ index: Int) -> String? {
    let raw = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "%") }
    return index < raw.count ? String(raw[index]) : nil
  }

  /// I–IV in Latin letters or with the Cyrillic І; nil otherwise.
  static func roman(_ w: String) -> Int? {
    switch w.replacingOccurrences(of: "і", with: "i") {
    case "i": return 1
    case "ii": return 2
    case "iii": return 3
    case "iv": return 4
    default: return nil
    }
  }

  /// The month a word names, Kazakh or Russian, any case ending; nil otherwise.
  static func monthNumber(_ w: String) -> Int? {
    if ["май", "мая", "мае"].contains(w) { return 5 }
    for (i, stems) in monthStems.enumerated() where stems.contains(where: w.hasPrefix) { return i + 1 }
    return nil
  }

  /// Folded stems of the months: Kazakh (its last consonant left out where it changes:
  /// қыркүйек → қыркүйегі), Russian and English.
  static let monthStems: [[String]] = [
    ["кантар", "январ", "jan"], ["акпан", "феврал", "feb"], ["наурыз", "март", "mar"],
    ["сауир", "апрел", "apr"], ["мамыр", "may"], ["маусым", "июн", "jun"], ["шилде", "июл", "jul"],
    ["тамыз", "август", "aug"], ["кыркуйе", "сентябр", "sep"], ["казан", "октябр", "oct"],
    ["караша", "ноябр", "nov"], ["желтоксан", "декабр", "dec"],
  ]

  static let quarterWords = ["токсан", "квартал", "кв", "quarter"]
  static let halfWords = ["жартыжылдык", "полугоди", "жарты", "half"]
  /// Words that say nothing of the day: years' words and "by".
  static let fillers: Set<String> = [
    "г", "гг", "ж", "жж", "до", "дейин", "к", "не", "позднее", "кешиктирмей", "в", "течение",
    "ишинде", "по", "итогам", "срок", "мерзими", "айы", "ай", "конца", "соны", "сонына", "by", "end", "of", "орындау", "исполнения", "выполнения",
  ]
  /// Prefixes of the word for year in every case (жыл, жылғы, жылдың, год, года, годы, году).
  static let yearWordPrefixes = ["жыл", "год"]
  /// Words of a recurring or open date.
  static let recurringWords: Set<String> = [
    "ежегодно", "постоянно", "ежеквартально", "ежемесячно", "тураксыз", "туракты", "сайын",
  ]
}
