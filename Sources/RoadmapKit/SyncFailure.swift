/// Why a sync through git could not be done, or why the remote was not reached: kept as
/// what happened, not as a sentence, so that each front end says it in its language;
/// `description` is the English sentence.
public enum SyncFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// A git step failed; git's own first line (git runs in the C locale, so in English:
  /// its words are shown as git wrote them).
  case git(says: String)
  /// A git step failed without a word, with this exit status.
  case gitExited(status: Int32)
  /// The git program could not be started.
  case cannotRunGit(program: String)
  /// A git step was stopped after this many seconds (a remote that never answers).
  case timedOut(step: String, seconds: Int)
  /// The roadmap's lock could not be taken.
  case lock(SaveReason)
  /// The roadmap in the work tree is not a valid roadmap.
  case invalidRoadmap(RoadmapLoadError)
  /// Files jolkarta does not merge have conflicts; the merge was undone.
  case conflictsElsewhere(files: [String])

  /// The failure in English.
  public var description: String {
    switch self {
    case .git(let says): return says
    case .gitExited(let status): return "git exited \(status)"
    case .cannotRunGit(let program): return "cannot run \(program)"
    case .timedOut(let step, let seconds): return "git \(step) took longer than \(seconds) s and was stopped"
    case .lock(let reason): return SaveError(reason).description
    case .invalidRoadmap(let error): return error.description
    case .conflictsElsewhere(let files):
      return "conflicts in files jolkarta does not merge: \(files.joined(separator: ", ")); the merge was undone"
    }
  }
}
