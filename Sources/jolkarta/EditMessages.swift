import RoadmapKit
import RoadmapUI

/// The words of the editing commands (`set`, `add`, `remove`, `move`), in one place.
///
/// In the command line's language (`CLILanguage`), each message one `Said` table with
/// Kazakh, Russian and English; every one of them is printed through `Output`, which makes
/// ids, titles and values from the file inert on a terminal.
enum EditMessage {
  // MARK: - Shared

  /// "FILE: no such id "d2.auyl_amanaty.7"; did you mean d2.auyl_amanaty.07?"
  static func noSuchID(_ file: String, _ id: String, nearest: [String]) -> String {
    Said(
      kk: "\(file): \"\(id)\" деген id жоқ", ru: "\(file): нет кода «\(id)»",
      en: "\(file): no such id \"\(id)\""
    ).text + didYouMean(nearest)
  }

  /// "; did you mean a?", "; did you mean a or b?", "" when there is nothing near.
  static func didYouMean(_ words: [String]) -> String {
    words.isEmpty ? "" : CLIWords.didYouMean(CLIWords.orList(words))
  }

  /// " (did you mean a?)", "" when there is nothing near.
  static func didYouMeanAside(_ words: [String]) -> String {
    words.isEmpty ? "" : " (" + didYouMean(words).dropFirst(2) + ")"
  }

  /// How a thing is named in a message: its id, or "roadmap" for the roadmap itself.
  static func subject(_ id: String) -> String {
    id.isEmpty ? Said(kk: "жол картасы", ru: "дорожная карта", en: "roadmap").text : id
  }

  /// "FILE: d1 is a direction, not a project".
  static func wrongKind(_ file: String, _ id: String, is kind: ThingKind, expected: String)
    -> String
  {
    Said(
      kk: "\(file): \(subject(id)) — \(kind.name), \(expected) емес",
      ru: "\(file): \(subject(id)) — \(kind.name), а не \(expected)",
      en: "\(file): \(subject(id)) is \(kind.name), not \(expected)"
    ).text
  }

  /// The thing was removed from the file on disk between reading it and saving.
  static func goneOnDisk(_ file: String, _ id: String) -> String {
    Said(
      kk: "\(file): \(subject(id)) осы аралықта файлдан жойылды",
      ru: "\(file): \(subject(id)) тем временем удалён из файла",
      en: "\(file): \(subject(id)) was removed from the file meanwhile"
    ).text + CLIWords.nothingWritten
  }

  /// A change the model refused (its own words).
  static func refused(_ file: String, _ error: EditError) -> String {
    "\(file): " + EditFailure.words(error, CLILanguage.current)
  }

  // MARK: - set

  /// "d1.schools.03 status: in_progress → done".
  static func changed(_ id: String, _ line: String) -> String { "\(subject(id)) \(line)\n" }

  /// "d1.schools.03 status is already done; nothing written".
  static func already(_ id: String, _ field: Field, _ value: String?) -> String {
    let shown = value ?? Said(kk: "бос", ru: "пусто", en: "empty").text
    let name = CLIWords.field(field)
    return Said(
      kk: "\(subject(id)): \(name) бұрыннан «\(shown)»", ru: "\(subject(id)): \(name) уже «\(shown)»",
      en: "\(subject(id)) \(field.rawValue) is already \(shown)"
    ).text + CLIWords.nothingWritten + "\n"
  }

  /// "FILE: d1.schools (a project) has no field status; it has: title".
  static func noSuchField(
    _ file: String, _ id: String, _ kind: ThingKind, _ field: Field, has: [Field]
  ) -> String {
    let list = has.map(\.rawValue).joined(separator: ", ")
    return Said(
      kk: "\(file): \(subject(id)) (\(kind.name)) үшін \(field.rawValue) өрісі жоқ; бар өрістері: \(list)",
      ru: "\(file): у \(subject(id)) (\(kind.name)) нет поля \(field.rawValue); есть: \(list)",
      en: "\(file): \(subject(id)) (\(kind.name)) has no field \(field.rawValue); it has: \(list)"
    ).text
  }

  /// An unknown field name, with the nearest ones and all of them.
  static func unknownField(_ word: String, nearest: [String], all: [Field]) -> String {
    let list = all.map(\.rawValue).joined(separator: ", ")
    return Said(kk: "\"\(word)\" деген өріс жоқ", ru: "неизвестное поле «\(word)»",
                en: "unknown field \"\(word)\"").text
      + didYouMean(nearest) + (nearest.isEmpty ? "." : "")
      + Said(kk: " Өрістер: ", ru: " Поля: ", en: " The fields: ").text + list
  }

