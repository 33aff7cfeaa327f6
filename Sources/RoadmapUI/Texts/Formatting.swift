import Foundation
import RoadmapKit

/// Numbers and dates written the way each interface language writes them.
///
/// Kazakh and Russian group thousands with a space and use a decimal comma (`1 710`,
/// `5,6`); English uses a comma and a point (`1,710`, `5.6`). Foundation on Linux groups
/// kk_KZ and ru_RU with U+00A0; it is replaced by a plain space, one column in every
/// terminal font, so that all figures of the dashboard use the same separator.
public enum Formatting {
  /// The locale whose digits and separators a language uses.
  static func locale(_ language: Language) -> Locale {
    switch language {
    case .kk: return Locale(identifier: "kk_KZ")
    case .ru: return Locale(identifier: "ru_RU")
    case .en: return Locale(identifier: "en_US")
    }
  }

  /// A figure with at most one decimal: `460 000`, `5,6` / `460,000`, `5.6`.
  public static func number(_ value: Double, _ language: Language) -> String {
    let style = FloatingPointFormatStyle<Double>.number
      .locale(locale(language))
      .precision(.fractionLength(0...1))
    return normalizeSpaces(value.formatted(style))
  }

  /// A whole count: `1 710` / `1,710`.
  public static func count(_ value: Int, _ language: Language) -> String {
    let style = IntegerFormatStyle<Int>.number.locale(locale(language))
    return normalizeSpaces(value.formatted(style))
  }

  /// A day as `30 қараша 2023`, `30 ноября 2023`, `30 November 2023`.
  public static func day(_ day: Day, _ language: Language) -> String {
    let months: [Message] = [
      .month1, .month2, .month3, .month4, .month5, .month6,
      .month7, .month8, .month9, .month10, .month11, .month12,
    ]
    let month = Catalogue.text(months[day.month - 1], language)
    return "\(day.day) \(month) \(day.year)"
  }

  /// A day as it names an event, to go before the event's noun: `2023 жылғы 30
  /// қарашадағы` (жиналыс), `30 ноября 2023 года`, `30 November 2023`.
  ///
  /// Kazakh puts the year first with «жылғы» and the month in the locative-attributive
  /// case, its suffix following the month's last sound and vowels (қарашадағы, сәуірдегі,
  /// қыркүйектегі); Russian keeps the genitive month of `day` and adds «года».
  public static func eventDay(_ day: Day, _ language: Language) -> String {
    switch language {
    case .kk: return "\(day.year) жылғы \(day.day) \(kazakhMonthsOfEvent[day.month - 1])"
    case .ru: return self.day(day, language) + " года"
    case .en: return self.day(day, language)
    }
  }

  /// The Kazakh months in the form that qualifies a following noun (-дағы/-дегі/-тегі).
  static let kazakhMonthsOfEvent = [
    "қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
    "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы",
  ]

  /// A history time (ISO 8601, UTC) in local time: `2023-11-30 15:15`; the text as it is
  /// when it is not such a time.
  public static func localTime(_ iso: String, zone: TimeZone = .current) -> String {
    guard let date = ISO8601DateFormatter().date(from: iso) else { return iso }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0,
      c.minute ?? 0)
  }

  /// The zone local times are shown in, as `UTC+05:00` (`UTC` itself when it is UTC).
  public static func zoneName(_ zone: TimeZone = .current) -> String {
    let seconds = zone.secondsFromGMT()
    if seconds == 0 { return "UTC" }
    let sign = seconds < 0 ? "−" : "+"
    let m = abs(seconds) / 60
    return "UTC" + sign + String(format: "%02d:%02d", m / 60, m % 60)
  }

  /// Replaces the no-break spaces Foundation puts between digit groups.
  static func normalizeSpaces(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { $0.value == 0xA0 || $0.value == 0x202F }) else { return s }
    return String(String.UnicodeScalarView(s.unicodeScalars.map {
      $0.value == 0xA0 || $0.value == 0x202F ? " " : $0
    }))
  }
}
