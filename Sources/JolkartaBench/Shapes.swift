import Foundation
import RoadmapKit

/// Files of unusual shape, to show that loading is linear in the size of the file
/// whatever its shape (an object of 100,000 members once took 10 s).
enum Shapes {
  /// A valid roadmap whose one activity carries `extra` as further members.
  static func roadmap(_ extra: String) -> [UInt8] {
    Array("""
      {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
       "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30",
       "directions": [{"id": "d", "title": "D", "projects": [{"id": "p", "title": "P",
         "activities": [{"id": "a", "title": "A", "status": "done", \(extra)}]}]}]}
      """.utf8)
  }

  /// Each shape's name and file content.
  static let all: [(String, @Sendable () -> [UInt8])] = [
    ("100,000 members in one activity", { roadmap((0..<100_000).map { "\"x\($0)\": \($0)" }.joined(separator: ",")) }),
    ("an array of 1,000,000 numbers", { roadmap("\"x\": [" + (0..<1_000_000).map(String.init).joined(separator: ",") + "]") }),
    ("a string of 10 MB with escapes", { roadmap("\"x\": \"" + String(repeating: "ab\\u0430 ", count: 1_000_000) + "\"") }),
    ("5,000 members nested 190 deep", {
      roadmap((0..<5_000).map { "\"x\($0)\": " + String(repeating: "[", count: 190) + String(repeating: "]", count: 190) }
        .joined(separator: ","))
    }),
    ("100,000 activities, each its own owner", {
      roadmap("\"x\": 0}, " + (0..<100_000).map { "{\"id\": \"o\($0)\", \"title\": \"T\", \"status\": \"done\", \"owner\": \"O\($0)\"}" }
        .joined(separator: ", ") + ", {\"id\": \"z\", \"title\": \"Z\", \"status\": \"done\"")
    }),
  ]

  /// Generates each shape in `dir`, times its load (median of 5) beside jq's; the table rows.
  static func rows(dir: String, jq: String?) -> [String] {
    var rows: [String] = []
    for (k, (name, make)) in all.enumerated() {
      let path = "\(dir)/shape-\(k + 1).json"
      if !FileManager.default.fileExists(atPath: path) { try? AtomicFile.write(make(), to: path) }
      guard let bytes = try? RoadmapLoader.readFile(path) else { continue }
      let load = (try? timed(5) { _ = try RoadmapLoader.decode(bytes) }) ?? .nan
      let jqTime = jq.map { jq in median((0..<5).compactMap { _ in runTimed(jq, [".directions|length", path]) }) } ?? .nan
      rows.append("| \(name) | \(String(format: "%.1f", Double(bytes.count) / 1e6)) | \(fmt(load)) | \(fmt(jqTime)) |")
    }
    return rows
  }
}
