import Dispatch
import RoadmapKit
import RoadmapUI

/// `export --format csv` of a mapped file written on two cores: the rows cut into blocks,
/// each core writing every other block with a reader of the file's texts of its own
/// (`MappedTexts`), the blocks handed out in their order; the same bytes as one core's
/// `rows` (a test compares them).
///
/// Why: at a million activities the rows took as long as the two-core load before them,
/// on one core while the other waited.
///
/// An owner is written as its first spelling in the file. Each core knows only the
/// spellings it met, so before a block goes out every owner its core met for the first
/// time there is checked against the first spelling of the blocks before it; where one
/// was spelled otherwise (the same text, canonically equal, in other bytes) the rest is
/// written on one core from that block on, the spellings met so far in hand.
extension ExportCSV {
  /// A run of one project's activities inside a block.
  struct Segment {
    let direction: Int
    let project: Int
    let activities: Range<Int>
  }

  /// How many rows a block holds for a roadmap of `count` activities: a few dozen blocks
  /// at least, so both cores have work, and at most a few megabytes of CSV each.
  static func blockRows(_ count: Int) -> Int { min(8192, max(64, count / 32)) }

  /// The roadmap's activities cut into blocks of `rows` (the last one shorter).
  static func blocks(_ roadmap: Roadmap, rows: Int) -> [[Segment]] {
    var out: [[Segment]] = [], current: [Segment] = [], filled = 0
    for d in roadmap.directions.indices {
      for p in roadmap.directions[d].projects.indices {
        let n = roadmap.directions[d].projects[p].activities.count
        var from = 0
        while from < n {
          let take = min(n - from, rows - filled)
          current.append(Segment(direction: d, project: p, activities: from..<from + take))
          from += take
          filled += take
          if filled == rows {
            out.append(current)
            current = []
            filled = 0
          }
        }
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// One core's writer: its bytes, its reader of the file's texts, its owners' fields.
  final class Lane: @unchecked Sendable {
    var w: ExportCSV
    var texts: MappedTexts
    let words: RowWords
    /// `w`'s delimiter, read while `w` is being written to (a row asking for a field).
    let delimiter: UInt8
    /// The field of each owner by its place in this lane's `texts.owners`.
    var fields: [[UInt8]?] = []
    /// The places whose field was made in the block last written.
    var fresh: [Int] = []
    /// The first spelling's field of each owner, when this lane writes what is left on
    /// one core (an owner spelled otherwise before); nil on two cores.
    var spellings: [LocalizedText: [UInt8]]?
    /// False once the file no longer read as the load read it.
    var complete = true

    /// A lane with words of its own: two cores retaining the same arrays a row at a time
    /// would fight over their counts' cache line.
    init(_ roadmap: Roadmap, language: Language, delimiter: UInt8, texts: MappedTexts) {
      w = ExportCSV(delimiter: delimiter)
      self.delimiter = delimiter
      self.texts = texts
      words = RowWords(roadmap, language: language, writer: w)
    }

    /// Writes the rows of `block` after what is in `w.out`.
    func write(_ block: [Segment], of roadmap: Roadmap) {
      fresh.removeAll(keepingCapacity: true)
      for s in block where complete {
        let direction = roadmap.directions[s.direction]
        let project = direction.projects[s.project]
        let directionField = w.field(direction.title.resolved(words.code))
        let projectField = w.field(project.title.resolved(words.code))
        project.activities.withUnsafeBufferPointer { acts in
          for i in s.activities {
            guard let t = texts.texts(of: acts, i) else {
              complete = false
              return
            }
            let row = Texts(title: t.title, owner: t.owner < 0 ? nil : .slot(Int(t.owner)), note: t.note)
            w.row(acts, i, row, direction: directionField, project: projectField, words: words, owner: field)
          }
        }
      }
    }

    /// The field of the owner at place `k` of this lane's owners, made the first time.
    func field(_ k: Int) -> [UInt8] {
      while fields.count <= k { fields.append(nil) }
      if let made = fields[k] { return made }
      let owner = texts.owners[k]
      var made = ExportCSV(delimiter: delimiter).field(owner.resolved(words.code))
      if spellings != nil {
        if let first = spellings![owner] { made = first } else { spellings![owner] = made }
      }
      fields[k] = made
      fresh.append(k)
      return made
    }

    /// Hands the bytes written to `emit`, and empties them.
    func hand<E: Error>(to emit: (inout [UInt8]) throws(E) -> Void) throws(E) {
      try emit(&w.out)
      w.out.removeAll(keepingCapacity: true)
    }
  }

  /// The export of a mapped file's roadmap in `blocks`, on two cores, handed to `emit` a
  /// block at a time; false when the file changed while it was read (stopped there,
  /// before the block in hand).
  static func writeOnTwoCores<E: Error>(
    _ roadmap: Roadmap, blocks: [[Segment]], texts: MappedTexts, language: Language, delimiter: UInt8,
    emit: (inout [UInt8]) throws(E) -> Void
  ) throws(E) -> Bool {
    // Each lane with a reader of its own: the decoder's caches are values, copied here.
    let lanes = [0, 1].map { _ in Lane(roadmap, language: language, delimiter: delimiter, texts: texts) }
    lanes[0].w.heading(language)
    // The first spelling's field of each owner in the blocks handed out so far.
    var spellings: [LocalizedText: [UInt8]] = [:]
    var b = 0
    while b < blocks.count {
      let pair = min(2, blocks.count - b), first = b
      DispatchQueue.concurrentPerform(iterations: pair) { i in lanes[i].write(blocks[first + i], of: roadmap) }
      for i in 0..<pair {
        let lane = lanes[i]
        guard lane.complete, !texts.shrank else { return false }
        let owners = lane.texts.owners
        let agrees = lane.fresh.allSatisfy { k in spellings[owners[k]].map { $0 == lane.fields[k]! } ?? true }
        guard agrees else {
          // What this lane wrote is dropped; from its block on, one core (the heading
          // is in the first lane's bytes, which went out with block 0).
          let rest = Lane(roadmap, language: language, delimiter: delimiter, texts: texts)
          rest.spellings = spellings
          if b + i == 0 { rest.w.heading(language) }
          for block in blocks[(b + i)...] {
            rest.write(block, of: roadmap)
            guard rest.complete, !texts.shrank else { return false }
            try rest.hand(to: emit)
          }
          return true
        }
        for k in lane.fresh where spellings[owners[k]] == nil { spellings[owners[k]] = lane.fields[k]! }
        try lane.hand(to: emit)
      }
      b += pair
    }
    return true
  }
}
