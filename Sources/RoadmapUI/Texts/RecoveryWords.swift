import RoadmapKit

/// The notes of the recovery of an interrupted save (`RecoveryNote`), in the interface
/// language, as the command line prints them when it opens a roadmap.
public enum RecoveryWords {
  /// `note` in `language`; the system's reason in the same language (`SystemWords`).
  public static func said(_ note: RecoveryNote, _ language: Language) -> String {
    let file = note.file, copy = note.copy
    switch (note.outcome, language) {
    case (_, .en): return note.description
    case (.finished, .kk): return "\(file): үзілген сақтау \(copy) көшірмесінен аяқталды"
    case (.finished, .ru): return "\(file): прерванное сохранение завершено из копии \(copy)"
    case (.changedSince, .kk):
      return "\(file) үзілген сақтаудан кейін өзгертілген: файл сол күйінде қалды, \(copy) көшірмесі жойылды"
    case (.changedSince, .ru):
      return "\(file) изменён после прерванного сохранения: оставлен как есть, копия \(copy) удалена"
    case (.notFinished(let reason), .kk):
      let why = reason.map { " (\(SystemWords.words($0, .kk)))" } ?? ""
      return "\(file): үзілген сақтауды аяқтау мүмкін болмады\(why); \(copy) көшірмесі қалдырылды"
    case (.notFinished(let reason), .ru):
      let why = reason.map { " (\(SystemWords.words($0, .ru)))" } ?? ""
      return "\(file): не удалось завершить прерванное сохранение\(why); копия \(copy) оставлена"
    }
  }
}
