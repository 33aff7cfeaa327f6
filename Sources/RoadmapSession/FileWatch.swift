import Foundation
import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// Notices when a file's content changes on disk, whoever changed it and however.
///
/// The path is looked at afresh each time (not an open descriptor), so a save by rename
/// (vim, `sed -i`, another jolkarta) or `cp` over the file is seen like an in-place
/// write. A change of inode, size, or modification or status-change time (to the
/// nanosecond) triggers a read; small files are also compared by content every time,
/// so a same-size edit within the same timestamp tick is not missed. Only content that
/// differs from what is known counts, so our own saves cause no reload.
public final class FileWatch {
  /// The file followed.
  public let path: String
  /// Files up to this size are compared by content at every poll.
  public var contentCheckLimit = 1 << 20
  private var known: [UInt8]
  private var fingerprint: Fingerprint?
  /// Where a large file is read into (the session's `SpareBytes`); nil: fresh memory.
  public var spare: SpareBytes?

  struct Fingerprint: Equatable {
    var device: UInt64, inode: UInt64, size: Int64
    var mtime: Int, mtimeNanos: Int, ctime: Int, ctimeNanos: Int
  }

  /// Follows `path`, whose current content is `bytes`.
  public init(path: String, knownBytes bytes: [UInt8]) {
    self.path = path
    known = bytes
    fingerprint = Self.fingerprint(path)
  }

  /// Records content we wrote ourselves, so it is not reported as a change.
  public func acknowledge(_ bytes: [UInt8]) {
    known = bytes
    fingerprint = Self.fingerprint(path)
  }

  /// Whether the file is still, by its identity, size and times, the content last
  /// known (read by a poll or acknowledged as ours). Only for what may be wrong for a
  /// moment without harm (which history lines a screen shows): a same-size write within
  /// one timestamp tick is not seen here, and the next poll reads it.
  public var seemsUnchanged: Bool {
    guard let fingerprint else { return false }
    return Self.fingerprint(path) == fingerprint
  }

  /// What a poll found.
  public enum Change {
    /// The content is now these bytes.
    case changed([UInt8])
    /// The file cannot be read now (removed, permissions): why, said by the screens.
    case unreadable([Problem])
  }

  /// Looks at the file once; nil when nothing changed.
  public func poll() -> Change? {
    let now = Self.fingerprint(path)
    guard let now else {
      if fingerprint == nil { return nil }
      fingerprint = nil
      let gone = access(path, F_OK) != 0 && errno == ENOENT
      return .unreadable([Problem(file: path, gone ? .noSuchFile : .cannotOpen(system: .current))])
    }
    guard now != fingerprint || Int(now.size) <= contentCheckLimit else { return nil }
    let bytes: [UInt8]
    do { bytes = try RoadmapLoader.readFile(path, spare: spare) } catch {
      return .unreadable(error.problems)
    }
    fingerprint = now
    guard !RoadmapLoader.sameBytes(bytes, known) else {
      spare?.retire(bytes)  // the same content (touched): the buffer is not needed
      return nil
    }
    known = bytes
    return .changed(bytes)
  }

  static func fingerprint(_ path: String) -> Fingerprint? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return Fingerprint(
      device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
      mtime: st.st_mtim.tv_sec, mtimeNanos: st.st_mtim.tv_nsec,
      ctime: st.st_ctim.tv_sec, ctimeNanos: st.st_ctim.tv_nsec)
  }
}
