import Foundation

/// How far a load has got, read by another thread to draw a progress bar, and a way
/// to cancel it (the user pressed `q` or Ctrl-C while a large file loads).
public final class LoadProgress: @unchecked Sendable {
  private let lock = NSLock()
  private var _fraction = 0.0
  private var _cancelled = false

  /// A fresh progress at 0.
  public init() {}

  /// 0…1: reading the file is the first 30 %, decoding the rest.
  public var fraction: Double {
    lock.lock()
    defer { lock.unlock() }
    return _fraction
  }

  /// Whether `cancel()` was called.
  public var isCancelled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return _cancelled
  }

  /// Asks the load to stop at its next report.
  public func cancel() {
    lock.lock()
    _cancelled = true
    lock.unlock()
  }

  func report(_ value: Double) {
    lock.lock()
    _fraction = max(_fraction, min(1, value))
    lock.unlock()
  }
}
