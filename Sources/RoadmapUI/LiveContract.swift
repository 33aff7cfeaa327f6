import RoadmapKit

/// Something the app asks its session to do outside the pure core: file I/O.
///
/// The dashboard never writes a file itself; it returns these, the session runs them
/// and reports back with a `SessionFeedback` (the Elm architecture's commands).
public enum SessionEffect: Sendable {
  /// Save these changes through the model's store, merged over what is on disk.
  /// `current` is the app's roadmap with the changes applied (its `source` is the bytes
  /// it came from, so an unchanged file is written without re-reading). With
  /// `overrideConflicts`, where the disk changed the same field too, ours wins.
  case save([ActivityChange], current: Roadmap, overrideConflicts: Bool)
  /// Write the whole current roadmap to another path (after a failed save).
  case saveCopy(Roadmap, path: String)
  /// Read the history of changes (all of it), e.g. for the activity screen.
  case loadHistory
}

/// What the session reports back to the app.
public enum SessionFeedback: Sendable {
  /// The changes were saved; `loaded` is what is on disk now (others' changes merged in).
  case saved(LoadedRoadmap, written: [ActivityChange], merged: Bool)
  /// Saving failed; nothing on disk changed. `pending` are still unsaved, in memory.
  case saveFailed(message: String, pending: [ActivityChange])
  /// Someone else changed the same field of the same activity: `mine` was not written;
  /// `theirs` is the value now on disk. The user decides.
  case conflicts([(mine: ActivityChange, theirs: FieldValue?)])
  /// The file changed on disk (another screen, the CLI, an editor) and was reloaded.
  case reloaded(LoadedRoadmap, changedIDs: Set<String>)
  /// The file on disk is not valid now; the app keeps its last good state.
  case invalidOnDisk(message: String)
  /// A copy was written to `path`.
  case copySaved(path: String)
  /// The history file's entries, oldest first (after `.loadHistory`, and after each save).
  case history([HistoryEntry])
}

/// A `TerminalApp` that shows a roadmap file and follows it: the session runs its
/// effects and feeds back saves and reloads.
public protocol LiveRoadmapApp: TerminalApp {
  /// The effects asked for since the last call, oldest first; the list is emptied.
  mutating func takeEffects() -> [SessionEffect]
  /// Tells the app what happened.
  mutating func receive(_ feedback: SessionFeedback)
}
