import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the system answered when it refused a call: its POSIX code (errno), and no words
/// of any language.
///
/// The model keeps the code, not strerror's English sentence, so that the interface can
/// say it in its own language (RoadmapUI's `SystemWords`); `description` is the English
/// the C library gives, for logs and for `--lang en`.
public struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The errno value (`EACCES`, `ENOSPC`…).
  public var code: Int32

  /// The error of `code`.
  public init(_ code: Int32) { self.code = code }

  /// The error errno holds now; read it right after the call that failed.
  public static var current: SystemError { SystemError(errno) }

  /// The C library's English words ("Permission denied").
  public var description: String { String(cString: strerror(code)) }

  /// The code's symbolic name ("EACCES"), or nil for one this table lacks.
  public var name: String? { Self.names[code] }

  /// The POSIX code carried by `error`, wherever it sits: a `SystemError`, a `SaveError`'s
  /// reason (also inside a "nothing written" or "complete kept"), a `POSIXError`, an
  /// `NSError` of the POSIX domain, or the POSIX error under a Foundation one
  /// (`CocoaError` keeps it as `NSUnderlyingErrorKey`).
  public static func of(_ error: any Error) -> SystemError? {
    if let e = error as? SystemError { return e }
    if let e = error as? SaveError { return e.reason.system }
    if let e = error as? POSIXError { return SystemError(e.code.rawValue) }
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return SystemError(Int32(ns.code)) }
    if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return of(under) }
    return nil
  }

  /// The names of the codes of Linux and the BSDs that a file, a lock or a pipe can meet.
  ///
  /// Where two names share a value (ENOTSUP and EOPNOTSUPP on Linux) the first, the one
  /// POSIX gives for files, is kept.
  private static let names: [Int32: String] = Dictionary(
    [
      (EPERM, "EPERM"), (ENOENT, "ENOENT"), (ESRCH, "ESRCH"), (EINTR, "EINTR"), (EIO, "EIO"),
      (ENXIO, "ENXIO"), (E2BIG, "E2BIG"), (ENOEXEC, "ENOEXEC"), (EBADF, "EBADF"),
      (ECHILD, "ECHILD"), (EAGAIN, "EAGAIN"), (ENOMEM, "ENOMEM"), (EACCES, "EACCES"),
      (EFAULT, "EFAULT"), (EBUSY, "EBUSY"), (EEXIST, "EEXIST"), (EXDEV, "EXDEV"),
      (ENODEV, "ENODEV"), (ENOTDIR, "ENOTDIR"), (EISDIR, "EISDIR"), (EINVAL, "EINVAL"),
      (ENFILE, "ENFILE"), (EMFILE, "EMFILE"), (ENOTTY, "ENOTTY"), (ETXTBSY, "ETXTBSY"),
      (EFBIG, "EFBIG"), (ENOSPC, "ENOSPC"), (ESPIPE, "ESPIPE"), (EROFS, "EROFS"),
      (EMLINK, "EMLINK"), (EPIPE, "EPIPE"), (ERANGE, "ERANGE"), (EDEADLK, "EDEADLK"),
      (ENAMETOOLONG, "ENAMETOOLONG"), (ENOLCK, "ENOLCK"), (ENOSYS, "ENOSYS"),
      (ENOTEMPTY, "ENOTEMPTY"), (ELOOP, "ELOOP"), (EOVERFLOW, "EOVERFLOW"), (ENOTSUP, "ENOTSUP"),
      (EOPNOTSUPP, "EOPNOTSUPP"), (ECONNREFUSED, "ECONNREFUSED"), (ENOTSOCK, "ENOTSOCK"),
      (ETIMEDOUT, "ETIMEDOUT"), (EDQUOT, "EDQUOT"), (ESTALE, "ESTALE"), (ECANCELED, "ECANCELED"),
      (EILSEQ, "EILSEQ")
    ], uniquingKeysWith: { first, _ in first })
}

extension SaveReason {
  /// The system's refusal behind this reason, if the system refused.
  public var system: SystemError? {
    switch self {
    case .cannotLock(_, let s), .cannotCreateLock(_, _, let s): return s
    case .write(_, _, let s), .history(_, _, let s), .recovery(_, _, let s): return s
    case .nothingWritten(let inner), .completeKept(let inner, _): return inner.system
    default: return nil
    }
  }
}
