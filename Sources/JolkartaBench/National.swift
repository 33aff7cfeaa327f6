import Foundation
import RoadmapKit
import RoadmapUI

/// The national overview against one region of the same size: 20 files of 2,000 activities
/// opened and redrawn beside one file of 40,000, and a folder of 200 small files.
enum National {
  /// Writes (once) `count` generated files of `activities` each in a folder of `dir`.
  static func folder(_ dir: String, count: Int, activities: Int) -> String {
    let folder = "\(dir)/national-\(count)x\(activities)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for k in 0..<count {
      let path = "\(folder)/region-\(k + 1).json"
      if !FileManager.default.fileExists(atPath: path) {
        try? AtomicFile.write(SyntheticRoadmap(activities: activities, seed: UInt64(k + 1)).bytes(), to: path)
      }
    }
    return folder
  }

  /// One row: reading every file (with history), the first frame at 120×40, a cursor move
  /// with its redraw (median of 200).
  static func overview(_ folder: String) -> (load: Double, frame: Double, move: Double) {
    let paths = RegionFolder.roadmapFiles(in: folder)
    var files: [RegionFile] = []
    let load = timed(5) { files = RegionFolder.load(paths) }
    var state = NationalState()
    let frame = timed(5) {
      state = NationalState()
      _ = state.update(.files(files))
      _ = state.update(.resize(width: 120, height: 40))
      var grid = Grid(width: 120, height: 40)
      state.render(into: &grid)
    }
    var moves: [Double] = []
    for k in 0..<200 {
      let t = now()
      _ = state.update(.key(k % 30 < 15 ? .down : .up))
      var grid = Grid(width: 120, height: 40)
      state.render(into: &grid)
      moves.append(now() - t)
    }
    return (load, frame, median(moves))
  }

  /// The same for one file in its dashboard.
  static func single(_ path: String) -> (load: Double, frame: Double, move: Double) {
    var loaded: LoadedRoadmap?
    let load = timed(5) { loaded = try? RoadmapLoader.load(path: path) }
    guard let l = loaded else { return (.nan, .nan, .nan) }
    var d = Dashboard(l)
    let frame = timed(5) {
      d = Dashboard(l, options: DashboardOptions(today: l.roadmap.asOf))
      _ = d.update(.resize(width: 120, height: 40))
      var grid = Grid(width: 120, height: 40)
      d.render(into: &grid)
    }
    var moves: [Double] = []
    for k in 0..<200 {
      let t = now()
      _ = d.update(.key(k % 2 == 0 ? .down : .up))
      var grid = Grid(width: 120, height: 40)
      d.render(into: &grid)
      moves.append(now() - t)
    }
    return (load, frame, median(moves))
  }

  /// The table: 20 × 2,000 beside 1 × 40,000, and 200 files of 200.
  static func table(dir: String) -> [String] {
    FileHandle.standardError.write(Data("measuring the national overview…\n".utf8))
    let one = "\(dir)/roadmap-40000.json"
    if !FileManager.default.fileExists(atPath: one) {
      try? AtomicFile.write(SyntheticRoadmap(activities: 40_000, seed: 2023).bytes(), to: one)
    }
    let twenty = overview(folder(dir, count: 20, activities: 2_000))
    let single = single(one)
    let many = overview(folder(dir, count: 200, activities: 200))
    func row(_ name: String, _ m: (load: Double, frame: Double, move: Double)) -> String {
      "| \(name) | \(fmt(m.load)) | \(fmt(m.frame)) | \(fmt(m.move)) |"
    }
    let ok = twenty.load <= 1.5 * single.load && twenty.move < 1e-3
    return [
      "| national overview | read every file | first frame 120×40 | cursor move + redraw |",
      "|---|---:|---:|---:|",
      row("20 regions × 2,000 activities (`jolkarta DIR`)", twenty),
      row("1 region × 40,000 activities (`jolkarta FILE`)", single),
      row("200 regions × 200 activities (`jolkarta DIR`)", many),
      "",
      "- 20 × 2,000 as fast as 1 × 40,000 (read ≤ 1.5×, cursor + redraw < 1 ms): \(mark(ok))",
    ]
  }
}
