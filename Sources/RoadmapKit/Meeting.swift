/// One meeting of the faction that reviewed the roadmap.
///
/// A version 2 file lists them under `meetings`; the `meeting` block of older files (an
/// unknown field until version 2) is read leniently as the first one, with the id
/// `meeting`. Each meeting moves the roadmap forward: "changes since the last meeting"
/// are measured from `Roadmap.lastMeeting`.
public struct Meeting: Hashable, Sendable {
  /// Unique across the file (`meeting.2023-11-30`); the legacy block's id is `meeting`.
  public var id: String
  /// The day it was held.
  public var date: Day
  /// Who chaired it.
  public var chair: LocalizedText?
  /// Who reported on the roadmap.
  public var reporter: LocalizedText?
  /// Who spoke, in the order given.
  public var speakers: [LocalizedText]
  /// What it decided.
  public var decision: LocalizedText?

  /// Makes a meeting.
  public init(
    id: String, date: Day, chair: LocalizedText? = nil, reporter: LocalizedText? = nil,
    speakers: [LocalizedText] = [], decision: LocalizedText? = nil
  ) {
    self.id = id
    self.date = date
    self.chair = chair
    self.reporter = reporter
    self.speakers = speakers
    self.decision = decision
  }

  /// The id of the meeting read from the legacy top-level `meeting` block.
  public static let legacyID = "meeting"

  /// The meeting as a JSON object for the file: id, date, chair, reporter, speakers,
  /// decision in that order, absent optionals left out (texts as `FieldValue.text(…).json`
  /// writes them: a plain string or a language object).
  public var json: JSON {
    var members: [JSON.Member] = [
      .init(key: "id", value: .string(id)), .init(key: "date", value: .string(date.description)),
    ]
    func add(_ key: String, _ text: LocalizedText?) {
      if let text { members.append(.init(key: key, value: FieldValue.text(text).json)) }
    }
    add("chair", chair)
    add("reporter", reporter)
    if !speakers.isEmpty {
      members.append(.init(key: "speakers", value: JSON(.array(speakers.map { FieldValue.text($0).json }))))
    }
    add("decision", decision)
    return JSON(.object(members))
  }

  /// The legacy `meeting` block, read leniently: a meeting when it is an object with a
  /// real `date`; every other part that is not what the format says (a chair that is a
  /// number, a speaker that is not a text) is left out, never refused.
  init?(legacy block: JSON) {
    guard block.objectValue != nil, let s = block["date"]?.stringValue, let day = Day(s) else { return nil }
    self.init(
      id: Meeting.legacyID, date: day, chair: block["chair"].flatMap(LocalizedText.init(lenient:)),
      reporter: block["reporter"].flatMap(LocalizedText.init(lenient:)),
      speakers: block["speakers"]?.arrayValue?.compactMap(LocalizedText.init(lenient:)) ?? [],
      decision: block["decision"].flatMap(LocalizedText.init(lenient:)))
  }
}

extension LocalizedText {
  /// A text (T) as the format defines it, or nil when the value is not one.
  init?(lenient v: JSON) {
    switch v.value {
    case .string(let s): self.init(s)
    case .object(let members) where !members.isEmpty:
      var out: [Translation] = []
      for m in members {
        guard !m.key.isEmpty, let s = m.value.stringValue else { return nil }
        out.append(Translation(language: m.key, text: s))
      }
      self.init(translations: out)
    default: return nil
    }
  }
}

extension Roadmap {
  /// The latest meeting by date (of two on the same day, the later in the file).
  public var lastMeeting: Meeting? {
    var last: Meeting?
    for m in meetings where last.map({ m.date >= $0.date }) ?? true { last = m }
    return last
  }
}
