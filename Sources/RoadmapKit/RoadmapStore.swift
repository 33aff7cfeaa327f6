import Foundation

/// A roadmap file on disk, changed only through `commit`, with its history beside it.
///
/// Every writer (the CLI, each open dashboard) goes through here: the file is locked,
/// re-read, the changes are applied on top of what is there now, and the result is
/// written atomically with one history line per change.
public struct RoadmapStore: Sendable {
  /// The roadmap's path as given.
  public let path: String

  /// A store for the roadmap at `path`.
  public init(path: String) { self.path = path }

  /// The history file: `<name>.history.jsonl` beside the roadmap (`roadmap.json` →
  /// `roadmap.history.jsonl`), following a symlinked roadmap to its folder.
  public var historyPath: String {
    let target = AtomicFile.resolve(path) as NSString
    let base = (target.lastPathComponent as NSString).deletingPathExtension
    return target.deletingLastPathComponent.isEmpty
      ? base + ".history.jsonl"
      : target.deletingLastPathComponent + "/" + base + ".history.jsonl"
  }

  /// What to do when the file changed on disk since it was read.
  public enum ConflictPolicy: Sendable {
    /// Refuse to write: the caller reloads and tries again.
    case refuse
    /// Apply each change on top of the disk's state; when the disk changed the same
    /// field of the same activity too, `keepMine` decides (true: write ours).
    case merge(keepMine: @Sendable (_ mine: ActivityChange, _ theirs: FieldValue?) -> Bool)
  }

  /// The outcome of a commit: the state now on disk and what was written.
  public struct CommitResult: Sendable {
    /// The roadmap as written (ours merged over the disk's), ready to continue from.
    public var loaded: LoadedRoadmap
    /// The changes actually written, with `old` as it was on disk.
    public var written: [ActivityChange]
    /// Changes not written: their activity is gone from the disk's version, or the
    /// disk changed the same field too and its value was kept.
    public var dropped: [ActivityChange]
    /// Of `dropped`, those the disk changed too, with the disk's value.
    public var conflicts: [(mine: ActivityChange, theirs: FieldValue?)]
    /// True when others' changes were found on disk and merged in.
    public var merged: Bool
  }

  /// Writes `changes` to the file.
  ///
  /// `base` is the bytes the caller's state came from (nil: read the file now, under the
  /// lock, as the CLI does). When the disk still holds `base`, `current` (the caller's
  /// roadmap with the changes already applied) is written as it is, without re-parsing.
  public func commit(
    _ changes: [ActivityChange], author: String, base: [UInt8]? = nil, current: Roadmap? = nil,
    policy: ConflictPolicy = .refuse, now: Date = Date()
  ) throws(SaveError) -> CommitResult {
    let lock = try RoadmapLock(for: path)
    defer { withExtendedLifetime(lock) {} }
    AtomicFile.removeStaleTemporaries(of: path)
    // The common case (nobody else wrote) is checked by streaming the file against
    // `base`, so a large roadmap is not held twice in memory just to compare it.
    let unchanged = base.map { RoadmapLoader.fileEquals(path, $0) } ?? false
    // Unchanged, the disk holds `base` (needed when there is no `current` to write).
    var disk: [UInt8] = unchanged ? base! : []
    if !unchanged {
      do { disk = try RoadmapLoader.readFile(path) } catch { throw SaveError("cannot save: \(error.description)") }
    }
    var roadmap: Roadmap
    var written: [ActivityChange] = []
    var dropped: [ActivityChange] = []
    var conflicts: [(mine: ActivityChange, theirs: FieldValue?)] = []
    var merged = false
    if unchanged, let current {
      roadmap = current
      written = changes
    } else {
      if base != nil && !unchanged {
        guard case .merge = policy else {
          throw SaveError(
            "\(path) was changed on disk since it was read; nothing was written. Reload it and try again.",
            changedOnDisk: true)
        }
        merged = true
      }
      do {
        roadmap = try RoadmapLoader.decode(disk, file: path).roadmap
      } catch {
        throw SaveError("\(path) on disk is not a valid roadmap now, so nothing was written over it:\n\(error.description)")
      }
      for change in changes {
        guard let activity = roadmap.activity(id: change.id) else {
          dropped.append(change)
          continue
        }
        let theirs = activity.value(of: change.field)
        if theirs == change.new { continue }
        if theirs != change.old, case .merge(let keepMine) = policy, !keepMine(change, theirs) {
          dropped.append(change)
          conflicts.append((change, theirs))
          continue
        }
        let actual = ActivityChange(id: change.id, field: change.field, old: theirs, new: change.new)
        do { try roadmap.apply(actual) } catch { throw SaveError("cannot save: \(error.description)") }
        written.append(actual)
      }
    }
    let bytes = roadmap.rebase()
    if unchanged ? bytes != base! : bytes != disk {
      try AtomicFile.write(bytes, to: path)
    }
    try appendHistory(written, author: author, now: now)
    return CommitResult(
      loaded: LoadedRoadmap(roadmap: roadmap, warnings: [], sourceBytes: bytes),
      written: written, dropped: dropped, conflicts: conflicts, merged: merged)
  }

  /// Appends one JSON line per change to the history file.
  func appendHistory(_ changes: [ActivityChange], author: String, now: Date) throws(SaveError) {
    guard !changes.isEmpty else { return }
    let time = ISO8601DateFormatter().string(from: now)
    var out: [UInt8] = []
    for c in changes {
      let entry = HistoryEntry(time: time, author: author, id: c.id, field: c.field, old: c.old, new: c.new)
      out += JSONWriter.compactBytes(entry.json)
      out.append(0x0A)
    }
    let fd = open(historyPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw SaveError("saved, but cannot write the history \(historyPath): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    let n = out.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard n == out.count else {
      throw SaveError("saved, but cannot write the history \(historyPath): \(String(cString: strerror(errno)))")
    }
  }
}
