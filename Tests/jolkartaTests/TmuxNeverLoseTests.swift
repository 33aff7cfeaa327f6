import Foundation
import RoadmapKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

extension TmuxEndToEnd {
  /// The real binary in a real terminal: no edit lost or applied where it was not seen,
  /// no key waiting for the disk or a lock.
  @Suite(.serialized)
  struct NeverLose {
    func temporaryCopy() throws -> String { try temporaryRoadmapCopy("tmux-lose") }

    func statuses(_ path: String) throws -> [String: Status] {
      var out: [String: Status] = [:]
      for (_, a) in try RoadmapLoader.load(path: path).roadmap.allActivities { out[a.id] = a.status }
      return out
    }

    func open(_ path: String, width: Int = 120, height: Int = 40) throws -> TmuxSession {
      let s = try TmuxSession(
        width: width, height: height, arguments: [path, "--lang", "kk", "--author", "тест"])
      try s.waitFor("the overview") { $0.contains("барлығы 122") }
      return s
    }

    @Test("marks made in one project do not follow into another: d changes the cursor's row")
    func marksStayInTheirList() throws {
      let path = try temporaryCopy()
      let before = try statuses(path)
      let s = try open(path)
      defer { s.close() }
      try s.send("2", "Enter")
      try s.waitFor("Ауыл аманаты") { $0.contains("✓ орындалды 4 (57%)") }
      try s.send("x", "x")
      try s.waitFor("two marks") { $0.contains("белгіленді: 2") }
      try s.send("Escape")
      try s.waitFor("the marks cleared") { $0.contains("белгілер алынды: 2") }
      try s.send("Down", "Enter")
      try s.waitFor("the second project") { $0.contains("Шағын және орта бизнесті қолдау") }
      try s.send("Space")
      try s.waitFor("the save") { $0.contains("сақталды") }
      let after = try statuses(path)
      let changed = after.filter { before[$0.key] != $0.value }.map(\.key)
      #expect(changed.count == 1)
      #expect(changed.first?.hasPrefix("d2.auyl_amanaty") == false)
      #expect(changed.first?.hasPrefix("d2.") == true)
    }

    @Test("q with edits that could not be saved asks; d discards; a signal keeps them for next time")
    func quitAsksAndASignalKeepsTheEdits() throws {
      let path = try temporaryCopy()
      let dir = (path as NSString).deletingLastPathComponent
      // A folder where the history goes: every save is refused (the history line comes
      // first), whoever runs the test; root ignores file modes.
      let history = dir + "/roadmap.history.jsonl"
      try FileManager.default.createDirectory(atPath: history, withIntermediateDirectories: false)
      var s = try open(path)
      try s.send("2", "Enter", "Down", "Down", "Down", "Down", "d")
      try s.waitFor("the failed save") { $0.contains("Сақталмады") }
      try s.send("q")
      try s.waitFor("the question") { $0.contains("1 өзгеріс дискіге жазылмаған. Шығасыз ба?") }
      try s.send("Escape")
      try s.waitFor("staying") { !$0.contains("Шығасыз ба?") }
      // A signal: the edit goes to the recovery file, the exit says which signal.
      #expect(kill(try s.programPID(), SIGTERM) == 0)
      let ended = try s.waitForExit()
      #expect(ended.status == 128 + SIGTERM)
      #expect(ended.ttyRestored)
      s.close()
      #expect(FileManager.default.fileExists(atPath: dir + "/roadmap.recovery.jsonl"))
      #expect(try statuses(path)["d2.auyl_amanaty.05"] == .inProgress)
      // The next start offers them again; y saves them (the history can be written again).
      try FileManager.default.removeItem(atPath: history)
      s = try open(path)
      defer { s.close() }
      try s.waitFor("the offer") { $0.contains("сақталмаған 1 өзгеріс бар") }
      try s.send("y")
      try s.waitFor("the save") { $0.contains("сақталды") }
      #expect(try statuses(path)["d2.auyl_amanaty.05"] == .done)
      #expect(!FileManager.default.fileExists(atPath: dir + "/roadmap.recovery.jsonl"))
      try s.send("q")
      #expect(try s.waitForExit().status == 0)
    }

    @Test("with the lock held by flock for 8 s, keys keep working and the save lands after")
    func aHeldLockNeverStopsTheKeys() throws {
      let path = try temporaryCopy()
      let dir = (path as NSString).deletingLastPathComponent
      let s = try open(path)
      defer { s.close() }
      try s.send("2", "Enter", "Down", "Down", "Down", "Down")
      let flock = Process()
      flock.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
      flock.arguments = [dir + "/.roadmap.json.lock", "sleep", "8"]
      try flock.run()
      defer { if flock.isRunning { flock.terminate() } }
      // flock has the lock once its child runs.
      let deadline = Date().addingTimeInterval(5)
      while TmuxNeverLoseSupport.children(of: flock.processIdentifier).isEmpty, Date() < deadline {
        usleep(10_000)
      }
      try s.send("d")
      try s.waitFor("the wait, named", timeout: 3) { $0.contains("flock") }
      for key in ["?", "Escape", "Down", "Up"] {
        let start = Date()
        try s.send(key)
        if key == "?" {
          try s.waitFor("the help while the lock is held", timeout: 0.5) { $0.contains("Пернелер") }
          #expect(Date().timeIntervalSince(start) < 0.5)
        }
      }
      #expect(flock.isRunning, "the lock was still held while the keys answered")
      #expect(try statuses(path)["d2.auyl_amanaty.05"] == .inProgress)
      try s.waitFor("the save once the lock is free", timeout: 12) { $0.contains("сақталды") }
      #expect(try statuses(path)["d2.auyl_amanaty.05"] == .done)
    }

    @Test("at 1,000,000 activities, d then ? shows the help within 0.2 s while the save runs")
    func aMillionActivitiesNeverFreezeTheKeys() throws {
      guard let release = TmuxSession.releaseBinary(for: "measures") else { return }
      let dir = NSTemporaryDirectory() + "jolkarta-tmux-million-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: dir) }
      let path = dir + "/big.json"
      let gen = try runProcess(
        release, ["generate", "--activities", "1000000", "--seed", "9", "-o", path])
      #expect(gen.status == 0)
      let s = try TmuxSession(
        width: 120, height: 40, arguments: [path, "--lang", "kk"], binary: release)
      defer { s.close() }
      try s.waitFor("the overview of a million", timeout: 120) { $0.contains("барлығы 1 000 000") }
      try s.send("Enter")
      try s.waitFor("the direction", timeout: 10) { !$0.contains("барлығы 1 000 000 ") || $0.contains("Шолу ›") }
      try s.send("Enter")
      // The footer names the space bar in Kazakh.
      try s.waitFor("a project", timeout: 10) { $0.contains("Бос орын") }
      try s.send("Space")
      let start = Date()
      try s.send("?")
      let shown = try s.waitFor("the help", timeout: 5) { $0.contains("Пернелер") }
      let took = Date().timeIntervalSince(start)
      #expect(took < 0.2, "the help took \(took) s")
      #expect(shown.contains("сақталуда…"), "the save was still running when the help showed")
      try s.send("Escape")
      try s.waitFor("the save", timeout: 60) { $0.contains("сақталды") }
    }
  }
}

/// Process helpers of these tests.
enum TmuxNeverLoseSupport {
  /// The children of a process, from /proc.
  static func children(of pid: pid_t) -> [pid_t] {
    let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
    return text.split(separator: " ").compactMap { pid_t($0) }
  }
}
