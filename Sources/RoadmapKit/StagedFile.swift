import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The hidden names kept beside a target file: temporaries, complete copies, the lock.
struct SiblingNames {
  /// The resolved target.
  let target: String
  /// Its folder ("." for a bare name).
  let dir: String
  /// Its last component.
  let name: String

  init(of target: String) {
    self.target = target
    let d = (target as NSString).deletingLastPathComponent
    dir = d.isEmpty ? "." : d
    name = (target as NSString).lastPathComponent
  }

  /// `.name.tmp-` : content being written, incomplete until renamed.
  var temporaryPrefix: String { ".\(name).tmp-" }
  /// `.name.new-` : complete content of an in-place overwrite.
  var completePrefix: String { ".\(name).new-" }
  /// The lock file, `.name.lock`.
  var lock: String { dir + "/.\(name).lock" }

  /// A fresh `.name.tmp-PID-N` path.
  func temporary() -> String {
    dir + "/" + temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  }

  /// Whether a process has ended: gone, or a zombie its parent has not reaped yet
  /// (`kill(pid, 0)` still finds those, though they will never write again).
  static func processIsGone(_ pid: pid_t) -> Bool {
    if kill(pid, 0) != 0 { return errno == ESRCH }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].drop(while: { $0 == " " }).first
    return state == "Z" || state == "X"
  }

  /// The pid a hidden name was made by (`.name.tmp-PID-…`), if it has this prefix.
  static func pid(in entry: String, prefix: String) -> pid_t? {
    guard entry.hasPrefix(prefix) else { return nil }
    guard let pid = pid_t(entry.dropFirst(prefix.count).prefix(while: { $0 != "-" })), pid > 0
    else {
      return nil
    }
    return pid
  }
}

/// New content written and flushed beside its target, not yet in place.
///
/// `replace()` puts it in place (the commit point is the rename); `discard()` (or
/// dropping it unreplaced) removes the temporary file.
final class StagedFile {
  let path: String
  let names: SiblingNames
  let bytes: [UInt8]
  /// For a file with several hard links: the hash of the content being replaced.
  let inPlaceOldHash: UInt64??
  private var temp: String?
  /// True once the new content is committed: renamed over the target, or (in place)
  /// renamed to its complete `.new` name, from which recovery finishes the overwrite.
  private(set) var committed = false

  init(path: String, names: SiblingNames, temp: String, bytes: [UInt8], inPlaceOldHash: UInt64??) {
    self.path = path
    self.names = names
    self.temp = temp
    self.bytes = bytes
    self.inPlaceOldHash = inPlaceOldHash
  }

  deinit { discard() }

  /// Removes the temporary file, if it is still there and not committed.
  func discard() {
    if let temp, !committed { unlink(temp) }
    temp = nil
  }

  /// Puts the new content in place of the target.
  func replace() throws(SaveError) {
    guard let temp, !committed else { return }
    let fail = AtomicFile.failure(path)
    guard let oldHash = inPlaceOldHash else {
      // The replaced file stays open across the rename, so that the kernel frees its
      // pages when it is closed, on another thread after the save, and not inside
      // rename(2): 0.10–0.13 s for a file of 435 MB, measured with strace.
      let replaced = open(names.target, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
      defer { if replaced >= 0 { AtomicFile.closeLater(replaced) } }
      guard rename(temp, names.target) == 0 else {
        let e = fail(.replace)
        discard()
        throw e
      }
      committed = true
      self.temp = nil
      AtomicFile.syncFolder(names.dir)
      return
    }
    try replaceInPlace(temp, oldHash: oldHash, fail)
  }

  /// Several hard links: the names must stay one file, so the target is overwritten.
  private func replaceInPlace(_ temp: String, oldHash: UInt64?, _ fail: (WriteStep) -> SaveError)
    throws(SaveError)
  {
    let out = open(names.target, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
    guard out >= 0 else {
      let e = fail(.openForWriting)
      discard()
      throw e
    }
    defer { close(out) }
    // Room first: a full disk fails here, before anything of the target is touched.
    do { try AtomicFile.reserve(out, bytes.count, fail) } catch {
      discard()
      throw error
    }
    let hash = oldHash.map { String($0, radix: 16) } ?? "0"
    let complete =
      names.dir + "/" + names.completePrefix
      + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))-\(hash)"
    guard rename(temp, complete) == 0 else {
      let e = fail(.rename)
      discard()
      throw e
    }
    committed = true
    self.temp = nil
    AtomicFile.syncFolder(names.dir)
    do { try AtomicFile.overwrite(out, with: bytes, fail) } catch {
      throw SaveError(.completeKept(error.reason, complete: complete))
    }
    unlink(complete)
  }
}
