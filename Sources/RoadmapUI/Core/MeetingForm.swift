import Foundation
import RoadmapKit

/// `M`: recording a meeting from the dashboard — its date, chair, reporter, speakers and
/// decision, and the carry-over it may decide — as one undo step of the same changes
/// `jolkarta meeting add` makes.
enum MeetingForm {
  /// The fields, in order (their names in `FormPrompt`).
  static let fields = ["date", "chair", "reporter", "speakers", "decision", "carry_over"]

  /// The label of a meeting field; nil for a name that is not one.
  static func label(_ name: String) -> Message? {
    switch name {
    case "date": return .meetingDate
    case "chair": return .meetingChair
    case "reporter": return .meetingReporter
    case "speakers": return .meetingSpeakers
    case "decision": return .meetingDecision
    case "carry_over": return .meetingCarryOverYear
    default: return nil
    }
  }
}

extension DashboardState {
  /// Opens the meeting form: the date is today's (the day it is held), the rest empty.
  mutating func openMeetingForm() {
    // The clock, read once here: the form starts on the day the meeting is held.
    let today = Day.today()
    edit.prompt = .form(
      FormPrompt(
        purpose: .meeting,
        fields: MeetingForm.fields.map { .init(name: $0, editor: LineEditor($0 == "date" ? today.description : "")) },
        focus: 0, base: [:]))
  }

  /// Enter on the meeting form: the date and the carry-over year are checked (a wrong one
  /// keeps the form open on it, the reason said), then the meeting is recorded.
  mutating func confirmMeeting(_ form: FormPrompt) -> [Effect] {
    func text(_ name: String) -> String {
      form.fields.first { $0.name == name }?.editor.text.trimmingSpaces ?? ""
    }
    func refuse(_ name: String, _ message: Message) -> [Effect] {
      var open = form
      open.focus = form.fields.firstIndex { $0.name == name } ?? 0
      edit.prompt = .form(open)
      edit.notice = Notice(message, kind: .warning)
      return []
    }
    guard let date = Day(text("date")) else { return refuse("date", .meetingBadDate) }
    var carryYear: Int?
    if !text("carry_over").isEmpty {
      guard let y = Int(text("carry_over")), (1...9999).contains(y) else {
        return refuse("carry_over", .meetingBadYear)
      }
      carryYear = y
    }
    func words(_ name: String) -> LocalizedText? { text(name).isEmpty ? nil : LocalizedText(text(name)) }
    let speakers = text("speakers").split(whereSeparator: { $0 == "," || $0 == ";" })
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(LocalizedText.init)
    // Recording moves no due date or status: the carry-over is the same before or after.
    var changes = roadmap.recording(
      date: date, chair: words("chair"), reporter: words("reporter"), speakers: speakers, decision: words("decision"))
    if let carryYear { changes += roadmap.carryOver(year: carryYear) }
    closePrompt()
    let effects = commit(changes)
    edit.notice = Notice(.meetingRecorded, [Formatting.day(date, language)])
    return effects
  }
}