  /// A field that has its own command.
  static func fieldHasItsCommand(_ field: Field) -> String {
    switch field {
    case .project:
      return Said(
        kk: "іс-шараның жобасы `jolkarta move ID --to PROJECT` арқылы ауыстырылады",
        ru: "проект мероприятия меняется командой `jolkarta move ID --to PROJECT`",
        en: "an activity changes project with `jolkarta move ID --to PROJECT`"
      ).text
    case .entry:
      return Said(
        kk: "`jolkarta add` қосады, `jolkarta remove` жояды",
        ru: "добавляет `jolkarta add`, удаляет `jolkarta remove`",
        en: "things are added with `jolkarta add` and removed with `jolkarta remove`"
      ).text
    default:
      return Said(
        kk: "\(field.rawValue) командалық жолдан өзгертілмейді",
        ru: "\(field.rawValue) не задаётся из командной строки",
        en: "\(field.rawValue) is not set from the command line"
      ).text
    }
  }

  /// "actual must be a number 0 or greater, found "-3"", in the language.
  static func badValue(_ field: Field, mustBe: Said, found: String, nearest: [String] = [])
    -> String
  {
    Said(
      kk: "\(field.rawValue) \(mustBe.kk) болуы керек, берілгені: \"\(found)\"",
      ru: "\(field.rawValue) должно быть \(mustBe.ru), указано: \"\(found)\"",
      en: "\(field.rawValue) must be \(mustBe.en), found \"\(found)\""
    ).text + didYouMean(nearest)
  }

  /// What a value must be, for `badValue`: a number, a real date, one of the statuses.
  static let aNumber = Said(kk: "сан", ru: "числом", en: "a number")
  static let aRealDate = Said(
    kk: "YYYY-MM-DD түрінде жазылған нақты күн", ru: "настоящей датой в виде ГГГГ-ММ-ДД",
    en: "a real date written YYYY-MM-DD")
  static let aStatus = Said(
    kk: "done, in_progress не pending", ru: "одним из done, in_progress, pending", en: "done, in_progress or pending")

  /// A figure's domain (`allowed`, the model's English words) for `badValue`.
  static func inDomain(_ field: Field, _ allowed: String) -> Said {
    field == .plan
      ? Said(kk: "0-ден үлкен сан", ru: "числом больше 0", en: allowed)
      : Said(kk: "0 не одан үлкен сан", ru: "числом 0 или больше", en: allowed)
  }

  /// `jolkarta set as_of` without a date, or a field without a value.
  static func missingValue(_ field: Field) -> String {
    Said(
      kk: "\(field.rawValue) мәні жоқ (бос мән '' note, owner, due және plan өрістерін өшіреді)",
      ru: "не хватает значения \(field.rawValue) (пустое значение '' удаляет note, owner, due и plan)",
      en: "missing the value of \(field.rawValue) (an empty value '' removes note, owner, due and plan)"
    ).text
  }

  /// Fewer words than an id and a field.
  static var tooFewWords: String {
    Said(
      kk: "күтілгені: ID FIELD VALUE [FILE] не as_of DATE [FILE]",
      ru: "ожидается ID FIELD VALUE [FILE] или as_of DATE [FILE]",
      en: "expected ID FIELD VALUE [FILE], or as_of DATE [FILE]"
    ).text
  }

  /// Words left over after FILE.
  static var tooManyWords: String {
    Said(kk: "аргументтер тым көп: ", ru: "слишком много аргументов: ", en: "too many arguments: ").text
      + tooFewWords
  }

  /// "unknown option --lnag", and how to give a value that starts with `--`.
  static func unknownOption(_ word: String) -> String {
    Said(
      kk: "\(word) деген опция жоқ (-- деп басталатын мән -- белгісінен кейін жазылады: jolkarta set ID note -- '\(word)')",
      ru: "неизвестный параметр \(word) (значение, начинающееся с --, пишется после --: jolkarta set ID note -- '\(word)')",
      en: "unknown option \(word) (a value that starts with -- goes after --: jolkarta set ID note -- '\(word)')"
    ).text
  }

  /// `--lang` given for a field that has no translations to choose.
  static var langOnlyForTexts: String {
    Said(
      kk: "--lang тек title мен note үшін", ru: "--lang относится только к title и note",
      en: "--lang applies to title and note only"
    ).text
  }

  /// A title set to nothing.
  static var emptyTitle: String {
    Said(kk: "атауы бос болмауы керек", ru: "название не может быть пустым", en: "a title cannot be empty")
      .text
  }

  // MARK: - add

