import Foundation
import RoadmapKit
import RoadmapUI

/// The language the command line speaks: `--lang`, else `JOLKARTA_LANG`, else the locale,
/// else Kazakh (`LanguageOption.language`, as `summary` chooses).
enum CLILanguage {
  /// Set once by the command that runs, before it prints anything.
  nonisolated(unsafe) static var current: Language = LanguageOption.language(nil)

  /// Speaks `option`'s language, or the interface language without it.
  static func use(_ option: LanguageOption?) { current = LanguageOption.language(option) }
}

/// One message in the three languages, Kazakh first; `text` is the one the command speaks.
struct Said {
  /// Kazakh.
  let kk: String
  /// Russian.
  let ru: String
  /// English: the wording scripts and the tests of `--lang en` rely on.
  let en: String

  /// The text in the command line's language.
  var text: String {
    switch CLILanguage.current {
    case .kk: return kk
    case .ru: return ru
    case .en: return en
    }
  }
}

/// Words the command-line messages are built from, one table each.
enum CLIWords {
  /// A status in human output: the catalogue's word («орындалды», «исполняется», "not
  /// started"); only `--json` writes the file's codes (`in_progress`).
  static func status(_ s: Status) -> String {
    let language = CLILanguage.current
    switch s {
    case .done: return Catalogue.text(.done, language)
    case .inProgress: return Catalogue.text(.inProgress, language)
    case .pending: return Catalogue.text(.pending, language)
    }
  }

  /// Why a save failed: the model's own English sentence in English, else the file and the
  /// reason in the language, every place kept. A read-only file's reason names the file
  /// itself, so the three languages begin alike: "cannot save:", «сақталмады:», «не
  /// сохранено:».
  static func saveFailed(_ error: SaveError, file: String) -> String {
    let language = CLILanguage.current
    guard language != .en else { return error.message }
    let reason = SaveFailure.words(error.reason, language)
    if case .readOnly = error.reason {
      return Said(kk: "сақталмады: ", ru: "не сохранено: ", en: "cannot save: ").text + reason + nothingWritten
    }
    return Catalogue.failure(.notSaved, language, [file, reason])
  }

  // MARK: - errno words

  /// The system's refusal in the command line's language («рұқсат жоқ», "Permission denied").
  static func system(_ error: SystemError) -> String { SystemWords.words(error, CLILanguage.current) }

  /// "jolkarta: cannot write to NAME: CAUSE", a stream or a node that refused a write.
  static func cannotWrite(_ name: String, _ cause: String) -> String {
    Said(
      kk: "jolkarta: \(name) ішіне жазу мүмкін болмады: \(cause)",
      ru: "jolkarta: не удалось записать в \(name): \(cause)",
      en: "jolkarta: cannot write to \(name): \(cause)"
    ).text
  }

  /// "jolkarta: cannot open NAME for writing: CAUSE".
  static func cannotOpenForWriting(_ name: String, _ cause: String) -> String {
    Said(
      kk: "jolkarta: \(name) жазу үшін ашылмады: \(cause)",
      ru: "jolkarta: не удалось открыть \(name) для записи: \(cause)",
      en: "jolkarta: cannot open \(name) for writing: \(cause)"
    ).text
  }

  /// The name of standard output in a message.
  static var standardOutput: String {
    Said(kk: "стандартты шығыс", ru: "стандартный вывод", en: "standard output").text
  }

  /// The name of standard error in a message.
  static var standardError: String {
    Said(kk: "қателер ағыны", ru: "поток ошибок", en: "standard error").text
  }

  /// Why a write to a stream closed before the command began failed.
  static var closedStream: String { Said(kk: "ол жабық", ru: "он закрыт", en: "it is closed").text }

  /// A roadmap's problems, one a line, each with its place, in the language.
  static func problems(_ problems: [Problem]) -> String {
    problems.map { ProblemWords.line($0, CLILanguage.current) }.joined(separator: "\n")
  }

