import Foundation
import Testing

/// One Swift file of `Sources/`, for tests that check a rule over the whole code.
struct SourceFile {
  /// The path from the package root.
  var path: String
  var text: String
  var lines: [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }
}

/// Every Swift file under `Sources/`.
func sourceFiles() throws -> [SourceFile] {
  let root = packageRoot.appendingPathComponent("Sources")
  guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
  var out: [SourceFile] = []
  for case let url as URL in walk where url.pathExtension == "swift" {
    let path = String(url.path.dropFirst(packageRoot.path.count + 1))
    out.append(SourceFile(path: path, text: try String(contentsOf: url, encoding: .utf8)))
  }
  #expect(out.count > 50, "the sources were found")
  return out
}
