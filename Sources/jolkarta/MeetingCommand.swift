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
    subcommands: [List.self, Add.self])
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

extension MeetingCommand {
  /// `jolkarta meeting add --date DATE …`: records a meeting, as the dashboard's `M` does.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a meeting: its date, chair, reporter, speakers and decision; the roadmap's \"as of\" day moves to it.",
      discussion: """
        The meeting goes into the file's "meetings" list (the file becomes format version 2, \
        which older jolkarta versions refuse rather than lose it). Its id is printed: \
        meeting.DATE (meeting.DATE-2 for a second one that day). With --carry-over, the \
        activities not done and due in the meeting's year are moved to the same day next \
        year, in the same save. Exit status: 0 recorded, 1 not (a message says why).
        """)

    @Option(help: "The meeting's date, YYYY-MM-DD.")
    var date: String

    @Option(help: "Who chaired it.")
    var chair: String?

    @Option(help: "Who reported on the roadmap.")
    var reporter: String?

    @Option(name: .customLong("speaker"), help: "Who spoke (repeat for each).")
    var speakers: [String] = []

    @Option(help: "What was decided.")
    var decision: String?

    @Flag(help: "Also carry over: what is not done and due in the meeting's year moves to next year.")
    var carryOver = false

    @OptionGroup var roadmap: RoadmapFileArgument

    @OptionGroup var author: AuthorOption

    func validate() throws {
      guard Day(date) != nil else { throw ValidationError("--date must be a date YYYY-MM-DD, got \"\(date)\"") }
    }

    func run() throws {
      let day = Day(date)!
      let current = try roadmap.load().roadmap
      func text(_ s: String?) -> LocalizedText? { s.flatMap { $0.isEmpty ? nil : LocalizedText($0) } }
      var changes = current.recording(
        date: day, chair: text(chair), reporter: text(reporter),
        speakers: speakers.filter { !$0.isEmpty }.map(LocalizedText.init), decision: text(decision))
      if carryOver { changes += current.carryOver(year: day.year) }
      _ = try commitChanges(changes, to: roadmap.file, author: author.author)
      let id = changes.first { $0.field == .entry }?.id ?? ""
      try Output.stdout(id + "\n")
    }
  }
}
