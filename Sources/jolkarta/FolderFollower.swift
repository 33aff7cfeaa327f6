import Foundation
import RoadmapKit
import RoadmapUI

/// The national slides following their folder: on each tick (every second) the folder's
/// files are compared by name, size and modification time, and read again when any
/// changed, arrived or went away. The slides stay pure; the reading is here.
struct FolderFollower: TerminalApp {
  var app: NationalPresentation
  let folder: String
  var signature: [String]

  init(app: NationalPresentation, folder: String) {
    self.app = app
    self.folder = folder
    signature = Self.signature(of: folder)
  }

  /// Each roadmap file's name, size and modification time, by name.
  static func signature(of folder: String) -> [String] {
    RegionFolder.roadmapFiles(in: folder).map { path in
      let a = try? FileManager.default.attributesOfItem(atPath: path)
      let size = (a?[.size] as? NSNumber)?.int64Value ?? -1
      let time = (a?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      return "\(path)|\(size)|\(time)"
    }
  }

  mutating func handle(_ event: Event) -> AppOutcome {
    if case .tick = event {
      let now = Self.signature(of: folder)
      if now != signature {
        signature = now
        app.replaceFiles(RegionFolder.load(RegionFolder.roadmapFiles(in: folder), withHistory: false))
      }
    }
    return app.handle(event)
  }

  func render(into grid: inout Grid) { app.render(into: &grid) }
  var tickInterval: Double? { app.tickInterval }
}
