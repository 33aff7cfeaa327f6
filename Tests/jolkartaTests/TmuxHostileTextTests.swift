import Foundation
import Testing

extension TmuxEndToEnd {
  /// Text from the file is shown, never obeyed: the raw bytes the program sends to a real
  /// terminal hold none of the file's escape sequences, controls or invisible characters.
  @Suite(.serialized)
  struct HostileText {
    /// JSON-escaped hostile strings: OSC 52 clipboard, OSC 8 hyperlink, a DSR query, BEL,
    /// a C1 CSI, a bidi override, a zero-width joiner, and a very long title.
    static let evilTitle = #"Зұлым \u001b]52;c;SGVsbG8=\u0007 clip \u001b[6n dsr \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ end"#
    static let evilOwner = #"Иесі \u009b31m C1 \u202e RLO \u200d ZWJ \u0007"#
    static let longTitle = String(repeating: "әғқңөұүһі ", count: 1000) + #"\u001b]52;c;TAIL\u0007"#

    static func hostileRoadmap() throws -> String {
      let json = """
        {"format": "jolkarta-roadmap", "version": 1, "title": "\(evilTitle)", "region": "\(evilOwner)",
         "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30",
         "directions": [{"id": "d1", "title": "\(evilTitle)", "projects": [
           {"id": "p1", "title": "\(evilTitle)", "activities": [
             {"id": "a1", "title": "\(evilTitle)", "status": "pending", "owner": "\(evilOwner)",
              "due": "2023-01-01", "note": "\(longTitle)"},
             {"id": "a2", "title": "\(longTitle)", "status": "done", "owner": "\(evilOwner)"}]}]}]}
        """
      let dir = NSTemporaryDirectory() + "jolkarta-hostile-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      let path = dir + "/roadmap.json"
      try json.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }

    @Test("escape sequences and invisible characters from the file never reach the terminal")
    func rawOutputIsClean() throws {
      let path = try Self.hostileRoadmap()
      let raw = (path as NSString).deletingLastPathComponent + "/raw.bin"
      let session = try TmuxSession(width: 100, height: 30, arguments: [path])
      defer { session.close() }
      _ = try session.waitFor("the overview") { $0.contains("\u{FFFD}") }
      // Record every byte from now on, then make the program draw every hostile field:
      // a resize repaints the overview, then direction, project, activity screens.
      _ = try session.tmux(["pipe-pane", "-o", "cat >> \(shellQuoted(raw))"])
      try session.resize(width: 90, height: 28)
      _ = try session.waitFor("the resized overview") { $0.split(separator: "\n").first.map { $0.count <= 90 } ?? false }
      try session.send("Enter")
      try session.send("Enter")
      _ = try session.waitFor("the project") { $0.contains("Иесі") }
      try session.send("Enter")
      let activity = try session.waitFor("the activity") { $0.contains("әғқңөұүһі") && $0.contains("Иесі") }
      // Placeholders are shown where the controls were.
      #expect(activity.contains("\u{FFFD}"))
      #expect(activity.contains("�"))
      try session.send("q")
      _ = try session.waitForExit()
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: raw)))
      #expect(bytes.count > 1000, "the pipe recorded the drawing")
      func contains(_ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        return (0...(bytes.count - needle.count)).contains { i in bytes[i..<(i + needle.count)].elementsEqual(needle) }
      }
      #expect(!contains([0x1B, 0x5D]), "OSC (ESC ]) reached the terminal")
      #expect(!contains(Array("\u{1B}[6n".utf8)), "a DSR query reached the terminal")
      #expect(!bytes.contains(0x07), "BEL reached the terminal")
      #expect(!contains([0xC2, 0x9B]), "a C1 CSI reached the terminal")
      #expect(!contains([0xE2, 0x80, 0xAE]), "U+202E reached the terminal")
      #expect(!contains([0xE2, 0x80, 0x8D]), "U+200D reached the terminal")
    }
  }
}
