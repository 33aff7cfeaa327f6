import ArgumentParser
import Foundation
import RoadmapUI

/// `jolkarta manual [--lang L]`: the man page, in roff, in the interface language.
///
/// Argument-parser's generate-manual plugin drops every character that is not ASCII, which
/// leaves a Kazakh or Russian page empty and the English one without «…», → or the
/// roadmap's own name; this writes the page from the same command tree
/// (`--experimental-dump-help`) with each such character as a groff glyph (`\[u0416]`), read
/// the same by `man`, `groff -Tutf8 -man` and a terminal of any encoding. Hidden from the
/// help: `make man` runs it.
struct Manual: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "manual", abstract: HelpText.manualAbstract.said, shouldDisplay: false)
  }

  @OptionGroup var lang: LanguageGroup

  func run() throws {
    let tree: Any
    do {
      _ = try Jolkarta.parseAsRoot(["--experimental-dump-help"])
      throw failure("jolkarta: argument-parser gave no command tree")
    } catch let exit as ExitCode {
      throw exit
    } catch {
      let json = Jolkarta.fullMessage(for: error)
      tree = try JSONSerialization.jsonObject(with: Data(json.utf8))
    }
    guard let root = (tree as? [String: Any])?["command"] as? [String: Any] else {
      throw failure("jolkarta: argument-parser's command tree has no \"command\"")
    }
    try Output.stdout(ManPage(language: lang.language).page(root))
  }
}

/// A man page (roff, man macros) from argument-parser's command tree.
struct ManPage {
  /// The language of the headings.
  let language: Language

  func say(_ key: HelpText) -> String {
    let text = Catalogue.help(key, language)
    return text.hasSuffix(":") ? String(text.dropLast()) : text
  }

  /// The whole page: name, synopsis, description, the root's options, then each
  /// subcommand (and theirs) with its own description, arguments and options.
  func page(_ root: [String: Any]) -> String {
    let name = root["commandName"] as? String ?? "jolkarta"
    var out = ".TH \(Self.escape(name.uppercased())) 1 \"\" \"\(Self.escape(name)) \(JolkartaVersion.string)\"\n"
    out += ".SH \(Self.quoted(say(.manName)))\n\(Self.escape(name)) \\- \(Self.escape(root["abstract"] as? String ?? ""))\n"
    out += ".SH \(Self.quoted(say(.usageHeading)))\n.B \(Self.escape(name))\n\\fI<subcommand>\\fR\n"
    out += ".SH \(Self.quoted(say(.manDescription)))\n" + text(root["discussion"] as? String ?? "")
    out += ".SH \(Self.quoted(say(.optionsHeading)))\n" + arguments(root)
    out += ".SH \(Self.quoted(say(.subcommandsHeading)))\n"
    for sub in root["subcommands"] as? [[String: Any]] ?? [] { out += command(sub, path: [name]) }
    return out
  }

  /// One subcommand as a subsection, then its own subcommands.
  func command(_ c: [String: Any], path: [String]) -> String {
    guard c["shouldDisplay"] as? Bool ?? true, let name = c["commandName"] as? String else { return "" }
    let full = path + [name]
    var out = ".SS \(Self.quoted(full.joined(separator: " ")))\n"
    out += text(c["abstract"] as? String ?? "")
    if let d = c["discussion"] as? String, !d.isEmpty { out += text(d) }
    out += arguments(c)
    for sub in c["subcommands"] as? [[String: Any]] ?? [] { out += command(sub, path: full) }
    return out
  }

  /// The arguments and options of a command, one tagged paragraph each.
  func arguments(_ c: [String: Any]) -> String {
    var out = ""
    for a in c["arguments"] as? [[String: Any]] ?? [] where a["shouldDisplay"] as? Bool ?? true {
      let value = a["valueName"] as? String ?? ""
      let names = (a["names"] as? [[String: Any]] ?? []).compactMap { n -> String? in
        guard let name = n["name"] as? String else { return nil }
        return (n["kind"] as? String == "short" ? "-" : "--") + name
      }
      var label: String
      switch a["kind"] as? String {
      case "positional": label = "\\fI<\(Self.escape(value))>\\fR"
      case "option": label = names.map { "\\fB\(Self.escape($0))\\fR" }.joined(separator: ", ") + " \\fI<\(Self.escape(value))>\\fR"
      default: label = names.map { "\\fB\(Self.escape($0))\\fR" }.joined(separator: ", ")
      }
      if a["isRepeating"] as? Bool == true { label += " ..." }
      var help = ownWords(a["abstract"] as? String ?? "")
      let said = { (key: HelpText) in Catalogue.help(key, language) }
      if let d = a["defaultValue"] as? String, !d.isEmpty { help += " " + said(.defaultValue) + " " + d + ")" }
      if let values = a["allValues"] as? [String], !values.isEmpty {
        help += " " + said(.possibleValues) + " " + values.joined(separator: ", ") + ")"
      }
      out += ".TP\n\(label)\n" + Self.escapeLines(help) + "\n"
    }
    return out
  }

  /// Argument-parser's own help of `--help` and `--version` in the language; ours as it is.
  func ownWords(_ abstract: String) -> String {
    for key in [HelpText.showHelp, .showVersion] where abstract == Catalogue.help(key, .en) {
      return Catalogue.help(key, language)
    }
    return abstract
  }

  /// Running text: paragraphs at blank lines; one whose lines are indented (a table, a
  /// list of fields) is kept as laid out.
  func text(_ s: String) -> String {
    var out = ""
    for paragraph in s.components(separatedBy: "\n\n") where !paragraph.isEmpty {
      let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false)
      let laidOut = lines.dropFirst().contains { $0.hasPrefix(" ") }
      out += ".PP\n" + (laidOut ? ".nf\n" : "") + Self.escapeLines(paragraph) + "\n" + (laidOut ? ".fi\n" : "")
    }
    return out
  }

  /// Text lines for roff: `\` as `\e`, `-` as `\-`, a line's leading `.` or `'` behind
  /// `\&` (else it would be a request), and every character beyond ASCII as its glyph.
  static func escapeLines(_ s: String) -> String {
    s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let e = escape(String(line))
      return e.hasPrefix(".") || e.hasPrefix("'") ? "\\&" + e : e
    }.joined(separator: "\n")
  }

  /// One line's characters for roff.
  static func escape(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "\\": out += "\\e"
      case "-": out += "\\-"
      case _ where u.value < 0x80: out.unicodeScalars.append(u)
      default: out += "\\[u" + String(format: "%04X", u.value) + "]"
      }
    }
    return out
  }

  /// A macro argument in double quotes (a `"` inside as `\(dq`).
  static func quoted(_ s: String) -> String {
    "\"" + escape(s).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
  }
}
