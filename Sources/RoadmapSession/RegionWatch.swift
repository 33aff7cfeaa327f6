import Foundation
import RoadmapKit

/// Reads every region file on a thread of its own, then follows them: the folder's
/// listing and each file's (and its history's) inode, size and times are looked at every
/// `interval` seconds, and only what changed is read again.
///
/// The UI thread never waits: it takes the newest set of files when there is one. A file
/// added to the folder, removed from it, or replaced by rename is seen like an edit.
public final class RegionWatch: @unchecked Sendable {
  /// The folder followed (its `*.json`), or nil for a fixed list of files.
  public let folder: String?
  /// How often the files are looked at, in seconds.
  public let interval: Double
  private let fixed: [String]
  private let lock = NSLock()
  private var fresh: [RegionFile]?
  private var forced: Set<String> = []
  private var stopped = false
  private var read = 0
  private var count = 0
  // Used on the watch's thread only.
  private var known: [String: (stamp: Stamp, file: RegionFile)] = [:]

  /// What tells a file changed: its own and its history's fingerprint, and for a small
  /// file written in the last seconds its bytes (a same-size write within one timestamp
  /// tick is not missed; older files are not read at every look).
  struct Stamp: Equatable {
    var file: FileWatch.Fingerprint?
    var history: FileWatch.Fingerprint?
    var bytes: [UInt8]?
  }

  /// Files up to this size, written in the last `recentSeconds`, are also compared by content.
  static let contentLimit = 256 << 10
  static let recentSeconds = 3

  /// Follows the roadmap files of `folder`.
  public convenience init(folder: String, interval: Double = 0.3) {
    self.init(folder: folder, paths: [], interval: interval)
  }

  /// Follows these files.
  public convenience init(paths: [String], interval: Double = 0.3) {
    self.init(folder: nil, paths: paths, interval: interval)
  }

  private init(folder: String?, paths: [String], interval: Double) {
    self.folder = folder
    fixed = paths
    self.interval = interval
  }

  /// Starts reading, then following, on a thread of its own.
  public func start() {
    Thread.detachNewThread { [self] in
      loadAll()
      while !isStopped {
        Thread.sleep(forTimeInterval: interval)
        if isStopped { break }
        pollOnce()
      }
    }
  }

  /// Stops following (the thread ends after its current look).
  public func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
  }

  private var isStopped: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopped
  }

  /// The files as last read, when they changed since the last call.
  public func take() -> [RegionFile]? {
    lock.lock()
    defer { lock.unlock() }
    let out = fresh
    fresh = nil
    return out
  }

  /// How far the first read is: files read, files in all (0 of 0 before the listing).
  public var progress: (read: Int, of: Int) {
    lock.lock()
    defer { lock.unlock() }
    return (read, count)
  }

  /// Reads `path` again at the next look, whatever its fingerprint says (a region's
  /// dashboard closed: what it saved shows at once).
  public func refresh(_ path: String) {
    lock.lock()
    forced.insert(path)
    lock.unlock()
  }

  private func paths() -> [String] {
    folder.map(RegionFolder.roadmapFiles(in:)) ?? fixed
  }

  private func stamp(_ path: String) -> Stamp {
    let file = FileWatch.fingerprint(path)
    var bytes: [UInt8]?
    if let file, file.size <= Int64(Self.contentLimit),
      max(file.mtime, file.ctime) >= Int(Date().timeIntervalSince1970) - Self.recentSeconds
    {
      bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
    return Stamp(file: file, history: FileWatch.fingerprint(RoadmapStore(path: path).historyPath), bytes: bytes)
  }

  /// The first read: every file, several at a time, counted for the progress bar.
  func loadAll() {
    let list = paths()
    lock.lock()
    count = list.count
    lock.unlock()
    // Stamped before reading: a change while reading is read again at the next look.
    let stamps = list.map(stamp)
    let files = RegionFolder.load(list) { [self] n in
      lock.lock()
      read = max(read, n)
      lock.unlock()
    }
    for (i, path) in list.enumerated() { known[path] = (stamps[i], files[i]) }
    publish(list.map { known[$0]!.file })
  }

  /// One look: the listing, then each file's stamp; what changed is read again.
  func pollOnce() {
    let list = paths()
    lock.lock()
    let force = forced
    forced = []
    lock.unlock()
    var changed = Set(known.keys).subtracting(list).isEmpty == false
    var toRead: [(String, Stamp)] = []
    for path in list {
      let now = stamp(path)
      if force.contains(path) || known[path]?.stamp != now { toRead.append((path, now)) }
    }
    if !toRead.isEmpty {
      let files = RegionFolder.load(toRead.map(\.0))
      for (k, (path, s)) in toRead.enumerated() { known[path] = (s, files[k]) }
      changed = true
    }
    for gone in Set(known.keys).subtracting(list) { known[gone] = nil }
    if changed { publish(list.compactMap { known[$0]?.file }) }
  }

  private func publish(_ files: [RegionFile]) {
    lock.lock()
    fresh = files
    lock.unlock()
  }
}
