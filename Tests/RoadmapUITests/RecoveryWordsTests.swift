import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The recovery's notes (an interrupted save finished, dropped or left) in each
/// language, the system's reason in the same language; the sentences written here.
@Suite struct RecoveryWordsTests {
  static let file = "data/roadmap.json", copy = ".roadmap.json.new-41-7-ab12"

  @Test func aFinishedSaveInEachLanguage() {
    let note = RecoveryNote(file: Self.file, copy: Self.copy, outcome: .finished)
    #expect(RecoveryWords.said(note, .kk) == "data/roadmap.json: үзілген сақтау .roadmap.json.new-41-7-ab12 көшірмесінен аяқталды")
    #expect(RecoveryWords.said(note, .ru) == "data/roadmap.json: прерванное сохранение завершено из копии .roadmap.json.new-41-7-ab12")
    #expect(RecoveryWords.said(note, .en) == "data/roadmap.json: an interrupted save was finished from .roadmap.json.new-41-7-ab12")
  }

  @Test func aSaveThatCouldNotBeFinishedNamesTheReasonInTheLanguage() {
    let note = RecoveryNote(file: Self.file, copy: Self.copy, outcome: .notFinished(reason: SystemError(ENOSPC)))
    let kk = RecoveryWords.said(note, .kk), ru = RecoveryWords.said(note, .ru)
    #expect(kk.contains("(дискіде бос орын жоқ)") && kk.hasSuffix("көшірмесі қалдырылды"), "\(kk)")
    #expect(ru.contains("(на диске нет места)") && ru.hasSuffix("оставлена"), "\(ru)")
    // No English left in Kazakh or Russian: the C library's sentence is not in them.
    for said in [kk, ru] {
      #expect(!said.contains("space") && !said.contains("interrupted"), "\(said)")
    }
    #expect(RecoveryWords.said(note, .en).contains("No space left on device"))
  }

  @Test func aFileChangedSinceInEachLanguage() {
    let note = RecoveryNote(file: Self.file, copy: Self.copy, outcome: .changedSince)
    #expect(RecoveryWords.said(note, .kk).contains("үзілген сақтаудан кейін өзгертілген"))
    #expect(RecoveryWords.said(note, .ru).contains("изменён после прерванного сохранения"))
    #expect(RecoveryWords.said(note, .en).contains("was changed after an interrupted save"))
  }
}
