import Foundation
import RoadmapKit

/// The columns of a roadmap table the import knows.
public enum ImportColumn: String, CaseIterable, Sendable, Hashable {
  /// №: the activity's number in the table.
  case number
  /// The activity's id (an export's first column).
  case id
  /// The direction the row belongs to (a table with directions as a column).
  case direction
  /// The project the row belongs to.
  case project
  /// What is to be done: the activity's title.
  case activity
  /// The form of completion (Аяқтау нысаны / Форма завершения).
  case form
  /// The due date.
  case due
  /// The responsible agencies.
  case owner
  /// The status, or the progress in words or percent.
  case status
  /// A note.
  case note
}

/// Every word the import recognises, in one place: headers, statuses, months, quarters.
///
/// Words are written as people write them and folded (`Folding.fold`) before matching, so
/// case, spaces, punctuation and the Kazakh letters typed on a Russian keyboard do not
/// matter. The interface's own words for the columns and statuses (the catalogue's, in
/// kk, ru and en: what `export` writes) are added by the caller through `adding`.
public struct Vocabulary: Sendable {
  /// Header words of each column.
  public var headers: [ImportColumn: [String]]
  /// Status words of each status.
  public var statuses: [Status: [String]]
  /// Headers of columns that are read by no one though they hold a known word: «Мерзімі
  /// өткен» (overdue, which an export writes) holds «мерзімі» (due).
  public var ignoredHeaders: [String] = ["мерзімі өткен", "просрочено", "overdue", "мерзімі өтті"]

  /// The words akimats' tables use.
  public static let standard = Vocabulary(
    headers: [
      .number: ["№", "n", "no", "#", "№ п/п", "р/с", "р/н", "п/п", "nn", "№№"],
      .id: ["id", "код", "коды", "идентификатор"],
      .direction: ["бағыт", "бағыты", "басым бағыт", "направление", "приоритетное направление", "direction"],
      .project: ["жоба", "жобасы", "жоба атауы", "проект", "наименование проекта", "project"],
      .activity: [
        "іс-шара", "іс-шаралар", "іс-шараның атауы", "іс шаралар атауы", "атауы", "мероприятие",
        "мероприятия", "наименование", "наименование мероприятия", "title", "activity",
      ],
      .form: ["аяқтау нысаны", "аяқталу нысаны", "форма завершения", "form of completion"],
      .due: [
        "мерзімі", "орындау мерзімі", "орындалу мерзімі", "аяқтау мерзімі", "срок", "сроки",
        "срок исполнения", "срок завершения", "срок выполнения", "due", "deadline",
      ],
      .owner: [
        "жауаптылар", "жауапты", "жауапты орындаушылар", "жауапты орындаушы", "жауапты орган",
        "ответственные", "ответственный", "ответственные исполнители", "ответственный исполнитель",
        "ответственный орган", "исполнитель", "owner", "responsible",
      ],
      .status: [
        "орындалу барысы", "орындалуы", "орындалу", "мәртебесі", "мәртебе", "ход исполнения",
        "ход выполнения", "исполнение", "статус", "status", "progress",
      ],
      .note: ["ескертпе", "ескерту", "примечание", "комментарий", "note"],
    ],
    statuses: [
      .done: [
        "орындалды", "орындалған", "іске асырылды", "аяқталды", "исполнено", "выполнено",
        "завершено", "реализовано", "done", "completed",
      ],
      .inProgress: [
        "орындалуда", "орындалу үстінде", "іске асырылуда", "жүргізілуде", "ішінара орындалды",
        "в работе", "в процессе", "исполняется", "выполняется", "частично исполнено",
        "на исполнении", "in progress", "in_progress",
      ],
      .pending: [
        "басталмаған", "басталған жоқ", "орындалмады", "орындалмаған", "не начато",
        "не исполнено", "не выполнено", "не начат", "pending", "not started",
      ],
    ])

  /// This vocabulary with more words (the catalogue's, for instance).
  public func adding(
    headers more: [ImportColumn: [String]], statuses moreStatuses: [Status: [String]], ignoring: [String] = []
  ) -> Vocabulary {
    var v = self
    v.ignoredHeaders += ignoring
    for (k, words) in more { v.headers[k, default: []] += words }
    for (k, words) in moreStatuses { v.statuses[k, default: []] += words }
    return v
  }

  /// The column a header cell names, nil for none: the longest header word it equals or
  /// holds (words of three letters or fewer must be the whole cell: `no` is not in «Note»).
  public func column(forHeader cell: String) -> ImportColumn? {
    let folded = Folding.fold(cell)
    guard !folded.isEmpty else {
      // «№» alone folds to nothing: it is no letter.
      return cell.contains("№") || cell.trimmingCharacters(in: .whitespaces) == "#" ? .number : nil
    }
    var best: (ImportColumn, Int)?
    for (column, words) in headers {
      for word in words {
        let w = Folding.fold(word)
        guard !w.isEmpty else { continue }
        let hit = w.count <= 3 ? folded == w : folded.contains(w)
        if hit, w.count > best?.1 ?? 0 { best = (column, w.count) }
      }
    }
    // A header that is an ignored one, or holds one longer than the best word, is none.
    for word in ignoredHeaders {
      let w = Folding.fold(word)
      if !w.isEmpty, folded.contains(w), w.count >= best?.1 ?? 0 { return nil }
    }
    return best?.0
  }

  /// The status a cell says, and whether words follow it (a progress report to keep as a
  /// note): the longest status word the folded text starts with, or a percentage.
  public func status(_ cell: String) -> (Status, hasMore: Bool)? {
    let words = Folding.foldWords(cell)
    guard !words.isEmpty else { return nil }
    let joined = words.joined(separator: " ")
    var best: (Status, Int)?
    for (status, list) in statuses {
      for word in list {
        let w = Folding.foldWords(word).joined(separator: " ")
        guard !w.isEmpty, joined == w || joined.hasPrefix(w + " ") else { continue }
        if w.count > best?.1 ?? 0 { best = (status, w.count) }
      }
    }
    if let (status, length) = best { return (status, joined.count > length) }
    if let (percent, rest) = Self.percent(cell) {
      let more = rest.contains { $0.isLetter || $0.isNumber }
      return (percent >= 100 ? .done : percent <= 0 ? .pending : .inProgress, more)
    }
    return nil
  }

  /// A cell that starts with a percentage (`100%`, `45 %`, `45,5%`): the number and what
  /// follows; nil otherwise.
  static func percent(_ cell: String) -> (Double, Substring)? {
    let t = cell.drop { $0.isWhitespace }
    let digits = t.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
    let after = t.dropFirst(digits.count).drop { $0 == " " || $0 == "\u{00A0}" }
    guard !digits.isEmpty, after.first == "%",
      let n = Double(digits.replacingOccurrences(of: ",", with: "."))
    else { return nil }
    return (n, after.dropFirst())
  }
}
