/// A line and column in a text file, both counted from 1; columns count characters.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// Line number, from 1.
  public var line: Int
  /// Column number in Unicode scalars, from 1.
  public var column: Int
  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}

/// Maps byte offsets of a file to lines and columns, for messages.
public struct SourceText: Sendable {
  /// The file's bytes.
  public let bytes: [UInt8]
  private let lineStarts: [Int]

  /// Indexes the line starts of `bytes` once, so each lookup is a binary search.
  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    bytes.withUnsafeBufferPointer { buf in
      for i in buf.indices where buf[i] == 0x0A { starts.append(i + 1) }
    }
    lineStarts = starts
  }

  /// The line and column of a byte offset (clamped to the text).
  public func location(of offset: Int) -> SourceLocation {
    let offset = max(0, min(offset, bytes.count))
    var lo = 0, hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    var column = 1
    var k = lineStarts[lo]
    while k < offset {
      if bytes[k] & 0xC0 != 0x80 { column += 1 }
      k += 1
    }
    return SourceLocation(line: lo + 1, column: column)
  }
}
