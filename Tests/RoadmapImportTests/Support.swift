import Foundation
import RoadmapKit

@testable import RoadmapImport

/// The committed .xlsx files LibreOffice saved (FixtureSources/make-fixtures.sh).
let fixturesURL: URL = {
  if let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) { return url }
  return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
}()

/// A fixture's bytes.
func fixture(_ name: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: fixturesURL.appendingPathComponent(name)))
}

/// Options for a test: a fixed day, the catalogue-free labels.
func testOptions(_ name: String = "t") -> ImportOptions {
  ImportOptions(asOf: Day("2024-06-01")!, sourceName: name) { label, language in "\(label.rawValue)/\(language)" }
}

/// The roadmap the import builds from `bytes`, loaded back by the loader (which must
/// accept it: the result validates).
func imported(_ bytes: [UInt8], _ options: ImportOptions = testOptions()) throws -> Roadmap {
  let json = try Importer.roadmap(bytes, options: options)
  return try RoadmapLoader.decode(json).roadmap
}

/// The roadmap of a CSV written here.
func imported(csv: String, _ options: ImportOptions = testOptions()) throws -> Roadmap {
  try imported(Array(csv.utf8), options)
}

/// The problems an import of `bytes` reports (none when it succeeds).
func problems(_ bytes: [UInt8], _ options: ImportOptions = testOptions()) -> ImportFailure? {
  do {
    _ = try Importer.roadmap(bytes, options: options)
    return nil
  } catch { return error }
}

/// Every activity in file order with its direction's and project's titles.
func rows(_ r: Roadmap) -> [(direction: String, project: String, activity: Activity)] {
  r.directions.flatMap { d in
    d.projects.flatMap { p in p.activities.map { (d.title.resolved(), p.title.resolved(), $0) } }
  }
}
