/// Text made comparable the way people type it: for matching headers and words.
///
/// Lowercase; ё as е; the Kazakh letters as the Russian keyboard's nearest (ә→а, ғ→г,
/// қ→к, ң→н, ө→о, ұ ү→у, һ→х, і→и), as the dashboard's search folds them, because a
/// header typed on a Russian keyboard («Жауаптылар» as «Жауаптылар» with а for ә) is
/// common; every character that is not a letter or digit dropped, so «Орындау
/// мерзімі:», «орындау  мерзімі» and «ОРЫНДАУ-МЕРЗІМІ» are one.
enum Folding {
  /// `text` folded, letters and digits only.
  static func fold(_ text: some StringProtocol) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "%" else {
        continue
      }
      out.append(letter(scalar))
    }
    return String(out)
  }

  /// `text` folded but with its spaces kept (runs made one): for splitting into words.
  static func foldWords(_ text: some StringProtocol) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "%" {
        current.append(letter(scalar))
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  static func letter(_ s: Unicode.Scalar) -> Unicode.Scalar {
    switch s {
    case "ё": return "е"
    case "ә": return "а"
    case "ғ": return "г"
    case "қ": return "к"
    case "ң": return "н"
    case "ө": return "о"
    case "ұ", "ү": return "у"
    case "һ": return "х"
    case "і": return "и"
    default: return s
    }
  }

  /// Whether `text` has a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і): Kazakh, else Russian.
  static func hasKazakhLetter(_ text: String) -> Bool {
    text.lowercased().unicodeScalars.contains { "әғқңөұүһі".unicodeScalars.contains($0) }
  }
}
