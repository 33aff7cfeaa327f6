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

  /// A figure's literal from the file («460000», «5.65») as a person of `language` types
  /// it, every digit kept: Kazakh and Russian group thousands with a space and write a
  /// decimal comma («460 000», «5,65»), which `Figure.parse(userInput:)` reads back to the
  /// same literal. English keeps the literal: there a comma is read as the decimal mark.
  public static func typedFigure(_ literal: String, _ language: Language) -> String {
    let negative = literal.hasPrefix("-")
    let parts = literal.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
    // Plain digits with at most one point between digits; an exponent stays as it is.
    guard language != .en, parts.count <= 2,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return literal }
    var whole = ""
    for (k, digit) in parts[0].reversed().enumerated() {
      if k > 0, k % 3 == 0 { whole.insert(" ", at: whole.startIndex) }
      whole.insert(digit, at: whole.startIndex)
    }
    return (negative ? "-" : "") + whole + (parts.count > 1 ? "," + parts[1] : "")
  }

  /// A whole count: `1 710` / `1,710`.
  public static func count(_ value: Int, _ language: Language) -> String {
    // Below a thousand no language here groups or changes a digit: the number as it is,
    // without the formatter (a frame writes dozens of counts).
    if value >= 0 && value < 1000 { return String(value) }
    let style = IntegerFormatStyle<Int>.number.locale(locale(language))
    return normalizeSpaces(value.formatted(style))
  }

  /// A change of a count with its sign, as the national list's Δ column shows it: `+3`,
  /// `0`, `-2`; the screen and the reports (md, html) say a change alike.
  public static func signedCount(_ value: Int, _ language: Language) -> String {
    (value > 0 ? "+" : "") + count(value, language)
  }

  /// A day as it names an event: the same as `day(_:_:.event)`.
  @available(*, deprecated, renamed: "day(_:_:_:)", message: "use day(day, language, .event)")
  public static func eventDay(_ day: Day, _ language: Language) -> String {
    self.day(day, language, .event)
  }

  /// A figure with its unit in the form the figure takes: "2 амбулатории", "5 амбулаторий",
  /// "1 clinic", "5,6 млрд ₸"; just the figure when there is no unit.
  public static func figure(_ value: Double, _ unit: PluralText, _ language: Language) -> String {
    let shown = number(value, language)
    let word = self.unit(unit, for: value, language)
    return word.isEmpty ? shown : shown + " " + word
  }

  /// The form of `unit` that goes with `value` as `number` shows it (at most one decimal).
  public static func unit(_ unit: PluralText, for value: Double, _ language: Language) -> String {
    let shown = number(value, language)
    let separator: Character = language == .en ? "." : ","
    let fraction = shown.contains(separator) ? 1 : 0
    // The category of the figure as shown: 9.96 is shown as "10".
    let rounded = abs(value) < 1e15 ? (value * 10).rounded() / 10 : value
    return unit.resolved(language.rawValue, for: rounded, fractionDigits: fraction)
  }

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

  /// `s` with its first letter a capital, for a heading or a row label.
  public static func capitalized(_ s: String) -> String {
    guard let first = s.first else { return s }
    return first.uppercased() + s.dropFirst()
  }

  /// `s` with its first letter small, for a heading's word inside running text («(срок)»,
  /// "(due date)"); a word whose second letter is a capital too («ФАП», "ID") stays.
  public static func inRunningText(_ s: String) -> String {
    guard let first = s.first else { return s }
    if let second = s.dropFirst().first, second.isUppercase { return s }
    return first.lowercased() + s.dropFirst()
  }

  /// Replaces the no-break spaces Foundation puts between digit groups.
  static func normalizeSpaces(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { $0.value == 0xA0 || $0.value == 0x202F }) else { return s }
    return String(String.UnicodeScalarView(s.unicodeScalars.map {
      $0.value == 0xA0 || $0.value == 0x202F ? " " : $0
    }))
  }
}
