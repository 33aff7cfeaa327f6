import Foundation
import RoadmapKit
import Testing

/// A writer killed at random points during 1,000 saves never leaves a broken file, and
/// hostile files of any size end in a message, never a crash or a write-back.
@Suite(.serialized)
struct CLICrashSafetyTests {
  static func copyOfSample() throws -> String {
    let dir = NSTemporaryDirectory() + "jolkarta-crash-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = dir + "/roadmap.json"
    try FileManager.default.copyItem(atPath: CLI.samplePath, toPath: path)
    return path
  }

  /// The children of a process, from /proc.
  static func children(of pid: pid_t) -> [pid_t] {
    let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
    return text.split(separator: " ").compactMap { pid_t($0) }
  }

  @Test func killedAtRandomDuring1000Saves() throws {
    let path = try Self.copyOfSample()
    let id = "d1.housing.01"
    // One shell runs 1,000 saves in a row, alternating the status; the test kills the
    // save under way with SIGKILL at random moments and checks the file each time.
    let script = """
      i=0; while [ $i -lt 1000 ]; do
        if [ $((i % 2)) -eq 0 ]; then s=pending; else s=done; fi
        "$0" set-status \(id) $s "$1" --author crash >/dev/null 2>&1; i=$((i + 1)); done
      """
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = ["-c", script, CLI.binary, path]
    try shell.run()
    var rng = SplitMix64(seed: 1000)
    var kills = 0, checks = 0
    while shell.isRunning {
      usleep(useconds_t(5_000 + rng.next() % 40_000))
      for child in Self.children(of: shell.processIdentifier) where kill(child, SIGKILL) == 0 { kills += 1 }
      // Whatever moment the kill hit, the file is a whole roadmap: the old or the new.
      let loaded = try RoadmapLoader.load(path: path)
      let status = loaded.roadmap.activity(id: id)?.status
      #expect(status == .pending || status == .done)
      #expect(loaded.roadmap.counts.total == 122)
      checks += 1
    }
    shell.waitUntilExit()
    #expect(kills > 10, "the writers were killed (\(kills))")
    #expect(checks > 10)
    let final = try RoadmapLoader.load(path: path)
    #expect(final.roadmap.counts.total == 122)
    // Every saved change is in the history; none is half a line.
    let history = HistoryEntry.read(path: RoadmapStore(path: path).historyPath)
    #expect(history.entries.count > 0 && history.entries.count <= 1000)
    #expect(history.entries.allSatisfy { $0.id == id && $0.author == "crash" })
  }

  @Test func twoHundredMegabytesOfGarbageIsRefusedWithAMessage() throws {
    let dir = NSTemporaryDirectory() + "jolkarta-garbage-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = dir + "/garbage.json"
    var rng = SplitMix64(seed: 200)
    var bytes = [UInt8](repeating: 0, count: 200 << 20)
    bytes.withUnsafeMutableBytes { raw in
      let words = raw.bindMemory(to: UInt64.self)
      for i in words.indices { words[i] = rng.next() }
    }
    bytes[0] = UInt8(ascii: "{")  // starts like JSON, then is not
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let r = CLI.run(["validate", path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("\(path):1:2: error: malformed JSON"))
    #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Backtrace"))
    let s = CLI.run(["set-status", "x", "done", path])
    #expect(s.status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "nothing written back")
    try? FileManager.default.removeItem(atPath: dir)
  }
}
