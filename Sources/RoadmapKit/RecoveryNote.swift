/// What the recovery of an interrupted save did, said to whoever opened the roadmap.
///
/// Kept as what happened, not as a sentence, so that the command line can say it in the
/// interface language; `description` is the English sentence.
public struct RecoveryNote: Hashable, Sendable, CustomStringConvertible {
  /// What was done with the complete copy a killed writer left.
  public enum Outcome: Hashable, Sendable {
    /// The interrupted save was finished from the copy.
    case finished
    /// The file was changed by someone after the interruption: theirs is kept, the copy
    /// discarded.
    case changedSince
    /// The save could not be finished and the copy is kept; `reason` is the system's
    /// error, when there is one to name.
    case notFinished(reason: SystemError?)
  }

  /// The roadmap, as the caller named it.
  public var file: String
  /// The name of the complete copy (`.roadmap.json.new-…`).
  public var copy: String
  /// What was done.
  public var outcome: Outcome

  /// A note about `file` and its copy named `copy`.
  public init(file: String, copy: String, outcome: Outcome) {
    self.file = file
    self.copy = copy
    self.outcome = outcome
  }

  /// The note in English.
  public var description: String {
    switch outcome {
    case .finished: return "\(file): an interrupted save was finished from \(copy)"
    case .changedSince: return "\(file) was changed after an interrupted save; kept as it is, \(copy) discarded"
    case .notFinished(let reason):
      let why = reason.map { " (\($0.description))" } ?? ""
      return "\(file): an interrupted save could not be finished\(why); \(copy) is kept"
    }
  }

  /// Whether the sentence contains `text` (callers that looked into the old sentences).
  public func contains(_ text: String) -> Bool { description.contains(text) }
}
