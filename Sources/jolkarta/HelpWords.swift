import Foundation
#if canImport(Glibc)
  import Glibc
#endif
import RoadmapUI

/// The words argument-parser writes itself around a command's help (the headings, its
/// own `--help` and `--version`, the pointer to a subcommand's help), in the language.
///
/// It has no way to be told them, so they are replaced in the text it builds: each is a
/// whole line's start or a whole line's end, so a title or text of ours that happens to
/// hold the same words is never touched. Columns stay aligned: only the last column and
/// headings on a line of their own change.
enum HelpWords {
  /// A usage error as argument-parser words it ("Error: Unknown option '--x'", "Usage:
  /// …", "See '…' for more information."), its words in `language`; ours (a
  /// `ValidationError` of a command) are already in it. English as it is.
  static func usageError(_ text: String, _ language: Language) -> String {
    guard language != .en else { return text }
    func say(_ key: HelpText) -> String { Catalogue.help(key, language) }
    func fill(_ key: HelpText, _ args: [String]) -> String {
      var out = say(key)
      for a in args { if let r = out.range(of: "{}") { out.replaceSubrange(r, with: a) } }
      return out
    }
    func message(_ m: String) -> String {
      let patterns: [(HelpText, String)] = [
        (.missingArgument, "^Missing expected argument '(.*)'$"), (.unknownOption, "^Unknown option '(.*)'$"),
        (.unexpectedArgument, "^Unexpected argument '(.*)'$"), (.missingValue, "^Missing value for '(.*)'$"),
        (.invalidValueFor, "^The value '(.*)' is invalid for '(.*)'\\. Please provide one of (.*)\\.$"),
      ]
      for (key, pattern) in patterns {
        guard let re = try? NSRegularExpression(pattern: pattern),
          let match = re.firstMatch(in: m, range: NSRange(m.startIndex..., in: m))
        else { continue }
        let groups = (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: m).map { String(m[$0]) } }
        return fill(key, groups.map { $0.replacingOccurrences(of: " or ", with: say(.orWord)) })
      }
      return m
    }
    let heads: [(String, HelpText)] = [("Error: ", .errorLine), ("Help: ", .helpLine), ("Usage: ", .usageLine)]
    var indent: (old: String, new: String)?
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for i in lines.indices {
      let line = lines[i]
      if let (head, key) = heads.first(where: { line.hasPrefix($0.0) }) {
        let rest = String(line.dropFirst(head.count))
        lines[i] = say(key) + " " + (key == .errorLine ? message(rest) : rest)
        indent = key == .usageLine ? (String(repeating: " ", count: head.count), String(repeating: " ", count: say(key).count + 1)) : nil
      } else if let ind = indent, line.hasPrefix(ind.old), !line.hasPrefix(ind.old + " ") {
        lines[i] = ind.new + line.dropFirst(ind.old.count)
      } else if line.hasPrefix("  See '"), line.hasSuffix("' for more information.") {
        let command = String(line.dropFirst("  See '".count).dropLast("' for more information.".count))
        lines[i] = "  " + fill(.seeMore, [command])
        indent = nil
      }
    }
    return lines.map { valueNames($0, language) }.joined(separator: "\n")
  }

  // MARK: - value names

  /// `line` with argument-parser's `<id>`, `<FILE>` in `language` (`Catalogue.valueNames`);
  /// the help column after them stays where it was (the run of blanks before it takes
  /// up the difference), so the table of options stays aligned.
  static func valueNames(_ line: String, _ language: Language) -> String {
    let names = Catalogue.valueNames(language)
    guard !names.isEmpty, line.contains("<"),
      let re = try? NSRegularExpression(pattern: "<([^<>]+)>")
    else { return line }
    let out = NSMutableString(string: line)
    for m in re.matches(in: line, range: NSRange(location: 0, length: out.length)).reversed() {
      if let new = names[out.substring(with: m.range(at: 1))] { out.replaceCharacters(in: m.range(at: 1), with: new) }
    }
    var result = out as String
    // The help column: where text starts after the first run of two or more blanks
    // past the indent.
    func column(_ s: String) -> (run: Range<String.Index>, at: Int)? {
      let body = s.drop { $0 == " " }
      guard let r = body.range(of: "  ") else { return nil }
      var end = r.upperBound
      while end < s.endIndex && s[end] == " " { end = s.index(after: end) }
      guard end < s.endIndex else { return nil }
      return (r.lowerBound..<end, s.distance(from: s.startIndex, to: end))
    }
    if let old = column(line), let now = column(result), old.at != now.at {
      let blanks = result.distance(from: now.run.lowerBound, to: now.run.upperBound) + old.at - now.at
      if blanks >= 2 { result.replaceSubrange(now.run, with: String(repeating: " ", count: blanks)) }
    }
    return result
  }

  /// `help` with argument-parser's words in `language`; English as it is.
  static func localized(_ help: String, _ language: Language) -> String {
    guard language != .en else { return help.wrappedUsage(width: helpWidth()) }
    func say(_ key: HelpText) -> String { Catalogue.help(key, language) }
    let headings: [(String, HelpText)] = [
      ("OVERVIEW:", .overviewHeading),
      ("USAGE:", .usageHeading), ("ARGUMENTS:", .argumentsHeading), ("OPTIONS:", .optionsHeading),
      ("SUBCOMMANDS:", .subcommandsHeading),
    ]
    let ends: [(String, HelpText)] = [
      ("Show help information.", .showHelp), ("Show the version.", .showVersion),
    ]
    var lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // A second usage line is indented under the first one's command: by the heading's width.
    var usageIndent: (old: String, new: String)?
    for i in lines.indices {
      let line = lines[i]
      if let indent = usageIndent, line.hasPrefix(indent.old), !line.hasPrefix(indent.old + " ") {
        lines[i] = indent.new + line.dropFirst(indent.old.count)
        continue
      }
      usageIndent = nil
      if let (word, key) = headings.first(where: { line.hasPrefix($0.0) }) {
        lines[i] = say(key) + line.dropFirst(word.count)
        if key == .usageHeading {
          usageIndent = (
            String(repeating: " ", count: word.count + 1),
            String(repeating: " ", count: say(key).count + 1)
          )
        }
      } else if let (word, key) = ends.first(where: { line.hasSuffix($0.0) }) {
        lines[i] = line.dropLast(word.count) + say(key)
      } else if line.hasPrefix("  "), let r = line.range(of: " (default) ") {
        // The parser's English mark of the default subcommand; its abstract says it in words
        // («Дашбордты ашу (әдепкі команда)»), so the mark gives way to blanks, columns kept.
        lines[i] = line.replacingCharacters(in: r, with: String(repeating: " ", count: 11))
      } else if line.hasPrefix("  See '"), line.hasSuffix("' for detailed help.") {
        let command = line.dropFirst("  See '".count).dropLast("' for detailed help.".count)
        lines[i] = "  " + say(.seeSubcommandHelp).replacingOccurrences(of: "{}", with: command)
      }
      lines[i] = lines[i].replacingOccurrences(of: "<subcommand>", with: say(.subcommandWord))
    }
    // "(default: …)" and "(values: …)" close an option's help, wherever its lines wrap.
    let width = helpWidth()
    return lines.joined(separator: "\n")
      .replacingOccurrences(of: "(default:", with: say(.defaultValue))
      .replacingOccurrences(of: "(values:", with: say(.possibleValues))
      .split(separator: "\n", omittingEmptySubsequences: false).map { valueNames(String($0), language) }
      .joined(separator: "\n")
      .rewrappedHelp(width: width)
      .wrappedUsage(width: width)
  }

  /// The width argument-parser wrapped its help to: `COLUMNS`, else the terminal's, else 80.
  static func helpWidth() -> Int {
    if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }
}

