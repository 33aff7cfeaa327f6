import Foundation
import RoadmapKit
import Testing

extension TmuxEndToEnd {
  /// Files that `validate` accepts, at the edges of the format, opened in the real
  /// dashboard and walked through every screen and the slides: no crash, no hang.
  @Suite(.serialized)
  struct EdgeFiles {
    /// The region's roadmap with `edit` applied to its text.
    static func variant(_ edit: (String) -> String) throws -> String {
      let path = try temporaryRoadmapCopy("tmux-edge")
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try edit(text).write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }

    /// Replaces the first `"key": value` after `after`.
    static func replacingFirst(_ text: String, _ pattern: String, with new: String) -> String {
      guard let r = text.range(of: pattern, options: .regularExpression) else { return text }
      return text.replacingCharacters(in: r, with: new)
    }

    static let cases: [(String, @Sendable (String) -> String)] = [
      ("a huge actual", { replacingFirst($0, #""actual": [0-9.]+"#, with: #""actual": 1e300"#) }),
      ("a tiny plan", { replacingFirst($0, #""plan": [0-9.]+"#, with: #""plan": 4.9e-324"#) }),
      ("a fractional actual past the plan", {
        replacingFirst($0, #""actual": [0-9.]+"#, with: #""actual": 123456789.987654321"#)
      }),
      ("an actual of zero", { replacingFirst($0, #""actual": [0-9.]+"#, with: #""actual": 0"#) }),
      ("20,000 unknown members in one activity", {
        let members = (0..<20_000).map { "\"x\($0)\": \($0)" }.joined(separator: ", ")
        return replacingFirst($0, #""status": "#, with: members + #", "status": "#)
      }),
      ("an unknown member nested 190 deep", {
        let deep = String(repeating: "[", count: 190) + String(repeating: "]", count: 190)
        return replacingFirst($0, #""status": "#, with: "\"x-deep\": \(deep), \"status\": ")
      }),
      ("escapes and C1 controls in titles", {
        replacingFirst($0, #""title": ""#, with: #""title": "\u001b[2J\u009b31m\u202e "#)
      }),
    ]

    @Test("each edge file opens, every screen and slide draws, q ends it", arguments: 0..<7)
    func edgeFileIsWalkedThrough(_ index: Int) throws {
      let (name, edit) = Self.cases[index]
      let path = try Self.variant(edit)
      defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
      let check = try runProcess(TmuxSession.binary, ["validate", path])
      #expect(check.status == 0, "\(name): validate accepts it")
      for (w, h) in [(80, 24), (120, 40)] {
        let s = try TmuxSession(width: w, height: h, arguments: [path, "--lang", "kk"])
        defer { s.close() }
        try s.waitFor("\(name): the overview at \(w)×\(h)", timeout: 5) { $0.contains("Өмір сапасын") }
        // Into the first direction, project and activity, then the agencies, then the slides.
        for keys in [["Enter"], ["Enter"], ["Enter"], ["Escape", "Escape", "Escape", "a"], ["P"]] {
          try s.send(keys[0])
          for k in keys.dropFirst() { try s.send(k) }
          try s.waitFor("\(name): drawn after \(keys)", timeout: 5) { !$0.isEmpty }
        }
        for _ in 0..<30 { try s.send("Right") }
        try s.waitFor("\(name): the last slide", timeout: 5) { !$0.isEmpty }
        try s.send("q")
        try s.send("q")
        let end = try s.waitForExit(timeout: 5)
        #expect(end.status == 0, "\(name) at \(w)×\(h)")
        #expect(end.ttyRestored)
      }
    }
  }
}
