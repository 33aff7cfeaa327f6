import RoadmapKit
import RoadmapSync
import RoadmapUI

/// The words of `jolkarta sync`, `git setup`, `git init` and the merge driver.
enum SyncText {
  static var noGit: String {
    Said(
      kk: "jolkarta: git бағдарламасы табылмады (PATH ішінде жоқ). Орнатыңыз: sudo apt-get install -y git",
      ru: "jolkarta: программа git не найдена (нет в PATH). Установите: sudo apt-get install -y git",
      en: "jolkarta: the git program was not found on PATH. Install it: sudo apt-get install -y git"
    ).text
  }

  static func notARepository(_ file: String) -> String {
    Said(
      kk: "jolkarta: \(file) git репозиторийінде емес. Бастау: jolkarta git init --remote URL \(file)",
      ru: "jolkarta: \(file) не в репозитории git. Начать: jolkarta git init --remote URL \(file)",
      en: "jolkarta: \(file) is not in a git repository. Start one: jolkarta git init --remote URL \(file)"
    ).text
  }

  static func alreadyARepository(_ file: String) -> String {
    Said(
      kk: "jolkarta: \(file) git репозиторийінде тұр; онда jolkarta git setup \(file) іске қосыңыз",
      ru: "jolkarta: \(file) уже в репозитории git; выполните там jolkarta git setup \(file)",
      en: "jolkarta: \(file) is already in a git repository; run jolkarta git setup \(file) there"
    ).text
  }

  /// What `git setup DIR` did, or that all was there.
  static func setupFolder(_ did: [SetupStep], folder: String) -> String {
    guard !did.isEmpty else {
      let where_ = folder.isEmpty ? "*.json" : folder + "/*.json"
      return Said(
        kk: "Бәрі орнында: \(where_) jolkarta арқылы біріктіріледі.",
        ru: "Всё уже на месте: \(where_) сливаются через jolkarta.",
        en: "Already set up: \(where_) are merged by jolkarta.").text
    }
    return lines(did)
  }

  static func setup(_ did: [SetupStep], repo: RoadmapRepository) -> String {
    guard !did.isEmpty else {
      return Said(
        kk: "Бәрі орнында: \(repo.roadmapInRepo) jolkarta арқылы біріктіріледі.",
        ru: "Всё уже на месте: \(repo.roadmapInRepo) сливается через jolkarta.",
        en: "Already set up: \(repo.roadmapInRepo) is merged by jolkarta.").text
    }
    return lines(did)
  }

  /// Each thing a setup did, one a line.
  static func lines(_ did: [SetupStep]) -> String {
    did.map { step in
      switch step {
      case .config(let key):
        return Said(kk: "git config: \(key) орнатылды", ru: "git config: задан \(key)", en: "git config: set \(key)").text
      case .attributes(let lines):
        return Said(kk: ".gitattributes: қосылды ", ru: ".gitattributes: добавлено ", en: ".gitattributes: added ").text
          + lines.joined(separator: "; ")
      case .excluded(let line):
        return Said(kk: ".git/info/exclude: қосылды ", ru: ".git/info/exclude: добавлено ", en: ".git/info/exclude: added ").text + line
      }
    }.joined(separator: "\n")
  }

  static func started(_ repo: RoadmapRepository, remote: String) -> String {
    Said(
      kk: "git репозиторийі басталды: \(repo.top), қашықтағы репозиторий origin = \(remote)",
      ru: "Репозиторий git создан: \(repo.top), удалённый origin = \(remote)",
      en: "Started a git repository: \(repo.top), remote origin = \(remote)").text
  }

  /// A count and its word by the language's plural rule (CLDR), the count written as the
  /// language groups digits: Kazakh one form, Russian one / few / many, English one / other.
  static func count(_ n: Int, kk: String, ru: (String, String, String), en: (String, String)) -> String {
    let language = CLILanguage.current
    let category = PluralCategory.of(count: n, language: language.rawValue)
    let word: String
    switch language {
    case .kk: word = kk
    case .ru: word = category == .one ? ru.0 : category == .few ? ru.1 : ru.2
    case .en: word = category == .one ? en.0 : en.1
    }
    return Formatting.count(n, language) + " " + word
  }

