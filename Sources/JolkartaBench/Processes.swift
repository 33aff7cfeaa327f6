import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of a whole program, as a user has it: wall time from spawn to exit, and the
/// peak resident memory the kernel reports for it (wait4's `ru_maxrss`).
struct ProcessRun {
  var seconds: Double
  var peakBytes: Int
}

/// A program compared in the bench: a name for the table and the command line.
struct Contender {
  var name: String
  var executable: String
  var arguments: [String]
}

/// GNU time, which `make bench` installs: the peak memory of a program is read by it.
///
/// Not wait4's `ru_maxrss` of a child spawned from here: a child starts as a copy (or,
/// with posix_spawn, a sharer) of the bench's address space, and Linux carries that high
/// mark over the exec, so every program showed the bench's own peak (1.4 GB at a
/// million, after it rewrote the file into the other layout). `time` is a small C
/// program, so what it reports is the measured program's own.
let gnuTime: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

/// Spawns `executable` with `arguments` (through GNU time when there is one), standard
/// output and error to /dev/null, and waits for it; nil when it cannot be started or
/// does not exit 0.
func runMeasured(_ executable: String, _ arguments: [String]) -> ProcessRun? {
  let report = NSTemporaryDirectory() + "/jolkarta-bench-peak-\(getpid())"
  defer { unlink(report) }
  let (program, argumentList) =
    gnuTime.map { ($0, ["-f", "%M", "-o", report, executable] + arguments) } ?? (executable, arguments)
  return spawnWaiting(program, argumentList).map { run in
    // GNU time's figure is in KiB.
    let kib = (try? String(contentsOfFile: report, encoding: .utf8)).flatMap {
      Int($0.split(separator: "\n").last.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? "")
    }
    return ProcessRun(seconds: run.seconds, peakBytes: kib.map { $0 * 1024 } ?? run.peakBytes)
  }
}

/// posix_spawn and wait4: wall time, and the child's `ru_maxrss` (see `gnuTime`).
func spawnWaiting(_ executable: String, _ arguments: [String]) -> ProcessRun? {
  var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var pid: pid_t = 0
  let t = now()
  guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
  var status: Int32 = 0
  var usage = rusage()
  while wait4(pid, &status, 0, &usage) < 0 {
    if errno != EINTR { return nil }
  }
  let elapsed = now() - t
  // Exited normally with 0: WIFEXITED and WEXITSTATUS, spelled out (macros in C).
  guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else { return nil }
  return ProcessRun(seconds: elapsed, peakBytes: usage.ru_maxrss * 1024)
}

/// Runs every contender `runs` times, interleaved (one run of each in turn, so load on
/// the shared machine falls on all alike); each one's median time and median peak.
func interleaved(_ contenders: [Contender], runs: Int) -> [String: ProcessRun] {
  var times: [String: [Double]] = [:]
  var peaks: [String: [Double]] = [:]
  for _ in 0..<runs {
    for c in contenders {
      guard let r = runMeasured(c.executable, c.arguments) else { continue }
      times[c.name, default: []].append(r.seconds)
      peaks[c.name, default: []].append(Double(r.peakBytes))
    }
  }
  var out: [String: ProcessRun] = [:]
  for c in contenders {
    guard let t = times[c.name], let p = peaks[c.name] else { continue }
    out[c.name] = ProcessRun(seconds: median(t), peakBytes: Int(median(p)))
  }
  return out
}
