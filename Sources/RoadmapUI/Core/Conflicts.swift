import RoadmapKit

/// A change of ours that met a different change of the same field: on disk when saving,
/// or in another office when syncing.
public struct Conflict: Hashable, Sendable {
  /// Our change, not written (from a sync: written, the file keeps it).
  public var mine: Change
  /// The value on disk now (from a sync: the other office's, not in the file).
  public var theirs: FieldValue?
  /// Whether it comes from a sync through git (`--sync`) rather than from a save: then
  /// ours is what the file holds, and keeping theirs is what needs a save.
  public var fromSync: Bool

  /// Makes a conflict.
  public init(mine: Change, theirs: FieldValue?, fromSync: Bool = false) {
    self.mine = mine
    self.theirs = theirs
    self.fromSync = fromSync
  }
}

/// Where the last sync through git left the roadmap, for the badge on row 1.
public enum SyncState: Hashable, Sendable {
  /// A sync is under way.
  case syncing
  /// In sync with the remote at this time of day (`12:04`).
  case inSync(time: String)
  /// The remote could not be reached; this many commits wait to go.
  case offline(waiting: Int)
  /// This many fields wait for an answer (keep here / keep there).
  case conflicts(Int)
  /// The sync could not run (no repository, git refused a step): why, git's words kept.
  case failed(SyncFailure)
}

extension Painter {
  /// Where a sync through git left the roadmap, as the header's badge says it (the single
  /// dashboard's and the national overview's alike): dim while all is well, a badge when
  /// something waits.
  func syncBadge(_ state: SyncState) -> (String, StyleRole) {
    switch state {
    case .syncing: return (word(.syncRunning), .dim)
    case .inSync(let time): return (word(.syncedAt, time), .dim)
    case .offline(let waiting): return (counted(.syncOffline, waiting), .badge)
    case .conflicts(let n): return (counted(.syncConflictsBadge, n), .badge)
    case .failed(let why): return (word(.syncFailed, SyncFailureWords.said(why, language)), .badge)
    }
  }
}
