import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A save that failed; the file on disk is as it was.
public struct SaveError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in plain words, naming the file.
  public var message: String
  /// True when the file was changed on disk by someone else since it was read.
  public var changedOnDisk: Bool

  /// Makes an error.
  public init(_ message: String, changedOnDisk: Bool = false) {
    self.message = message
    self.changedOnDisk = changedOnDisk
  }

  /// The message.
  public var description: String { message }
}

/// Writes files so that a reader sees either the old or the new content, never a mix.
public enum AtomicFile {
  /// The real file behind `path`: symlinks are followed so the link stays a link.
  public static func resolve(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }

  /// Replaces the file at `path` with `bytes`.
  ///
  /// Temp file in the same folder, fsync, rename over the target, fsync of the folder;
  /// mode, owner and group kept. A file with other hard links is rewritten in place
  /// (after the new content is safely on disk beside it) so the links stay shared.
  public static func write(_ bytes: [UInt8], to path: String) throws(SaveError) {
    let target = resolve(path)
    let dir = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    var st = stat()
    let exists = stat(target, &st) == 0
    let mode = exists ? mode_t(st.st_mode & 0o7777) : 0o644
    let temp = (dir.isEmpty ? "." : dir) + "/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    func fail(_ what: String) -> SaveError {
      SaveError("cannot save \(path): \(what): \(String(cString: strerror(errno)))")
    }
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw fail("cannot create a temporary file in \(dir.isEmpty ? "." : dir)") }
    var ok = false
    defer {
      if !ok { unlink(temp) }
    }
    do {
      defer { close(fd) }
      try writeAll(fd, bytes, fail)
      if exists {
        _ = fchown(fd, st.st_uid, st.st_gid) == 0 || fchown(fd, uid_t.max, st.st_gid) == 0
      }
      guard fchmod(fd, mode) == 0 else { throw fail("cannot set the file mode") }
      guard fsync(fd) == 0 else { throw fail("cannot flush to disk") }
    }
    if exists && st.st_nlink > 1 {
      let out = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
      guard out >= 0 else { throw fail("cannot open for writing") }
      defer { close(out) }
      try writeAll(out, bytes, fail)
      guard fsync(out) == 0 else { throw fail("cannot flush to disk") }
      unlink(temp)
      ok = true
      return
    }
    guard rename(temp, target) == 0 else { throw fail("cannot replace the file") }
    ok = true
    let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
      fsync(dfd)
      close(dfd)
    }
  }

  /// Removes the temporary files a writer killed mid-save left beside `path`
  /// (`.<name>.tmp-<pid>-<n>` whose process is gone); those of live writers stay.
  public static func removeStaleTemporaries(of path: String) {
    let target = resolve(path)
    let dir = (target as NSString).deletingLastPathComponent
    let prefix = ".\((target as NSString).lastPathComponent).tmp-"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir) else { return }
    for name in names where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count).prefix(while: { $0 != "-" })), pid > 0 else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { unlink((dir.isEmpty ? "." : dir) + "/" + name) }
    }
  }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8], _ fail: (String) -> SaveError) throws(SaveError) {
    var done = 0
    let result: SaveError? = bytes.withUnsafeBytes { raw in
      while done < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          return fail("cannot write")
        }
        done += n
      }
      return nil
    }
    if let result { throw result }
  }
}

/// An exclusive advisory lock on a roadmap, held while it is read, changed and written.
///
/// The lock is on a hidden file beside the roadmap, not the roadmap itself: a save
/// replaces the roadmap's inode, and a lock on the old inode would protect nothing.
public final class RoadmapLock {
  private let fd: Int32

  /// Waits for and takes the lock of the roadmap at `path`.
  public init(for path: String) throws(SaveError) {
    let target = AtomicFile.resolve(path)
    let dir = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let lockPath = (dir.isEmpty ? "." : dir) + "/.\(name).lock"
    var fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
    if fd < 0 { fd = open(lockPath, O_RDONLY | O_CLOEXEC) }
    guard fd >= 0 else {
      throw SaveError("cannot save \(path): cannot create the lock file \(lockPath): \(String(cString: strerror(errno)))")
    }
    while flock(fd, LOCK_EX) != 0 {
      if errno != EINTR {
        close(fd)
        throw SaveError("cannot save \(path): cannot lock: \(String(cString: strerror(errno)))")
      }
    }
    self.fd = fd
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
