import RoadmapKit

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
///
/// A template's `{}` is a text argument; `{n}` is a count, and a message with one is
/// built only through `counted`, which picks the template for the count's plural
/// category (CLDR: Russian one / few / many, English one / other; Kazakh writes one form
/// after every number) and writes the count as the language groups digits.
public enum Catalogue {
  /// One message of a language: a template, or one template per plural category.
  public enum Entry: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The same template whatever the count.
    case text(String)
    /// A template per plural category; a category left out takes `other`, then `many`.
    case forms([PluralCategory: String])

    /// A template without forms.
    public init(stringLiteral value: String) { self = .text(value) }

    /// Russian forms: after 1 and 21 (one), 2–4 and 22 (few), 0, 5–20 and 25 (many).
    static func ru(one: String, few: String, many: String) -> Entry {
      .forms([.one: one, .few: few, .many: many])
    }

    /// English forms: after 1 (one), after every other count (other).
    static func en(one: String, other: String) -> Entry {
      .forms([.one: one, .other: other])
    }

    /// The template for a count in `category`.
    public func template(_ category: PluralCategory) -> String {
      switch self {
      case .text(let s): return s
      case .forms(let f):
        if let t = f[category] ?? f[.other] ?? f[.many] { return t }
        return PluralCategory.allCases.lazy.compactMap { f[$0] }.first ?? ""
      }
    }

    /// Every template of the entry.
    public var templates: [String] {
      switch self {
      case .text(let s): return [s]
      case .forms(let f): return PluralCategory.allCases.compactMap { f[$0] }
      }
    }

    /// Whether a template has a `{n}`: the message counts something.
    public var isCounted: Bool { templates.contains { $0.contains("{n}") } }
  }

  /// The entries of one language.
  public static func entries(_ language: Language) -> [Message: Entry] {
    switch language {
    case .kk: return kazakh
    case .ru: return russian
    case .en: return english
    }
  }

  /// The table of one language, one template a message (a counted one's for 5).
  public static func table(_ language: Language) -> [Message: String] {
    let five = PluralCategory.of(count: 5, language: language.rawValue)
    return entries(language).mapValues { $0.template(five) }
  }

  /// The text of `message` in `language`, with each `{}` replaced by the next argument.
  public static func text(_ message: Message, _ language: Language, _ arguments: String...) -> String {
    format(message, language, arguments)
  }

  /// The text of `message` with each `{}` replaced by the next of `arguments`.
  ///
  /// Arguments are inserted once, left to right, so a `{}` inside a title from the file is
  /// shown as written and never filled in. A counted message belongs to `counted`; given
  /// here, its `{n}` takes an argument like a `{}` and the form for many is used (a test
  /// finds such calls in the sources).
  public static func format(_ message: Message, _ language: Language, _ arguments: [String]) -> String {
    guard let entry = entries(language)[message] else { return message.rawValue }
    let template = entry.template(PluralCategory.of(count: 5, language: language.rawValue))
    return fill(template, count: nil, arguments)
  }

  /// The text of a message that counts something: the template for `count`'s plural
  /// category in `language`, its `{n}` the count, each `{}` the next of `arguments`.
  public static func counted(_ message: Message, _ count: Int, _ language: Language, _ arguments: String...) -> String {
    counted(message, count, language, arguments)
  }

  /// `counted` with the arguments in an array.
  public static func counted(_ message: Message, _ count: Int, _ language: Language, _ arguments: [String]) -> String {
    guard let entry = entries(language)[message] else { return message.rawValue }
    let template = entry.template(PluralCategory.of(count: count, language: language.rawValue))
    return fill(template, count: Formatting.count(count, language), arguments)
  }

  /// Fills `{n}` with `count` (or, without one, the next argument) and each `{}` with the
  /// next argument, left to right, each once.
  static func fill(_ template: String, count: String?, _ arguments: [String]) -> String {
    guard !arguments.isEmpty || count != nil else { return template }
    var out = ""
    var rest = Substring(template)
    var args = arguments[...]
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      if after.hasPrefix("}"), let a = args.popFirst() {
        out += rest[..<open]
        out += a
        rest = after.dropFirst()
      } else if after.hasPrefix("n}"), let n = count ?? args.popFirst() {
        out += rest[..<open]
        out += n
        rest = after.dropFirst(2)
      } else {
        out += rest[...open]
        rest = after
      }
    }
    return out + rest
  }
}
