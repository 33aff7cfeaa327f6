import Foundation
import Testing

extension TmuxEndToEnd {
  /// The trend view in the release binary, from a history file beside the roadmap: `T`
  /// draws it, a status set by another program adds to it, Esc comes back.
  @Suite(.serialized)
  struct Trend {
    /// Writes a history in which 5 of the done activities were finished on 2023-12-05 (from
    /// in progress) and 3 on 2023-12-20 (from not started). Going back from the file's
    /// 60 / 52 / 10: 57 / 52 / 13 on 12-05's eve, 52 / 57 / 13 at the meeting of 11-30.
    static let writeHistory = """
      import json, sys
      r = json.load(open(sys.argv[1], encoding="utf-8"))
      done = [a["id"] for d in r["directions"] for p in d["projects"] for a in p["activities"] if a["status"] == "done"]
      lines = []
      for n, i in enumerate(done[:5]):
          lines.append({"time": "2023-12-05T10:00:%02dZ" % n, "author": "t", "id": i, "field": "status", "old": "in_progress", "new": "done"})
      for n, i in enumerate(done[5:8]):
          lines.append({"time": "2023-12-20T10:00:%02dZ" % n, "author": "t", "id": i, "field": "status", "old": "pending", "new": "done"})
      pending = [a["id"] for d in r["directions"] for p in d["projects"] for a in p["activities"] if a["status"] == "pending"]
      with open(sys.argv[1].replace(".json", ".history.jsonl"), "w", encoding="utf-8") as f:
          f.write("".join(json.dumps(l, ensure_ascii=False) + "\\n" for l in lines))
      print(pending[0])
      """

    @Test("T shows the progress at the meeting and now; a status set elsewhere adds to it")
    func trendView() throws {
      guard let release = TmuxSession.releaseBinary(for: "shows the trend") else { return }
      let path = try temporaryRoadmapCopy("tmux-trend")
      defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
      let written = try runProcess(executablePath("python3"), ["-c", Self.writeHistory, path])
      let pending = String(decoding: written.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(!pending.isEmpty)
      let s = try TmuxSession(width: 80, height: 24, arguments: [path, "--lang", "kk"], binary: release)
      defer { s.close() }
      try s.waitFor("the overview") { $0.contains("барлығы 122") }
      try s.send("T")
      try s.waitFor("the trend view with the meeting and now") {
        $0.contains("Шолу › Орындалу динамикасы") && $0.contains("2023 ж. 30 қараша  52  57  13")
          && $0.contains("Қазір              60  52  10     +8 ✓") && $0.contains("122┤")
      }
      let set = try runProcess(release, ["set-status", pending, "done", path, "--author", "t"])
      #expect(set.status == 0)
      try s.waitFor("now one more done") { $0.contains("61  52   9     +9 ✓") }
      try s.send("Escape")
      try s.waitFor("back on the overview") { $0.contains("барлығы 122") && !$0.contains("Орындалу динамикасы") }
    }
  }
}
