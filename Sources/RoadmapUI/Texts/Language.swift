/// An interface language: Kazakh first, as the region's roadmap is written in it.
public enum Language: String, CaseIterable, Sendable, Hashable {
  /// Kazakh, Russian, English.
  case kk, ru, en

  /// The next language in the cycle kk → ru → en → kk, for the `L` key.
  public var next: Language {
    switch self {
    case .kk: return .ru
    case .ru: return .en
    case .en: return .kk
    }
  }

  /// The language for a code such as `ru` or `ru_RU.UTF-8`; nil when not one of ours.
  public init?(code: String) {
    let prefix = code.prefix(2).lowercased()
    guard let l = Language(rawValue: prefix) else { return nil }
    self = l
  }
}

/// Every user-visible word of the interface, by language.
///
/// Views never hold literals: they ask the catalogue for a message. A test checks that
/// every message exists in every language.
public enum Catalogue {
  /// The table of one language.
  public static func table(_ language: Language) -> [Message: String] {
    switch language {
    case .kk: return kazakh
    case .ru: return russian
    case .en: return english
    }
  }

  /// The text of `message` in `language`, with each `{}` replaced by the next argument.
  public static func text(_ message: Message, _ language: Language, _ arguments: String...) -> String {
    format(message, language, arguments)
  }

  /// The text of `message` with each `{}` replaced by the next of `arguments`.
  ///
  /// Arguments are inserted once, left to right, so a `{}` inside a title from the file is
  /// shown as written and never filled in.
  public static func format(_ message: Message, _ language: Language, _ arguments: [String]) -> String {
    let template = table(language)[message] ?? message.rawValue
    guard !arguments.isEmpty else { return template }
    var out = ""
    var rest = Substring(template)
    var args = arguments[...]
    while let r = rest.range(of: "{}"), let a = args.popFirst() {
      out += rest[..<r.lowerBound]
      out += a
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
