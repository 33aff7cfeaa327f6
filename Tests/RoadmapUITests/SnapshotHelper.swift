// Golden snapshots of rendered grids, in Tests/RoadmapUITests/Snapshots/<name>.txt.
//
// Re-record after an intended change of the screens with:
//   JOLKARTA_RECORD=1 swift test --filter RoadmapUITests
// then read the diff of the snapshot files before committing them. The recording run fails
// by design, one issue per snapshot written: it compared nothing, so it must not look green.
import Foundation
import Testing

@testable import RoadmapUI

/// The folder of the snapshot files, beside this file (not a bundle resource).
let snapshotFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Snapshots")

/// A grid as text: the plain frame, then one letter per cell for its style, then a legend.
///
/// Letters are given to styles in order of first appearance (`.` is the plain style), so
/// the layer reads as a map of where green, yellow, reverse and so on are.
func snapshotText(_ grid: Grid) -> String {
  var letters: [CellStyle: Character] = [.plain: "."]
  let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
  var legend: [(Character, CellStyle)] = []
  var styleRows: [String] = []
  for y in 0..<grid.height {
    var row = ""
    for x in 0..<grid.width {
      let style = grid[x, y].style
      if letters[style] == nil {
        let letter = legend.count < alphabet.count ? alphabet[legend.count] : "?"
        letters[style] = letter
        legend.append((letter, style))
      }
      row.append(letters[style]!)
    }
    styleRows.append(row)
  }
  let legendText = legend.map { "\($0.0) = \(describe($0.1))" }.joined(separator: "\n")
  return "size \(grid.width)x\(grid.height)\n" + grid.plainText + "\n--- styles ---\n"
    + styleRows.joined(separator: "\n") + "\n--- legend ---\n" + legendText + "\n"
}

/// A short description of a style: `fg=green bold reverse`.
func describe(_ s: CellStyle) -> String {
  var parts: [String] = []
  if s.foreground != .standard { parts.append("fg=\(s.foreground)") }
  if s.background != .standard { parts.append("bg=\(s.background)") }
  if s.bold { parts.append("bold") }
  if s.dim { parts.append("dim") }
  if s.reverse { parts.append("reverse") }
  if s.underline { parts.append("underline") }
  return parts.isEmpty ? "plain" : parts.joined(separator: " ")
}

/// Compares the grid with `Snapshots/<name>.txt`.
///
/// When JOLKARTA_RECORD=1 it writes the file instead and fails the test: a recorded
/// snapshot compared nothing, so it must not pass.
func assertSnapshot(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let actual = snapshotText(grid)
  let file = snapshotFolder.appendingPathComponent(name + ".txt")
  if ProcessInfo.processInfo.environment["JOLKARTA_RECORD"] == "1" {
    do {
      try FileManager.default.createDirectory(at: snapshotFolder, withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("cannot record \(name).txt: \(error)", sourceLocation: sourceLocation)
      return
    }
    Issue.record("recorded \(name); re-run without JOLKARTA_RECORD", sourceLocation: sourceLocation)
    return
  }
  guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
    Issue.record("missing snapshot \(name).txt; record it with JOLKARTA_RECORD=1", sourceLocation: sourceLocation)
    return
  }
  guard expected != actual else { return }
  let diff = lineDiff(expected, actual)
  Issue.record("snapshot \(name) differs:\n\(diff)", sourceLocation: sourceLocation)
}

/// The lines that differ, `-` expected and `+` actual, with their line numbers.
func lineDiff(_ expected: String, _ actual: String) -> String {
  let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
  var out: [String] = []
  for i in 0..<max(e.count, a.count) {
    let l = i < e.count ? e[i] : "<none>", r = i < a.count ? a[i] : "<none>"
    if l != r { out.append("line \(i + 1):\n- \(l)\n+ \(r)") }
    if out.count >= 20 {
      out.append("…")
      break
    }
  }
  return out.joined(separator: "\n")
}
