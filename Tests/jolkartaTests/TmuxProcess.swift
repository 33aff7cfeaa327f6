import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What a finished child process left behind.
struct ProcessResult {
  /// The exit status, or 128 + the signal that ended it.
  var status: Int32
  /// Everything written to standard output.
  var output: Data
  /// Everything written to standard error.
  var errorOutput: Data
}

/// Runs `path` with `arguments` to completion, stdin from /dev/null, outputs into files.
///
/// `posix_spawn` with an empty signal mask and default actions, not Foundation's `Process`:
/// a child of `Process` here inherited almost every signal blocked, and a tmux server
/// started that way ignored `kill-server` and SIGTERM.
func runProcess(
  _ path: String, _ arguments: [String], environment: [String: String]? = nil
) throws -> ProcessResult {
  let base = FileManager.default.temporaryDirectory
    .appendingPathComponent("jolkarta-run-\(getpid())-\(UUID().uuidString)").path
  let outPath = base + ".out"
  let errPath = base + ".err"
  defer {
    unlink(outPath)
    unlink(errPath)
  }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var empty = sigset_t()
  sigemptyset(&empty)
  posix_spawnattr_setsigmask(&attributes, &empty)
  var defaults = sigset_t()
  sigfillset(&defaults)
  posix_spawnattr_setsigdefault(&attributes, &defaults)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

  let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
  let argv = ([path] + arguments).map { strdup($0) } + [nil]
  let envp = env.map { strdup($0) } + [nil]
  defer {
    argv.forEach { free($0) }
    envp.forEach { free($0) }
  }
  var pid: pid_t = 0
  let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
  guard spawned == 0 else {
    throw TmuxError("cannot run \(path): \(String(cString: strerror(spawned)))")
  }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  // WIFEXITED / WEXITSTATUS / WTERMSIG are macros; decode the wait status by hand.
  let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  let output = FileManager.default.contents(atPath: outPath) ?? Data()
  let errorOutput = FileManager.default.contents(atPath: errPath) ?? Data()
  return ProcessResult(status: exitStatus, output: output, errorOutput: errorOutput)
}

/// The full path of `name` on `PATH`, or `name` itself when not found.
func executablePath(_ name: String) -> String {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  for dir in path.split(separator: ":") {
    let candidate = "\(dir)/\(name)"
    if access(candidate, X_OK) == 0 { return candidate }
  }
  return name
}

/// A copy of the region's roadmap in a fresh temporary folder named after `purpose`.
func temporaryRoadmapCopy(_ purpose: String) throws -> String {
  let dir = NSTemporaryDirectory() + "jolkarta-\(purpose)-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  let path = dir + "/roadmap.json"
  try FileManager.default.copyItem(
    atPath: TmuxSession.packageRoot.appendingPathComponent("data/roadmap.json").path,
    toPath: path)
  return path
}
