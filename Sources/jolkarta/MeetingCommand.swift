import ArgumentParser
import RoadmapKit
import RoadmapUI

/// `jolkarta meeting …`: the faction's meetings recorded in the roadmap.
///
/// A group, so that commands that change the meetings can sit beside `list`.
struct MeetingCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "meeting",
      abstract: HelpText.meetingAbstract.said,
      subcommands: [List.self, Add.self])
  }
}

extension MeetingCommand {
  /// `jolkarta meeting list [FILE]`: every meeting in file order.
  struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: HelpText.meetingListAbstract.said,
        discussion: HelpText.meetingListDiscussion.said)
    }

    @OptionGroup var roadmap: RoadmapFileArgument

    @Flag(help: HelpText.meetingListJSON.help)
    var json = false

    @OptionGroup var lang: LanguageGroup

    func run() throws {
      let meetings = try roadmap.load().roadmap.meetings
      if json {
        try Output.stdout(JSONWriter.canonicalString(JSON(.array(meetings.map(\.json)))))
        return
      }
      let language = lang.language
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
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: HelpText.meetingAddAbstract.said,
        discussion: HelpText.meetingAddDiscussion.said)
    }

    @Option(help: HelpText.meetingDate.help)
    var date: String

    @Option(help: HelpText.meetingChair.help)
    var chair: String?

    @Option(help: HelpText.meetingReporter.help)
    var reporter: String?

    @Option(name: .customLong("speaker"), help: HelpText.meetingSpeaker.help)
    var speakers: [String] = []

    @Option(help: HelpText.meetingDecision.help)
    var decision: String?

    @Flag(help: HelpText.meetingCarryOver.help)
    var carryOver = false

    @OptionGroup var roadmap: RoadmapFileArgument

    @OptionGroup var author: AuthorOption

    func validate() throws {
      guard Day(date) != nil else { throw ValidationError(Said(
        kk: "--date YYYY-MM-DD түріндегі күн болуы керек, берілгені: \"\(date)\"",
        ru: "--date должен быть датой YYYY-MM-DD, указано: \"\(date)\"",
        en: "--date must be a date YYYY-MM-DD, got \"\(date)\"").text) }
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
