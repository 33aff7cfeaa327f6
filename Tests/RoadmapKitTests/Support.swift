import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// The repository's root, found from this file's place.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A place in a roadmap text (RoadmapKit's, not Testing's).
typealias Loc = RoadmapKit.SourceLocation

/// The region's roadmap, `data/roadmap.json`.
enum Sample {
  static let path = repositoryRoot.appendingPathComponent("data/roadmap.json").path
  static let bytes: [UInt8] = Array(FileManager.default.contents(atPath: path)!)
  static var text: String { String(decoding: bytes, as: UTF8.self) }
  static func load() throws -> Roadmap { try RoadmapLoader.decode(bytes, file: "roadmap.json").roadmap }
}

/// The test bundle's fixtures folder (a copied resource), or the source folder.
let fixturesURL: URL = {
  if let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) { return url }
  return repositoryRoot.appendingPathComponent("Tests/RoadmapKitTests/Fixtures")
}()

/// A small valid roadmap in canonical layout; line numbers below are relied upon.
let tinyRoadmap = """
  {
    "format": "jolkarta-roadmap",
    "version": 1,
    "title": "T",
    "region": "R",
    "period": {
      "start": 2023,
      "end": 2027
    },
    "as_of": "2023-11-30",
    "directions": [
      {
        "id": "d1",
        "title": "D1",
        "projects": [
          {
            "id": "p1",
            "title": "P1",
            "activities": [
              {
                "id": "a1",
                "title": "A1",
                "status": "done"
              },
              {
                "id": "a2",
                "title": "A2",
                "status": "pending",
                "due": "2023-06-01"
              }
            ]
          }
        ]
      }
    ]
  }

  """

/// Replaces the first `old` that comes after the first `anchor` (or from the start).
func replacing(_ text: String, _ old: String, with new: String, after anchor: String? = nil) -> String {
  var from = text.startIndex
  if let anchor {
    guard let a = text.range(of: anchor) else { fatalError("anchor \(anchor) not in the text") }
    from = a.upperBound
  }
  guard let r = text.range(of: old, range: from..<text.endIndex) else {
    fatalError("\(old) not in the text after \(anchor ?? "the start")")
  }
  return text.replacingCharacters(in: r, with: new)
}

/// Line and column (Unicode scalars, from 1) of the first `needle` after `anchor`,
/// computed independently of `SourceText` to check the loader's locations.
func location(of needle: String, in text: String, after anchor: String? = nil) -> Loc {
  var from = text.startIndex
  if let anchor { from = text.range(of: anchor)!.upperBound }
  guard let r = text.range(of: needle, range: from..<text.endIndex) else {
    fatalError("\(needle) not in the text")
  }
  let before = text[text.startIndex..<r.lowerBound]
  let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
  return Loc(line: lines.count, column: lines.last!.unicodeScalars.count + 1)
}

/// The problems of a text that must not load; records an issue when it loads.
func problems(
  _ text: String, file: String = "bad.json", sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Problem] {
  problems(Array(text.utf8), file: file, sourceLocation: sourceLocation)
}

func problems(
  _ bytes: [UInt8], file: String = "bad.json", sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Problem] {
  do {
    _ = try RoadmapLoader.decode(bytes, file: file)
    Issue.record("expected the text to be rejected", sourceLocation: sourceLocation)
    return []
  } catch {
    return error.problems
  }
}

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TempDir {
  let path: String
  init() {
    var template = Array((NSTemporaryDirectory() + "/jolkarta-kit-XXXXXX").utf8CString)
    let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    path = String(cString: p!)
  }
  func file(_ name: String) -> String { path + "/" + name }
  func write(_ name: String, _ bytes: [UInt8]) -> String {
    let p = file(name)
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    return p
  }
  func remove() {
    // Give back permissions a test may have taken away, then delete.
    if let e = FileManager.default.enumerator(atPath: path) {
      for case let sub as String in e { chmod(path + "/" + sub, 0o700) }
    }
    chmod(path, 0o700)
    try? FileManager.default.removeItem(atPath: path)
  }
}

func readBytes(_ path: String) -> [UInt8] {
  Array(FileManager.default.contents(atPath: path) ?? Data())
}

/// Lines of a text that differ from the other's, as (old, new) pairs, for texts of
/// the same line count; nil when the line counts differ.
func changedLines(_ a: String, _ b: String) -> [(String, String)]? {
  let x = a.split(separator: "\n", omittingEmptySubsequences: false)
  let y = b.split(separator: "\n", omittingEmptySubsequences: false)
  guard x.count == y.count else { return nil }
  return zip(x, y).filter { $0 != $1 }.map { (String($0), String($1)) }
}

