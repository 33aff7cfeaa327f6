import Foundation
import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// Where `-o OUT` sends a command's output.
///
/// - nothing, `-`, `/dev/stdout` (and `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`):
///   the open stream itself, as if there were no `-o`; `/dev/stdout` must not be
///   resolved to the file behind it and replaced (as root it once replaced the device);
/// - a FIFO, a character device (a terminal, /dev/null) or a Unix socket: opened and
///   written into, never replaced by a regular file;
/// - a block device: refused;
/// - anything else: a regular file, replaced atomically (`AtomicFile.write`).
enum OutputFile {
  /// What a `-o` value names.
  enum Destination: Equatable {
    /// An open descriptor, with the name messages use.
    case stream(Int32, String)
    /// A node to open and write into.
    case node(String, isSocket: Bool)
    /// A regular file (or none yet) to replace atomically.
    case file(String)
    /// A node that must not be written: why.
    case refused(String)
  }

  /// The destination `path` names.
  static func destination(_ path: String?) -> Destination {
    guard let path, path != "-" else { return .stream(Output.standardOutput, CLIWords.standardOutput) }
    if let fd = streamNumber(path) {
      return .stream(fd, fd == 1 ? CLIWords.standardOutput : fd == 2 ? CLIWords.standardError : path)
    }
    var st = stat()
    guard stat(path, &st) == 0 else { return .file(path) }
    switch st.st_mode & S_IFMT {
    case S_IFIFO, S_IFCHR: return .node(path, isSocket: false)
    case S_IFSOCK: return .node(path, isSocket: true)
    case S_IFBLK:
      return .refused(Said(
        kk: "\(path) жазылмайды: бұл блоктық құрылғы, оған жазуға болмайды",
        ru: "\(path) не записан: это блочное устройство, в него не пишется",
        en: "cannot write \(path): it is a block device; refusing to write into it").text)
    default: return .file(path)
    }
  }

  /// The descriptor a name of an open stream stands for, or nil.
  static func streamNumber(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    case "/dev/stdin": return nil
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        if let n = Int32(path.dropFirst(prefix.count)), n >= 1 { return n }
      }
      return nil
    }
  }

  /// Writes `text` where `path` says; a failure ends as `OutputError` with its message.
  static func write(_ text: String, to path: String?) throws(OutputError) {
    try write(bytes: Array(text.utf8), to: path)
  }

  /// Writes `bytes` where `path` says (a roadmap from `generate`, never decoded as text
  /// unless a terminal is to show it).
  static func write(bytes: [UInt8], to path: String?) throws(OutputError) {
    switch destination(path) {
    case .refused(let why):
      throw OutputError(description: "jolkarta: \(why)", brokenPipe: false)
    case .file(let path):
      do { try AtomicFile.write(bytes, to: path) } catch {
        throw OutputError(description: CLIWords.saveFailed(error, file: path), brokenPipe: false)
      }
    case .stream, .node:
      try withDescriptor(path) { (fd, name) throws(OutputError) in try Output.write(bytes: bytes, to: fd, named: name) }
    }
  }

  /// Whether `path` can take output piece by piece as it is made (`export` at a million
  /// rows never holds them all): a stream or a node that is not a terminal. A file is
  /// replaced atomically, so it needs the whole; a terminal's text is made inert whole
  /// (a piece could end inside a character).
  static func takesPieces(_ path: String?) -> Bool {
    switch destination(path) {
    case .stream(let fd, _): return isatty(fd) == 0
    case .node(let p, let isSocket): return isSocket || !isTerminal(p)
    case .file, .refused: return false
    }
  }

  /// Whether the node at `path` is a terminal (a character device that answers as one).
  /// A FIFO is not opened to ask: its reader would see this open and close as the end.
  static func isTerminal(_ path: String) -> Bool {
    var st = stat()
    guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFCHR else { return false }
    let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return isatty(fd) == 1
  }

  /// Runs `body` with the open descriptor a stream or node destination writes into (and
  /// the name messages give it); a node is opened first and closed after, its close
  /// checked. Not for a file or a refused destination.
  static func withDescriptor(
    _ path: String?, _ body: (Int32, String) throws(OutputError) -> Void
  ) throws(OutputError) {
    switch destination(path) {
    case .stream(let fd, let name):
      try body(fd, name)
    case .node(let path, let isSocket):
      let fd = isSocket ? connect(socketAt: path) : open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
      guard fd >= 0 else {
        let cause = CLIWords.system(.current)
        throw OutputError(description: CLIWords.cannotOpenForWriting(path, cause), brokenPipe: false)
      }
      do { try body(fd, path) } catch {
        close(fd)
        throw error
      }
      if close(fd) != 0 && errno != EINTR {
        throw OutputError(description: CLIWords.cannotWrite(path, CLIWords.system(.current)), brokenPipe: false)
      }
    case .file, .refused:
      preconditionFailure("withDescriptor is for streams and nodes")
    }
  }

  /// A stream connection to the Unix socket at `path`, or -1 with errno set.
  static func connect(socketAt path: String) -> Int32 {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { return -1 }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    let room = MemoryLayout.size(ofValue: address.sun_path)
    guard bytes.count < room else {
      close(fd)
      errno = ENAMETOOLONG
      return -1
    }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
      raw[bytes.count] = 0
    }
    let ok = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard ok == 0 else {
      let saved = errno
      close(fd)
      errno = saved
      return -1
    }
    return fd
  }
}
