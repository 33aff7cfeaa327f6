import Dispatch

/// The activities' entries in one or two pieces, each written (and scanned) by a core of
/// its own, numbered on through them as one `SearchEntries` would number them.
///
/// Two buffers, not one: copying the second half onto the first cost a pass over half
/// the index in fresh memory, on one core, after both had finished.
struct SearchPieces: Sendable, Equatable {
  private(set) var pieces: [SearchEntries]
  /// The first entry of each piece, then the count of entries.
  private var bases: [Int]

  /// The entries of `pieces`, in their order.
  init(_ pieces: [SearchEntries] = [SearchEntries()]) {
    self.pieces = pieces
    bases = [0]
    for p in pieces { bases.append(bases.last! + p.count) }
  }

  /// How many entries there are.
  var count: Int { bases[bases.count - 1] }

  /// The piece holding entry `e`.
  @inline(__always) private func piece(_ e: Int) -> Int { pieces.count == 1 || e < bases[1] ? 0 : 1 }

  /// Counts each piece's bytes (`SearchEntries.countBytes`).
  mutating func countBytes() {
    for i in pieces.indices { pieces[i].countBytes() }
  }

  /// The needle of `bytes`: its rarest byte as counted in the first piece, whose first
  /// megabytes are the sample one buffer of every entry would have counted.
  func needle(_ bytes: [UInt8]) -> Needle { pieces[0].needle(bytes) }

  /// Whether entry `e` contains `needle`.
  func matches(_ e: Int, _ needle: Needle) -> Bool {
    let k = piece(e)
    return pieces[k].matches(e - bases[k], needle)
  }

  /// Replaces entry `e`'s text (`SearchEntries.replace`).
  mutating func replace(_ e: Int, with parts: [String]) {
    guard e < count else { return }
    let k = piece(e)
    pieces[k].replace(e - bases[k], with: parts)
  }

  /// Marks in `bits` every entry containing `needle`; two pieces are scanned at once.
  func scan(_ needle: Needle, into bits: inout EntryBits) {
    guard pieces.count == 2 else { return pieces[0].scan(needle, into: &bits, from: 0) }
    // Each piece on a core of its own, into bits of its own.
    let first = Scanned(count: count), second = Scanned(count: count)
    DispatchQueue.concurrentPerform(iterations: 2) { i in
      if i == 0 {
        pieces[0].scan(needle, into: &first.bits, from: 0)
      } else {
        pieces[1].scan(needle, into: &second.bits, from: bases[1])
      }
    }
    bits.formUnion(first.bits)
    bits.formUnion(second.bits)
  }
}

/// The bits one thread marks, handed back to the one that waits for it.
private final class Scanned: @unchecked Sendable {
  var bits: EntryBits
  init(count: Int) { bits = EntryBits(count: count) }
}
