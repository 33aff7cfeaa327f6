import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A roadmap file on disk, changed only through `commit`, with its history beside it.
///
/// Every writer (the CLI, each open dashboard) goes through here: the file is locked,
/// re-read, the changes are applied on top of what is there now, the history lines are
/// appended, and the result is written atomically (see docs/FORMAT.md, "Saving").
public struct RoadmapStore: Sendable {
  /// The roadmap's path as given.
  public let path: String
  /// Called right before the final check of a commit's attempt (0, 1, …): lets tests
  /// play a writer that does not take the lock.
  var beforeFinalCheck: (@Sendable (_ attempt: Int) -> Void)?
  /// How many times a commit re-reads and merges a file others keep changing.
  static let attempts = 5
  /// The buffer a session keeps for the new bytes of a large file (`SpareBytes`); nil
  /// (the command line): fresh memory.
  public var spare: SpareBytes?

  /// A store for the roadmap at `path`, saving large files into `spare` when given.
  public init(path: String, spare: SpareBytes? = nil) {
    self.path = path
    self.spare = spare
  }

  /// The history file: `<name>.history.jsonl` beside the roadmap (`roadmap.json` →
  /// `roadmap.history.jsonl`), following a symlinked roadmap to its folder.
  public var historyPath: String { besideRoadmap(".history.jsonl") }

  /// `<name><suffix>` beside the roadmap's real file, its extension dropped.
  func besideRoadmap(_ suffix: String) -> String {
    let target = AtomicFile.resolve(path) as NSString
    let base = (target.lastPathComponent as NSString).deletingPathExtension
    return target.deletingLastPathComponent.isEmpty
      ? base + suffix
      : target.deletingLastPathComponent + "/" + base + suffix
  }

  /// Why the roadmap must not be written; nil when it may be.
  public var readOnlyReason: ReadOnlyReason? { Self.readOnlyReason(path) }

  /// Why the file at `path` must not be written, e.g. "roadmap.json is read-only (mode
  /// 0444)"; nil when it may be (or does not exist).
  ///
  /// The mode bits are looked at, not only access(2): root may write a 0444 file, but
  /// a file someone made read-only is not to be rewritten behind their back.
  public static func readOnlyReason(_ path: String) -> ReadOnlyReason? {
    let target = AtomicFile.resolve(path)
    var st = stat()
    guard stat(target, &st) == 0 else { return nil }
    let mode = String(format: "%04o", UInt32(st.st_mode & 0o7777))
    if st.st_mode & 0o222 == 0 { return .mode(path: path, mode: mode) }
    var fs = statvfs()
    // ST_RDONLY is 1; Glibc's Swift module does not name it.
    if statvfs(target, &fs) == 0, fs.f_flag & 1 != 0 {
      return .fileSystem(path: path)
    }
    if access(target, W_OK) != 0 { return .notWritable(path: path, mode: mode) }
    let dir = SiblingNames(of: target).dir
    if st.st_nlink == 1, access(dir, W_OK | X_OK) != 0 {
      return .folderNotWritable(path: path)
    }
    return nil
  }

  /// The confirmed history (see `HistoryEntry.read(path:confirmingWith:)`), confirmed
  /// against the roadmap as it is on disk now.
  public func readHistory() -> (entries: [HistoryEntry], problems: [Problem]) {
    let current = try? RoadmapLoader.load(path: path).roadmap
    return HistoryEntry.read(path: historyPath, confirmingWith: current)
  }

  /// What to do when the file changed on disk since it was read.
  public enum ConflictPolicy: Sendable {
    /// Refuse to write: the caller reloads and tries again.
    case refuse
    /// Apply each change on top of the disk's state; when the disk changed the same
    /// field of the same activity too, `keepMine` decides (true: write ours).
    case merge(keepMine: @Sendable (_ mine: Change, _ theirs: FieldValue?) -> Bool)
  }

