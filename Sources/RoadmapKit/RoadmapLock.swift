import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A wait for a roadmap's lock that can be stopped, and that says who holds the lock.
///
/// Given to `RoadmapStore.commit(…, waiting:)` by a caller that saves off its main
/// thread (the dashboard): `onWait` is told who holds the lock when the wait starts and
/// again whenever the holder changes; `cancel()` (from any thread) ends the wait with a
/// `SaveError` whose `cancelled` is true, and nothing is written.
public final class LockWait: @unchecked Sendable {
  private let mutex = NSLock()
  private var stopped = false
  /// Called with a description of the holder, e.g. "flock (pid 4321)".
  public let onWait: @Sendable (String) -> Void

  /// A wait that reports to `onWait`.
  public init(onWait: @escaping @Sendable (String) -> Void = { _ in }) {
    self.onWait = onWait
  }

  /// Stops waiting; safe from any thread, at any time.
  public func cancel() {
    mutex.lock()
    stopped = true
    mutex.unlock()
  }

  /// Whether `cancel()` was called.
  public var isCancelled: Bool {
    mutex.lock()
    defer { mutex.unlock() }
    return stopped
  }
}

/// An exclusive advisory lock on a roadmap, held while it is read, changed and written.
///
/// The lock is on a hidden file beside the roadmap, not the roadmap itself: a save
/// replaces the roadmap's inode, and a lock on the old inode would protect nothing.
public final class RoadmapLock {
  private let fd: Int32

  /// Takes the lock of the roadmap at `path`: blocks until it is free, or, with
  /// `waiting`, polls every 20 ms, reporting the holder and stopping when cancelled.
  public init(for path: String, waiting: LockWait? = nil) throws(SaveError) {
    let fd = try Self.openLockFile(for: path)
    do { try Self.acquire(fd, path, waiting) } catch {
      close(fd)
      throw error
    }
    self.fd = fd
  }

  private static func acquire(_ fd: Int32, _ path: String, _ waiting: LockWait?) throws(SaveError) {
    func cannotLock() -> SaveError {
      SaveError(.cannotLock(path: path, system: .current))
    }
    guard let waiting else {
      while flock(fd, LOCK_EX) != 0 {
        if errno != EINTR { throw cannotLock() }
      }
      return
    }
    var shown: String?
    var polls = 0
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      if errno == EINTR { continue }
      guard errno == EWOULDBLOCK else { throw cannotLock() }
      if waiting.isCancelled {
        throw SaveError(.stoppedWaiting(path: path), cancelled: true)
      }
      // /proc/locks is read every 100 ms, not every poll: the holder rarely changes.
      if polls % 5 == 0 {
        let holder = holder(of: fd)
        if holder != shown {
          shown = holder
          waiting.onWait(holder)
        }
      }
      polls += 1
      usleep(20_000)
    }
  }

  /// Takes the lock only if it is free right now; nil when it is held or cannot be made.
  init?(tryingFor path: String) {
    guard let fd = try? Self.openLockFile(for: path) else { return nil }
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      if errno == EINTR { continue }
      close(fd)
      return nil
    }
    self.fd = fd
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }

  /// Opens (creating) `.name.lock` beside the roadmap, never through a symlink.
  private static func openLockFile(for path: String) throws(SaveError) -> Int32 {
    let lockPath = SiblingNames(of: AtomicFile.resolve(path)).lock
    var fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o666)
    var cause = fd < 0 ? errno : 0
    if fd < 0 && cause != ELOOP {
      fd = open(lockPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
      // The read-only retry of a lock file that does not exist says ENOENT: the cause is
      // why it could not be created (EACCES, EROFS, ENOSPC), so that one is named.
      if fd < 0 && errno != ENOENT { cause = errno }
    }
    guard fd >= 0 else {
      if cause == ELOOP {
        throw SaveError(.lockIsSymbolicLink(path: path, lock: lockPath))
      }
      throw SaveError(.cannotCreateLock(path: path, lock: lockPath, system: SystemError(cause)))
    }
    return fd
  }

  /// Who holds the flock on the open file `fd`: "flock (pid 4321)", from /proc/locks
  /// and /proc/PID/comm; "another program" when that cannot be found out.
  static func holder(of fd: Int32) -> String {
    var st = stat()
    guard fstat(fd, &st) == 0,
      let text = try? String(contentsOfFile: "/proc/locks", encoding: .utf8)
    else {
      return "another program"
    }
    // Linux's dev_t: major in bits 8–19 and 32–63, minor in bits 0–7 and 20–31.
    let dev = UInt64(st.st_dev)
    let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfff)
    let minor = (dev & 0xff) | ((dev >> 12) & ~0xff)
    let exact = String(format: "%02llx:%02llx:%llu", major, minor, UInt64(st.st_ino))
    let inode = ":\(UInt64(st.st_ino))"
    var byInode: pid_t?
    // "1: FLOCK  ADVISORY  WRITE 4321 fe:00:5333618 0 EOF"; waiters are marked "->".
    for line in text.split(separator: "\n") {
      let f = line.split(separator: " ")
      guard f.count >= 6, f[1] == "FLOCK", let pid = pid_t(f[4]), pid > 0 else { continue }
      if f[5] == exact { return describe(pid) }
      // Some file systems (overlays) report another device for the same file.
      if f[5].hasSuffix(inode) { byInode = byInode ?? pid }
    }
    return byInode.map(describe) ?? "another program"
  }

  /// "comm (pid N)", falling back to the program of the command line.
  static func describe(_ pid: pid_t) -> String {
    var name =
      (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    if name.isEmpty, let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") {
      let argv0 =
        cmdline.split(separator: 0).first.map { String(decoding: $0, as: UTF8.self) } ?? ""
      name = (argv0 as NSString).lastPathComponent
    }
    return name.isEmpty ? "another program (pid \(pid))" : "\(name) (pid \(pid))"
  }
}
