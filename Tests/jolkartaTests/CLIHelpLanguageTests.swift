import Foundation
import Testing

/// `--help` and `keys` speak the interface language: `--lang`, `JOLKARTA_LANG`, the locale.
///
/// The expected words are written here by hand, not read from the catalogue.
struct CLIHelpLanguageTests {
  /// Every command.
  static let commands: [[String]] = [
    ["open"], ["summary"], ["validate"], ["set-status"], ["set"], ["add"], ["add", "activity"],
    ["add", "project"], ["remove"], ["move"], ["history"], ["init"], ["present"], ["meeting"],
    ["meeting", "list"], ["meeting", "add"], ["keys"], ["generate"], ["sync"], ["git"], ["git", "setup"],
    ["git", "init"], ["merge-driver"], ["export"], ["report"], ["import"],
  ]

  /// Every command's help in Kazakh and Russian names its values in the language: no
  /// `<FILE>`, `<id>`, `<seconds>` left; English keeps them; the help column stays aligned.
  @Test(arguments: ["kk", "ru"])
  func valueNamesSpeakTheLanguageInEveryCommandsHelp(language: String) throws {
    let latin = try NSRegularExpression(pattern: "<[A-Za-z][A-Za-z|-]*>")
    for command in [[]] + Self.commands {
      let r = CLI.run(command + ["--help", "--lang", language])
      #expect(r.status == 0, "\(command)")
      let found = latin.matches(in: r.stdout, range: NSRange(r.stdout.startIndex..., in: r.stdout))
        .compactMap { Range($0.range, in: r.stdout).map { String(r.stdout[$0]) } }
      #expect(found == [], "\(language) \(command): \(found)")
      let en = CLI.run(command + ["--help", "--lang", "en"])
      // Each option row's help starts in the column English puts it in.
      func helpColumns(_ s: String) -> Set<Int> {
        Set(s.split(separator: "\n").filter { $0.hasPrefix("  -") || $0.hasPrefix("  <") }.compactMap { line in
          guard let r = line.dropFirst(2).range(of: "  ") else { return nil }
          return line[r.upperBound...].firstIndex { $0 != " " }.map { line.distance(from: line.startIndex, to: $0) }
        })
      }
      #expect(helpColumns(r.stdout).isSubset(of: helpColumns(en.stdout)), "\(language) \(command)")
    }
    let set = CLI.run(["set-status", "--help", "--lang", "ru"])
    #expect(set.stdout.contains("jolkarta set-status <код> <статус> [<ФАЙЛ>]"), "\(set.stdout)")
    #expect(CLI.run(["set-status", "--help", "--lang", "en"]).stdout.contains("<id> <status> [<FILE>]"))
  }