  /// The outcome of a commit: the state now on disk and what was written.
  public struct CommitResult: Sendable {
    /// The roadmap as written (ours merged over the disk's), ready to continue from.
    public var loaded: LoadedRoadmap
    /// The changes actually written, with `old` as it was on disk.
    public var written: [Change]
    /// Changes not written: their activity is gone from the disk's version, or the
    /// disk changed the same field too and its value was kept.
    public var dropped: [Change]
    /// Of `dropped`, those the disk changed too, with the disk's value.
    public var conflicts: [(mine: Change, theirs: FieldValue?)]
    /// True when others' changes were found on disk and merged in.
    public var merged: Bool
  }

  /// Writes `changes` to the file.
  ///
  /// `base` is the bytes the caller's state came from (nil: read the file now, under the
  /// lock, as the CLI does). When the disk still holds `base`, `current` (the caller's
  /// roadmap with the changes already applied) is written as it is, without re-parsing.
  /// `waiting` makes the wait for the lock cancellable and reported (see `LockWait`);
  /// without it the call blocks until the lock is free.
  public func commit(
    _ changes: [Change], author: String, base: [UInt8]? = nil, current: Roadmap? = nil,
    policy: ConflictPolicy = .refuse, now: Date = Date(), waiting: LockWait? = nil
  ) throws(SaveError) -> CommitResult {
    if let reason = readOnlyReason {
      throw SaveError(.readOnly(reason))
    }
    let lock = try RoadmapLock(for: path, waiting: waiting)
    defer { withExtendedLifetime(lock) {} }
    // The history's last save, if its writer was killed, is decided below against the
    // disk's values (`outcomeOfAnInterruptedSave`), before our lines are appended.
    AtomicFile.recoverLocked(of: path, decidingLastSave: false)
    let target = AtomicFile.resolve(path)
    let log = HistoryLog(path: historyPath)
    var merged = false
    for attempt in 0..<Self.attempts {
      let snapshot = FileSnapshot(target)
      // The common case (nobody else wrote) is checked by streaming the file against
      // `base`, so a large roadmap is not held twice in memory just to compare it.
      var rebased: Roadmap?
      var unchanged = false
      if attempt == 0, let base {
        (unchanged, rebased) = Self.check(target, holds: base, rebasing: current, into: spare)
      }
      var disk = unchanged ? base! : []
      if !unchanged {
        do { disk = try RoadmapLoader.readFile(target, spare: spare) } catch {
          throw SaveError(.unreadable(error))
        }
        if base != nil {
          guard case .merge = policy else {
            throw SaveError(.changedOnDisk(path: path), changedOnDisk: true)
          }
          merged = true
        }
      }
      var plan =
        try unchanged && rebased != nil
        ? Plan(roadmap: rebased!, written: changes)
        : Plan(merging: changes, onto: disk, path, policy)
      let bytes = plan.roadmap.rebase(spare: spare)
      // A save left without an outcome by a killed writer is decided now, against the
      // disk's values: those of `written`'s old where we change a field; where ours
      // reach a field through another (an activity added, then its status set or moved;
      // a project added, then an activity put in it: their `entry`), the plan with ours
      // undone, made once when first needed; else the plan's.
      var undone: Roadmap?
      let outcomes = log.outcomeOfAnInterruptedSave { id, field in
        if let mine = plan.written.first(where: { $0.id == id && $0.field == field }) {
          return .some(mine.old)
        }
        guard field == .entry || plan.written.contains(where: { $0.id == id }) else {
          return .some(plan.roadmap.value(of: field, id: id) ?? nil)
        }
        if undone == nil {
          var disk = plan.roadmap
          for c in plan.written.reversed() { try? disk.apply(c.inverse) }
          undone = disk
        }
        return .some(undone!.value(of: field, id: id) ?? nil)
      }
      let result = CommitResult(
        loaded: LoadedRoadmap(roadmap: plan.roadmap, warnings: [], sourceBytes: bytes),
        written: plan.written, dropped: plan.dropped, conflicts: plan.conflicts, merged: merged)
      if RoadmapLoader.sameBytes(bytes, disk) {
        try? log.append(outcomes, flush: false)
        return result
      }
      let staged = try AtomicFile.stage(bytes, for: path)
      let save = HistoryLog.newSave()
      // History first: a change that reaches the file always has its line.
      do {
        try log.append(
          outcomes + HistoryLog.lines(plan.written, save: save, author: author, now: now))
      } catch {
        staged.discard()
        throw SaveError(.nothingWritten(error.reason))
      }
      beforeFinalCheck?(attempt)
      // A writer that does not lock (vim, cp) may have written since it was read: then
      // this save is dropped and done again over theirs.
      guard snapshot?.stillHolds(disk, at: target) == true else {
        staged.discard()
        try? log.append(HistoryLine.outcomeLine(save: save, committed: false), flush: false)
        continue
      }
      do { try staged.replace() } catch {
        if !staged.committed {
          try? log.append(HistoryLine.outcomeLine(save: save, committed: false), flush: false)
        }
        throw error
      }
      return result
    }
    throw SaveError(.keptChanging(path: path, tries: Self.attempts), changedOnDisk: true)
  }
}