  /// A field in a change line: «мәртебесі», «статус», `status`.
  static func field(_ f: Field) -> String {
    let said: Said
    switch f {
    case .status: said = Said(kk: "мәртебесі", ru: "статус", en: f.rawValue)
    case .title: said = Said(kk: "атауы", ru: "название", en: f.rawValue)
    case .owner: said = Said(kk: "жауапты орган", ru: "ответственный исполнитель", en: f.rawValue)
    case .due: said = Said(kk: "мерзімі", ru: "срок", en: f.rawValue)
    case .note: said = Said(kk: "ескертпе", ru: "примечание", en: f.rawValue)
    case .actual: said = Said(kk: "нақты мәні", ru: "факт", en: f.rawValue)
    case .plan: said = Said(kk: "жоспар", ru: "план", en: f.rawValue)
    case .project: said = Said(kk: "жобасы", ru: "проект", en: f.rawValue)
    case .asOf: said = Said(kk: "жағдай күні", ru: "дата состояния", en: f.rawValue)
    default: return f.rawValue
    }
    return said.text
  }

  /// "a or b", "a, b немесе c", "a, b или c".
  static func orList(_ words: [String]) -> String {
    guard let last = words.last else { return "" }
    if words.count == 1 { return last }
    let or = Said(kk: " немесе ", ru: " или ", en: " or ").text
    return words.dropLast().joined(separator: ", ") + or + last
  }

  /// "; did you mean a?", "; a болуы мүмкін бе?", "; возможно, вы имели в виду a?".
  static func didYouMean(_ list: String) -> String {
    Said(
      kk: "; \(list) болуы мүмкін бе?", ru: "; возможно, вы имели в виду \(list)?",
      en: "; did you mean \(list)?"
    ).text
  }

  /// "; nothing written" and its translations.
  static var nothingWritten: String {
    Said(kk: "; ештеңе жазылмады", ru: "; ничего не записано", en: "; nothing written").text
  }

  /// The form of a count's noun: Russian one / few / many (CLDR), English one / other,
  /// Kazakh one form after a number.
  static func count(_ n: Int, kk: String, ru: (one: String, few: String, many: String),
                    en: (one: String, other: String)) -> String {
    let language = CLILanguage.current
    // The plural rule and the figure as each language writes it (`1 710`, `1,710`): the
    // catalogue's, one description for the screens and the command line.
    let category = PluralCategory.of(count: n, language: language.rawValue)
    let ruForm = category == .one ? ru.one : category == .few ? ru.few : ru.many
    return Formatting.count(n, language) + " " + Said(kk: kk, ru: ruForm, en: category == .one ? en.one : en.other).text
  }


  /// "11 activities", "11 іс-шара", "11 мероприятий".
  static func activities(_ n: Int) -> String {
    count(n, kk: "іс-шара", ru: ("мероприятие", "мероприятия", "мероприятий"),
          en: ("activity", "activities"))
  }

  /// "1 indicator", "1 көрсеткіш", "1 показатель".
  static func indicators(_ n: Int) -> String {
    count(n, kk: "көрсеткіш", ru: ("показатель", "показателя", "показателей"),
          en: ("indicator", "indicators"))
  }
}

extension ThingKind {
  /// "a direction", «бағыт», «направление».
  var said: Said {
    switch self {
    case .roadmap: return Said(kk: "жол картасының өзі", ru: "сама дорожная карта", en: "the roadmap itself")
    case .direction: return Said(kk: "бағыт", ru: "направление", en: "a direction")
    case .project: return Said(kk: "жоба", ru: "проект", en: "a project")
    case .activity: return Said(kk: "іс-шара", ru: "мероприятие", en: "an activity")
    case .indicator: return Said(kk: "көрсеткіш", ru: "показатель", en: "an indicator")
    case .meeting: return Said(kk: "отырыс", ru: "заседание", en: "a meeting")
    }
  }
}
