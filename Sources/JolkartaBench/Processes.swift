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

/// Spawns `executable` with `arguments`, standard output and error to /dev/null, and
/// waits for it with wait4 (so its own peak memory is read, not the bench's); nil when
/// it cannot be started or does not exit 0.
func runMeasured(_ executable: String, _ arguments: [String]) -> ProcessRun? {
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
