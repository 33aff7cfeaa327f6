import RoadmapKit

/// Why a sync through git failed or did not reach the remote (`SyncFailure`), in the
/// interface language. git's own first line is shown as git wrote it (git runs in the C
/// locale); what jolkarta says around it is in the language.
public enum SyncFailureWords {
  /// `failure` in `language`.
  public static func said(_ failure: SyncFailure, _ language: Language) -> String {
    switch (failure, language) {
    case (.git(let says), _): return "git: " + says
    case (_, .en): return failure.description
    case (.gitExited(let status), .kk): return "git \(status) кодымен аяқталды"
    case (.gitExited(let status), .ru): return "git завершился с кодом \(status)"
    case (.cannotRunGit(let program), .kk): return "\(program) іске қосылмады"
    case (.cannotRunGit(let program), .ru): return "не удалось запустить \(program)"
    case (.timedOut(let step, let seconds), .kk):
      return "git \(step) \(seconds) секундтан ұзақ жүрді, тоқтатылды"
    case (.timedOut(let step, let seconds), .ru):
      return "git \(step) работал дольше \(seconds) с и был остановлен"
    case (.lock(let reason), _): return SaveFailure.words(reason, language)
    case (.invalidRoadmap(let error), _): return LoadFailure.words(error, language)
    case (.conflictsElsewhere(let files), .kk):
      return "jolkarta біріктірмейтін файлдарда қайшылық бар: \(files.joined(separator: ", ")); біріктіру кері қайтарылды"
    case (.conflictsElsewhere(let files), .ru):
      return "конфликты в файлах, которые jolkarta не сливает: \(files.joined(separator: ", ")); слияние отменено"
    }
  }
}
