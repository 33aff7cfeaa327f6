import RoadmapKit

extension ChangeSummary.Baseline {
  /// What the changes are measured against, in words: "since the meeting of 30 November
  /// 2023", "since 1 May 2024", "compared with the copy as of …".
  public func words(_ language: Language) -> String {
    switch self {
    case .since(let d): return Formatting.day(d, language, .since)
    case .meeting(let m): return Catalogue.text(.changesSinceMeeting, language, Formatting.day(m.date, language, .event))
    case .copy(let d): return Formatting.day(d, language, .comparedWith)
    }
  }
}

extension Meeting {
  /// "Faction meeting of 30 November 2023" in `language`.
  public func heading(_ language: Language) -> String {
    Catalogue.text(.meetingOf, language, Formatting.day(date, language, .event))
  }

  /// What the meeting records, as label and value in `language`: the date, then chair,
  /// reporter, speakers (joined by commas) and decision, each only when given.
  public func items(_ language: Language) -> [(label: String, value: String)] {
    func text(_ t: LocalizedText) -> String { t.resolved(language.rawValue) }
    var out = [(Catalogue.text(.meetingDate, language), Formatting.day(date, language))]
    if let chair { out.append((Catalogue.text(.meetingChair, language), text(chair))) }
    if let reporter { out.append((Catalogue.text(.meetingReporter, language), text(reporter))) }
    if !speakers.isEmpty {
      out.append((Catalogue.text(.meetingSpeakers, language), speakers.map(text).joined(separator: ", ")))
    }
    if let decision { out.append((Catalogue.text(.meetingDecision, language), text(decision))) }
    return out
  }
}
