#if canImport(Glibc)
  import Glibc
#endif

extension RoadmapLoader {
  /// Decodes `bytes`, a later state of the file `previous` stands for, reading again only
  /// the activities whose bytes changed: a save (ours or another jolkarta's) splices the
  /// changed activities and leaves every other byte as it was, so at a million activities
  /// a reload costs the comparison of the bytes, not a whole decode (2.2 s).
  ///
  /// The result is the one `decode(bytes)` gives, warnings and errors included: whenever
  /// the change is not inside one project's list of activities (the header, a direction,
  /// an indicator, the layout of the whole file rewritten, a truncated file), or anything
  /// is in doubt, the whole file is decoded.
  public static func decode(
    _ bytes: [UInt8], after previous: Roadmap, file: String = ""
  ) throws(RoadmapLoadError) -> LoadedRoadmap {
    guard let roadmap = IncrementalDecode.roadmap(bytes, after: previous) else {
      return try decode(bytes, file: file)
    }
    return LoadedRoadmap(roadmap: roadmap, warnings: warnings(roadmap, bytes, file: file), sourceBytes: bytes)
  }
}

/// The activities read again after a change: see `RoadmapLoader.decode(_:after:)`.
enum IncrementalDecode {
  /// Where an activity's members sit, as the fast decoder counts depth.
  static let activityDepth = FormatRules.depth(
    below: FormatRules.depth(below: FormatRules.depth(below: 1, in: .list(.direction)), in: .list(.project)),
    in: .list(.activity))

  /// The new roadmap, or nil when only a whole decode can say (never a wrong answer).
  static func roadmap(_ bytes: [UInt8], after old: Roadmap) -> Roadmap? {
    // Pending edits are not in `source`: its spans and the model would disagree.
    guard old.edited.isEmpty, !old.source.isEmpty, !bytes.isEmpty else { return nil }
    let (prefix, suffix) = commonEnds(old.source, bytes)
    if prefix == bytes.count && bytes.count == old.source.count {
      var same = old
      same.origin = same.source
      return same
    }
    let changedOld = prefix..<(old.source.count - suffix)
    let delta = bytes.count - old.source.count
    guard let (d, p) = project(holding: changedOld, in: old) else { return nil }
    let list = old.directions[d].projects[p].activities
    // The activities whose bytes the change touches: from the last that starts at or
    // before it to the first that ends at or after it.
    let first = lastIndex(in: list) { old.actualSpan($0).lowerBound <= changedOld.lowerBound }
    let last = firstIndex(in: list) { old.actualSpan($0).upperBound >= changedOld.upperBound }
    guard let first, let last, first <= last else { return nil }
    let start = old.actualSpan(list[first]).lowerBound
    let end = old.actualSpan(list[last]).upperBound + delta
    guard var fresh = read(bytes, start..<end, direction: d, project: p, from: first, owners: old.ownerTable)
    else { return nil }
    let replaced = list[first...last]
    guard ownersKeepTheirPlaces(old, before: (d, p, first), old: replaced.map(\.ownerSlot), new: fresh.map(\.ownerSlot)),
      idsStayUnique(old, replaced: replaced, by: fresh)
    else { return nil }
    // Spans: the fresh activities are stored at the first replaced one's stored start
    // and the offsets after it, each with the shift that puts it where it is; what
    // follows the change moves by `delta` (one more entry in `spanShifts`).
    let base = list[first].span.lowerBound
    let next = nextStoredStart(old, after: (d, p, last))
    if let next, base + fresh.count > next { return nil }
    var shifts = old.spanShifts.filter { $0.from < base }
    func push(_ from: Int, _ total: Int) {
      if (shifts.last?.total ?? 0) != total { shifts.append(SpanShift(from: from, total: total)) }
    }
    for k in fresh.indices {
      let actual = fresh[k].span
      push(base + k, actual.lowerBound - (base + k))
      fresh[k].span = (base + k)..<(base + k + actual.count)
    }
    if let next {
      push(next, shift(old.spanShifts, at: next) + delta)
      for s in old.spanShifts where s.from > next { push(s.from, s.total + delta) }
    }
    var out = old
    out.spanShifts = shifts
    out.directions[d].projects[p].activities.replaceSubrange(first...last, with: fresh)
    out.directions[d].projects[p].counts = StatusCounts(out.directions[d].projects[p].activities)
    reindex(&out, replaced: replaced, fresh: fresh.count, direction: d, project: p, from: first)
    out.source = bytes
    out.origin = bytes
    return out
  }

