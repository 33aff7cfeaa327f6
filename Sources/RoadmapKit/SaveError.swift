/// A save that failed; the file on disk is as it was.
public struct SaveError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in plain words, naming the file.
  public var message: String
  /// True when the file was changed on disk by someone else since it was read.
  public var changedOnDisk: Bool
  /// True when the caller stopped waiting for the lock (`LockWait.cancel()`); nothing
  /// was written.
  public var cancelled: Bool

  /// Makes an error.
  public init(_ message: String, changedOnDisk: Bool = false, cancelled: Bool = false) {
    self.message = message
    self.changedOnDisk = changedOnDisk
    self.cancelled = cancelled
  }

  /// The message.
  public var description: String { message }
}