extension String {
  /// The help with every line of an option's description that our words made wider than
  /// `width` broken again between words, the rest carried to the description's column
  /// («(значения:» is longer than "(values:", after the parser measured its lines).
  /// Usage lines, which the parser itself never wraps, are `wrappedUsage`'s.
  func rewrappedHelp(width: Int) -> String {
    var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var i = 0
    while i < lines.count {
      let line = lines[i]
      defer { i += 1 }
      guard line.hasPrefix("  "), DisplayWidth.of(line) > width, let column = Self.descriptionColumn(line) else {
        continue
      }
      // The last blank inside the width, past the description's start.
      var used = 0, cut: String.Index?
      for index in line.indices {
        used += DisplayWidth.of(line[index])
        if used > width { break }
        if line[index] == " ", line.distance(from: line.startIndex, to: index) > column { cut = index }
      }
      guard let cut else { continue }
      let head = String(line[..<cut]), rest = line[line.index(after: cut)...].drop { $0 == " " }
      let indent = String(repeating: " ", count: column)
      lines[i] = head
      // Onto the next line when it goes on with the same description, else a line of its own.
      if i + 1 < lines.count, lines[i + 1].hasPrefix(indent), !lines[i + 1].hasPrefix(indent + " ") {
        lines[i + 1] = indent + rest + " " + lines[i + 1].dropFirst(column)
      } else {
        lines.insert(indent + rest, at: i + 1)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Where an option's description starts: after the first run of two or more blanks past
  /// the indent (`  --format <пішім>       csv, …`), or a continuation line's indent.
  static func descriptionColumn(_ line: String) -> Int? {
    let indent = line.prefix { $0 == " " }.count
    let body = line.dropFirst(indent)
    if indent >= 8 { return indent }
    guard let gap = body.range(of: "  ") else { return nil }
    let start = body[gap.lowerBound...].prefix { $0 == " " }.count
    return indent + body.distance(from: body.startIndex, to: gap.lowerBound) + start
  }
}
