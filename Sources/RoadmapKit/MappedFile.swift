import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file's bytes mapped read-only, for the commands that read a roadmap and never save
/// it (`summary`, `validate`, `export`).
///
/// Why not read(2) into a buffer, as every other load does: the buffer is fresh memory,
/// and the kernel zeroes every page of it before the copy lands there. Measured on the
/// 2-core machine with other builds running, reading a 435 MB roadmap into a buffer took
/// 2.8–3.8 s (9–10 s with huge pages advised); mapping the same file, already in the
/// page cache, 0.18–0.30 s. The mapping shares the page cache's pages: no copy, no zeroing.
///
/// A mapped file can shrink under the reader: another program truncating it in place
/// (a shell's `>`, an editor that writes in place, a save of a file with several hard
/// links) would make reading a page past the new end raise SIGBUS and end the command.
/// While a mapping is read, SIGBUS at one of its pages is caught instead: a page of zeros
/// is put in its place (zeros are not valid JSON anywhere, so the decoder stops), and
/// `shrank` says so, after which the caller reads the file again the ordinary way.
final class MappedFile {
  /// The file's bytes, as long as this object lives.
  let bytes: UnsafeBufferPointer<UInt8>

  /// Maps the regular file open at `fd`, `size` bytes; nil when it cannot be mapped.
  init?(fd: Int32, size: Int) {
    guard size > 0 else { return nil }
    // MAP_POPULATE: the page tables are filled in one go rather than a fault a page.
    let p = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
    guard let p, p != MAP_FAILED else { return nil }
    bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size)
  }

  deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }

  /// Runs `body` over the bytes with SIGBUS at their pages caught; `shrank` is true when
  /// the file lost bytes meanwhile (what `body` saw then is partly zeros).
  func reading<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> (value: T, shrank: Bool) {
    // One mapping guarded at a time: the handler and its range are the process's.
    MappedFile.oneAtATime.lock()
    defer { MappedFile.oneAtATime.unlock() }
    MappedFile.guarded = (UInt(bitPattern: bytes.baseAddress), UInt(bytes.count))
    MappedFile.faulted = 0
    var action = sigaction()
    action.__sigaction_handler.sa_sigaction = MappedFile.onBusError
    action.sa_flags = SA_SIGINFO
    sigemptyset(&action.sa_mask)
    var previous = sigaction()
    sigaction(SIGBUS, &action, &previous)
    let value = body(bytes)
    sigaction(SIGBUS, &previous, nil)
    MappedFile.guarded = (0, 0)
    return (value, MappedFile.faulted != 0)
  }

  static let oneAtATime = NSLock()
  /// The mapping being read (start, length), for the handler to tell its pages.
  nonisolated(unsafe) static var guarded: (UInt, UInt) = (0, 0)
  /// Set by the handler when it replaced a page.
  nonisolated(unsafe) static var faulted: Int32 = 0

  /// SIGBUS: at a page of the mapping being read, a page of zeros in its place; anywhere
  /// else it is not ours, and the default action (ending the program) is taken.
  static let onBusError: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    signal, info, _ in
    let address = UInt(bitPattern: info?.pointee._sifields._sigfault.si_addr)
    let (start, length) = MappedFile.guarded
    guard length > 0, address >= start, address < start + length else {
      // Not a page of ours: back to the default, and the fault happens again, fatally.
      Glibc.signal(signal, SIG_DFL)
      return
    }
    let pageSize = UInt(sysconf(Int32(_SC_PAGESIZE)))
    let page = address & ~(pageSize - 1)
    _ = mmap(
      UnsafeMutableRawPointer(bitPattern: page), Int(pageSize), PROT_READ,
      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
    MappedFile.faulted = 1
  }
}
