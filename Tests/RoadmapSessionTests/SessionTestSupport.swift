import Foundation
import RoadmapKit
import RoadmapUI

/// A copy of the region's data in a fresh temporary folder.
func temporaryRoadmap() throws -> (dir: String, path: String) {
  let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data/roadmap.json").path
  let dir = NSTemporaryDirectory() + "jolkarta-session-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  let path = dir + "/roadmap.json"
  try FileManager.default.copyItem(atPath: sample, toPath: path)
  return (dir, path)
}

/// An app that edits on request and records everything the session tells it.
struct RecordingApp: LiveRoadmapApp {
  var roadmap: Roadmap
  var effects: [SessionEffect] = []
  var feedback: [SessionFeedback] = []

  init(_ roadmap: Roadmap) { self.roadmap = roadmap }

  mutating func edit(_ id: String, _ status: Status, override: Bool = false) throws {
    let change = try roadmap.set(.status, of: id, to: .status(status))
    effects.append(.save([change], current: roadmap, overrideConflicts: override))
  }

  mutating func handle(_ event: Event) -> AppOutcome { .keepRunning }
  func render(into grid: inout Grid) {}
  var tickInterval: Double? { nil }

  mutating func takeEffects() -> [SessionEffect] {
    defer { effects = [] }
    return effects
  }

  mutating func receive(_ f: SessionFeedback) {
    feedback.append(f)
    switch f {
    case .saved(let loaded, _, _), .reloaded(let loaded, _): roadmap = loaded.roadmap
    default: break
    }
  }
}
