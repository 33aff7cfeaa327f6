import Foundation
import RoadmapKit
import RoadmapUI

#if canImport(Glibc)
  import Glibc
#endif

/// Seconds since some fixed point, monotonic.
func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The median of some samples.
func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  guard !s.isEmpty else { return .nan }
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Times `body` `runs` times; the median in seconds.
func timed(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
  var xs: [Double] = []
  for _ in 0..<runs {
    let t = now()
    try body()
    xs.append(now() - t)
  }
  return median(xs)
}

/// Peak resident memory of this process so far, in bytes.
func peakMemory() -> Int {
  var u = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
  return u.ru_maxrss * 1024
}

/// Everything measured on one file, in one process (so peak memory is its own).
struct Measurement: Codable {
  var activities = 0
  var bytes = 0
  /// The dashboard's load: the file read and decoded, its search index written as it is
  /// read (`SearchIndex.load`), as `jolkarta FILE` loads.
  var load = 0.0
  /// The same load without the index (`RoadmapLoader.load`): what writing it costs.
  var loadWithoutIndex = 0.0
  var firstFrame = 0.0
  var cursorMove = 0.0
  var statusSave = 0.0
  /// The same, each save made some seconds after the last (`savePause`), as a user's
  /// saves come: on this virtual machine memory left alone that long is slower to
  /// fill again. Zero below 100,000 activities (not measured).
  var statusSaveAfterPause = 0.0
  var search = 0.0
  /// The first letter typed once the index is built: the key and its frame.
  var firstSearch = 0.0
  var searchHits = 0
  /// The index of every title built (off the UI thread).
  var searchBuild = 0.0
  /// The first letter typed at once after the first frame: its hits wait for the index.
  var firstSearchAtOnce = 0.0
  /// A title edited and its new word searched (the index rewritten in place).
  var retitle = 0.0
  var peakBytes = 0
  /// Load, then the first frame drawn: what the dashboard's user waits for.
  var firstUseful = 0.0
  /// The slowest keystroke of the search typed after its first letter.
  var slowestKeystroke = 0.0
  /// Another process's save seen: the file read again, decoded, the screen redrawn.
  var reload = 0.0
}

/// Seconds between the saves of `Measurement.statusSaveAfterPause`.
let savePause = 5.0

/// Measures the model and the headless dashboard on `path`.
func measure(path: String, runs: Int) throws -> Measurement {
  var m = Measurement()
  var loaded: (loaded: LoadedRoadmap, index: SearchIndex?)? = nil
  var loads: [Double] = [], plain: [Double] = []
  for _ in 0..<runs {
    loaded = nil  // one roadmap in memory at a time, as in the program
    var t = now()
    _ = try RoadmapLoader.load(path: path)
    plain.append(now() - t)
    t = now()
    loaded = try SearchIndex.load(path: path)
    loads.append(now() - t)
  }
  m.load = median(loads)
  m.loadWithoutIndex = median(plain)
  let (l, loadedIndex) = loaded!
  m.bytes = l.sourceBytes.count
  m.activities = l.roadmap.activityIndex.count
  var dashboard: Dashboard? = nil
  var grid = Grid(width: 120, height: 40)
  m.firstUseful = m.load + median((0..<runs).map { _ in
    let t = now()
    var d = Dashboard(l, options: DashboardOptions(today: l.roadmap.asOf), searchIndex: loadedIndex)
    _ = d.update(.resize(width: 120, height: 40))
    var g = Grid(width: 120, height: 40)
    d.render(into: &g)
    return now() - t
  })
  m.firstFrame = timed(runs) {
    var d = Dashboard(l, options: DashboardOptions(today: l.roadmap.asOf), searchIndex: loadedIndex)
    _ = d.update(.resize(width: 120, height: 40))
    grid = Grid(width: 120, height: 40)
    d.render(into: &grid)
    dashboard = d
  }
  // Into the largest project, then cursor moves there: the per-key path.
  var d = dashboard!
  _ = d.update(.key(.enter))
  _ = d.update(.key(.enter))
  var moves: [Double] = []
  for k in 0..<200 {
    let t = now()
    _ = d.update(.key(k % 50 < 25 ? .down : .up))
    grid = Grid(width: 120, height: 40)
    d.render(into: &grid)
    moves.append(now() - t)
  }
  m.cursorMove = median(moves)
  // A status change and its save (the store's path the dashboard uses), on a copy.
  let copy = try ScratchCopy(of: path, suffix: "copy")
  defer { copy.remove() }
  // The copy loaded on its own, as a session holds its roadmap: `l`, kept for what is
  // measured below, would otherwise keep the loaded bytes from becoming the spare of
  // the second save, which in a session they become.
  var roadmap = try RoadmapLoader.load(path: copy.path).roadmap
  // As the session's worker: a spare buffer prepared once the file is loaded, and the
  // bytes each save replaces offered as the next one's (`SpareBytes`).
  let spare = SpareBytes()
  spare.prepare(size: roadmap.source.count)
  // One status change saved, timed; `pause` seconds of quiet before it.
  func save(_ id: String, after pause: Double) throws -> Double {
    if pause > 0 { usleep(useconds_t(pause * 1e6)) }
    return try saveFlippedStatus(id, of: &roadmap, to: copy.path, spare: spare).seconds
  }
  let ids = Array(roadmap.activityIndex.keys.prefix(2 * runs))
  m.statusSave = median(try ids.prefix(runs).map { try save($0, after: 0) })
  if m.activities >= 100_000 {
    m.statusSaveAfterPause = median(try ids.dropFirst(runs).map { try save($0, after: savePause) })
  }
  // The search: its index built off the UI thread, the first letter typed at once and
  // once the index is there, each letter after it (`SearchBench.swift`).
  let search = measureSearch(l, index: loadedIndex, runs: runs)
  m.searchBuild = search.build
  m.firstSearchAtOnce = search.firstAtOnce
  m.firstSearch = search.first
  m.search = search.whole
  m.searchHits = search.hits
  m.slowestKeystroke = search.slowestKeystroke
  m.retitle = search.retitle
  var s = Dashboard(try RoadmapLoader.load(path: copy.path), options: DashboardOptions(today: l.roadmap.asOf))
  _ = s.update(.resize(width: 120, height: 40))
  s.render(into: &grid)
  m.reload = try reloadAfterOtherSave(path: copy.path, dashboard: &s, roadmap: roadmap, spare: spare)
  return m
}

