import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes files so that a reader sees either the old or the new content, never a mix.
///
/// Names beside a target `name` (all hidden, in the same folder):
/// - `.name.tmp-PID-N`: new content being written; incomplete until renamed.
/// - `.name.new-PID-N-HASH`: new content complete and flushed, about to be (or being)
///   copied over a file with several hard links; `HASH` is that of the content it
///   replaces, so recovery can tell "not started" from "cut" from "changed since".
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
  /// mode, owner and group kept. A file with other hard links is overwritten in place so
  /// the links stay shared, but only after the new content is complete and flushed
  /// beside it, where `recoverInterrupted(of:)` finds it if the overwrite is cut.
  public static func write(_ bytes: [UInt8], to path: String) throws(SaveError) {
    try stage(bytes, for: path).replace()
  }

  /// Writes `bytes` to a flushed temporary file beside `path`, ready to `replace()` it.
  static func stage(_ bytes: [UInt8], for path: String) throws(SaveError) -> StagedFile {
    let names = SiblingNames(of: resolve(path))
    var st = stat()
    let exists = stat(names.target, &st) == 0
    let inPlace = exists && st.st_nlink > 1 && (st.st_mode & S_IFMT) == S_IFREG
    let temp = names.temporary()
    let fail = failure(path)
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard fd >= 0 else { throw fail(.createTemporary(folder: names.dir)) }
    var ok = false
    defer {
      close(fd)
      if !ok { unlink(temp) }
    }
    if exists && !inPlace && bytes.count >= dropCacheFrom { dropCache(of: names.target) }
    try writeAll(fd, bytes, at: nil, fail)
    if exists && !inPlace {
      _ = fchown(fd, st.st_uid, st.st_gid) == 0 || fchown(fd, uid_t.max, st.st_gid) == 0
      guard fchmod(fd, mode_t(st.st_mode & 0o7777)) == 0 else {
        throw fail(.setMode)
      }
    } else if !exists {
      guard fchmod(fd, 0o644) == 0 else { throw fail(.setMode) }
    }
    guard fsync(fd) == 0 else { throw fail(.flush) }
    // The hash of what is replaced lets recovery see whether the overwrite had begun.
    let oldHash: UInt64?? = inPlace ? .some(contentHash(ofFile: names.target)) : .none
    ok = true
    return StagedFile(path: path, names: names, temp: temp, bytes: bytes, inPlaceOldHash: oldHash)
  }

  /// A maker of "cannot save PATH: step: errno" errors (errno read when called).
  static func failure(_ path: String) -> (WriteStep) -> SaveError {
    { step in SaveError(.write(path: path, step: step, system: .current)) }
  }

  /// Reserves room for `size` bytes in the open file without changing its length, so an
  /// overwrite that grows the file cannot run out of space half-way.
  static func reserve(_ fd: Int32, _ size: Int, _ fail: (WriteStep) -> SaveError) throws(SaveError) {
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw fail(.readSize) }
    guard size > Int(st.st_size), let fallocate = Fallocate.function else { return }
    while fallocate(fd, Fallocate.keepSize, 0, off_t(size)) != 0 {
      if errno == EINTR { continue }
      // A file system without fallocate: the overwrite is all that is left to try.
      if errno == EOPNOTSUPP || errno == ENOSYS { return }
      throw fail(.reserve(bytes: size))
    }
  }

  /// Overwrites the open file with `bytes` from offset 0, cuts it to their length and
  /// flushes: never a truncation to zero first, so at every moment the file holds
  /// at least all of the old or new bytes up to where the writing is.
  static func overwrite(_ fd: Int32, with bytes: [UInt8], _ fail: (WriteStep) -> SaveError)
    throws(SaveError)
  {
    try writeAll(fd, bytes, at: 0, fail)
    guard ftruncate(fd, off_t(bytes.count)) == 0 else { throw fail(.setLength) }
    guard fsync(fd) == 0 else { throw fail(.flush) }
  }

  /// From this size on, the page cache's copy of the file being replaced is given back
  /// before the new content is written (see `dropCache`).
  static let dropCacheFrom = 1 << 24

  /// Gives back the page cache's copy of the file at `path` (its content on disk is
  /// untouched; a reader reads it from the disk meanwhile).
  ///
  /// Why: on this virtual machine memory the system has not touched for a few seconds
  /// is handed back to the host, and the first write into it is slow. Writing a 435 MB
  /// roadmap took 2.35 s into such memory and 0.57 s right after the old file's
  /// 435 MB were given back, pages the write then reuses (measured, fsync apart).
  static func dropCache(of path: String) {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard fd >= 0 else { return }
    _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
    close(fd)
  }

  /// Closes `fd` on a background thread: the last close of a replaced large file frees
  /// its pages, which no save needs to wait for.
  static func closeLater(_ fd: Int32) {
    DispatchQueue.global(qos: .utility).async { _ = close(fd) }
  }

  /// Flushes a folder, so that a rename in it survives a power cut.
  static func syncFolder(_ dir: String) {
    let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
      fsync(dfd)
      close(dfd)
    }
  }

  /// FNV-1a over the bytes: a cheap fingerprint to recognise a content again.
  static func contentHash(_ bytes: UnsafeRawBufferPointer, _ seed: UInt64 = 0xcbf2_9ce4_8422_2325)
    -> UInt64
  {
    var h = seed
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// `contentHash` of a file's whole content, read in slices; nil when unreadable.
  static func contentHash(ofFile path: String) -> UInt64? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { return nil }
      if n == 0 { return h }
      h = chunk.withUnsafeBytes { contentHash(UnsafeRawBufferPointer(rebasing: $0[0..<n]), h) }
    }
  }

  static func writeAll(
    _ fd: Int32, _ bytes: [UInt8], at offset: off_t?, _ fail: (WriteStep) -> SaveError
  ) throws(SaveError) {
    var done = 0
    let result: SaveError? = bytes.withUnsafeBytes { raw in
      while done < raw.count {
        let n =
          offset.map { pwrite(fd, raw.baseAddress! + done, raw.count - done, $0 + off_t(done)) }
          ?? Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          return fail(.write)
        }
        done += n
      }
      return nil
    }
    if let result { throw result }
  }
}

/// `fallocate(2)`, looked up at run time: Glibc's Swift module does not export it.
enum Fallocate {
  typealias Function = @convention(c) (Int32, Int32, off_t, off_t) -> Int32
  /// `FALLOC_FL_KEEP_SIZE`: allocate without changing the file's length.
  static let keepSize: Int32 = 1
  static let function: Function? = {
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "fallocate") else { return nil }
    return unsafeBitCast(symbol, to: Function.self)
  }()
}
