/// A save that failed; the file on disk is as it was.
///
/// What went wrong is `reason`, a case with its places (the file, the lock file, the
/// folder, the system's refusal as its errno code) and no words of any language: the
/// interface puts it in its language (RoadmapUI's `SaveFailure`). `message` is the
/// English sentence, for logs and the tests of the model.
public struct SaveError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Why the save failed.
  public var reason: SaveReason
  /// True when the file was changed on disk by someone else since it was read.
  public var changedOnDisk: Bool
  /// True when the caller stopped waiting for the lock (`LockWait.cancel()`); nothing
  /// was written.
  public var cancelled: Bool

  /// Makes an error.
  public init(_ reason: SaveReason, changedOnDisk: Bool = false, cancelled: Bool = false) {
    self.reason = reason
    self.changedOnDisk = changedOnDisk
    self.cancelled = cancelled
  }

  /// The reason in English, naming the file.
  public var message: String { reason.english }

  /// The message.
  public var description: String { message }
}

/// Why a roadmap may not be written (`RoadmapStore.readOnlyReason`).
public enum ReadOnlyReason: Sendable, Hashable, CustomStringConvertible {
  /// Its mode gives no one write permission (`0444`).
  case mode(path: String, mode: String)
  /// It is on a file system mounted read-only.
  case fileSystem(path: String)
  /// This user may not write it.
  case notWritable(path: String, mode: String)
  /// This user may not write its folder, so it cannot be replaced.
  case folderNotWritable(path: String)

  /// In English: "roadmap.json is read-only (mode 0444)".
  public var description: String {
    switch self {
    case .mode(let path, let mode): return "\(path) is read-only (mode \(mode))"
    case .fileSystem(let path): return "\(path) is on a read-only file system"
    case .notWritable(let path, let mode): return "\(path) cannot be written by this user (mode \(mode))"
    case .folderNotWritable(let path):
      return "the folder of \(path) cannot be written by this user, so it cannot be replaced"
    }
  }
}

/// The step of writing a file that the system refused.
public enum WriteStep: Sendable, Hashable {
  /// Creating the temporary file in this folder.
  case createTemporary(folder: String)
  case setMode, flush, readSize, setLength, write, replace, openForWriting, rename
  /// Reserving room for this many bytes.
  case reserve(bytes: Int)
  /// Opening the history file, or finding it is not a regular file.
  case notRegularFile
  /// The file is a symbolic link, which is not written through.
  case symbolicLink

  /// In English: "cannot flush to disk".
  public var english: String {
    switch self {
    case .createTemporary(let folder): return "cannot create a temporary file in \(folder)"
    case .setMode: return "cannot set the file mode"
    case .flush: return "cannot flush to disk"
    case .readSize: return "cannot read the file's size"
    case .setLength: return "cannot set the file's length"
    case .write: return "cannot write"
    case .replace: return "cannot replace the file"
    case .openForWriting: return "cannot open for writing"
    case .rename: return "cannot rename the temporary file"
    case .reserve(let bytes): return "not enough room for the new content (\(bytes) bytes)"
    case .notRegularFile: return "not a regular file"
    case .symbolicLink: return "it is a symbolic link; refusing to write through it"
    }
  }
}

/// What a save ran into, with its places.
public indirect enum SaveReason: Sendable, Hashable {
  /// The file may not be written; nothing was.
  case readOnly(ReadOnlyReason)
  /// It changed on disk since it was read and the caller refuses to merge.
  case changedOnDisk(path: String)
  /// Another program kept changing it during every one of `tries` attempts.
  case keptChanging(path: String, tries: Int)
  /// The lock could not be taken: the system's refusal.
  case cannotLock(path: String, system: SystemError?)
  /// The caller stopped waiting for the lock.
  case stoppedWaiting(path: String)
  /// The lock file is a symbolic link.
  case lockIsSymbolicLink(path: String, lock: String)
  /// The lock file could not be created.
  case cannotCreateLock(path: String, lock: String, system: SystemError?)
  /// Writing `path` failed at `step`; `system` is the system's refusal (nil when the
  /// step itself says why).
  case write(path: String, step: WriteStep, system: SystemError?)
  /// Writing the history file failed.
  case history(path: String, step: WriteStep, system: SystemError?)
  /// Writing the file of unsaved edits failed.
  case recovery(path: String, step: WriteStep, system: SystemError?)
  /// The file on disk could not be read again (its problems, with their places).
  case unreadable(RoadmapLoadError)
  /// The file on disk is not a valid roadmap now (its problems, with their places).
  case invalidOnDisk(path: String, RoadmapLoadError)
  /// A change does not apply to the file on disk.
  case refused(EditError)
  /// The overwrite of a hard-linked file stopped half-way; the whole new content is kept
  /// in `complete` and put in place at the next open or save.
  case completeKept(SaveReason, complete: String)
  /// The save stopped at `reason` before anything was written (the history, which goes
  /// first, could not be).
  case nothingWritten(SaveReason)

  /// In English, naming the file.
  public var english: String {
    func system(_ s: SystemError?) -> String { s.map { ": \($0)" } ?? "" }
    switch self {
    case .readOnly(let r): return "cannot save: \(r); nothing was written"
    case .changedOnDisk(let path):
      return "\(path) was changed on disk since it was read; nothing was written. Reload it and try again."
    case .keptChanging(let path, let tries):
      return "\(path) kept being changed by another program while saving (\(tries) tries); nothing was written. Try again."
    case .cannotLock(let path, let s): return "cannot save \(path): cannot lock\(system(s))"
    case .stoppedWaiting(let path): return "stopped waiting for the lock on \(path); nothing was written"
    case .lockIsSymbolicLink(let path, let lock):
      return "cannot save \(path): the lock file \(lock) is a symbolic link; refusing to use it"
    case .cannotCreateLock(let path, let lock, let s):
      return "cannot save \(path): cannot create the lock file \(lock)\(system(s))"
    case .write(let path, let step, let s): return "cannot save \(path): \(step.english)\(system(s))"
    case .history(let path, let step, let s):
      return "cannot write the history \(path): \(step.english)\(system(s))"
    case .recovery(let path, let step, let s):
      return "cannot keep the unsaved edits in \(path): \(step.english)\(system(s))"
    case .unreadable(let e): return "cannot save: \(e.description)"
    case .invalidOnDisk(let path, let e):
      return "\(path) on disk is not a valid roadmap now, so nothing was written over it:\n\(e.description)"
    case .refused(let e): return "cannot save: \(e.description)"
    case .nothingWritten(let inner): return inner.english + "; nothing was written"
    case .completeKept(let inner, let complete):
      return inner.english + "; the complete new content is kept in \(complete) and is put in place "
        + "when the roadmap is next opened or saved"
    }
  }
}
