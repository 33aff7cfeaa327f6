import Foundation
@testable import RoadmapKit
import Testing

@testable import RoadmapUI

/// Why a save failed or an edit does not apply, in the interface language, from the
/// model's structured reason: every place kept (the file, the lock file, the folder, the
/// id, the value as typed), the system's words as the system gives them. Expectations
/// written by hand.
@Suite struct SaveFailureTests {
  @Test func aReadOnlyFileAsTheModelFindsIt() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jolkarta-savefailure-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("roadmap.json").path
    try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
    #expect(chmod(path, 0o444) == 0)
    let reason = try #require(RoadmapStore.readOnlyReason(path))
    #expect(SaveFailure.words(reason, .kk) == "\(path) тек оқуға арналған (режимі 0444)")
    #expect(SaveFailure.words(reason, .ru) == "\(path) только для чтения (режим 0444)")
    #expect(SaveFailure.words(reason, .en) == "\(path) is read-only (mode 0444)")
    let notice = Notice(.saveFailed, kind: .error, reason: .save(.readOnly(reason)))
    #expect(notice.text(.kk) == "Сақталмады (өзгерістер жадта): \(path) тек оқуға арналған (режимі 0444)")
    #expect(Notice(.openedReadOnly, reason: .readOnly(reason)).text(.ru)
      == "только чтение: \(path) только для чтения (режим 0444)")
  }

  @Test func theModelsOtherReasons() {
    #expect(SaveFailure.words(.changedOnDisk(path: "data/roadmap.json"), .kk)
      == "data/roadmap.json оқылғаннан кейін дискіде өзгерді; қайта жүктеп, қайталаңыз")
    #expect(SaveFailure.words(.keptChanging(path: "r.json", tries: 5), .ru)
      == "r.json всё время менялся другой программой во время сохранения; повторите")
    #expect(SaveFailure.words(.cannotLock(path: "r.json", system: SystemError(EAGAIN)), .kk)
      == "құлыптау мүмкін болмады: уақытша мүмкін емес, қайталап көріңіз")
    #expect(SaveFailure.words(.readOnly(.fileSystem(path: "r.json")), .ru) == "r.json на файловой системе только для чтения")
    #expect(SaveFailure.words(.lockIsSymbolicLink(path: "r.json", lock: ".r.json.lock"), .kk)
      == ".r.json.lock құлып файлы символдық сілтеме, ол пайдаланылмайды")
    #expect(SaveFailure.words(.stoppedWaiting(path: "r.json"), .ru) == "ожидание блокировки r.json прекращено; ничего не записано")
  }

  /// The example of the issue: the save error no longer continues in English.
  @Test func theStepOfWritingAndTheSystemsRefusalInEachLanguage() {
    let full = SaveReason.write(path: "r.json", step: .reserve(bytes: 1710), system: SystemError(ENOSPC))
    #expect(Notice(.saveFailed, kind: .error, reason: .save(full)).text(.kk)
      == "Сақталмады (өзгерістер жадта): жаңа мазмұнға орын жетпейді (1 710 Б): дискіде бос орын жоқ")
    #expect(SaveFailure.words(full, .ru) == "не хватает места для нового содержимого (1 710 Б): на диске нет места")
    #expect(SaveFailure.words(full, .en) == "not enough room for the new content (1,710 B): No space left on device")
    let temp = SaveReason.write(path: "r.json", step: .createTemporary(folder: "/srv/жол"), system: SystemError(EACCES))
    #expect(SaveFailure.words(temp, .kk) == "/srv/жол қалтасында уақытша файл жасалмады: рұқсат жоқ")
    let history = SaveReason.history(path: "r.history.jsonl", step: .symbolicLink, system: nil)
    #expect(SaveFailure.words(history, .ru)
      == "история изменений (r.history.jsonl) не записана: это символическая ссылка, запись через неё не выполняется")
    let kept = SaveReason.completeKept(.write(path: "r.json", step: .write, system: SystemError(EIO)), complete: ".r.json.complete-1")
    #expect(SaveFailure.words(kept, .kk).hasPrefix("жазу мүмкін болмады: дискіні оқу не жазу қатесі; толық жаңа мазмұн .r.json.complete-1 файлында сақталды"))
    // The model's English sentence is unchanged for logs and tests.
    #expect(SaveError(full).message == "cannot save r.json: not enough room for the new content (1710 bytes): No space left on device")
  }

  @Test func aRoadmapThatIsNotValidOnDiskNamesTheProblemsPlace() {
    let p = Problem(file: "r.json", location: SourceLocation(line: 3, column: 7), path: "directions[0].id", id: "d1",
      message: "\"id\" must be a non-empty string, found 5")
    let reason = SaveReason.invalidOnDisk(path: "r.json", RoadmapLoadError(problems: [p]))
    #expect(SaveFailure.words(reason, .kk).hasPrefix("r.json дискіде қазір жарамды жол картасы емес, үстінен ештеңе жазылмады: r.json:3:7: қате: directions[0].id (id \"d1\"): "))
    #expect(SaveFailure.words(reason, .ru).contains("r.json:3:7: ошибка: directions[0].id (id \"d1\"): "))
  }

  @Test func editsThatDoNotApplyNameTheIdAndTheField() {
    #expect(EditFailure.words(.unknownID("d1.roads.6"), .kk) == "жол картасында «d1.roads.6» коды жоқ")
    #expect(EditFailure.words(.noSuchField(id: "d1", field: .status), .ru) == "у «d1» нет поля status")
    let plan = EditError.invalidValue(field: .plan, reason: .outOfDomain(.plan, found: "-5"))
    #expect(EditFailure.words(plan, .kk)
      == "plan өрісінің мәні жарамсыз: 0-ден үлкен сан болуы керек (жоспар жоқ болса, \"plan\" алынып тасталады), берілгені: -5")
    #expect(EditFailure.words(plan, .en) == plan.description)
    #expect(EditFailure.words(.invalidValue(field: .entry, reason: .idTaken("d1.x.01")), .ru)
      == "недопустимое значение поля entry: код «d1.x.01» уже занят")
  }

  @Test func everyFailureTextInEveryLanguage() {
    for language in Language.allCases {
      for key in FailureText.allCases {
        #expect(!(Catalogue.failureTable(language)[key] ?? "").isEmpty, "\(key) \(language)")
      }
    }
  }
}

