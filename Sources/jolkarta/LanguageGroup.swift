import ArgumentParser
import Foundation
import RoadmapUI

/// `--lang`, the one option every command shares: the language of its messages, of its
/// help and of the texts it shows (and, for `set` and `add`, the translation a text sets).
///
/// Parsing it makes the command line speak it (`CLILanguage.current`), before the
/// command's own `validate()` can say anything.
struct LanguageGroup: ParsableArguments {
  @Option(help: ArgumentHelp(HelpText.langOption.said, valueName: "lang"))
  var lang: LanguageOption?

  /// The language chosen: `--lang`, else `JOLKARTA_LANG`, else the locale, else Kazakh.
  var language: Language { LanguageOption.language(lang) }

  /// `--lang` as given: nil without it (a title `add` and `set` store is then plain).
  var option: LanguageOption? { lang }

  /// The same as an option value, for what takes a language code.
  var resolved: LanguageOption { LanguageOption.resolve(lang) }

  // Without `--lang` the language stays the one `CLILanguage.prescan` chose: argument-parser
  // also decodes a command without its arguments when it builds the help.
  func validate() throws { if let lang { CLILanguage.use(lang) } }
}

extension HelpText {
  /// The text in the command line's language: what `--help` shows.
  ///
  /// Read while argument-parser builds the commands, which is after `CLILanguage.prescan`
  /// has chosen the language from the arguments, so help comes in the language asked for.
  var said: String { Catalogue.help(self, CLILanguage.current) }

  /// The same as an option's or argument's help.
  var help: ArgumentHelp { ArgumentHelp(said) }
}

extension CLILanguage {
  /// Chooses the language from `arguments` before they are parsed: the last `--lang X`
  /// or `--lang=X` before a `--`, else `JOLKARTA_LANG`, else the locale; returns the
  /// arguments to parse.
  ///
  /// Argument-parser builds the help and its own errors before any option is read, so the
  /// language they are in has to be known first; a value that is not a language is left
  /// to the parser to refuse. When help is asked for (`help`, `-h`, `--help`), `--lang`
  /// has done its work here and is taken out: `jolkarta --help --lang ru` is the help of
  /// `jolkarta`, not of the default `open` that alone would take the option.
  static func prescan(_ arguments: [String]) -> [String] {
    var option: LanguageOption?
    var langWords: [Int] = []
    var i = arguments.startIndex
    let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
    while i < end {
      let word = arguments[i]
      if word == "--lang", i + 1 < end {
        option = LanguageOption(rawValue: arguments[i + 1]) ?? option
        langWords += [i, i + 1]
        i += 1
      } else if word.hasPrefix("--lang=") {
        option = LanguageOption(rawValue: String(word.dropFirst("--lang=".count))) ?? option
        langWords.append(i)
      }
      i += 1
    }
    use(option)
    let asksHelp = arguments.first == "help" || arguments[..<end].contains { $0 == "-h" || $0 == "--help" }
    guard asksHelp, option != nil else { return arguments }
    return arguments.indices.filter { !langWords.contains($0) }.map { arguments[$0] }
  }

  /// `jolkarta --lang ru set-status …`: a `--lang` before the subcommand, as with `git -C`,
  /// is the language of the whole run. argument-parser would take it as the default
  /// command's option and the subcommand's name as a file, so it is taken out and
  /// given on as `JOLKARTA_LANG`, which every command reads; `prescan` has already set it.
  static func leadingLanguageMoved(_ arguments: [String], subcommands: Set<String>) -> [String] {
    var value: String?, rest = arguments[...]
    if arguments.count >= 3, arguments[0] == "--lang" {
      value = arguments[1]
      rest = arguments[2...]
    } else if arguments.count >= 2, arguments[0].hasPrefix("--lang=") {
      value = String(arguments[0].dropFirst("--lang=".count))
      rest = arguments[1...]
    }
    guard let value, LanguageOption(rawValue: value) != nil, let first = rest.first, subcommands.contains(first)
    else { return arguments }
    setenv("JOLKARTA_LANG", value, 1)
    return Array(rest)
  }
}

