import Foundation
import RoadmapKit

/// The titles and ids of every activity and project, lowercased into byte buffers, for the
/// `/` search; agencies are looked up by name and hit the activities they own.
///
/// Built on the first search, not when the dashboard opens, so a large roadmap's first
/// frame does not wait for it. A query is found with `memchr`/`memcmp` over a buffer
/// (entries apart by a 0 byte), which is many times faster than comparing a million Swift
/// strings; each hit is mapped back to its entry by a binary search of entry starts.
/// Owners are not indexed (edits change them, titles and ids never change): there are
/// few of them, and each search lowercases their names again.
final class SearchIndex: @unchecked Sendable {
  private struct Built {
    /// One entry per activity, in file order: its title's translations and its id.
    var activities = SearchEntries()
    var locations: [ActivityLocation] = []
    // First entry index of each project, so a location maps to its entry without a table.
    var projectBase: [[Int]] = []
    /// One entry per project, in file order: its title's translations and its id.
    var projects = SearchEntries()
    var projectHits: [SearchHit] = []
    // First project entry of each direction.
    var directionBase: [Int] = []

    func entry(of l: ActivityLocation) -> Int? {
      guard l.direction < projectBase.count, l.project < projectBase[l.direction].count else {
        return nil
      }
      let e = projectBase[l.direction][l.project] + l.activity
      return e < locations.count ? e : nil
    }

    func entry(direction d: Int, project p: Int) -> Int? {
      guard d < directionBase.count else { return nil }
      let e = directionBase[d] + p
      return e < projectHits.count && projectHits[e] == .project(direction: d, project: p) ? e : nil
    }
  }

  private let lock = NSLock()
  private var built: Built?

  /// Projects whose title or id, and activities whose title, id or agency (any translation)
  /// contains `query`, ignoring case and folding ё and the Kazakh letters
  /// (`FastLowercase.fold`), in file order; with `previous`, only those are looked
  /// at (the query grew by a letter).
  func search(
    _ query: String, in roadmap: Roadmap, owners: [OwnerSummary], within previous: [SearchHit]?
  ) -> [SearchHit] {
    var needle: [UInt8] = []
    FastLowercase.append(query, to: &needle, folding: true)
    guard !needle.isEmpty else { return [] }
    let b = index(roadmap)
    // The activities of every agency whose name matches, as a bit per entry.
    var owned = [UInt64](repeating: 0, count: b.locations.count / 64 + 1)
    var name = SearchEntries()
    for o in owners {
      guard let owner = o.owner else { continue }
      name.clear()
      name.add(owner.translations.map(\.text))
      guard name.matches(0, needle) else { continue }
      for l in o.activities {
        if let e = b.entry(of: l) { owned[e / 64] |= 1 << UInt64(e % 64) }
      }
    }
    func isOwned(_ e: Int) -> Bool { owned[e / 64] & (1 << UInt64(e % 64)) != 0 }
    if let previous {
      return previous.filter { hit in
        switch hit {
        case .project(let d, let p):
          return b.entry(direction: d, project: p).map { b.projects.matches($0, needle) } ?? false
        case .activity(let l):
          guard let e = b.entry(of: l) else { return false }
          return isOwned(e) || b.activities.matches(e, needle)
        }
      }
    }
    for e in b.activities.scan(needle) { owned[e / 64] |= 1 << UInt64(e % 64) }
    var hits: [ActivityLocation] = []
    for (w, word) in owned.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        hits.append(b.locations[w * 64 + bits.trailingZeroBitCount])
        bits &= bits - 1
      }
    }
    let projects = b.projects.scan(needle).map { b.projectHits[$0] }
    return SearchHit.merge(projects: projects, activities: hits)
  }

  private func index(_ roadmap: Roadmap) -> Built {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    var b = Built()
    b.activities.reserve(roadmap.activityIndex.count)
    b.locations.reserveCapacity(roadmap.activityIndex.count)
    for (d, direction) in roadmap.directions.enumerated() {
      b.directionBase.append(b.projectHits.count)
      var bases: [Int] = []
      for (p, project) in direction.projects.enumerated() {
        bases.append(b.locations.count)
        b.projects.add(project.title.translations.map(\.text) + [project.id])
        b.projectHits.append(.project(direction: d, project: p))
        for (a, activity) in project.activities.enumerated() {
          b.locations.append(ActivityLocation(direction: d, project: p, activity: a))
          b.activities.add(activity.title.translations.map(\.text) + [activity.id])
        }
      }
      b.projectBase.append(bases)
    }
    built = b
    return b
  }
}

/// Texts lowercased and folded into one byte buffer, one entry after another (each ended by a 0 byte,
/// its parts by a newline, so that no query found spans two).
struct SearchEntries {
  private(set) var text: [UInt8] = []
  private var starts: [Int] = []

  /// Room for `n` entries.
  mutating func reserve(_ n: Int) { starts.reserveCapacity(n) }

  /// Empties the buffer, keeping its memory.
  mutating func clear() {
    text.removeAll(keepingCapacity: true)
    starts.removeAll(keepingCapacity: true)
  }

  /// Appends one entry made of `parts`.
  mutating func add(_ parts: [String]) {
    starts.append(text.count)
    for t in parts {
      FastLowercase.append(t, to: &text, folding: true)
      text.append(0x0A)
    }
    text.append(0)
  }

  /// Whether entry `e` contains `needle`.
  func matches(_ e: Int, _ needle: [UInt8]) -> Bool {
    guard e < starts.count else { return false }
    let end = e + 1 < starts.count ? starts[e + 1] : text.count
    return text.withUnsafeBytes { t in
      needle.withUnsafeBytes { n in Self.find(n, in: t, from: starts[e], to: end) != nil }
    }
  }

  /// Every entry containing `needle`, in order.
  func scan(_ needle: [UInt8]) -> [Int] {
    text.withUnsafeBytes { t in
      needle.withUnsafeBytes { n in
        var hits: [Int] = []
        var from = 0
        while from < t.count, let offset = Self.find(n, in: t, from: from, to: t.count) {
          // The entry holding the hit: the last start at or before it.
          var lo = 0, hi = starts.count - 1
          while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
          }
          hits.append(lo)
          from = lo + 1 < starts.count ? starts[lo + 1] : t.count
        }
        return hits
      }
    }
  }

  /// Where `needle` first occurs in `text[from..<to]`: `memchr` for its last byte (in
  /// Cyrillic the varied one of each letter's two), then a compare of the rest.
  private static func find(
    _ needle: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer, from: Int, to: Int
  ) -> Int? {
    let n = needle.count
    guard n > 0, let base = text.baseAddress else { return nil }
    let last = Int32(needle[n - 1])
    var at = from + n - 1
    while at < to {
      guard let hit = memchr(base + at, last, to - at) else { return nil }
      let end = base.distance(to: UnsafeRawPointer(hit))
      let start = end - (n - 1)
      if memcmp(base + start, needle.baseAddress!, n) == 0 { return start }
      at = end + 1
    }
    return nil
  }
}
