import Foundation
import RoadmapKit
import RoadmapUI

/// Runs a session's effects on a thread of their own, one after another, and keeps their
/// results as messages until the UI thread takes them.
///
/// Everything that touches the disk happens here (saves, the history, copies, looking at
/// the file), so no key ever waits for the disk, a lock or a slow save. The work runs
/// in the order it was asked for; the file watch and the last state known on disk are
/// only used on the worker's queue.
final class EffectWorker: @unchecked Sendable {
  let store: RoadmapStore
  let author: String
  private let queue = DispatchQueue(label: "jolkarta.effects")
  // The search index is built beside the disk's work, not behind a save that may take
  // seconds; one build at a time (a newer roadmap's waits for the one under way).
  private let indexQueue = DispatchQueue(label: "jolkarta.search-index", qos: .userInitiated)
  private let lock = NSLock()
  private var inbox: [Msg] = []
  private var outstanding = 0
  private var polling = false
  private var wait: LockWait?
  // Used on `queue` only.
  private let watch: FileWatch
  private var onDisk: Roadmap
  /// False while the file holds something `onDisk` is not (an invalid roadmap).
  private var onDiskIsTheFile = true

  /// The buffer a large file's next save or reload is written into (`SpareBytes`):
  /// saves and reloads swap it with the bytes they replace.
  let spare: SpareBytes

  init(store: RoadmapStore, author: String, loaded: LoadedRoadmap) {
    let spare = SpareBytes()
    self.spare = spare
    var store = store
    store.spare = spare
    self.store = store
    self.author = author
    watch = FileWatch(path: store.path, knownBytes: loaded.sourceBytes)
    watch.spare = spare
    onDisk = loaded.roadmap
  }

  /// Whether work is under way or results wait to be taken.
  var isBusy: Bool {
    lock.lock()
    defer { lock.unlock() }
    return outstanding > 0 || !inbox.isEmpty
  }

  /// The results that came in since the last call, oldest first.
  func takeMessages() -> [Msg] {
    lock.lock()
    defer { lock.unlock() }
    let out = inbox
    inbox = []
    return out
  }

  private func post(_ msg: Msg) {
    lock.lock()
    inbox.append(msg)
    lock.unlock()
  }

  /// Runs `job` on the worker (or on `on`), counted as outstanding until it has posted
  /// its results.
  private func enqueue(on: DispatchQueue? = nil, _ job: @escaping @Sendable (EffectWorker) -> Void) {
    lock.lock()
    outstanding += 1
    lock.unlock()
    (on ?? queue).async { [self] in
      job(self)
      lock.lock()
      outstanding -= 1
      lock.unlock()
    }
  }

  /// Starts an effect that touches the disk.
  func start(_ effect: Effect) {
    switch effect {
    case .save(let changes, let current, let override):
      let wait = LockWait { [weak self] holder in self?.post(.lockWaiting(holder: holder)) }
      lock.lock()
      self.wait = wait
      lock.unlock()
      enqueue { w in w.save(changes, current: current, override: override, wait: wait) }
    case .saveCopy(let roadmap, let path):
      enqueue { w in
        do throws(SaveError) {
          var copy = roadmap
          try AtomicFile.write(copy.rebase(), to: path)
          w.post(.copySaved(path: path))
        } catch {
          w.post(.saveFailed(error.reason, pending: []))
        }
      }
    case .loadHistory:
      // Confirmed against the file: a save a crash cut off never shows as done. When
      // the file is still what this session last saved or read, that roadmap is the
      // file's: reading a million activities again after each save would hold the
      // next save up behind it.
      enqueue { w in
        let entries =
          w.onDiskIsTheFile && w.watch.seemsUnchanged
          ? HistoryEntry.read(path: w.store.historyPath, confirmingWith: w.onDisk).entries
          : w.store.readHistory().entries
        w.post(.history(entries))
      }
    case .stopWaitingForLock:
      lock.lock()
      let wait = self.wait
      lock.unlock()
      wait?.cancel()
    case .discardRecovery:
      enqueue { w in RecoveryFile(for: w.store.path).remove() }
    case .writeRecovery(let changes):
      // Called on the way out: written at once, on this thread, whatever the worker does.
      try? RecoveryFile(for: store.path).write(changes, author: author, now: Date())
    case .buildSearchIndex(let roadmap, let generation):
      enqueue(on: indexQueue) { w in w.post(.searchIndexBuilt(SearchIndex(roadmap, generation: generation))) }
    case .repaint, .quit, .settleSyncConflict, .leave:
      // Drawing and quitting are the session's; sync conflicts are its sync runner's.
      break
    }
  }

