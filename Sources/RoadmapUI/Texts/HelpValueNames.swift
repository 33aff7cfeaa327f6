// MARK: - value names

extension Catalogue {
  /// The names argument-parser puts between `<` and `>` in help and usage (`<id>`,
  /// `<FILE>`), in `language`: the English names as they are written, to the words of the
  /// language («<код>», «<ФАЙЛ>»). English is empty: its names stay.
  ///
  /// argument-parser has no way to be told them per language (the `valueName` of an
  /// option is one string), so `jolkarta`'s help words replace them in the text it built,
  /// keeping the columns. Capitals where the English has them: a file, a date, a number
  /// the user types.
  public static func valueNames(_ language: Language) -> [String: String] {
    switch language {
    case .en: return [:]
    case .kk: return valueNames.mapValues(\.kk)
    case .ru: return valueNames.mapValues(\.ru)
    }
  }

  /// Kazakh and Russian for each English value name.
  private static let valueNames: [String: (kk: String, ru: String)] = [
    "FILE": ("ФАЙЛ", "ФАЙЛ"), "file": ("файл", "файл"), "ID|FILE": ("КОД|ФАЙЛ", "КОД|ФАЙЛ"),
    "OUT": ("ФАЙЛ", "ФАЙЛ"), "output": ("файл", "файл"), "DATE": ("КҮН", "ДАТА"),
    "KEY": ("КІЛТ", "КЛЮЧ"), "MAP": ("СӘЙКЕСТІК", "СООТВЕТСТВИЕ"), "NUMBER": ("НӨМІР", "НОМЕР"),
    "SECONDS": ("СЕКУНД", "СЕКУНДЫ"), "URL": ("МЕКЕНЖАЙ", "АДРЕС"),
    "YYYY-MM-DD": ("ЖЖЖЖ-АА-КК", "ГГГГ-ММ-ДД"), "activities": ("саны", "число"),
    "author": ("автор", "автор"), "base": ("негізгі", "базовый"), "chair": ("төраға", "председатель"),
    "date": ("күн", "дата"), "decision": ("шешім", "решение"), "direction": ("бағыт", "направление"),
    "due": ("мерзімі", "срок"), "field": ("өріс", "поле"), "format": ("пішім", "формат"),
    "id": ("код", "код"), "lang": ("тіл", "язык"), "name": ("аты", "имя"), "ours": ("біздікі", "наш"),
    "owner": ("орган", "исполнитель"), "path": ("жол", "путь"), "project": ("жоба", "проект"),
    "region": ("өңір", "регион"), "reporter": ("баяндаушы", "докладчик"), "seed": ("бастау", "зерно"),
    "speaker": ("сөйлеуші", "оратор"), "status": ("мәртебе", "статус"), "theirs": ("олардікі", "их"),
    "title": ("атауы", "название"), "to": ("қайда", "куда"), "value": ("мән", "значение"),
    "words": ("сөздер", "слова"),
  ]
}
