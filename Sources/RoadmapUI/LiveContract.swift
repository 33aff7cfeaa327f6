import RoadmapKit

/// Everything that happens to an app, as one message type: what the terminal reports
/// (keys, mouse, resize, ticks, a signal that ends the program) and what the effects
/// it asked for found (a save landed or failed, the file changed, the history was read).
///
/// The app's `update` takes one message at a time and answers with the effects to run
/// (Bubble Tea's `Update(Msg) (Model, Cmd)`); results come back through the same door.
public enum Msg: Sendable, Equatable {
  /// A key press.
  case key(Key)
  /// A mouse action.
  case mouse(MouseEvent)
  /// The terminal now has this size (also sent once at start).
  case resize(width: Int, height: Int)
  /// The clock: highlights fade, the file is looked at.
  case tick
  /// Ctrl-C, SIGTERM, SIGHUP or another signal whose default is to end the program.
  case terminate(signal: Int32)
  /// The changes were saved; `loaded` is what is on disk now (others' changes merged in).
  case saved(LoadedRoadmap, written: [Change], merged: Bool)
  /// Saving failed; nothing on disk changed. `pending` are still unsaved, in memory.
  case saveFailed(SaveReason, pending: [Change])
  /// The user stopped waiting for the lock: nothing was written; `pending` stay in memory.
  case saveStopped(pending: [Change])
  /// A save waits for the lock, which this program holds (`flock (pid 4321)`).
  case lockWaiting(holder: String)
  /// Someone else changed the same field of the same activity: ours was not written.
  case conflicts([Conflict])
  /// The file changed on disk (another screen, the CLI, an editor) and was reloaded.
  case reloaded(LoadedRoadmap, changedIDs: Set<String>)
  /// The file on disk is not valid now; the app keeps its last good state.
  case invalidOnDisk(problems: [Problem])
  /// A copy was written to `path`.
  case copySaved(path: String)
  /// The history file's entries, oldest first (after `.loadHistory`).
  case history([HistoryEntry])
  /// Edits a previous run could not save before it was ended, found at start.
  case recoveryFound(RecoveredEdits)
  /// A save a killed writer left half done was finished or rolled back at start.
  case interruptedSaveRecovered([RecoveryNote])
  /// A sync through git started or ended (`--sync`): where it left the roadmap, and
  /// the fields changed differently here and there, waiting for an answer.
  case synced(SyncState, conflicts: [Conflict])
  /// The search index asked for with `.buildSearchIndex` is built.
  case searchIndexBuilt(SearchIndex)

  /// The message of a terminal event.
  public init(_ event: Event) {
    switch event {
    case .key(let k): self = .key(k)
    case .mouse(let m): self = .mouse(m)
    case .resize(let w, let h): self = .resize(width: w, height: h)
    case .tick: self = .tick
    case .terminate(let s): self = .terminate(signal: s)
    }
  }
}

/// Edits written to the recovery file by a run that was ended before it could save them.
public struct RecoveredEdits: Sendable, Hashable {
  /// The changes, oldest first.
  public var changes: [Change]
  /// When they were written (ISO 8601, UTC).
  public var time: String
  /// Who made them.
  public var author: String

  /// Makes a set of recovered edits.
  public init(changes: [Change], time: String, author: String) {
    self.changes = changes
    self.time = time
    self.author = author
  }
}

/// Something the app asks its runtime to do outside the pure core.
///
/// The dashboard never writes a file itself; it returns these from `update`, the session
/// runs them off the UI thread and sends the outcome back as a `Msg`.
public enum Effect: Sendable, Equatable {
  /// Save these changes through the model's store, merged over what is on disk.
  /// `current` is the app's roadmap with the changes applied (its `source` is the bytes
  /// it came from, so an unchanged file is written without re-reading). With
  /// `overrideConflicts`, where the disk changed the same field too, ours wins.
  case save([Change], current: Roadmap, overrideConflicts: Bool)
  /// Write the whole current roadmap to another path (after a failed save).
  case saveCopy(Roadmap, path: String)
  /// Read the history of changes (all of it), e.g. for the activity screen.
  case loadHistory
  /// Stop waiting for the lock: the save under way gives up and reports `.saveStopped`.
  case stopWaitingForLock
  /// Write these unsaved changes to the recovery file beside the roadmap, at once.
  case writeRecovery([Change])
  /// Remove the recovery file: its edits were applied again, or the user let them go.
  case discardRecovery
  /// The sync conflict on this field is answered: take it out of the conflict file
  /// (the answer itself, when it is theirs, is saved as any edit; the next sync pushes it).
  case settleSyncConflict(id: String, field: Field)
  /// Index every title of this roadmap for the search, off the UI thread (it takes
  /// about a second at a million activities); the index comes back as
  /// `.searchIndexBuilt`, tagged with `generation` so that one of a replaced roadmap is
  /// told apart.
  case buildSearchIndex(Roadmap, generation: Int)
  /// Draw the whole screen anew (Ctrl-L).
  case repaint
  /// Restore the terminal and end with this status.
  case quit(status: Int32)
  // national
  /// Close this region's dashboard and go back to the national overview: its edits are
  /// on disk (or were let go by the user's answer).
  case leave
}

/// An app run by `LiveSession`: state + message → new state + effects; state → grid.
public protocol RoadmapApp {
  /// Takes one message; returns the effects to run, in order.
  mutating func update(_ msg: Msg) -> [Effect]
  /// Draws the current state into `grid`, which has the terminal's size and starts blank.
  func render(into grid: inout Grid)
  /// How often `.tick` is wanted, in seconds; nil for never.
  var tickInterval: Double? { get }
  /// The effects to run once when the session starts (Bubble Tea's `Init`), e.g. reading
  /// the history the first screen needs.
  var initialEffects: [Effect] { get }
}

extension RoadmapApp {
  /// Nothing to do at start, unless the app says otherwise.
  public var initialEffects: [Effect] { [] }
}