  /// How many bytes both start with, and how many of the rest both end with.
  static func commonEnds(_ a: [UInt8], _ b: [UInt8]) -> (prefix: Int, suffix: Int) {
    a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in commonEnds(x, y) } }
  }

  /// `commonEnds` of two buffers (a file's mapped bytes, say).
  static func commonEnds(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> (prefix: Int, suffix: Int) {
    let n = min(a.count, b.count)
    guard n > 0 else { return (0, 0) }
    let x = a.baseAddress!, y = b.baseAddress!
    // memcmp by blocks, then the bytes of the first block that differs.
    let block = 1 << 16
    var p = 0
    while p + block <= n && memcmp(x + p, y + p, block) == 0 { p += block }
    while p < n && x[p] == y[p] { p += 1 }
    let room = n - p
    var s = 0
    while s + block <= room && memcmp(x + a.count - s - block, y + b.count - s - block, block) == 0 { s += block }
    while s < room && x[a.count - s - 1] == y[b.count - s - 1] { s += 1 }
    return (p, s)
  }

  /// The direction and project whose activities' bytes hold all of `range`.
  static func project(holding range: Range<Int>, in r: Roadmap) -> (Int, Int)? {
    for d in r.directions.indices {
      let projects = r.directions[d].projects
      for p in projects.indices {
        guard let a = projects[p].activities.first, let z = projects[p].activities.last else { continue }
        let lo = r.actualSpan(a).lowerBound
        if lo > range.lowerBound { return nil }
        if r.actualSpan(z).upperBound >= range.upperBound { return (d, p) }
      }
    }
    return nil
  }

  /// The last index whose element passes `test`, which holds for a prefix of `list`.
  static func lastIndex(in list: [Activity], _ test: (Activity) -> Bool) -> Int? {
    var lo = 0, hi = list.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if test(list[mid]) { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 ? lo - 1 : nil
  }

  /// The first index whose element passes `test`, which holds for a suffix of `list`.
  static func firstIndex(in list: [Activity], _ test: (Activity) -> Bool) -> Int? {
    var lo = 0, hi = list.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if test(list[mid]) { hi = mid } else { lo = mid + 1 }
    }
    return lo < list.count ? lo : nil
  }

  /// The activities written in `window` of `bytes`, one after another with commas
  /// between, by the fast decoder's own reading of an activity; nil unless they fill
  /// the window exactly and name no owner the roadmap did not know.
  static func read(
    _ bytes: [UInt8], _ window: Range<Int>, direction: Int, project: Int, from index: Int,
    owners: [LocalizedText]
  ) -> [Activity]? {
    guard window.lowerBound < window.upperBound, window.upperBound <= bytes.count else { return nil }
    return bytes.withUnsafeBufferPointer { buf -> [Activity]? in
      var decoder = RoadmapFastDecoder(buf)
      decoder.ownerTable = owners
      for (k, o) in owners.enumerated() { decoder.ownerSlots[o] = Int32(k) }
      decoder.c.i = window.lowerBound
      var out: [Activity] = []
      while true {
        guard
          let a = try? decoder.activity(
            direction: direction, project: project, index: index + out.count, depth: activityDepth)
        else { return nil }
        out.append(a)
        if decoder.c.i == window.upperBound { break }
        guard decoder.c.i < window.upperBound, (try? decoder.expect(0x2C)) != nil else { return nil }
      }
      // A new owner would take a place in the table a whole decode gives in file order.
      return decoder.ownerTable.count == owners.count ? out : nil
    }
  }

  /// Whether the owner table (each owner once, in order of first appearance) is the
  /// same for the new bytes: the owners the replaced and the fresh activities name for
  /// the first time in the file (not before them) are the same, in the same order. Then
  /// no owner is left in the table without activities, and none comes in.
  static func ownersKeepTheirPlaces(
    _ r: Roadmap, before at: (Int, Int, Int), old: [Int32], new: [Int32]
  ) -> Bool {
    var unseen = Set((old + new).filter { $0 >= 0 })
    // Only the owners of the windows are looked for, and only until all are found.
    scan: for d in 0...at.0 where !unseen.isEmpty {
      let projects = r.directions[d].projects
      for p in projects.indices {
        if d == at.0 && p > at.1 { break scan }
        let list = projects[p].activities
        let stop = d == at.0 && p == at.1 ? at.2 : list.count
        for k in 0..<stop where unseen.remove(list[k].ownerSlot) != nil {
          if unseen.isEmpty { break scan }
        }
      }
    }
    func firsts(_ slots: [Int32]) -> [Int32] {
      var seen = Set<Int32>()
      return slots.filter { unseen.contains($0) && seen.insert($0).inserted }
    }
    return firsts(old) == firsts(new)
  }

  /// Whether the fresh activities' ids are unique among themselves, and taken by nothing
  /// else in the roadmap but the activities they replace.
  static func idsStayUnique(_ r: Roadmap, replaced: ArraySlice<Activity>, by fresh: [Activity]) -> Bool {
    let gone = Set(replaced.map(\.id))
    var seen = Set<String>()
    var others: Set<String>?
    for a in fresh {
      guard seen.insert(a.id).inserted else { return false }
      if gone.contains(a.id) { continue }
      if r.activityIndex[a.id] != nil { return false }
      if others == nil { others = otherIDs(r) }
      if others!.contains(a.id) { return false }
    }
    return true
  }

  /// Every id in the roadmap that is not an activity's.
  static func otherIDs(_ r: Roadmap) -> Set<String> {
    var out = Set(r.meetings.map(\.id))
    for d in r.directions {
      out.insert(d.id)
      d.indicators.forEach { out.insert($0.id) }
      for p in d.projects {
        out.insert(p.id)
        p.indicators.forEach { out.insert($0.id) }
      }
    }
    return out
  }

  /// The stored start of the first activity after `at` in file order, if any.
  static func nextStoredStart(_ r: Roadmap, after at: (Int, Int, Int)) -> Int? {
    let here = r.directions[at.0].projects[at.1].activities
    if at.2 + 1 < here.count { return here[at.2 + 1].span.lowerBound }
    for d in at.0..<r.directions.count {
      let projects = r.directions[d].projects
      for p in (d == at.0 ? at.1 + 1 : 0)..<projects.count {
        if let a = projects[p].activities.first { return a.span.lowerBound }
      }
    }
    return nil
  }

  /// The shift `spanShifts` gives a stored offset.
  static func shift(_ shifts: [SpanShift], at stored: Int) -> Int {
    shifts.last { $0.from <= stored }?.total ?? 0
  }

  /// Brings the id index up to date: the replaced activities' ids out, the fresh ones
  /// in, and the later activities of the project at their new places. Untouched (and not
  /// copied: it holds a million entries) when every id stays where it was.
  static func reindex(
    _ r: inout Roadmap, replaced: ArraySlice<Activity>, fresh: Int, direction d: Int, project p: Int, from first: Int
  ) {
    let list = r.directions[d].projects[p].activities
    if fresh == replaced.count && zip(replaced, list[first..<(first + fresh)]).allSatisfy({ $0.id == $1.id }) {
      return
    }
    for a in replaced { r.activityIndex[a.id] = nil }
    // The later ones moved only when the count changed.
    let end = fresh == replaced.count ? first + fresh : list.count
    for k in first..<end {
      r.activityIndex[list[k].id] = ActivityLocation(direction: d, project: p, activity: k)
    }
  }
}

extension Project {
  /// Whether this project's activities are `other`'s in the same storage: copies of one
  /// another, neither changed since, as a reload that read only the changed activities
  /// leaves every other project (`RoadmapLoader.decode(_:after:)`).
  public func sharesActivities(with other: Project) -> Bool {
    activities.count == other.activities.count
      && activities.withUnsafeBufferPointer { x in
        other.activities.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress }
      }
  }
}