extension RoadmapStore {
  /// Whether the file at `target` still holds `base` and, when `current` is given, it
  /// rebased (its new bytes built, `Roadmap.rebase`): on two cores at once for a large
  /// file, each about a fifth of a second at a million activities. The rebased roadmap
  /// is only used when the file still holds `base`.
  static func check(
    _ target: String, holds base: [UInt8], rebasing current: Roadmap?, into spare: SpareBytes?
  ) -> (unchanged: Bool, rebased: Roadmap?)
  {
    guard let current else { return (RoadmapLoader.fileEquals(target, base), nil) }
    final class Box: @unchecked Sendable {
      var roadmap: Roadmap
      init(_ roadmap: Roadmap) { self.roadmap = roadmap }
    }
    let box = Box(current)
    guard base.count >= 1 << 22 else {
      _ = box.roadmap.rebase(spare: spare)
      return (RoadmapLoader.fileEquals(target, base), box.roadmap)
    }
    let group = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: group) {
      _ = box.roadmap.rebase(spare: spare)
    }
    let unchanged = RoadmapLoader.fileEquals(target, base)
    group.wait()
    return (unchanged, box.roadmap)
  }
}

/// What one attempt of a commit writes: the roadmap with the changes applied, and
/// which changes were written, dropped or in conflict.
struct Plan {
  var roadmap: Roadmap
  var written: [Change] = []
  var dropped: [Change] = []
  var conflicts: [(mine: Change, theirs: FieldValue?)] = []

  init(roadmap: Roadmap, written: [Change]) {
    self.roadmap = roadmap
    self.written = written
  }

  /// Applies `changes` on top of the disk's `bytes`, each with `old` as found there.
  init(
    merging changes: [Change], onto bytes: [UInt8], _ path: String,
    _ policy: RoadmapStore.ConflictPolicy
  ) throws(SaveError) {
    do {
      roadmap = try RoadmapLoader.decode(bytes, file: path).roadmap
    } catch {
      throw SaveError(.invalidOnDisk(path: path, error))
    }
    // Ids of our additions that someone else's addition took meanwhile, and the fresh
    // ids they get instead (our later changes of the same thing follow).
    var renamed: [String: String] = [:]
    for var change in changes {
      if let fresh = renamed[change.id] { change.id = fresh }
      if change.old == nil, case .entry(let entry)? = change.new, roadmap.thing(change.id) != nil {
        change = roadmap.renamedAddition(entry)
        renamed[entry.id] = change.id
      }
      // A field of something gone from the disk's version cannot be written.
      guard case .some(let theirs) = roadmap.value(of: change.field, id: change.id) else {
        dropped.append(change)
        continue
      }
      if theirs == change.new { continue }
      if theirs != change.old, case .merge(let keepMine) = policy, !keepMine(change, theirs) {
        dropped.append(change)
        conflicts.append((change, theirs))
        continue
      }
      let actual = Change(id: change.id, field: change.field, old: theirs, new: change.new)
      do { try roadmap.apply(actual) } catch {
        throw SaveError(.refused(error))
      }
      written.append(actual)
    }
  }
}
