import ArgumentParser
import RoadmapKit
import RoadmapUI

/// `jolkarta meeting …`: the faction's meetings recorded in the roadmap.
///
/// A group, so that commands that change the meetings can sit beside `list`.
struct MeetingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meeting",
    abstract: "The faction's meetings recorded in the roadmap (the last one is what changes are measured from).",
    subcommands: [List.self])
}

extension MeetingCommand {
  /// `jolkarta meeting list [FILE]`: every meeting in file order.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the meetings: date, chair, reporter, speakers, decision.",
      discussion: """
        In file order: the legacy "meeting" block first (when its date is a real date), then \
        the "meetings" list of a version 2 file. The last meeting by date is the one the \
        changes slide and the report measure from.
        """)

    @OptionGroup var roadmap: RoadmapFileArgument

    @Flag(help: "Print a JSON array of the meetings, each as in the file's \"meetings\" (texts untranslated).")
    var json = false

    @Option(help: "Language of the labels, dates and texts: kk, ru or en.")
    var lang: LanguageOption?

    func run() throws {
      let meetings = try roadmap.load().roadmap.meetings
      if json {
        try Output.stdout(JSONWriter.canonicalString(JSON(.array(meetings.map(\.json)))))
        return
      }
      let language = LanguageOption.language(lang)
      guard !meetings.isEmpty else { return try Output.stdout(Catalogue.text(.noMeetings, language) + "\n") }
      try Output.stdout(meetings.map { Self.text($0, language) }.joined(separator: "\n"))
    }

    /// One meeting: its date and id, then what it records, one item a line.
    static func text(_ m: Meeting, _ language: Language) -> String {
      var out = Formatting.day(m.date, language) + "  " + m.id + "\n"
      for item in m.items(language).dropFirst() { out += "  \(item.label): \(item.value)\n" }
      return out
    }
  }
}
