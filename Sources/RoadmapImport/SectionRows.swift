import Foundation

/// Rows between the activities that head a direction or a project.
///
/// Akimats write them as one merged row across the table, or as a row with only its
/// first cells filled: «1. Өмір сапасын арттыру», «I. Кірістерді арттыру», «Бағыт 2.
/// …», «1.1. «Ауыл аманаты» жобасы», «Проект «Ауыл аманаты»». A numbered row of one level
/// (`1.`, `I.`) or one naming a direction is a direction; two levels (`1.1.`), a
/// project's word or a title in «» is a project; any other heads a direction when none
/// is open yet, else a project.
enum SectionRows {
  /// Which a heading row is.
  enum Level: Equatable {
    case direction
    case project
    /// Not said by the row: the builder decides by what is open.
    case either
  }

  /// A heading's level and its title with the numbering and the project's word taken off.
  static func heading(_ text: String) -> (Level, String) {
    var t = Substring(text.trimmingCharacters(in: .whitespaces))
    var level = Level.either
    let numbering = t.prefix { $0.isASCII && ($0.isNumber || $0 == ".") || $0 == ")" }
    let levels = numbering.split(separator: ".").filter { !$0.isEmpty }.count
    if !numbering.isEmpty, numbering.contains(where: \.isNumber),
      numbering.last == "." || numbering.last == ")" || t.dropFirst(numbering.count).first == " "
    {
      level = levels >= 2 ? .project : .direction
      t = t.dropFirst(numbering.count)
    } else if let roman = romanPrefix(t) {
      level = .direction
      t = t.dropFirst(roman)
    }
    t = t.drop { $0 == " " || $0 == "." || $0 == ")" }
    let words = Folding.foldWords(t)
    if let first = words.first, ["багыт", "направление"].contains(first) {
      // «Бағыт 2. Кірістерді арттыру», «Направление 2: …»
      level = .direction
      t = t.drop { !$0.isWhitespace }.drop { $0 == " " || $0.isNumber || $0 == "." || $0 == ":" || $0 == ")" }
    }
    if let first = words.first, let last = words.last,
      projectWords.contains(first) || projectWords.contains(last) || t.hasPrefix("«") || t.hasPrefix("\"")
    {
      if level != .direction || levels >= 2 { level = .project }
      t = Substring(projectName(String(t)))
    }
    let title = t.trimmingCharacters(in: CharacterSet(charactersIn: " :;—–-"))
    return (level, title.isEmpty ? text : title)
  }

  /// «Ауыл аманаты» from «"Ауыл аманаты" жобасы», «Проект «Ауыл аманаты»», «Ауыл аманаты
  /// жобасы»; the text itself when it has none of those.
  static func projectName(_ text: String) -> String {
    var t = text
    for word in ["жобасы", "жоба", "проекта", "проект"] {
      if t.lowercased().hasPrefix(word + " ") { t = String(t.dropFirst(word.count + 1)) }
      if t.lowercased().hasSuffix(" " + word) { t = String(t.dropLast(word.count + 1)) }
    }
    t = t.trimmingCharacters(in: .whitespaces)
    if let open = t.first, let close = t.last, t.count > 2,
      (open == "«" && close == "»") || (open == "\"" && close == "\"") || (open == "“" && close == "”"),
      !t.dropFirst().dropLast().contains(close)
    {
      t = String(t.dropFirst().dropLast())
    }
    return t
  }

  static let projectWords: Set<String> = ["жоба", "жобасы", "проект", "проекта", "жобалар"]

  /// The length of a leading Roman numeral I–XX followed by `.` or `)`; nil otherwise.
  static func romanPrefix(_ t: Substring) -> Int? {
    let letters = t.prefix { "IVXІ".contains($0) }
    guard !letters.isEmpty, letters.count <= 5 else { return nil }
    let next = t.dropFirst(letters.count).first
    guard next == "." || next == ")" else { return nil }
    return letters.count + 1
  }
}