/// Another process (the `jolkarta` binary beside the bench) changes a status in `path`;
/// the time from then until the dashboard shows it: the file read again as the session's
/// watch reads it, decoded as the session does (only the changed activities, against the
/// roadmap it knew), handed to the dashboard and drawn.
func reloadAfterOtherSave(
  path: String, dashboard d: inout Dashboard, roadmap: Roadmap, spare: SpareBytes? = nil
) throws -> Double {
  var grid = Grid(width: 120, height: 40)
  let jolkarta = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/jolkarta"
  let id = roadmap.activityIndex.keys.first!
  let status = roadmap.activity(id: id)!.status == .done ? "pending" : "done"
  guard runMeasured(jolkarta, ["set-status", id, status, path, "--author", "bench"]) != nil else {
    throw RoadmapLoadError(problems: [Problem(file: path, .structureNotReadable)])
  }
  let t = now()
  let bytes = try RoadmapLoader.readFile(path, spare: spare)
  let fresh = try RoadmapLoader.decode(bytes, after: roadmap, file: path)
  _ = d.update(.reloaded(fresh, changedIDs: [id]))
  d.render(into: &grid)
  return now() - t
}

/// Peak memory of one session as a user has it: load once, first frame, a few cursor
/// moves, a search, ten status changes saved, a reload after another process's save.
/// Run in its own process.
func sessionPeak(path: String) throws -> Int {
  // Only the dashboard holds what was loaded, as in a session (`jolkarta FILE` lets go
  // of the load's result once the session has it).
  var d = try { () throws -> Dashboard in
    let (loaded, index) = try SearchIndex.load(path: path)
    return Dashboard(loaded, options: DashboardOptions(today: loaded.roadmap.asOf), searchIndex: index)
  }()
  _ = d.update(.resize(width: 120, height: 40))
  var grid = Grid(width: 120, height: 40)
  d.render(into: &grid)
  // The index the load wrote, or the one the session's worker builds at start if not.
  deliverSearchIndex(&d)
  for key in [Key.enter, .enter, .down, .down, .up] { _ = d.update(.key(key)) }
  d.render(into: &grid)
  let copy = try ScratchCopy(of: path, suffix: "peak")
  defer { copy.remove() }
  for key in [Key.character("/"), .character("м"), .character("е"), .character("к"), .enter] { _ = d.update(.key(key)) }
  d.render(into: &grid)
  var roadmap = d.state.roadmap
  // The session's spare buffer (`SpareBytes`), prepared after the index as its worker does.
  let spare = SpareBytes()
  spare.prepare(size: roadmap.source.count)
  for id in roadmap.activityIndex.keys.prefix(10) {
    let saved = try saveFlippedStatus(id, of: &roadmap, to: copy.path, spare: spare)
    // As the live session does: the dashboard gets what is on disk now.
    _ = d.update(.saved(saved.result.loaded, written: saved.result.written, merged: false))
  }
  _ = try reloadAfterOtherSave(path: copy.path, dashboard: &d, roadmap: roadmap, spare: spare)
  return peakMemory()
}

/// One activity's status flipped (done ↔ pending) and saved as the session's worker
/// saves: the new bytes into `spare`, the bytes they replace offered back as the next
/// save's spare, after the save is timed (the worker offers them after posting it).
func saveFlippedStatus(
  _ id: String, of roadmap: inout Roadmap, to path: String, spare: SpareBytes?
) throws -> (result: RoadmapStore.CommitResult, seconds: Double) {
  let t = now()
  let status: Status = roadmap.activity(id: id)!.status == .done ? .pending : .done
  let change = try roadmap.set(.status, of: id, to: .status(status))
  let replaced = roadmap.origin
  let result = try RoadmapStore(path: path, spare: spare).commit(
    [change], author: "bench", base: roadmap.origin, current: roadmap)
  roadmap = result.loaded.roadmap
  let seconds = now() - t
  spare?.retire(replaced)
  return (result, seconds)
}

/// A copy of a roadmap to save into, flushed to disk first (its own write-back would
/// otherwise be timed as part of the first save), removed with its history and lock.
struct ScratchCopy {
  let path: String

  init(of original: String, suffix: String) throws {
    path = original + ".bench-\(suffix).json"
    remove()
    try FileManager.default.copyItem(atPath: original, toPath: path)
    let fd = open(path, O_RDONLY)
    fsync(fd)
    close(fd)
  }

  func remove() {
    let dir = (path as NSString).deletingLastPathComponent
    for file in [path, RoadmapStore(path: path).historyPath, dir + "/." + (path as NSString).lastPathComponent + ".lock"] {
      try? FileManager.default.removeItem(atPath: file)
    }
  }
}
