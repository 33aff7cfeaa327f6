import Foundation
import RoadmapKit
import RoadmapUI
import RoadmapSession
import Testing

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

/// An app that edits on request and records every result the session sends it.
struct RecordingApp: RoadmapApp {
  var roadmap: Roadmap
  var effects: [Effect] = []
  var feedback: [Msg] = []

  init(_ roadmap: Roadmap) { self.roadmap = roadmap }

  /// Asks for a save of one status change with the next message.
  mutating func edit(_ id: String, _ status: Status, override: Bool = false) throws {
    let change = try roadmap.set(.status, of: id, to: .status(status))
    effects.append(.save([change], current: roadmap, overrideConflicts: override))
  }

  mutating func update(_ msg: Msg) -> [Effect] {
    switch msg {
    case .key, .mouse, .resize, .tick, .terminate: break
    case .saved(let loaded, _, _), .reloaded(let loaded, _):
      roadmap = loaded.roadmap
      feedback.append(msg)
    default: feedback.append(msg)
    }
    defer { effects = [] }
    return effects
  }

  func render(into grid: inout Grid) {}
  var tickInterval: Double? { nil }
}

extension LiveSession {
  /// Starts what the app asked for and waits (bounded) until its results are fed back.
  mutating func runEffects() {
    _ = send(.tick)
    let settled = settle()
    #expect(settled, "the effects finished in time")
  }

  /// Looks at the file and waits (bounded) until what it found is fed back.
  mutating func pollNow() {
    poll()
    let settled = settle()
    #expect(settled, "the look at the file finished in time")
  }
}
