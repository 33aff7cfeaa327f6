import Foundation
import RoadmapKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

extension TmuxEndToEnd {
  /// The dashboard killed with SIGKILL at random moments while it saves: the file is
  /// always a whole roadmap, and its history agrees with it.
  @Suite(.serialized)
  struct KilledWhileSaving {
    /// The pid of the dashboard the loop in the pane runs now, once it differs from `old`.
    func nextDashboard(_ s: TmuxSession, after old: pid_t?) throws -> pid_t {
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline {
        if let pid = try? s.programPID(), pid != old { return pid }
        usleep(1_000)
      }
      throw TmuxError("no new dashboard started")
    }

    /// Whether `pid` is still a dashboard started by the pane's shell.
    func isDashboard(_ pid: pid_t, of s: TmuxSession) -> Bool {
      guard let shell = try? s.pane("pane_pid"),
        let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
        let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return false }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      return comm.hasPrefix("jolkarta") && fields.count > 2 && String(fields[1]) == shell
        && fields[0] != "Z"
    }

    @Test("1,000 SIGKILLs at random moments: never a broken file, and the history chain holds")
    func killedAThousandTimes() throws {
      let path = try temporaryRoadmapCopy("tmux-kill")
      defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
      let id = "d1.housing.01"
      // The pane runs the dashboard again each time it is killed.
      let again = [
        "env", "LANG=C.UTF-8", "TERM=xterm-256color", TmuxSession.binary, path, "--author", "crash",
      ].map(shellQuoted).joined(separator: " ")
      let s = try TmuxSession(
        width: 100, height: 30, arguments: [path, "--author", "crash"],
        redirect: "; while :; do \(again); done")
      defer { s.close() }
      var rng = SplitMix64(seed: 9)
      var pid: pid_t?
      var kills = 0
      for _ in 0..<1000 {
        pid = try nextDashboard(s, after: pid)
        // Into the first project; Space cycles its first activity's status and saves.
        try s.send("1", "Enter", "Space")
        // Start-up and the keys take some 20-40 ms, the save a few: the kill lands before,
        // during or after it.
        usleep(useconds_t(10_000 + rng.next() % 60_000))
        // Only ever the dashboard of this pane: the pid is checked right before the kill.
        if isDashboard(pid!, of: s), kill(pid!, SIGKILL) == 0 { kills += 1 }
        // Whatever moment the kill hit, the file is whole: the old or the new.
        let loaded = try RoadmapLoader.load(path: path)
        #expect(loaded.roadmap.counts.total == 122)
      }
      #expect(kills > 900)
      // Once more, left to finish: a save that lands for sure, whatever the load.
      pid = try nextDashboard(s, after: pid)
      try s.send("1", "Enter", "Space")
      try s.waitFor("a save that was not killed", timeout: 10) { $0.contains("сақталды") }
      if isDashboard(pid!, of: s) { kill(pid!, SIGKILL) }
      let final = try RoadmapLoader.load(path: path).roadmap
      // The confirmed history, read as a script would, checked link by link.
      let out = try runProcess(TmuxSession.binary, ["history", "--json", path])
      #expect(out.status == 0)
      var previous: String?
      var lines = 0
      for line in String(decoding: out.output, as: UTF8.self).split(separator: "\n") {
        guard
          let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          object["id"] as? String == id, object["field"] as? String == "status"
        else { continue }
        let old = object["old"] as? String
        let new = object["new"] as? String
        if let previous { #expect(old == previous, "line \(lines + 1) starts where the last ended") }
        previous = new
        lines += 1
      }
      #expect(lines > 0, "saves landed (\(lines))")
      #expect(previous == final.activity(id: id)?.status.rawValue, "the file holds the last new value")
    }
  }
}
