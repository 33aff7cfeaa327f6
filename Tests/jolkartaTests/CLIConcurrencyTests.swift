import Foundation
import RoadmapKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Several writers on one file at once, and writers killed in the middle of a save.
@Suite(.serialized)
struct CLIConcurrencyTests {
  static let cycle = ["done": "in_progress", "in_progress": "pending", "pending": "done"]

  /// The text with the status of activity `id` changed, computed on the text itself.
  static func withStatus(_ text: String, _ id: String, _ old: String, _ new: String) -> String {
    let a = text.range(of: "\"id\": \"\(id)\",")!
    let s = text.range(of: "\"status\": \"\(old)\"", range: a.upperBound..<text.endIndex)!
    return text.replacingCharacters(in: s, with: "\"status\": \"\(new)\"")
  }

  @Test func fourWritersTimes250Changes() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", CLI.sampleBytes)
    let initial = try #require(activityStatuses(CLI.sampleBytes))
    #expect(initial.count == 122)
    var expected = Dictionary(uniqueKeysWithValues: initial.map { ($0.id, $0.status) })
    let workers = 4, perWorker = 250
    // Worker k owns the activities k, k+4, k+8, …, and steps each through the status cycle
    // in turn, so every change really changes something and the end state is known.
    var scripts: [String] = []
    for k in 0..<workers {
      let owned = initial.indices.filter { $0 % workers == k }.map { initial[$0].id }
      var lines = ["#!/bin/sh", "J=\"$1\""]
      for j in 0..<perWorker {
        let id = owned[j % owned.count]
        let new = Self.cycle[expected[id]!]!
        expected[id] = new
        lines.append("\"$J\" set-status \(id) \(new) \(path) --author w\(k) >/dev/null || echo \"failed: \(id) \(new)\" >&2")
      }
      scripts.append(dir.write("w\(k).sh", Array((lines.joined(separator: "\n") + "\n").utf8)))
    }
    let clock = ContinuousClock()
    let start = clock.now
    let finished = DispatchSemaphore(value: 0)
    var processes: [Process] = []
    for k in 0..<workers {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      p.arguments = [scripts[k], CLI.binary]
      p.standardError = FileHandle(forWritingAtPath: dir.write("w\(k).err", []))
      p.terminationHandler = { _ in finished.signal() }
      try p.run()
      processes.append(p)
    }
    for _ in 0..<workers {
      if finished.wait(timeout: .now() + 600) == .timedOut {
        for p in processes where p.isRunning { kill(p.processIdentifier, SIGKILL) }
        Issue.record("the writers did not finish in 10 minutes")
        return
      }
    }
    let elapsed = clock.now - start
    print("4 × 250 set-status: \(elapsed)")
    for k in 0..<workers {
      #expect(processes[k].terminationStatus == 0)
      #expect(dir.read("w\(k).err").isEmpty, "\(String(decoding: dir.read("w\(k).err"), as: UTF8.self))")
    }

    // The file is valid and holds every change.
    let validate = CLI.run(["validate", path])
    #expect(validate.status == 0, "\(validate.stderr)")
    let final = try #require(activityStatuses(dir.read("roadmap.json")))
    #expect(final.map(\.id) == initial.map(\.id))
    for (id, status) in final { #expect(status == expected[id], "\(id)") }
    // Still canonical: exactly the sample with the final statuses put in.
    var text = String(decoding: CLI.sampleBytes, as: UTF8.self)
    for (id, status) in initial where expected[id] != status { text = Self.withStatus(text, id, status, expected[id]!) }
    #expect(dir.read("roadmap.json") == Array(text.utf8))

    // The history has 1,000 lines, 250 per writer, and per activity each line's old
    // value is the previous line's new one: no change was lost or applied twice.
    let lines = String(decoding: dir.read("roadmap.history.jsonl"), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == workers * perWorker)
    var byAuthor: [String: Int] = [:]
    var current = Dictionary(uniqueKeysWithValues: initial.map { ($0.id, $0.status) })
    for line in lines {
      guard let e = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = e["id"] as? String, let old = e["old"] as? String, let new = e["new"] as? String,
        let author = e["author"] as? String
      else {
        Issue.record("bad history line \(line)")
        continue
      }
      byAuthor[author, default: 0] += 1
      #expect(current[id] == old, "\(line)")
      current[id] = new
    }
    #expect(byAuthor == ["w0": 250, "w1": 250, "w2": 250, "w3": 250])
    #expect(current == expected)
  }

  @Test func killedWritersLeaveTheOldOrTheNewFile() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", CLI.sampleBytes)
    let ids = try #require(activityStatuses(CLI.sampleBytes)).map(\.id)
    var rng = SplitMix64(seed: 2023_11_30)

    // How long an uninterrupted set-status takes here (the slowest of three), to spread
    // the kills over the whole run, from start-up to the rename and the history line.
    let clock = ContinuousClock()
    var slowest = Duration.zero
    for status in ["pending", "done", "pending"] {
      let t0 = clock.now
      #expect(CLI.run(["set-status", ids[0], status, path]).status == 0)
      slowest = max(slowest, clock.now - t0)
    }
    let span = max(Int(slowest.components.seconds * 1_000_000 + slowest.components.attoseconds / 1_000_000_000_000), 20_000)

    var killed = 0, landed = 0, notYet = 0
    for round in 0..<30 {
      let before = dir.read("roadmap.json")
      let text = String(decoding: before, as: UTF8.self)
      let statuses = try #require(activityStatuses(before))
      let (id, old) = statuses[Int.random(in: 0..<statuses.count, using: &rng)]
      let new = Self.cycle[old]!
      let after = Array(Self.withStatus(text, id, old, new).utf8)

      let p = Process()
      p.executableURL = URL(fileURLWithPath: CLI.binary)
      p.arguments = ["set-status", id, new, path, "--author", "k\(round)"]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      let finished = DispatchSemaphore(value: 0)
      p.terminationHandler = { _ in finished.signal() }
      try p.run()
      usleep(UInt32(Int.random(in: 0...span, using: &rng)))
      kill(p.processIdentifier, SIGKILL)
      if finished.wait(timeout: .now() + 60) == .timedOut {
        Issue.record("round \(round): the writer did not end after SIGKILL")
        return
      }
      if p.terminationReason == .uncaughtSignal { killed += 1 }

      let now = dir.read("roadmap.json")
      #expect((try? JSONSerialization.jsonObject(with: Data(now))) != nil, "round \(round): not JSON")
      #expect(now == before || now == after, "round \(round): neither the old nor the new file")
      if now == after { landed += 1 } else { notYet += 1 }
      #expect(CLI.run(["validate", path]).status == 0, "round \(round)")
    }
    print("kill -9: \(killed) of 30 killed, \(landed) saved, \(notYet) not yet")
    #expect(killed > 0)
    // A writer killed between creating its temporary file and the rename leaves it
    // behind; plant one as such a writer would, with a process id that is gone.
    let stale = dir.write(".roadmap.json.tmp-\(Int32.max - 1)-12345", [0x7B])
    // The lock of a killed writer is released with its process: a later writer gets
    // through, and clears what dead writers left.
    let last = CLI.run(["set-status", ids[1], "pending", path], timeout: 30)
    #expect(last.status == 0)
    #expect(!FileManager.default.fileExists(atPath: stale))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
    #expect(leftovers == [])
  }
}
