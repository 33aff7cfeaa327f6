import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Edits not yet saved, kept beside the roadmap so that they outlive the program: a
/// dashboard that cannot save (a read-only or full disk) writes them here when it
/// ends, and offers them again when the roadmap is next opened.
///
/// `<name>.recovery.jsonl` beside the history (`roadmap.json` → `roadmap.recovery.jsonl`,
/// beside a symlinked roadmap's target): one JSON object a line, like the history
/// (`time`, `author`, `id`, `field`, `old`, `new`), in the order the edits were made.
public struct RecoveryFile: Sendable {
  /// The recovery file's path.
  public let path: String

  /// The recovery file of the roadmap at `roadmapPath`.
  public init(for roadmapPath: String) {
    path = RoadmapStore(path: roadmapPath).besideRoadmap(".recovery.jsonl")
  }

  /// Replaces the file's content with `changes` (none: removes it).
  ///
  /// Atomic (temp file, fsync, rename, so a crash leaves the old or the new list) and
  /// quick enough to call on the main thread as the program ends. A recovery file that
  /// is a symlink is refused, never written through.
  public func write(_ changes: [Change], author: String, now: Date = Date())
    throws(SaveError)
  {
    guard !changes.isEmpty else {
      remove()
      return
    }
    let names = SiblingNames(of: path)
    func fail(_ step: WriteStep) -> SaveError {
      SaveError(.recovery(path: path, step: step, system: .current))
    }
    var st = stat()
    if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK {
      throw SaveError(.recovery(path: path, step: .symbolicLink, system: nil))
    }
    removeTemporariesOfDeadWriters(names)
    let time = ISO8601DateFormatter().string(from: now)
    var bytes: [UInt8] = []
    for c in changes {
      let entry = HistoryEntry(
        time: time, author: author, id: c.id, field: c.field, old: c.old, new: c.new)
      bytes += JSONWriter.compactBytes(entry.json) + [0x0A]
    }
    let temp = names.temporary()
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard fd >= 0 else { throw fail(.createTemporary(folder: names.dir)) }
    var ok = false
    defer { if !ok { unlink(temp) } }
    do {
      defer { close(fd) }
      try AtomicFile.writeAll(fd, bytes, at: nil, fail)
      guard fsync(fd) == 0 else { throw fail(.flush) }
    }
    guard rename(temp, path) == 0 else { throw fail(.replace) }
    ok = true
    AtomicFile.syncFolder(names.dir)
  }

  /// The edits kept, with the time and author they were kept with; nil when there are
  /// none (no file, an empty file, or no readable line).
  public func read() -> (changes: [Change], time: String, author: String)? {
    var problems: [Problem] = []
    return read(reporting: &problems)
  }

  /// `read()`, adding a problem for each damaged line (with its number) or for a file
  /// that cannot be read; the readable lines are still returned.
  public func read(reporting problems: inout [Problem]) -> (
    changes: [Change], time: String, author: String
  )? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard fd >= 0 else {
      if errno == ENOENT { return nil }
      let why =
        errno == ELOOP ? "it is a symbolic link; not read" : String(cString: strerror(errno))
      problems.append(
        Problem(severity: .warning, file: path, message: "cannot read the unsaved edits: \(why)"))
      return nil
    }
    var st = stat()
    let regular = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    close(fd)
    guard regular else {
      problems.append(
        Problem(
          severity: .warning, file: path,
          message: "cannot read the unsaved edits: not a regular file"))
      return nil
    }
    let bytes: [UInt8]
    do { bytes = try RoadmapLoader.readFile(path) } catch {
      problems += error.problems
      return nil
    }
    let text = HistoryText(bytes[...], file: path, firstLine: 1)
    problems += text.problems
    var entries: [HistoryEntry] = []
    for case .change(let e, _) in text.lines { entries.append(e) }
    guard let first = entries.first else { return nil }
    return (
      entries.map { Change(id: $0.id, field: $0.field, old: $0.old, new: $0.new) },
      first.time, first.author
    )
  }

  /// Removes the file (nothing left to recover).
  public func remove() {
    unlink(path)
  }

  /// Temporaries of writers killed mid-write: never the only copy (the rename is
  /// what publishes one), so they go.
  private func removeTemporariesOfDeadWriters(_ names: SiblingNames) {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: names.dir) else {
      return
    }
    for entry in entries {
      if let pid = SiblingNames.pid(in: entry, prefix: names.temporaryPrefix),
        SiblingNames.processIsGone(pid)
      {
        unlink(names.dir + "/" + entry)
      }
    }
  }
}