  /// `jolkarta add` without saying what.
  static var addWhat: String {
    Said(
      kk: "не қосу керегін жазыңыз: jolkarta add activity … не jolkarta add project …",
      ru: "укажите, что добавить: jolkarta add activity … или jolkarta add project …",
      en: "say what to add: jolkarta add activity … or jolkarta add project …"
    ).text
  }

  /// `jolkarta add activty`.
  static func unknownKind(_ word: String, nearest: [String]) -> String {
    Said(kk: "\"\(word)\" қосылмайды", ru: "нельзя добавить \"\(word)\"", en: "cannot add \"\(word)\"")
      .text + didYouMean(nearest)
      + Said(
        kk: " (jolkarta add activity … не jolkarta add project …)",
        ru: " (jolkarta add activity … или jolkarta add project …)",
        en: " (jolkarta add activity … or jolkarta add project …)"
      ).text
  }

  /// The usage error of `add`, as argument-parser words its own.
  static func addUsage(_ message: String) -> String {
    """
    Error: \(message)
    Usage: jolkarta add activity|project <options>
      See 'jolkarta add --help' for more information.
    """
  }

  /// A new thing's id, alone on its line, for scripts.
  static func added(_ id: String) -> String { "\(id)\n" }

  // MARK: - remove

  /// "removed d1.schools.03 «title»".
  static func removed(_ id: String, _ title: String) -> String {
    Said(kk: "\(id) «\(title)» жойылды", ru: "удалено: \(id) «\(title)»", en: "removed \(id) «\(title)»")
      .text + "\n"
  }

  /// Someone removed it first.
  static func alreadyRemoved(_ id: String) -> String {
    Said(kk: "\(id) бұрын жойылған", ru: "\(id) уже удалено", en: "\(id) is already removed").text
      + CLIWords.nothingWritten + "\n"
  }

  /// "FILE: d1.schools still has 11 activities and 1 indicator; …".
  static func projectNotEmpty(_ file: String, _ id: String, activities: Int, indicators: Int)
    -> String
  {
    var parts: [String] = []
    if activities > 0 { parts.append(CLIWords.activities(activities)) }
    if indicators > 0 { parts.append(CLIWords.indicators(indicators)) }
    let and = Said(kk: " және ", ru: " и ", en: " and ").text
    let has = parts.joined(separator: and)
    let still = Said(
      kk: "\(file): \(id) ішінде әлі \(has) бар; жоба бос болғанда ғана жойылады",
      ru: "\(file): в \(id) ещё \(has); проект удаляется, только когда он пуст",
      en: "\(file): \(id) still has \(has); a project is removed only when empty"
    ).text
    let move = Said(
      kk: " (іс-шараларын `jolkarta move ID --to PROJECT` арқылы басқа жобаға ауыстырыңыз не жойыңыз)",
      ru: " (перенесите его мероприятия командой `jolkarta move ID --to PROJECT` или удалите их)",
      en: " (move its activities with `jolkarta move ID --to PROJECT`, or remove them)"
    ).text
    return still + (activities > 0 ? move : "")
  }

  /// "FILE: d1 is a direction; only activities and empty projects are removed".
  static func cannotRemove(_ file: String, _ id: String, _ kind: ThingKind) -> String {
    Said(
      kk: "\(file): \(subject(id)) — \(kind.name); тек іс-шаралар мен бос жобалар жойылады",
      ru: "\(file): \(subject(id)) — \(kind.name); удаляются только мероприятия и пустые проекты",
      en: "\(file): \(subject(id)) is \(kind.name); only activities and empty projects are removed"
    ).text
  }

  // MARK: - move

  /// "d1.schools.03 is already in d1.schools; nothing written".
  static func alreadyIn(_ id: String, _ project: String) -> String {
    Said(kk: "\(id) бұрыннан \(project) ішінде", ru: "\(id) уже в \(project)",
         en: "\(id) is already in \(project)").text + CLIWords.nothingWritten + "\n"
  }

  // MARK: - set-status, validate

  /// "FILE: no activity has the id "X"".
  static func noSuchActivity(_ file: String, _ id: String, nearest: [String] = []) -> String {
    Said(
      kk: "\(file): \"\(id)\" id-і бар іс-шара жоқ", ru: "\(file): нет мероприятия с кодом «\(id)»",
      en: "\(file): no activity has the id \"\(id)\""
    ).text + didYouMean(nearest)
  }

  /// "FILE: valid (122 activities)".
  static func valid(_ file: String, activities n: Int) -> String {
    let count = CLIWords.activities(n)
    return Said(
      kk: "\(file): жарамды (\(count))", ru: "\(file): без ошибок (\(count))",
      en: "\(file): valid (\(count))"
    ).text + "\n"
  }
}
