import Foundation
import RoadmapKit
import RoadmapUI

// `JolkartaBench measure FILE RUNS` measures one file and prints JSON (run as a child,
// so each size's peak memory is its own); `JolkartaBench` alone runs the whole suite.
let args = CommandLine.arguments
if args.count >= 3 && args[1] == "measure" {
  do {
    let m = try measure(path: args[2], runs: args.count > 3 ? Int(args[3]) ?? 5 : 5)
    let data = try JSONEncoder().encode(m)
    print(String(decoding: data, as: UTF8.self))
  } catch {
    FileHandle.standardError.write(Data("bench: \(error)\n".utf8))
    exit(1)
  }
} else if args.count >= 3 && args[1] == "frame" {
  // For profiling the first frame alone: load once, then build and draw it ten times.
  let loaded = try RoadmapLoader.load(path: args[2])
  for _ in 0..<10 {
    var d = Dashboard(loaded, options: DashboardOptions(today: loaded.roadmap.asOf))
    _ = d.update(.resize(width: 120, height: 40))
    var grid = Grid(width: 120, height: 40)
    d.render(into: &grid)
  }
} else if args.count >= 3 && args[1] == "reload" {
  // For profiling the reload alone: another process changes a status in FILE (edited in
  // place), three times; each step of the reload after it timed.
  let (loaded, index) = try SearchIndex.load(path: args[2])
  var roadmap = loaded.roadmap
  var d = Dashboard(loaded, options: DashboardOptions(today: roadmap.asOf), searchIndex: index)
  _ = d.update(.resize(width: 120, height: 40))
  var grid = Grid(width: 120, height: 40)
  let jolkarta = URL(fileURLWithPath: args[0]).deletingLastPathComponent().path + "/jolkarta"
  for id in roadmap.activityIndex.keys.prefix(3) {
    let status = roadmap.activity(id: id)!.status == .done ? "pending" : "done"
    _ = runMeasured(jolkarta, ["set-status", id, status, args[2], "--author", "bench"])
    let t0 = now()
    let bytes = try RoadmapLoader.readFile(args[2])
    let t1 = now()
    let fresh = try RoadmapLoader.decode(bytes, after: roadmap, file: args[2])
    let t2 = now()
    _ = d.update(.reloaded(fresh, changedIDs: [id]))
    d.render(into: &grid)
    let t3 = now()
    roadmap = fresh.roadmap
    let kept = d.state.searchIndexing.index != nil ? "search index kept" : "search index to build again"
    print(String(format: "read %.3f  decode %.3f  update+frame %.3f  whole %.3f s, %@", t1 - t0, t2 - t1, t3 - t2, t3 - t0, kept))
  }
} else if args.count >= 3 && args[1] == "save" {
  // For profiling a save alone: load once, then change and save three statuses on it.
  // As the session's worker does: a spare prepared after load, the replaced bytes
  // offered as the next spare (`SpareBytes`); `save FILE fresh` without them.
  let loaded = try RoadmapLoader.load(path: args[2])
  var roadmap = loaded.roadmap
  let spare = args.count < 4 || args[3] != "fresh" ? SpareBytes() : nil
  spare?.prepare(size: roadmap.source.count)
  for id in roadmap.activityIndex.keys.prefix(3) {
    print(try saveFlippedStatus(id, of: &roadmap, to: args[2], spare: spare).seconds)
  }
} else if args.count >= 3 && args[1] == "filters" {
  // Each filter key and the frame after it, then a search typed letter by letter.
  let loaded = try RoadmapLoader.load(path: args[2])
  var d = Dashboard(loaded, options: DashboardOptions(today: loaded.roadmap.asOf))
  _ = d.update(.resize(width: 120, height: 40))
  var grid = Grid(width: 120, height: 40)
  func step(_ name: String, _ keys: [Key]) {
    let t = now()
    for k in keys { _ = d.update(.key(k)) }
    d.render(into: &grid)
    let hits = d.state.search.map { "\($0.hits.count) hits" } ?? ""
    print(name, String(format: "%.1f ms", (now() - t) * 1000), hits)
  }
  step("frame", [])
  let built = now()
  deliverSearchIndex(&d)  // what the session's worker does off the UI thread
  print("search index (off the loop)", String(format: "%.1f ms", (now() - built) * 1000))
  step("j", [.character("j")])
  step("f (done)", [.character("f")])
  step("frame", [])
  step("! (and overdue)", [.character("!")])
  step("f f f (overdue only)", [.character("f"), .character("f"), .character("f")])
  step("o, first agency", [.character("o"), .down, .enter])
  step("1 Enter (a project)", [.character("1"), .enter])
  step("a (agencies)", [.character("a")])
  step("Esc Esc ! o g Enter (no filter)",
    [.escape, .escape, .character("!"), .character("o"), .character("g"), .enter])
  step("/ м", [.character("/"), .character("м")])
  for c in "ектеп" { step("  \(c)", [.character(c)]) }
  step("Esc / басқармасы", [.escape, .character("/")] + "басқармасы".map(Key.character))
} else if args.count >= 3 && args[1] == "search" {
  // For profiling the search alone: the index built three times, then «мектеп» typed
  // letter by letter (each a key and its frame) five times.
  let loaded = try RoadmapLoader.load(path: args[2])
  func cpu() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
  for _ in 0..<3 {
    let t = now(), c = cpu()
    _ = SearchIndex(loaded.roadmap, generation: 0)
    print("index", String(format: "%.1f ms (cpu %.1f ms)", (now() - t) * 1000, (cpu() - c) * 1000))
  }
  var d = Dashboard(loaded, options: DashboardOptions(today: loaded.roadmap.asOf))
  _ = d.update(.resize(width: 120, height: 40))
  deliverSearchIndex(&d)
  var grid = Grid(width: 120, height: 40)
  for _ in 0..<5 {
    _ = d.update(.key(.character("/")))
    var line: [String] = []
    for c in "мектеп" {
      let t = now(), k = cpu()
      _ = d.update(.key(.character(c)))
      d.render(into: &grid)
      line.append(String(format: "%@ %.1f (cpu %.1f)", String(c), (now() - t) * 1000, (cpu() - k) * 1000))
    }
    print(line.joined(separator: "  "), "ms")
    // The index's part alone: the same letters narrowed without the dashboard around them.
    if let index = d.state.searchIndexing.index {
      // Each longer query narrowed from the last one's hits, or scanned anew.
      for narrowing in [true, false] {
        var previous: [SearchHit]? = nil
        var typed = "", parts: [String] = []
        for c in "мектеп" {
          typed.append(c)
          let t = now()
          previous = index.search(typed, owners: d.state.digest.owners, within: narrowing ? previous : nil)
          parts.append(String(format: "%@ %.1f", String(c), (now() - t) * 1000))
        }
        print(narrowing ? "  index alone, narrowed (wall):" : "  each scanned anew (wall):", parts.joined(separator: "  "), "ms")
      }
    }
    _ = d.update(.key(.escape))
  }
} else if args.count >= 3 && args[1] == "peak" {
  do { print(try sessionPeak(path: args[2])) } catch {
    FileHandle.standardError.write(Data("bench: \(error)\n".utf8))
    exit(1)
  }
} else {
  exit(runSuite(sizes: args.count > 1 ? args.dropFirst().compactMap { Int($0) } : [122, 10_000, 100_000, 1_000_000]))
}
