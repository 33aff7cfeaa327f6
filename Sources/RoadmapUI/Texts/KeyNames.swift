import Foundation

/// Key names as the help, the footer and the status line show them in each language.
///
/// The key table names keys the terminal way (`^R`, `S-Tab`, `Space`), which is what
/// `jolkarta keys --lang en` and the English screens keep. A Kazakh or Russian reader
/// knows the keys by what their caps say: Ctrl, Shift, Tab, Enter, Esc are printed in
/// Latin on every keyboard sold there, so `^R` is shown `Ctrl+R` and `S-Tab`
/// `Shift+Tab`; the space bar has no print and is named in the language (Бос орын,
/// Пробел).
enum KeyNames {
  /// `label` (one key name, or several joined by `/`) as `language` shows it.
  static func shown(_ label: String, _ language: Language) -> String {
    guard language != .en else { return label }
    // Split on "/" between names; a lone "/" is the key itself.
    guard label != "/" else { return label }
    return label.split(separator: "/", omittingEmptySubsequences: false).map { name in
      shown(name: String(name), language)
    }.joined(separator: "/")
  }

  /// One key's name.
  static func shown(name: String, _ language: Language) -> String {
    if name.count == 2, name.first == "^", let letter = name.last, letter.isLetter {
      return "Ctrl+" + String(letter)
    }
    switch name {
    case "S-Tab": return "Shift+Tab"
    case "Space": return Catalogue.text(.keySpace, language)
    default: return name
    }
  }
}
