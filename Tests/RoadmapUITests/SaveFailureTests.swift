import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Why a save failed, in the interface language: jolkarta's own reasons translated, the
/// system's words kept, the model's English frame ("cannot save:") never shown.
@Suite struct SaveFailureTests {
  @Test func aReadOnlyFileAsTheModelSaysIt() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jolkarta-savefailure-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("roadmap.json").path
    try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
    #expect(chmod(path, 0o444) == 0)
    // The model's own message, as a save and as the dashboard's read-only badge get it.
    let reason = try #require(RoadmapStore.readOnlyReason(path))
    let failure = "cannot save: \(reason); nothing was written"
    #expect(SaveFailure.words(failure, .kk) == "\(path) тек оқуға арналған (режимі 0444)")
    #expect(SaveFailure.words(failure, .ru) == "\(path) только для чтения (режим 0444)")
    #expect(SaveFailure.words(failure, .en) == "\(path) is read-only (mode 0444)")
    let notice = Notice(.saveFailed, [failure], kind: .error)
    #expect(notice.text(.kk) == "Сақталмады (өзгерістер жадта): \(path) тек оқуға арналған (режимі 0444)")
    #expect(Notice(.openedReadOnly, [reason]).text(.ru) == "только чтение: \(path) только для чтения (режим 0444)")
  }

  @Test func theModelsOtherReasons() {
    let changed = "data/roadmap.json was changed on disk since it was read; nothing was written. Reload it and try again."
    #expect(SaveFailure.words(changed, .kk)
      == "data/roadmap.json оқылғаннан кейін дискіде өзгерді; қайта жүктеп, қайталаңыз")
    let busy = "r.json kept being changed by another program while saving (5 tries); nothing was written. Try again."
    #expect(SaveFailure.words(busy, .ru) == "r.json всё время менялся другой программой во время сохранения; повторите")
    let lock = "cannot save r.json: cannot lock: Resource temporarily unavailable"
    #expect(SaveFailure.words(lock, .kk) == "құлыптау мүмкін болмады: Resource temporarily unavailable")
    #expect(SaveFailure.words("cannot save r.json: r.json is on a read-only file system", .ru)
      == "r.json на файловой системе только для чтения")
  }

  @Test func theSystemsWordsAreKeptAndTheFrameDropped() {
    #expect(SaveFailure.words("cannot save: Permission denied\nmore", .kk) == "Permission denied")
    #expect(SaveFailure.words("cannot save r.json: cannot write: No space left on device", .ru)
      == "cannot write: No space left on device")
    #expect(SaveFailure.words("disk full", .en) == "disk full")
    // The status line's frame is the catalogue's, in every language.
    for (l, frame) in [(Language.kk, "Сақталмады (өзгерістер жадта): "), (.ru, "Не сохранено (изменения в памяти): "),
      (.en, "Not saved (kept in memory): ")]
    {
      #expect(Notice(.saveFailed, ["cannot save: Permission denied"]).text(l) == frame + "Permission denied")
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