  static func changes(_ n: Int) -> String {
    count(n, kk: "өзгеріс", ru: ("изменение", "изменения", "изменений"), en: ("change", "changes"))
  }

  static func commits(_ n: Int) -> String {
    count(n, kk: "коммит", ru: ("коммит", "коммита", "коммитов"), en: ("commit", "commits"))
  }

  static func fields(_ n: Int) -> String {
    count(n, kk: "өріс", ru: ("поле", "поля", "полей"), en: ("field", "fields"))
  }

  /// What a sync did, then each conflict waiting, one a line.
  static func report(_ r: SyncReport) -> String {
    var lines: [String] = []
    let c = r.committedChanges, pulled = r.pulledCommits, pushed = r.pushedCommits
    switch r.state {
    case .inSync:
      lines.append(Said(
        kk: "Синхрондалды: \(changes(c)) жіберілді, басқалардан \(commits(pulled)) алынды, \(commits(pushed)) жіберілді.",
        ru: "Синхронизировано: записано \(changes(c)), получено \(commits(pulled)), отправлено \(commits(pushed)).",
        en: "In sync: \(changes(c)) committed, \(commits(pulled)) merged in, \(commits(pushed)) pushed.").text)
    case .conflicts:
      let n = fields(r.conflicts.count)
      lines.append(Said(
        kk: "Біріктірілді, бірақ \(n) мұнда және онда әртүрлі өзгертілген; файлда біздікі қалды, jolkarta сұрайды:",
        ru: "Слито, но здесь и там по-разному изменено: \(n); в файле оставлено наше, jolkarta спросит:",
        en: "Merged, but \(n) changed differently here and there; the file keeps ours, jolkarta will ask:").text)
    case .offline(let failure):
      let w = commits(r.waitingCommits)
      let why = SyncFailureWords.said(failure, CLILanguage.current)
      lines.append(Said(
        kk: "Желі жоқ: \(why). Өзгерістер осында сақталды (\(w) күтуде), келесі sync жібереді.",
        ru: "Нет связи: \(why). Изменения сохранены здесь (ожидают отправки: \(w)), уйдут со следующим sync.",
        en: "Offline: \(why). The changes are committed here (\(w) waiting) and go with the next sync.").text)
    case .noRemote:
      lines.append(Said(
        kk: "Қашықтағы репозиторий жоқ (origin): \(changes(c)) осында сақталды.",
        ru: "Нет удалённого репозитория (origin): записано здесь \(changes(c)).",
        en: "No remote (origin): \(changes(c)) committed here.").text)
    }
    lines += r.conflicts.map { "  " + conflict($0) }
    return lines.joined(separator: "\n")
  }

  /// One conflict: "d1.schools.07 status: here done, there in progress", the field and
  /// its values in the command line's words (a status as a word, not its code).
  static func conflict(_ c: MergeConflict) -> String {
    let language = CLILanguage.current.rawValue
    func shown(_ j: JSON?) -> String {
      guard let j else { return "—" }
      if let f = c.editField, case .some(.some(let v)) = FieldValue.read(j, of: f) { return ChangeText.shown(v, language) }
      if let s = j.stringValue { return s }
      return String(decoding: JSONWriter.compactBytes(j), as: UTF8.self)
    }
    let thing = c.id.isEmpty ? Said(kk: "жол картасы", ru: "дорожная карта", en: "roadmap").text : c.id
    let what = thing + " " + (c.editField.map(CLIWords.field) ?? c.field)
    let sides = Said(
      kk: "мұнда \(shown(c.ours)), онда \(shown(c.theirs))", ru: "здесь \(shown(c.ours)), там \(shown(c.theirs))",
      en: "here \(shown(c.ours)), there \(shown(c.theirs))").text
    return what + ": " + sides + (c.reason.map { " (\($0))" } ?? "")
  }
}
