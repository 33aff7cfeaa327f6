import Foundation

/// Which form of a word goes with a number, as CLDR names the forms.
///
/// Russian writes 1 амбулатория, 2 амбулатории, 5 амбулаторий (one, few, many) and 2,5
/// амбулатории (other, the form of fractions); English 1 clinic, 2 clinics (one, other);
/// Kazakh keeps one form after every number (1 амбулатория, 5 амбулатория), so a Kazakh
/// text needs no forms at all.
public enum PluralCategory: String, CaseIterable, Sendable, Hashable {
  case zero, one, two, few, many, other

  /// The category of a number as it is shown, by CLDR's rules for `language`.
  ///
  /// `value` is the number as shown (rounded as the display rounds it) and
  /// `fractionDigits` how many decimals are shown (CLDR's operand v): "5" is 0, "5,6" is 1.
  /// The rules of `ru`, `en` and `kk` are written here; any other language has only
  /// `other`.
  public static func of(_ value: Double, fractionDigits: Int = 0, language: String) -> PluralCategory {
    guard value.isFinite else { return .other }
    let n = abs(value)
    let i = n.rounded(.towardZero)
    // Whole-number arithmetic in Double: figures may be far beyond Int (1e300).
    let mod10 = i.truncatingRemainder(dividingBy: 10)
    let mod100 = i.truncatingRemainder(dividingBy: 100)
    let whole = fractionDigits == 0
    switch language {
    case "ru":
      // one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and
      // i % 100 != 12..14; many: v = 0 and (i % 10 = 0 or 5..9, or i % 100 = 11..14).
      guard whole else { return .other }
      if mod10 == 1 && mod100 != 11 { return .one }
      if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
      return .many
    case "en":
      // one: i = 1 and v = 0.
      return i == 1 && whole ? .one : .other
    case "kk":
      // one: n = 1.
      return n == 1 ? .one : .other
    default:
      return .other
    }
  }

  /// The category of a whole count in `language`.
  public static func of(count: Int, language: String) -> PluralCategory {
    of(Double(count), language: language)
  }
}

/// A text whose translations may each carry plural forms: the kind of an indicator's
/// `unit`.
///
/// The file may write `"амбулатория"`, `{"kk": "амбулатория", "ru": "амбулаторий"}` (a
/// text, T) or, per language, an object of forms:
/// `{"kk": "амбулатория", "ru": {"one": "амбулатория", "few": "амбулатории", "many":
/// "амбулаторий"}, "en": {"one": "clinic", "other": "clinics"}}`. Displays pick the form by
/// the figure it goes with (`resolved(_:for:fractionDigits:)`).
public struct PluralText: Hashable, Sendable {
  /// One form of a word: "few" → "амбулатории".
  public struct Form: Hashable, Sendable {
    /// Which numbers it goes with.
    public var category: PluralCategory
    /// The word.
    public var text: String
    /// Makes a form.
    public init(_ category: PluralCategory, _ text: String) {
      self.category = category
      self.text = text
    }
  }

  /// What one language gives: one text for every number, or forms.
  public enum Value: Hashable, Sendable {
    /// The same text with every number.
    case text(String)
    /// Forms in file order; never empty.
    case forms([Form])
  }

  /// One language's value.
  public struct Translation: Hashable, Sendable {
    /// Language code (`kk`, `ru`, `en`), or "" for a text given as a plain string.
    public var language: String
    /// The text or its forms.
    public var value: Value
    /// Makes a translation.
    public init(language: String, value: Value) {
      self.language = language
      self.value = value
    }
  }

  /// The translations in file order.
  public private(set) var translations: [Translation]

  /// A text without plural forms.
  public init(_ text: LocalizedText) {
    translations = text.translations.map { Translation(language: $0.language, value: .text($0.text)) }
  }

  /// Translations, in this order.
  public init(translations: [Translation]) {
    self.translations = translations
  }

  /// Whether any language gives forms.
  public var hasForms: Bool {
    translations.contains { if case .forms = $0.value { return true } else { return false } }
  }

  /// Each language as one text: its plain text, or the form said without a number
  /// (`other`; else `many`; else the first written), for code that wants one string.
  public var text: LocalizedText {
    LocalizedText(translations: translations.map { t in
      switch t.value {
      case .text(let s): return .init(language: t.language, text: s)
      case .forms(let forms):
        let pick = forms.first { $0.category == .other } ?? forms.first { $0.category == .many } ?? forms[0]
        return .init(language: t.language, text: pick.text)
      }
    })
  }

  /// The translation shown for `language`: that language, else Kazakh, else the plain
  /// string, else the first one (as `LocalizedText.resolved` chooses).
  func translation(_ language: String) -> Translation? {
    translations.first { $0.language == language } ?? translations.first { $0.language == "kk" }
      ?? translations.first { $0.language == "" } ?? translations.first
  }

  /// The word that goes with `value` shown with `fractionDigits` decimals, in `language`.
  ///
  /// The form is chosen by the plural rule of the language the text is written in (a
  /// Russian unit shown in an English screen keeps Russian grammar). A missing form falls
  /// back to `other`, then `few` (Russian fractions take the form of 2–4: 2,5 метра),
  /// then the first written.
  public func resolved(_ language: String, for value: Double, fractionDigits: Int = 0) -> String {
    guard let t = translation(language) else { return "" }
    switch t.value {
    case .text(let s): return s
    case .forms(let forms):
      let category = PluralCategory.of(value, fractionDigits: fractionDigits, language: t.language)
      for wanted in [category, .other, .few] {
        if let f = forms.first(where: { $0.category == wanted }) { return f.text }
      }
      return forms[0].text
    }
  }

  /// The word as a dictionary names it, for a column heading or a label without a
  /// number: the `one` form, else the text of `text`.
  public func name(_ language: String) -> String {
    guard let t = translation(language) else { return "" }
    switch t.value {
    case .text(let s): return s
    case .forms(let forms): return forms.first { $0.category == .one }?.text ?? text.resolved(language)
    }
  }
}
