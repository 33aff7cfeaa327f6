import Foundation
import RoadmapKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs saves in a shell and kills them at random moments; between kills the shell is
/// stopped, so each check sees what a killed writer left, with no writer running.
enum KillLoop {
  /// The children of a process, from /proc.
  static func children(of pid: pid_t) -> [pid_t] {
    let text =
      (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
    return text.split(separator: " ").compactMap { pid_t($0) }
  }

  /// Whether a process has ended (gone, or a zombie its stopped parent has not reaped).
  static func ended(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
      return true
    }
    // "pid (comm) S …": the state follows the last parenthesis.
    guard let close = stat.lastIndex(of: ")") else { return true }
    let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
    return state == "Z" || state == "X"
  }

  /// Runs `script` (given the binary as $0 and `path` as $1) and, until it ends, every
  /// 5 to `maxPause` ms: stops it, kills its running save, waits for that to end, runs `check`,
  /// lets it go on. Returns the kills and the checks made.
  static func run(
    _ script: String, path: String, seed: UInt64, maxPause: UInt64 = 45, check: () throws -> Void
  ) throws -> (kills: Int, checks: Int) {
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = ["-c", script, CLI.binary, path]
    try shell.run()
    var rng = SplitMix64(seed: seed)
    var kills = 0, checks = 0
    while shell.isRunning {
      usleep(useconds_t(5_000 + rng.next() % ((maxPause - 5) * 1_000)))
      guard kill(shell.processIdentifier, SIGSTOP) == 0 else { break }
      let running = children(of: shell.processIdentifier)
      for child in running where kill(child, SIGKILL) == 0 { kills += 1 }
      let deadline = Date().addingTimeInterval(5)
      while !running.allSatisfy(ended) && Date() < deadline { usleep(1_000) }
      #expect(running.allSatisfy(ended), "the killed saves ended")
      try check()
      checks += 1
      kill(shell.processIdentifier, SIGCONT)
    }
    shell.waitUntilExit()
    return (kills, checks)
  }

  /// A shell loop of `count` saves alternating `id` between pending and done;
  /// `wrap` may prefix each command (e.g. a limit in a subshell).
  static func saves(_ count: Int, id: String, wrap: String = "") -> String {
    """
    i=0; while [ $i -lt \(count) ]; do
      if [ $((i % 2)) -eq 0 ]; then s=pending; else s=done; fi
      \(wrap)"$0" set-status \(id) $s "$1" --author crash >/dev/null 2>&1; i=$((i + 1)); done
    """
  }

  /// Checks the history against the file, computed here: per id and field, each line's
  /// `old` is the previous line's `new` (the first: the value in `initial`), and the
  /// last `new` is the value in the file now.
  static func expectChain(
    _ entries: [(id: String, field: String, old: String?, new: String?)], initial: [String: String],
    file: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    guard let now = activityStatuses(file) else {
      Issue.record("the file is not a roadmap", sourceLocation: sourceLocation)
      return
    }
    var value = initial
    for e in entries {
      #expect(e.field == "status", sourceLocation: sourceLocation)
      #expect(
        e.old == value[e.id], "a line whose old is not the previous new: \(e)",
        sourceLocation: sourceLocation)
      value[e.id] = e.new
    }
    for (id, status) in now where value[id] != status {
      Issue.record(
        "\(id) is \(status) in the file, the history says \(value[id] ?? "nothing")",
        sourceLocation: sourceLocation)
    }
  }

  /// The confirmed history as read in this process (the reader does not write).
  static func historyNow(_ path: String) -> [(
    id: String, field: String, old: String?, new: String?
  )] {
    RoadmapStore(path: path).readHistory().entries.map {
      ($0.id, $0.field.rawValue, $0.old?.description, $0.new?.description)
    }
  }

  /// The confirmed history as `jolkarta history --json` prints it.
  static func historyJSON(_ path: String) -> [(
    id: String, field: String, old: String?, new: String?
  )] {
    let r = CLI.run(["history", "--json", path])
    #expect(r.status == 0)
    return r.stdout.split(separator: "\n").compactMap { line in
      guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      else {
        Issue.record("not JSON: \(line)")
        return nil
      }
      #expect(o.count == 6)
      return (
        o["id"] as? String ?? "?", o["field"] as? String ?? "?", o["old"] as? String,
        o["new"] as? String
      )
    }
  }

  /// Statuses by id of a roadmap text.
  static func statuses(_ bytes: [UInt8]) -> [String: String] {
    Dictionary(uniqueKeysWithValues: (activityStatuses(bytes) ?? []).map { ($0.id, $0.status) })
  }
}
