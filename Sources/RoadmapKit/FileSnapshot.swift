#if canImport(Glibc)
  import Glibc
#endif

/// What a file looked like when it was read: to see, right before replacing it, whether
/// a writer that does not take the lock (vim, cp, mv) changed it meanwhile.
struct FileSnapshot: Equatable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var mtime: Int64
  var ctime: Int64

  /// Files up to this size are also compared byte for byte: a same-size edit within
  /// the clock's granularity, or one that puts the old times back, is still seen.
  static let contentLimit = 1 << 20

  /// The file's identity, size and times now; nil when it cannot be stat'ed.
  init?(_ path: String) {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    device = UInt64(st.st_dev)
    inode = UInt64(st.st_ino)
    size = Int64(st.st_size)
    mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    ctime = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
  }

  /// Whether the file at `path` is still as this snapshot saw it, holding `bytes`.
  func stillHolds(_ bytes: [UInt8], at path: String) -> Bool {
    guard FileSnapshot(path) == self else { return false }
    return bytes.count > Self.contentLimit || RoadmapLoader.fileEquals(path, bytes)
  }
}
