import Foundation

/// One buffer of a large file's bytes that the process keeps for the next save or
/// reload to be written into, instead of fresh memory.
///
/// Why: on this kind of virtual machine a page the process has not touched before (or
/// gave back, and the host took) costs a fault that is slow to fill; copying a file of
/// 435 MB into fresh memory measured 0.75–1.2 s, into memory already held 0.05–0.09 s
/// (a C program, the file in the page cache). A dashboard that saves again and again
/// swaps two buffers: the new file's bytes go into the spare, and the bytes they
/// replace become the spare once nothing else holds them. Memory between saves is the
/// two buffers a save needs anyway, so the session's peak does not rise.
///
/// Only buffers of at least `threshold` bytes are kept. A session owns one (its store
/// saves into it, its file watch reads into it); the command line, which saves once and
/// exits, has none.
public final class SpareBytes: @unchecked Sendable {
  /// Below this a fresh buffer costs little, and none is kept.
  public static let threshold = 1 << 22

  private let lock = NSLock()
  private var bytes: [UInt8]?

  /// An empty slot.
  public init() {}

  /// The capacity to give a large buffer of `size` bytes: room for the file to grow by
  /// edits and still fit when the buffer comes back as the spare. Pages past the count
  /// are never touched, so the room costs address space, not memory.
  static func capacity(for size: Int) -> Int {
    size < threshold ? size : size + max(1 << 16, size >> 8)
  }

  /// Offers `bytes`, no longer needed by the caller (the file's bytes a save or reload
  /// replaced), as the spare; the one kept before is let go. Small buffers are ignored.
  public func retire(_ bytes: [UInt8]) {
    guard bytes.capacity >= Self.threshold else { return }
    lock.lock()
    let old = self.bytes
    self.bytes = bytes
    lock.unlock()
    withExtendedLifetime(old) {}
  }

  /// Makes a spare of room for `size` bytes with every page of it touched, when there
  /// is none of that size yet: for the first save of a large file, run off the UI thread
  /// once the file is loaded.
  public func prepare(size: Int) {
    guard size >= Self.threshold else { return }
    lock.lock()
    let have = self.bytes?.capacity ?? 0
    lock.unlock()
    guard have < size else { return }
    var fresh = [UInt8]()
    fresh.reserveCapacity(Self.capacity(for: size))
    fresh.append(contentsOf: repeatElement(0, count: size))
    fresh.removeAll(keepingCapacity: true)
    retire(fresh)
  }

  /// An empty buffer with room for `size` bytes whose pages the process already holds,
  /// taken out of the slot; nil when there is none that large, or when something else
  /// still shares it (it is then left to its other holders).
  func take(room size: Int) -> [UInt8]? {
    guard size >= Self.threshold else { return nil }
    lock.lock()
    guard var bytes = self.bytes, bytes.capacity >= size else {
      lock.unlock()
      return nil
    }
    self.bytes = nil
    lock.unlock()
    let before = bytes.withUnsafeBufferPointer { $0.baseAddress }
    // Kept in place only when this is the buffer's one reference; otherwise Swift gives
    // a new, untouched buffer, which is no better than a fresh one.
    bytes.removeAll(keepingCapacity: true)
    let after = bytes.withUnsafeBufferPointer { $0.baseAddress }
    return before == after ? bytes : nil
  }

  /// Whether a spare is held, and its room (for tests and the bench).
  public var heldCapacity: Int? {
    lock.lock()
    defer { lock.unlock() }
    return self.bytes?.capacity
  }

  /// Where the spare's bytes are (tests: which buffer a save or read went into).
  var heldAddress: Int? {
    lock.lock()
    defer { lock.unlock() }
    return self.bytes?.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
  }

  /// A buffer of `size` bytes filled by `fill` (given the buffer, which it must fill
  /// whole): the spare's pages when there is one that large, else fresh memory with the
  /// room of `capacity(for:)`.
  static func filled(
    size: Int, from slot: SpareBytes?, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void
  ) -> [UInt8] {
    if var spare = slot?.take(room: size) {
      // Zeroing memory already held is a pass at memory speed (about 0.05 s for 435 MB);
      // it gives the buffer its count, which Array sets no other way in place.
      spare.append(contentsOf: repeatElement(0, count: size))
      spare.withUnsafeMutableBufferPointer { fill($0) }
      return spare
    }
    return [UInt8](unsafeUninitializedCapacity: capacity(for: size)) { buf, count in
      fill(UnsafeMutableBufferPointer(rebasing: buf[0..<size]))
      count = size
    }
  }
}