  private func save(_ changes: [Change], current: Roadmap, override: Bool, wait: LockWait) {
    do throws(SaveError) {
      let result = try store.commit(
        changes, author: author, base: current.origin, current: current,
        policy: .merge(keepMine: { _, _ in override }), waiting: wait)
      watch.acknowledge(result.loaded.sourceBytes)
      let replaced = onDisk.source
      onDisk = result.loaded.roadmap
      onDiskIsTheFile = true
      post(.saved(result.loaded, written: result.written, merged: result.merged))
      // The bytes saved over, for the next save or reload to be written into once the
      // dashboard lets go of them (a large file only).
      spare.retire(replaced)
      if !result.conflicts.isEmpty {
        post(.conflicts(result.conflicts.map { Conflict(mine: $0.mine, theirs: $0.theirs) }))
      }
    } catch {
      post(
        error.cancelled
          ? .saveStopped(pending: changes) : .saveFailed(error.reason, pending: changes))
    }
  }

  /// Looks at the file once on the worker, unless a look is already under way or queued.
  func pollIfIdle() {
    lock.lock()
    if polling {
      lock.unlock()
      return
    }
    polling = true
    lock.unlock()
    enqueue { w in
      w.poll()
      w.lock.lock()
      w.polling = false
      w.lock.unlock()
    }
  }

  /// Looks at the file; reports a reload when someone else changed it.
  private func poll() {
    switch watch.poll() {
    case nil: return
    case .unreadable(let problems):
      post(.invalidOnDisk(problems: problems))
    case .changed(let bytes):
      do {
        // Only the activities whose bytes changed are read again (a whole decode when
        // the change is elsewhere): 2.2 s at a million activities otherwise.
        let loaded = try RoadmapLoader.decode(bytes, after: onDisk, file: store.path)
        let changed = Self.changedIDs(from: onDisk, to: loaded.roadmap)
        let replaced = onDisk.source
        onDisk = loaded.roadmap
        onDiskIsTheFile = true
        post(.reloaded(loaded, changedIDs: changed))
        spare.retire(replaced)
      } catch {
        onDiskIsTheFile = false
        post(.invalidOnDisk(problems: Array(error.problems.prefix(3))))
      }
    }
  }

  /// For a large file, makes the buffer its first save will be written into, its pages
  /// touched now rather than inside that save (`SpareBytes`): on the search index's
  /// thread, after the index asked for at start, so neither the first frame, the index
  /// nor a save waits for it.
  func prepareSpare(size: Int) {
    guard size >= SpareBytes.threshold else { return }  // a small file gets none
    enqueue(on: indexQueue) { w in w.spare.prepare(size: size) }
  }

  /// Finishes or rolls back a save a killed writer left half done, then looks for edits
  /// a previous run left in the recovery file.
  func checkRecovery() {
    enqueue { w in
      let notes = AtomicFile.recoverInterrupted(of: w.store.path)
      if !notes.isEmpty { w.post(.interruptedSaveRecovered(notes)) }
      if let found = RecoveryFile(for: w.store.path).read() {
        let edits = RecoveredEdits(changes: found.changes, time: found.time, author: found.author)
        w.post(.recoveryFound(edits))
      }
    }
  }

  /// Waits until all work asked for so far is done, at most `timeout` seconds (tests, and
  /// a headless run); true when it is.
  func waitUntilIdle(timeout: Double) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      lock.lock()
      let idle = outstanding == 0
      lock.unlock()
      if idle { return true }
      usleep(2_000)
    }
    return false
  }

  /// Ids of activities that are new or differ in any field.
  static func changedIDs(from old: Roadmap, to new: Roadmap) -> Set<String> {
    var out = Set<String>()
    for (d, direction) in new.directions.enumerated() {
      for (p, project) in direction.projects.enumerated() {
        // A reload that read only the changed activities shares every other project's
        // list with the old roadmap: the same storage holds the same activities, and a
        // million look-ups are not made.
        if d < old.directions.count, p < old.directions[d].projects.count,
          old.directions[d].projects[p].sharesActivities(with: project)
        {
          continue
        }
        for a in project.activities where old.activity(id: a.id) != a { out.insert(a.id) }
      }
    }
    return out
  }
}