/// Key names as the keyboards of each language print them.
@Suite struct KeyNameTests {
  @Test func controlAndShiftAreSpelledOutInKazakhAndRussian() {
    #expect(KeyNames.shown("^R", .kk) == "Ctrl+R")
    #expect(KeyNames.shown("PgUp/^B", .ru) == "PgUp/Ctrl+B")
    #expect(KeyNames.shown("S-Tab", .kk) == "Shift+Tab")
    #expect(KeyNames.shown("Space", .kk) == "Бос орын")
    #expect(KeyNames.shown("Space", .ru) == "Пробел")
    #expect(KeyNames.shown("/", .ru) == "/")
    #expect(KeyNames.shown("?/Esc/q", .kk) == "?/Esc/q")
    // English keeps the key table's names, as `jolkarta keys --lang en` prints them.
    #expect(KeyNames.shown("^R", .en) == "^R")
    #expect(KeyNames.shown("S-Tab", .en) == "S-Tab")
  }

  @Test func theHelpShowsThem() throws {
    var d = try regionDashboard(language: .ru)
    d.press(.character("?"))
    let help = d.grid().plainText
    #expect(help.contains("Ctrl+L") && !help.contains("^L"))
  }
}

/// A roadmap file's problems in each language, their places kept. Expectations written
/// by hand.
@Suite struct ProblemWordsTests {
  @Test func theFrameAndTheProblemInEachLanguage() {
    let p = Problem(
      file: "r.json", location: SourceLocation(line: 12, column: 5),
      path: "directions[0].projects[1].activities[2].status", id: "d1.roads.03", .invalidStatus(found: "\"finished\""))
    #expect(ProblemWords.line(p, .en) == p.description)
    #expect(ProblemWords.line(p, .kk) == "r.json:12:5: қате: directions[0].projects[1].activities[2].status (id \"d1.roads.03\"): "
      + "\"finished\" мәртебесі жарамсыз; рұқсат етілгені: \"done\", \"in_progress\", \"pending\"")
    #expect(ProblemWords.line(p, .ru) == "r.json:12:5: ошибка: directions[0].projects[1].activities[2].status (id \"d1.roads.03\"): "
      + "недопустимый статус \"finished\"; допустимы: \"done\", \"in_progress\", \"pending\"")
    let late = Problem(severity: .warning, file: "r.json", path: "a.due", id: "x", .dueOutsidePeriod(due: "2029-09-30", start: 2023, end: 2027))
    #expect(ProblemWords.line(late, .kk) == "r.json: ескерту: a.due (id \"x\"): 2029-09-30 мерзімі бағдарлама кезеңінен (2023–2027) тыс")
    #expect(ProblemWords.line(late, .ru) == "r.json: предупреждение: a.due (id \"x\"): срок 2029-09-30 вне периода программы 2023–2027")
  }

  /// Each kind of problem has its own words in Kazakh and Russian, never the English.
  @Test func noProblemStaysInEnglish() {
    let all: [ProblemText] = [
      .requiredMissing(field: "id"), .idNotString(found: "5"), .duplicateID("a", firstPath: "p", firstLocation: "1:2"),
      .translationNotString(found: "5", language: "kk"), .notText(found: "5"), .notPluralText(found: "5"),
      .translationWithoutLanguage(found: "5"), .translationNotForms(found: "5", language: "ru"),
      .unknownPluralForm(found: "\"x\"", allowed: "\"one\""), .pluralFormNotString(found: "5", form: "one"),
      .notFiniteNumber(found: "\"x\""), .outOfDomain(.actual, found: "-1"), .outOfDomain(.plan, found: "0"),
      .notADate(found: "\"x\""), .notAYear(found: "0"), .notAnObject(what: "a", found: "5"), .wrongFormat(found: "\"x\""),
      .unsupportedVersion(found: "9", versions: [1, 2]), .notTexts(found: "5"),
      .dueOutsidePeriod(due: "2030-01-01", start: 2023, end: 2027), .invalidStatus(found: "\"x\""), .notAnArray(found: "5"),
      .startAfterEnd(start: 2027, end: 2023), .noSuchFile, .cannotReadPermission, .isFolder, .cannotOpen(system: SystemError(EIO)),
      .cannotRead(system: SystemError(EIO)), .malformedJSON(detail: "d"), .loadingCancelled, .structureNotReadable,
    ]
    for t in all {
      for l in [Language.kk, .ru] {
        let w = ProblemTexts.words(t, l)
        #expect(w != t.english && !w.isEmpty, "\(t) \(l)")
        #expect(w.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(t) \(l): \(w)")
      }
    }
  }
}