  /// At 80 columns every line of every command's help fits in each language: the words
  /// put in place of the parser's English («(значения:» for "(values:") are wrapped
  /// again at the description's column. Usage lines, never wrapped by the parser, aside.
  @Test(arguments: ["kk", "ru", "en"])
  func everyHelpLineFitsEightyColumns(language: String) {
    for command in [[]] + Self.commands {
      let r = CLI.run(command + ["--help", "--lang", language], environment: ["COLUMNS": "80"])
      let wide = r.stdout.split(separator: "\n").filter { $0.count > 80 }
      #expect(wide.isEmpty, "\(language) \(command): \(wide)")
      // A usage line longer than 80 is broken between options, its rest under the first
      // option (as git writes usage), and says what the one long line says.
      let long = CLI.run(command + ["--help", "--lang", language], environment: ["COLUMNS": "400"])
      #expect(!Self.usage(r.stdout).isEmpty && Self.usage(r.stdout) == Self.usage(long.stdout), "\(language) \(command)")
    }
    let report = CLI.run(["report", "--help", "--lang", "en"], environment: ["COLUMNS": "80"]).stdout
    #expect(report.contains(
      "USAGE: jolkarta report [<FILE>] [--format <format>] [--output <OUT>]\n"
        + "                       [--lang <lang>] [--delimiter <;|,>] [--table <KEY>]\n"), "\(report)")
    // The words carried to the next line are all still there, in order.
    let ru = CLI.run(["export", "--help", "--lang", "ru"], environment: ["COLUMNS": "80"]).stdout
    let flat = ru.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    #expect(flat.contains("csv, md, json или xlsx (по умолчанию: по расширению файла -o, иначе csv). (значения: csv, md, json, xlsx)"), "\(ru)")
  }

  @Test func setStatusHelpInEachLanguage() {
    let kk = CLI.run(["set-status", "--help", "--lang", "kk"])
    #expect(kk.status == 0)
    #expect(kk.stdout.hasPrefix("ШОЛУ: Іс-шараның мәртебесін орнатып (done, in_progress, pending), сақтау."))
    #expect(kk.stdout.contains("ҚОЛДАНУ: jolkarta set-status"))
    #expect(kk.stdout.contains("АРГУМЕНТТЕР:\n  <код>                   Іс-шараның коды."))
    #expect(kk.stdout.contains("ОПЦИЯЛАР:"))
    #expect(kk.stdout.contains("-h, --help              Анықтаманы көрсету."))
    #expect(kk.stdout.contains("(әдепкісі: data/roadmap.json)"))
    let ru = CLI.run(["set-status", "--help"], environment: ["JOLKARTA_LANG": "ru"])
    #expect(ru.stdout.hasPrefix("ОПИСАНИЕ: Установить статус мероприятия"))
    #expect(ru.stdout.contains("ПАРАМЕТРЫ:") && ru.stdout.contains("Показать справку."))
    #expect(ru.stdout.contains("<код>                   Код мероприятия."))
    let locale = CLI.run(["set-status", "-h"], environment: ["LANG": "ru_RU.UTF-8"])
    #expect(locale.stdout == ru.stdout)
    let en = CLI.run(["set-status", "--help", "--lang=en"])
    #expect(en.stdout.hasPrefix("OVERVIEW: Set an activity's status (done, in_progress, pending) and save."))
    #expect(en.stdout.contains("USAGE: jolkarta set-status") && en.stdout.contains("Show help information."))
  }

  @Test func rootHelpAndTheHelpSubcommandTakeTheLanguage() {
    let ru = CLI.run(["--help", "--lang", "ru"])
    #expect(ru.status == 0)
    #expect(ru.stdout.hasPrefix("ОПИСАНИЕ: Мониторинг региональной дорожной карты"))
    #expect(ru.stdout.contains("ПОДКОМАНДЫ:\n  open                    Открыть дашборд (команда по умолчанию)."))
    #expect(!ru.stdout.contains("(default)") && !ru.stdout.contains("open (по умолчанию)"))
    #expect(ru.stdout.contains("  Подробная справка: 'jolkarta help <подкоманда>'."))
    let kk = CLI.run(["help", "move", "--lang", "kk"])
    #expect(kk.status == 0, "\(kk.stderr)")
    #expect(kk.stdout.hasPrefix("ШОЛУ: Іс-шараны басқа жобаның соңына ауыстыру."))
    #expect(kk.stdout.contains("--to <қайда>            Іс-шара ауысатын жоба."))
  }

  @Test func exportReportAndImportHelpInEachLanguage() {
    let kk = CLI.run(["help", "export", "--lang", "kk"])
    #expect(kk.stdout.hasPrefix("ШОЛУ: Әр іс-шараны бағытымен, жобасымен, мәртебесімен"), "\(kk.stdout)")
    #expect(kk.stdout.contains("--format <пішім>        csv, md, json не xlsx (әдепкісі: -o файлының"), "\(kk.stdout)")
    let ru = CLI.run(["report", "--help"], environment: ["JOLKARTA_LANG": "ru"])
    #expect(ru.stdout.hasPrefix("ОПИСАНИЕ: Записать отчёт к заседанию"), "\(ru.stdout)")
    #expect(ru.stdout.contains("Изменения с этой прежней копии дорожной карты."))
    let imp = CLI.run(["import", "--help", "--lang", "kk"])
    #expect(imp.stdout.contains("--force                 Бар OUT файлының үстінен жазу."), "\(imp.stdout)")
  }

  @Test func usageErrorsInTheLanguage() {
    let since = CLI.run(["report", "--since", "x", "--format", "md", "--lang", "kk"])
    #expect(since.status != 0)
    #expect(since.stderr.contains("--since YYYY-MM-DD түріндегі күн болуы керек, берілгені: \"x\""), "\(since.stderr)")
    let both = CLI.run(["present", "--since", "2023-11-01", "--compare", "x.json", "--lang", "ru"])
    #expect(both.stderr.contains("укажите --since или --compare, но не оба"), "\(both.stderr)")
    let json = CLI.run(["validate", "/dev/null", "--lang", "ru"])
    #expect(json.stderr.contains("ошибка: некорректный JSON: файл пуст"), "\(json.stderr)")
    let en = CLI.run(["validate", "/dev/null", "--lang", "en"])
    #expect(en.stderr.contains("malformed JSON: the file is empty"), "\(en.stderr)")
  }

  /// The usage lines of a help, their blanks made one.
  static func usage(_ help: String) -> String {
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.firstIndex(where: { $0.contains(": jolkarta ") }) else { return "" }
    let rest = lines[(first + 1)...].prefix { $0.hasPrefix("  ") && !$0.hasPrefix("  -") }
    return ([lines[first]] + rest).joined(separator: " ").split(separator: " ").joined(separator: " ")
  }

  @Test func aSecondUsageLineStaysUnderTheFirst() {
    let kk = CLI.run(["set", "--help", "--lang", "kk"])
    #expect(kk.stdout.contains(
      "ҚОЛДАНУ: jolkarta set <код> <өріс> <мән> [<файл>] [--lang <тіл>]\n"
        + "                      [--author <автор>]\n"
        + "         jolkarta set as_of <күн> [<файл>] [--author <автор>]\n"), "\(kk.stdout)")
  }

  /// No help of ours keeps an English sentence in Kazakh or Russian: each English line
  /// of a command's help is looked for in the others.
  @Test func noEnglishSentenceLeftInKazakhOrRussianHelp() {
    for words in Self.commands {
      let en = CLI.run(words + ["--help", "--lang", "en"]).stdout
      let lines: [String] = en.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      let english = lines
        .filter { $0.count > 12 && $0.contains(" ") && !$0.hasPrefix("USAGE:") && !$0.hasPrefix("jolkarta ") }
        .map { line in line.split(separator: " ").filter { !$0.hasPrefix("-") && !$0.hasPrefix("<") }.joined(separator: " ") }
        .filter { line in [" the ", " a ", " of ", " to ", " and ", " or ", " is "].contains { (" " + line + " ").contains($0) } }
      #expect(!english.isEmpty, "\(words)")
      for lang in ["kk", "ru"] {
        let help = CLI.run(words + ["--help", "--lang", lang]).stdout
        #expect(help.hasPrefix(lang == "kk" ? "ШОЛУ:" : "ОПИСАНИЕ:"), "\(words) \(lang)")
        for line in english {
          #expect(!help.contains(line), "\(words) --lang \(lang) keeps «\(line)»")
        }
      }
    }
  }

  @Test func keysNamesColumnsAndPlacesInWords() {
    let kk = CLI.run(["keys", "--lang", "kk"])
    #expect(kk.stdout.hasPrefix("| Пернелер | Не істейді | Қайда | Қашан |\n"))
    #expect(kk.stdout.contains("| `Enter` | таңдау | органдар тізімі | әрқашан |"))
    // Keys by their caps, as on the Kazakh help screen.
    #expect(kk.stdout.contains("| `Shift+Tab` | алдыңғы бағыт |"), "\(kk.stdout)")
    #expect(kk.stdout.contains("`PgUp/Ctrl+B`") && !kk.stdout.contains("S-Tab") && !kk.stdout.contains("^"))
    let ru = CLI.run(["keys"], environment: ["JOLKARTA_LANG": "ru"])
    #expect(ru.stdout.hasPrefix("| Клавиши | Что делают | Где | Когда |\n"))
    #expect(ru.stdout.contains("результаты поиска"))
    let en = CLI.run(["keys", "--lang", "en"])
    #expect(en.stdout.contains("| `Enter` | choose | agency list | always |"))
    for out in [kk.stdout, ru.stdout, en.stdout] {
      for code in ["ownerPicker", "searchList", "lineEditor", "bulkConfirm", "recoveryQuestion", "projectPicker"] {
        #expect(!out.contains(code), "keys prints the code \(code)")
      }
    }
  }
}
