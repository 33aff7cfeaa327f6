import Foundation
import RoadmapKit

/// Runs a program; its wall time in seconds, or nil when it cannot be run or fails.
func runTimed(_ executable: String, _ arguments: [String]) -> Double? {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: executable)
  p.arguments = arguments
  p.standardOutput = FileHandle.nullDevice
  p.standardError = FileHandle.nullDevice
  let t = now()
  do { try p.run() } catch { return nil }
  p.waitUntilExit()
  return p.terminationStatus == 0 ? now() - t : nil
}

/// Peak memory of a user's session on `path`, measured in a process of its own.
func peak(_ me: String, _ path: String) -> Int? {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: me)
  p.arguments = ["peak", path]
  let pipe = Pipe()
  p.standardOutput = pipe
  do { try p.run() } catch { return nil }
  let out = pipe.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return Int(String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}

/// Finds a program on PATH.
func which(_ name: String) -> String? {
  for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
    let path = "\(dir)/\(name)"
    if FileManager.default.isExecutableFile(atPath: path) { return path }
  }
  return nil
}

func fmt(_ seconds: Double) -> String {
  if seconds.isNaN { return "—" }
  if seconds < 1e-3 { return String(format: "%.0f µs", seconds * 1e6) }
  if seconds < 1 { return String(format: "%.1f ms", seconds * 1e3) }
  return String(format: "%.2f s", seconds)
}

func mark(_ ok: Bool) -> String { ok ? "met" : "NOT met" }

/// Generates the synthetic files, measures each size and prints one table.
func runSuite(sizes: [Int]) -> Int32 {
  let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
  let jolkarta = binDir + "/jolkarta"
  let me = CommandLine.arguments[0]
  let dir = "bench-out"
  try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  let jq = which("jq")
  var rows: [String] = []
  var targets: [String] = []
  for n in sizes {
    let path = "\(dir)/roadmap-\(n).json"
    if !FileManager.default.fileExists(atPath: path) {
      FileHandle.standardError.write(Data("generating \(path)…\n".utf8))
      try? AtomicFile.write(SyntheticRoadmap(activities: n, seed: 2023).bytes(), to: path)
    }
    let runs = n >= 1_000_000 ? 3 : 5
    FileHandle.standardError.write(Data("measuring \(n) activities…\n".utf8))
    let child = Process()
    child.executableURL = URL(fileURLWithPath: me)
    child.arguments = ["measure", path, String(runs)]
    let pipe = Pipe()
    child.standardOutput = pipe
    do { try child.run() } catch { return 1 }
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    child.waitUntilExit()
    guard child.terminationStatus == 0, var m = try? JSONDecoder().decode(Measurement.self, from: out) else {
      FileHandle.standardError.write(Data("bench: measuring \(path) failed\n".utf8))
      return 1
    }
    m.peakBytes = peak(me, path) ?? 0
    let jqTime = jq.map { jq in median((0..<runs).compactMap { _ in runTimed(jq, [".directions|length", path]) }) } ?? .nan
    let summary = median((0..<runs).compactMap { _ in runTimed(jolkarta, ["summary", "--json", path]) })
    let mb = Double(m.bytes) / 1e6
    let ratio = m.load / jqTime
    rows.append(
      "| \(n) | \(String(format: "%.1f", mb)) | \(fmt(m.load)) | \(fmt(jqTime)) | \(jqTime.isNaN ? "—" : String(format: "%.2f", ratio)) | \(fmt(summary)) | \(fmt(m.firstFrame)) | \(fmt(m.cursorMove)) | \(fmt(m.statusSave)) | \(fmt(m.firstSearch)) / \(fmt(m.search)) (\(m.searchHits)) | \(String(format: "%.0f", Double(m.peakBytes) / 1e6)) |")
    var t: [String] = []
    if n >= 1_000_000 && !jqTime.isNaN {
      t.append("load+validate ≤ ¼ of jq: \(mark(ratio <= 0.25)) (\(String(format: "%.2f", ratio))×)")
    }
    t.append("first frame ≤ 10% of load: \(mark(m.firstFrame <= 0.1 * m.load)) (\(String(format: "%.0f", 100 * m.firstFrame / m.load))%)")
    t.append("cursor+redraw < 1 ms: \(mark(m.cursorMove < 1e-3)) (\(fmt(m.cursorMove)))")
    t.append("status+save < 0.5 s: \(mark(m.statusSave < 0.5)) (\(fmt(m.statusSave)))")
    let memRatio = String(format: "%.1f", Double(m.peakBytes) / Double(m.bytes))
    if m.bytes < 10_000_000 {
      t.append("peak memory < 2× file: n/a below 10 MB, the Swift runtime's own ~20 MB dominate (\(memRatio)×)")
    } else {
      t.append("peak memory < 2× file: \(mark(Double(m.peakBytes) < 2 * Double(m.bytes))) (\(memRatio)×)")
    }
    targets.append("- \(n) activities: " + t.joined(separator: "; "))
  }
  print("| activities | file MB | load+validate | jq .directions\\|length | load ÷ jq | summary --json (process) | first frame 120×40 | cursor move + redraw | status change + save | search «мектеп»: first (builds the index) / then (hits) | peak MB (session) |")
  print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
  rows.forEach { print($0) }
  print("")
  print("| file of unusual shape | file MB | load+validate | jq .directions\\|length |")
  print("|---|---:|---:|---:|")
  Shapes.rows(dir: dir, jq: jq).forEach { print($0) }
  print(""); National.table(dir: dir).forEach { print($0) }
  print("")
  print("Targets (medians of \(sizes.contains(1_000_000) ? "3–5" : "5") runs, release build, this machine: \(ProcessInfo.processInfo.activeProcessorCount) cores):")
  targets.forEach { print($0) }
  return 0
}
