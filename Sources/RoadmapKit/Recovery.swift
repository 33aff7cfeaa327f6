import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension AtomicFile {
  /// Finishes or clears what writers killed mid-save left beside the roadmap at `path`;
  /// call it when a roadmap is opened. Returns a note of each thing it did.
  ///
  /// - A complete `.name.new-…` copy of a dead writer (an in-place overwrite of a file
  ///   with several hard links was cut) is copied over the target, in place, unless
  ///   the target already holds it or was changed by someone else since.
  /// - An incomplete `.name.tmp-…` of a dead writer is removed: the target was never
  ///   touched by that save, so it is not the only complete copy of anything.
  ///
  /// Runs under the roadmap's lock, taken without waiting: when someone holds it,
  /// nothing is done now, and that writer does it before its own save.
  @discardableResult
  public static func recoverInterrupted(of path: String) -> [RecoveryNote] {
    // Most opens find nothing to do: then no lock file is made beside a roadmap that
    // is only read.
    let names = SiblingNames(of: resolve(path))
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: names.dir)) ?? []
    guard
      entries.contains(where: {
        $0.hasPrefix(names.temporaryPrefix) || $0.hasPrefix(names.completePrefix)
      })
    else { return [] }
    guard let lock = RoadmapLock(tryingFor: path) else { return [] }
    return withExtendedLifetime(lock) { recoverLocked(of: path) }
  }

  /// The former name of `recoverInterrupted(of:)`, kept for callers: it is as safe.
  public static func removeStaleTemporaries(of path: String) {
    recoverInterrupted(of: path)
  }

  /// `recoverInterrupted` for a caller that holds the lock. A writer passes
  /// `decidingLastSave: false`: it decides the history's last save itself, against the
  /// file it reads under the same lock (`RoadmapStore.commit`), and reading and decoding
  /// the whole file a second time for it was most of a save at a million activities.
  @discardableResult
  static func recoverLocked(of path: String, decidingLastSave: Bool = true) -> [RecoveryNote] {
    let names = SiblingNames(of: resolve(path))
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: names.dir) else {
      return []
    }
    let dead = SiblingNames.processIsGone
    for entry in entries {
      if let pid = SiblingNames.pid(in: entry, prefix: names.temporaryPrefix), dead(pid) {
        unlink(names.dir + "/" + entry)
      }
    }
    // Under the lock, a copy of our own is stale as well: saves run under it.
    var complete: [(path: String, oldHash: String, time: Int)] = []
    for entry in entries {
      guard let pid = SiblingNames.pid(in: entry, prefix: names.completePrefix),
        dead(pid) || pid == getpid()
      else { continue }
      let full = names.dir + "/" + entry
      var st = stat()
      guard lstat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
      let hash = String(entry.split(separator: "-").last ?? "")
      complete.append((full, hash, st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec))
    }
    var notes: [RecoveryNote] = []
    if let newest = complete.max(by: { $0.time < $1.time }) {
      // Writers recover before they save, so only the newest copy can be the last save's.
      for older in complete where older.path != newest.path { unlink(older.path) }
      notes = finish(newest.path, oldHash: newest.oldHash, names: names, shown: path)
    }
    // A copy still there (its writer alive, or it could not be put in place) may yet
    // be: until then its save is not decided against the file.
    let left = (try? FileManager.default.contentsOfDirectory(atPath: names.dir)) ?? []
    if decidingLastSave, !left.contains(where: { $0.hasPrefix(names.completePrefix) }) {
      decideInterruptedSave(of: path)
    }
    return notes
  }

  /// Gives the last save of the history its outcome line, now that the file is whole:
  /// a writer killed before replacing the file left its lines without one.
  ///
  /// The roadmap on disk is read (`load`) only when the history's last save has no
  /// outcome: every save comes here first, and reading a million-activity file to
  /// decide nothing is what a writer must not do (`recoverLocked`).
  static func decideInterruptedSave(
    of path: String,
    load: (String) -> Roadmap? = { try? RoadmapLoader.load(path: $0).roadmap }
  ) {
    let log = HistoryLog(path: RoadmapStore(path: path).historyPath)
    var disk: Roadmap??
    let line = log.outcomeOfAnInterruptedSave { id, field in
      if disk == nil { disk = .some(load(path)) }
      guard case .some(let roadmap?) = disk else { return .none }
      return .some(roadmap.value(of: field, id: id) ?? nil)
    }
    try? log.append(line, flush: false)
  }

  /// Completes one interrupted in-place overwrite from its complete copy.
  private static func finish(_ copy: String, oldHash: String, names: SiblingNames, shown: String)
    -> [RecoveryNote]
  {
    guard let bytes = try? RoadmapLoader.readFile(copy) else { return [] }
    let current = try? RoadmapLoader.readFile(names.target)
    let copyName = (copy as NSString).lastPathComponent
    if current == bytes {
      unlink(copy)
      return []
    }
    let currentHash = current.map { c in c.withUnsafeBytes { String(contentHash($0), radix: 16) } }
    let notStarted = currentHash == oldHash
    let cut = current.map { (try? RoadmapLoader.decode($0)) == nil } ?? true
    guard notStarted || cut else {
      // A whole roadmap that is neither the old nor the new content: someone else wrote
      // it after the crash; theirs is kept, and the interrupted save is dropped (its
      // history lines are then unconfirmed, as its values are not in the file).
      unlink(copy)
      return [RecoveryNote(file: shown, copy: copyName, outcome: .changedSince)]
    }
    let fd = open(names.target, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
    guard fd >= 0 else {
      return [RecoveryNote(file: shown, copy: copyName, outcome: .notFinished(reason: .current))]
    }
    defer { close(fd) }
    let fail = failure(shown)
    do {
      try reserve(fd, bytes.count, fail)
      try overwrite(fd, with: bytes, fail)
    } catch {
      return [RecoveryNote(file: shown, copy: copyName, outcome: .notFinished(reason: SystemError.of(error)))]
    }
    unlink(copy)
    return [RecoveryNote(file: shown, copy: copyName, outcome: .finished)]
  }
}
