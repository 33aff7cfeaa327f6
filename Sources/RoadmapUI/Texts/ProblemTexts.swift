import RoadmapKit

/// A problem of a roadmap file (`ProblemText`) in the interface language: every value as
/// the file writes it, the field names and codes of the format as they are typed.
enum ProblemTexts {
  /// `text` in `language`.
  static func words(_ text: ProblemText, _ language: Language) -> String {
    guard language != .en else { return text.english }
    let kk = language == .kk
    func say(_ kkText: String, _ ruText: String) -> String { kk ? kkText : ruText }
    switch text {
    case .requiredMissing(let f): return say("міндетті \"\(f)\" өрісі жоқ", "нет обязательного поля \"\(f)\"")
    case .idNotString(let v): return say("\"id\" бос емес жол болуы керек, берілгені: \(v)", "\"id\" должен быть непустой строкой, указано: \(v)")
    case .duplicateID(let id, let path, let loc):
      let at = loc.isEmpty ? "" : " (\(loc))"
      return say("\"\(id)\" коды қайталанады: ол \(path)\(at) үшін алынған; кодтар бүкіл файлда бірегей болуы керек",
        "код \"\(id)\" повторяется: он уже занят \(path)\(at); коды должны быть уникальны во всём файле")
    case .translationNotString(let v, let l):
      return say("әр аударма тіл коды астындағы жол болуы керек, \"\(l)\" астында: \(v)",
        "каждый перевод должен быть строкой под кодом языка, под \"\(l)\": \(v)")
    case .notText(let v):
      return say("жол не тіл кодынан жолға нысан болуы керек (мысалы {\"kk\": \"…\", \"ru\": \"…\"}), берілгені: \(v)",
        "должно быть строкой или объектом «код языка → строка» (например, {\"kk\": \"…\", \"ru\": \"…\"}), указано: \(v)")
    case .notPluralText(let v):
      return say("жол не тіл кодынан жолға не көпше түрлерге нысан болуы керек, берілгені: \(v)",
        "должно быть строкой или объектом «код языка → строка или формы числа», указано: \(v)")
    case .translationWithoutLanguage(let v):
      return say("әр аударма тіл коды астында болуы керек, \"\" астында: \(v)", "каждый перевод должен быть под кодом языка, под \"\": \(v)")
    case .translationNotForms(let v, let l):
      return say("әр аударма жол не көпше түрлердің нысаны болуы керек, \"\(l)\" астында: \(v)",
        "каждый перевод должен быть строкой или объектом форм числа, под \"\(l)\": \(v)")
    case .unknownPluralForm(let v, let allowed):
      return say("\(v) көпше түрі мыналардың бірі емес: \(allowed)", "форма числа \(v) не из списка: \(allowed)")
    case .pluralFormNotString(let v, let f):
      return say("әр көпше түрі жол болуы керек, \"\(f)\" астында: \(v)", "каждая форма числа должна быть строкой, под \"\(f)\": \(v)")
    case .notFiniteNumber(let v): return say("шекті сан болуы керек, берілгені: \(v)", "должно быть конечным числом, указано: \(v)")
    case .outOfDomain(.actual, let v): return say("0 не одан үлкен сан болуы керек, берілгені: \(v)", "должно быть числом 0 или больше, указано: \(v)")
    case .outOfDomain(.plan, let v):
      return say("0-ден үлкен сан болуы керек (жоспар жоқ болса, \"plan\" жазылмайды), берілгені: \(v)",
        "должно быть числом больше 0 (без плана \"plan\" не указывается), указано: \(v)")
    case .notADate(let v): return say("YYYY-MM-DD түрінде жазылған нақты күн болуы керек, берілгені: \(v)", "должно быть настоящей датой в виде ГГГГ-ММ-ДД, указано: \(v)")
    case .notAYear(let v): return say("жыл болуы керек (1-ден 9999-ға дейінгі бүтін сан), берілгені: \(v)", "должно быть годом (целое число от 1 до 9999), указано: \(v)")
    case .notAnObject(let what, let v): return say("\(what): нысан болуы керек, берілгені: \(v)", "\(what): должно быть объектом, указано: \(v)")
    case .wrongFormat(let v): return say("\"format\" мәні \"jolkarta-roadmap\" болуы керек, берілгені: \(v)", "\"format\" должен быть \"jolkarta-roadmap\", указано: \(v)")
    case .unsupportedVersion(let v, let versions):
      let list = versions.map(String.init).joined(separator: ", ")
      return say("\"version\" \(v) қолдау көрмейді; бұл jolkarta мына нұсқаларды оқиды: \(list)",
        "\"version\" \(v) не поддерживается; эта версия jolkarta читает версии: \(list)")
    case .notTexts(let v): return say("мәтіндер массиві болуы керек, берілгені: \(v)", "должно быть массивом текстов, указано: \(v)")
    case .dueOutsidePeriod(let due, let s, let e):
      return say("\(due) мерзімі бағдарлама кезеңінен (\(s)–\(e)) тыс", "срок \(due) вне периода программы \(s)–\(e)")
    case .invalidStatus(let v):
      return say("\(v) мәртебесі жарамсыз; рұқсат етілгені: \"done\", \"in_progress\", \"pending\"",
        "недопустимый статус \(v); допустимы: \"done\", \"in_progress\", \"pending\"")
    case .notAnArray(let v): return say("массив болуы керек, берілгені: \(v)", "должно быть массивом, указано: \(v)")
    case .startAfterEnd(let s, let e): return say("\"start\" (\(s)) \"end\" (\(e)) мәнінен кейін", "\"start\" (\(s)) позже \"end\" (\(e))")
    case .noSuchFile: return say("мұндай файл жоқ", "нет такого файла")
    case .cannotReadPermission: return say("рұқсат жоқ: файлды оқу мүмкін емес", "нет доступа: файл нельзя прочитать")
    case .isFolder: return say("бұл жол картасының файлы емес, қалта", "это папка, а не файл дорожной карты")
    case .cannotOpen(let s): return say("ашылмады: \(SystemWords.words(s, language))", "не открывается: \(SystemWords.words(s, language))")
    case .cannotRead(let s): return say("оқылмады: \(SystemWords.words(s, language))", "не читается: \(SystemWords.words(s, language))")
    case .malformedJSON(let d):
      let words = JSONSyntaxWords.words(d, language)
      return say("JSON қате жазылған: \(words)", "некорректный JSON: \(words)")
    case .loadingCancelled: return say("жүктеу тоқтатылды", "загрузка прервана")
    case .structureNotReadable:
      return say("бұл жол картасы оқылмайды: оның құрылымы jolkarta-ның бұл нұсқасы оқитын құрылым емес",
        "эту дорожную карту нельзя прочитать: её структура не та, что читает эта версия jolkarta")
    }
  }
}
