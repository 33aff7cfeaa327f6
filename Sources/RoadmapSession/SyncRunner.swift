import Foundation
import RoadmapKit
import RoadmapSync
import RoadmapUI

/// Syncs a session's roadmap through git (`jolkarta --sync`) on a thread of its own: on
/// open, every `interval` seconds, and soon after each save; never on the UI thread, and
/// never in the way of saves (they have their own worker; the sync holds the roadmap's
/// lock only while git changes the work tree).
///
/// Its results come back as `.synced` messages; others' changes that a sync merges in
/// reach the dashboard as any change on disk does, through the file watch.
final class SyncRunner: @unchecked Sendable {
  let sync: RoadmapSync
  /// Seconds between syncs when nothing asks for one sooner.
  let interval: Double
  /// Seconds from a save to the sync that pushes it (edits made together go together).
  var afterSave = 1.0
  private let queue = DispatchQueue(label: "jolkarta.sync")
  private let lock = NSLock()
  private var inbox: [Msg] = []
  private var running = false
  private var due: Date

  /// A runner for `sync`, first due at once.
  init(sync: RoadmapSync, interval: Double) {
    self.sync = sync
    self.interval = interval
    due = Date()
  }

  /// Whether a sync is under way or its result waits to be taken.
  var isBusy: Bool {
    lock.lock()
    defer { lock.unlock() }
    return running || !inbox.isEmpty
  }

  /// The results that came in since the last call.
  func takeMessages() -> [Msg] {
    lock.lock()
    defer { lock.unlock() }
    let out = inbox
    inbox = []
    return out
  }

  /// Asks for a sync `seconds` from now, unless one is due sooner.
  func request(in seconds: Double) {
    lock.lock()
    due = min(due, Date().addingTimeInterval(seconds))
    lock.unlock()
  }

  /// Starts the sync when it is due and none is under way (called on each tick).
  func startIfDue(now: Date = Date()) {
    lock.lock()
    guard !running, now >= due else {
      lock.unlock()
      return
    }
    running = true
    due = .distantFuture
    inbox.append(.synced(.syncing, conflicts: []))
    lock.unlock()
    queue.async { [self] in
      let result: Result<SyncReport, SyncError>
      do throws(SyncError) { result = .success(try sync.run()) } catch { result = .failure(error) }
      let msg = Self.message(for: result)
      lock.lock()
      inbox.append(msg)
      running = false
      due = min(due, Date().addingTimeInterval(interval))
      lock.unlock()
    }
  }

  /// Takes an answered conflict out of the conflict file, on the sync's thread (after
  /// the sync under way, which may be writing that file), and asks for a sync to push it.
  func settle(id: String, field: Field) {
    queue.async { [self] in
      let file = ConflictFile(roadmap: sync.repository.roadmap)
      try? file.write(file.read().filter { !($0.id == id && $0.field == field.rawValue) })
    }
    request(in: afterSave)
  }

  /// Waits until no sync runs, at most `timeout` seconds (tests); true when none does.
  func waitUntilIdle(timeout: Double) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      lock.lock()
      let idle = !running
      lock.unlock()
      if idle {
        queue.sync {}
        return true
      }
      usleep(2_000)
    }
    return false
  }

  /// The dashboard's message for a sync's outcome.
  static func message(for result: Result<SyncReport, SyncError>) -> Msg {
    switch result {
    case .failure(let error): return .synced(.failed(error.failure), conflicts: [])
    case .success(let r):
      let asked = r.conflicts.compactMap(conflict)
      switch r.state {
      case .inSync, .noRemote:
        return .synced(.inSync(time: clock(Date())), conflicts: asked)
      case .conflicts: return .synced(.conflicts(r.conflicts.count), conflicts: asked)
      case .offline: return .synced(.offline(waiting: max(r.waitingChanges, r.waitingCommits)), conflicts: asked)
      }
    }
  }

  /// A conflict of a field the edit API knows, as the dashboard asks it; nil for a
  /// member without a field (settled by hand in the file).
  static func conflict(_ c: MergeConflict) -> Conflict? {
    guard let field = c.editField,
      case .some(let base) = FieldValue.read(c.base, of: field),
      case .some(let ours) = FieldValue.read(c.ours, of: field),
      case .some(let theirs) = FieldValue.read(c.theirs, of: field)
    else { return nil }
    return Conflict(mine: Change(id: c.id, field: field, old: base, new: ours), theirs: theirs, fromSync: true)
  }

  /// The time of day as `12:04`, in the machine's time zone.
  static func clock(_ date: Date) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.dateFormat = "HH:mm"
    return f.string(from: date)
  }
}
