import Dispatch

/// The activities' entries in pieces, each written by the core that read its part of the
/// file (or built its half), numbered on through them as one `SearchEntries` would
/// number them.
///
/// Several buffers, not one: copying the second half onto the first cost a pass over
/// half the index in fresh memory, on one core, after both had finished.
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
  @inline(__always) private func piece(_ e: Int) -> Int {
    if pieces.count == 1 || e < bases[1] { return 0 }
    // The last base at or below `e`.
    var lo = 1, hi = pieces.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if bases[mid] <= e { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// Counts each piece's bytes (`SearchEntries.countBytes`).
  mutating func countBytes() {
    for i in pieces.indices { pieces[i].countBytes() }
  }

  /// The needle of `bytes`: its rarest byte as counted in the largest piece, whose first
  /// megabytes are the sample one buffer of every entry would have counted.
  func needle(_ bytes: [UInt8]) -> Needle { pieces[sample].needle(bytes) }

  /// The piece of the most entries (the first of them: `max` keeps the first).
  private var sample: Int { pieces.indices.max { pieces[$0].count < pieces[$1].count } ?? 0 }

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

  /// Marks in `bits` every entry containing `needle`; several pieces are scanned in two
  /// groups at once, one per core.
  func scan(_ needle: Needle, into bits: inout EntryBits) {
    guard pieces.count >= 2 else { return pieces[0].scan(needle, into: &bits, from: 0) }
    // The pieces before `cut` on one core, the rest on the other, into bits of their own:
    // the cut where about half the entries are on each side.
    let cut = max(1, min(pieces.count - 1, bases.firstIndex { $0 >= count / 2 } ?? 1))
    let first = Scanned(count: count), second = Scanned(count: count)
    DispatchQueue.concurrentPerform(iterations: 2) { i in
      let into = i == 0 ? first : second
      for k in i == 0 ? 0..<cut : cut..<pieces.count {
        pieces[k].scan(needle, into: &into.bits, from: bases[k])
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
