import RoadmapUI

extension String {
  /// The help with each usage line wider than `width` broken between its options, the
  /// rest under the first one after the command, as git writes its usage:
  ///
  ///     USAGE: jolkarta export [<FILE>] [--format <format>] [--output <OUT>]
  ///                            [--lang <lang>] [--delimiter <;|,>]
  ///
  /// argument-parser writes a usage on one line however long (`report`'s is 200
  /// columns), which a terminal of 80 breaks in the middle of a word.
  func wrappedUsage(width: Int) -> String {
    split(separator: "\n", omittingEmptySubsequences: false)
      .map { Self.wrapUsageLine(String($0), width: width) }
      .joined(separator: "\n")
  }

  /// One line, broken when it is a usage line (a heading or blanks, then `jolkarta `)
  /// wider than `width`; any other line as it is.
  static func wrapUsageLine(_ line: String, width: Int) -> String {
    guard DisplayWidth.of(line) > width, let start = line.range(of: "jolkarta ") else { return line }
    let lead = line[..<start.lowerBound]
    // A heading word and its colon («ҚОЛДАНУ: »), or the blanks of a second usage line.
    let heading = lead.trimmingPrefixBlanks()
    guard heading.isEmpty || (heading.hasSuffix(": ") && !heading.dropLast().contains(" ")) else { return line }
    let words = Self.usageWords(line[start.lowerBound...])
    // The command: `jolkarta` and the subcommand's names, before the first option or value.
    let command = words.prefix { !$0.hasPrefix("[") && !$0.hasPrefix("<") }
    var rows: [String] = []
    var row = String(lead) + command.joined(separator: " ")
    let indent = String(repeating: " ", count: DisplayWidth.of(row) + 1)
    var rowHasOption = false
    for word in words.dropFirst(command.count) {
      if rowHasOption && DisplayWidth.of(row) + 1 + DisplayWidth.of(word) > width {
        rows.append(row)
        row = indent + word
      } else {
        row += " " + word
      }
      rowHasOption = true
    }
    rows.append(row)
    return rows.joined(separator: "\n")
  }

  /// The words of a usage, an option with its value (`[--lang <тіл>]`) one word: split at
  /// the blanks outside brackets.
  static func usageWords(_ usage: Substring) -> [String] {
    var words: [String] = [], word = "", depth = 0
    for c in usage {
      switch c {
      case "[", "<", "(": depth += 1
      case "]", ">", ")": depth = Swift.max(0, depth - 1)
      default: break
      }
      if c == " " && depth == 0 {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else {
        word.append(c)
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }
}

extension Substring {
  /// Itself without the blanks it starts with.
  fileprivate func trimmingPrefixBlanks() -> Substring { drop { $0 == " " } }
}
