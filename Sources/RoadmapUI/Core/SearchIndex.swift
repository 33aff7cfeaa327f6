import Foundation
import RoadmapKit

/// The titles of every activity, lowercased into one byte buffer, for the `/` search.
///
/// Built on the first search, not when the dashboard opens, so a large roadmap's first
/// frame does not wait for it. A query is found with `memmem` over the buffer (entries
/// apart by a 0 byte), which is many times faster than comparing a million Swift
/// strings; each hit is mapped back to its activity by a binary search of entry starts.
final class SearchIndex: @unchecked Sendable {
  private struct Built {
    var text: [UInt8]
    var starts: [Int]
    var locations: [ActivityLocation]
    // First entry index of each project, so a location maps to its entry without a table.
    var projectBase: [[Int]]
  }

  private let lock = NSLock()
  private var built: Built?

  /// Activities whose title (any translation) contains `query`, ignoring case, in file order;
  /// with `previous`, only those are looked at (the query grew by a letter).
  func search(_ query: String, in roadmap: Roadmap, within previous: [ActivityLocation]?) -> [ActivityLocation] {
    var needle: [UInt8] = []
    FastLowercase.append(query, to: &needle)
    guard !needle.isEmpty else { return [] }
    let b = index(roadmap)
    return b.text.withUnsafeBytes { text in
      needle.withUnsafeBytes { n in
        if let previous {
          return previous.filter { loc in
            guard loc.direction < b.projectBase.count, loc.project < b.projectBase[loc.direction].count else { return false }
            let e = b.projectBase[loc.direction][loc.project] + loc.activity
            guard e < b.starts.count else { return false }
            let end = e + 1 < b.starts.count ? b.starts[e + 1] : text.count
            return find(n, in: text, from: b.starts[e], to: end) != nil
          }
        }
        var hits: [ActivityLocation] = []
        var from = 0
        while from < text.count, let offset = find(n, in: text, from: from, to: text.count) {
          // The entry holding the hit: the last start at or before it.
          var lo = 0, hi = b.starts.count - 1
          while lo < hi {
            let mid = (lo + hi + 1) / 2
            if b.starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
          }
          hits.append(b.locations[lo])
          from = lo + 1 < b.starts.count ? b.starts[lo + 1] : text.count
        }
        return hits
      }
    }
  }

  /// Where `needle` first occurs in `text[from..<to]`: `memchr` for its last byte (in
  /// Cyrillic the varied one of each letter's two), then a compare of the rest.
  private func find(
    _ needle: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer, from: Int, to: Int
  ) -> Int? {
    let n = needle.count
    let last = Int32(needle[n - 1])
    var at = from + n - 1
    while at < to {
      guard let hit = memchr(text.baseAddress! + at, last, to - at) else { return nil }
      let end = text.baseAddress!.distance(to: UnsafeRawPointer(hit))
      let start = end - (n - 1)
      if memcmp(text.baseAddress! + start, needle.baseAddress!, n) == 0 { return start }
      at = end + 1
    }
    return nil
  }

  private func index(_ roadmap: Roadmap) -> Built {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    var b = Built(text: [], starts: [], locations: [], projectBase: [])
    b.starts.reserveCapacity(roadmap.activityIndex.count)
    b.locations.reserveCapacity(roadmap.activityIndex.count)
    for (d, direction) in roadmap.directions.enumerated() {
      var bases: [Int] = []
      for (p, project) in direction.projects.enumerated() {
        bases.append(b.starts.count)
        for (a, activity) in project.activities.enumerated() {
          b.starts.append(b.text.count)
          b.locations.append(ActivityLocation(direction: d, project: p, activity: a))
          for t in activity.title.translations {
            FastLowercase.append(t.text, to: &b.text)
            b.text.append(0x0A)
          }
          b.text.append(0)
        }
      }
      b.projectBase.append(bases)
    }
    built = b
    return b
  }
}
