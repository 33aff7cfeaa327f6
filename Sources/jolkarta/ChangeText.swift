import RoadmapKit
import RoadmapUI

/// How the command line shows a change in one line, for `set`, `move` and `history`:
/// texts in one language, statuses, dates and figures as the file writes them, a place by
/// its project, an added or removed thing by its title; the words in the command line's
/// language (`CLILanguage`: statuses «орындалуда → орындалды», "in progress → done" in
/// English).
enum ChangeText {
  /// "status: in progress → done", "title (ru): Школы → Новые школы",
  /// "added «Жаңа мектеп» to d1.schools", "removed «…» from d1.schools".
  ///
  /// A text whose translation in `language` is the same on both sides (another one was
  /// changed) is shown in the first translation that differs, and says which.
  static func line(_ field: Field, old: FieldValue?, new: FieldValue?, language: String) -> String {
    switch (field, old, new) {
    case (.entry, _, .entry(let e)?) where e.kind == .meeting:
      let day = meetingDay(e)
      return Said(kk: "\(day.kk) отырыс жазылды", ru: "записано заседание \(day.ru)",
                  en: "recorded the meeting of \(day.en)").text
    case (.entry, .entry(let e)?, nil) where e.kind == .meeting:
      let day = meetingDay(e)
      return Said(kk: "\(day.kk) отырыс жойылды", ru: "удалено заседание \(day.ru)",
                  en: "removed the meeting of \(day.en)").text
    case (.entry, _, .entry(let e)?):
      let t = title(e, language)
      return Said(kk: "«\(t)» \(e.parent) ішіне қосылды", ru: "добавлено «\(t)» в \(e.parent)",
                  en: "added «\(t)» to \(e.parent)").text
    case (.entry, .entry(let e)?, nil):
      let t = title(e, language)
      return Said(kk: "«\(t)» \(e.parent) ішінен жойылды", ru: "удалено «\(t)» из \(e.parent)",
                  en: "removed «\(t)» from \(e.parent)").text
    case (_, .text(let a)?, .text(let b)?)
    where a.resolved(language) == b.resolved(language) && a != b:
      let changed = (b.translations + a.translations).first { t in
        a.resolved(t.language) != b.resolved(t.language)
      }
      if let lang = changed?.language, !lang.isEmpty {
        return "\(CLIWords.field(field)) (\(lang)): \(shown(old, lang)) → \(shown(new, lang))"
      }
    default: break
    }
    return "\(CLIWords.field(field)): \(shown(old, language)) → \(shown(new, language))"
  }

  /// A meeting's day in words, as a sentence about it takes it in each language
  /// («2024 жылғы 28 қарашадағы», «28 ноября 2024 г.», "28 November 2024"); a date that
  /// does not read as one is shown as written, else the meeting's id.
  static func meetingDay(_ e: Entry) -> (kk: String, ru: String, en: String) {
    let written = e.object["date"]?.stringValue ?? e.id
    guard let day = Day(written) else { return (written, written, written) }
    return (Formatting.day(day, .kk, .event), Formatting.day(day, .ru, .event), Formatting.day(day, .en, .event))
  }

  /// One value: "—" when absent.
  static func shown(_ value: FieldValue?, _ language: String) -> String {
    switch value {
    case nil: return "—"
    case .text(let t)?: return t.resolved(language)
    case .entry(let e)?: return "«\(title(e, language))»"
    case .status(let s)?: return CLIWords.status(s)
    case let v?: return v.description
    }
  }

  /// An entry's title, else its id.
  static func title(_ entry: Entry, _ language: String) -> String {
    entry.title?.resolved(language) ?? entry.id
  }
}
