import Foundation
import Testing

/// The careful reader's pass of the command line in Russian and English (issue 12): a
/// status already so is said as `set` says it, a list of fields follows a sentence's end,
/// and argument-parser's own words around a command's help are the language's.
///
/// The expected words are written here by hand, not read from the catalogue.
struct CLIReadingPassTests {
  @Test func aStatusThatIsAlreadySoIsSaidAsSuchNotAsDoneToDone() throws {
    let f = EditFixture(language: "ru")
    defer { f.remove() }
    let first = f.run(["set-status", "d1.schools.03", "in_progress"])
    #expect(first.stdout == "d1.schools.03: исполнено → исполняется\n", "\(first.stderr)")
    let again = f.run(["set-status", "d1.schools.03", "in_progress"])
    #expect(again.status == 0)
    #expect(again.stdout == "d1.schools.03: статус уже «исполняется»; ничего не записано\n")
    let en = f.run(["set-status", "d1.schools.03", "in_progress", "--lang", "en"])
    #expect(en.stdout == "d1.schools.03 status is already in progress; nothing written\n")
    #expect(try f.history().count == 1)
  }

  @Test func anUnknownFieldEndsItsSentenceBeforeTheList() throws {
    let f = EditFixture(language: "ru")
    defer { f.remove() }
    let r = f.run(["set", "d1.schools.03", "zzzzzz", "x"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("неизвестное поле «zzzzzz». Поля: status,"), "\(r.stderr)")
    let missing = f.run(["set-status", "d9.none", "done"])
    #expect(missing.stderr.contains("нет мероприятия с кодом «d9.none»"), "\(missing.stderr)")
  }

  @Test func theRootHelpNamesTheSubcommandInRussianWithColumnsKept() {
    let ru = CLI.run(["--help", "--lang", "ru"])
    #expect(ru.stdout.contains("ИСПОЛЬЗОВАНИЕ: jolkarta <подкоманда>"), "\(ru.stdout)")
    // The parser's "(default)" mark gives way: the abstract says it in words.
    #expect(ru.stdout.contains("\n  open                    Открыть дашборд (команда по умолчанию).\n"))
    #expect(ru.stdout.contains("\n  summary                 Вывести показатели"))
    #expect(ru.stdout.contains("  Подробная справка: 'jolkarta help <подкоманда>'."))
    #expect(!ru.stdout.contains("subcommand") && !ru.stdout.contains("(default)"))
    let en = CLI.run(["--help", "--lang", "en"])
    #expect(en.stdout.contains("\n  open (default)          Open the dashboard"))
  }

  @Test func aUsageErrorsMessageContinuesTheSentenceInSmallLetters() {
    let r = CLI.run(["summary", "--bogus", "--lang", "ru"])
    #expect(r.stderr.hasPrefix("Ошибка: неизвестный параметр '--bogus'"), "\(r.stderr)")
  }

  @Test func aBrokenFileIsSaidInRussianWithoutTheWordTwice() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("b.json", Array("{".utf8))
    let r = CLI.run(["validate", path, "--lang", "ru"])
    #expect(r.status == 1)
    #expect(r.stdout.contains("ошибка: некорректный JSON: неожиданный конец файла: объект, открытый здесь, не закрыт")
      || r.stderr.contains("ошибка: некорректный JSON: неожиданный конец файла: объект, открытый здесь, не закрыт"),
      "\(r.stdout)\(r.stderr)")
  }
}
