import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Appending to a roadmap's history file, under the roadmap's lock.
///
/// A save appends its lines, tagged with a fresh save id, before it replaces the
/// roadmap; one that then does not replace it appends `{"save":…,"committed":false}`.
/// When its writer was killed in between, the next writer (or the next open) decides
/// it against the file and appends that line for it.
struct HistoryLog {
  /// The history file.
  let path: String

  /// A fresh save id: 16 hex digits.
  static func newSave() -> String {
    let n = UInt64.random(in: 0...UInt64.max)
    let hex = String(n, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The change lines of one save.
  static func lines(_ changes: [Change], save: String, author: String, now: Date) -> [UInt8]
  {
    let time = ISO8601DateFormatter().string(from: now)
    var out: [UInt8] = []
    for c in changes {
      out += HistoryEntry(
        time: time, author: author, id: c.id, field: c.field, old: c.old, new: c.new
      )
      .storedLine(save: save)
    }
    return out
  }

  /// The outcome line for the last save when it has none and did not reach the file
  /// (its writer was killed before replacing it), decided against `valueNow`, the
  /// roadmap's values on disk now (read under the lock); empty when there is nothing
  /// to say. Appended before anything else, so a save followed by lines counts.
  func outcomeOfAnInterruptedSave(valueNow: (String, Field) -> FieldValue??) -> [UInt8] {
    // Only the last save can be undecided, so the tail is enough (a save's lines are
    // whole in it or end in it).
    let window = 1 << 16
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return [] }
    let start = max(0, Int(st.st_size) - window)
    var tail = [UInt8](repeating: 0, count: Int(st.st_size) - start)
    let n = tail.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
    guard n == tail.count else { return [] }
    var slice = tail[...]
    // The first line of a window that starts mid-file may be cut: it is not read.
    if start > 0, let nl = slice.firstIndex(of: 0x0A) { slice = slice[(nl + 1)...] }
    let text = HistoryText(slice, file: path, firstLine: 1)
    guard let last = HistoryConfirmation(text.lines, valueNow: valueNow).decided, !last.counts
    else { return [] }
    return HistoryLine.outcomeLine(save: last.save, committed: false)
  }

  /// Appends `bytes` (whole lines) and flushes them to disk.
  ///
  /// Never through a symlink (a history linked to ~/.bashrc gets nothing); a last line
  /// left without its line end by a crash is ended first, so it stays one damaged
  /// line instead of swallowing the next entry.
  func append(_ bytes: [UInt8], flush: Bool = true) throws(SaveError) {
    guard !bytes.isEmpty else { return }
    func fail(_ step: WriteStep?, _ system: SystemError? = .current) -> SaveError {
      SaveError(.history(path: path, step: step ?? .openForWriting, system: system))
    }
    let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
    guard fd >= 0 else {
      if errno == ELOOP { throw fail(.symbolicLink, nil) }
      throw fail(.openForWriting)
    }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
      throw fail(.notRegularFile, nil)
    }
    var out = bytes
    if st.st_size > 0 {
      var last: UInt8 = 0
      if pread(fd, &last, 1, off_t(st.st_size) - 1) == 1, last != 0x0A { out.insert(0x0A, at: 0) }
    }
    try AtomicFile.writeAll(fd, out, at: nil) { step in fail(step) }
    if flush && fsync(fd) != 0 {
      throw fail(.flush)
    }
  }
}
