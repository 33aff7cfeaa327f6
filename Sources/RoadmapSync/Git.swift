import Foundation
import RoadmapKit

/// The `git` program, run as lazygit runs it: found on PATH, one process per command,
/// never asking on the terminal (credentials are git's own business: SSH keys and
/// credential helpers; a prompt would hang a sync, so it fails instead).
public struct Git: Sendable {
  /// What one git command did.
  public struct Result: Sendable {
    /// Its exit status (−1: it could not be started or was stopped at its time limit).
    public var status: Int32
    /// Standard output.
    public var output: String
    /// Standard error.
    public var error: String
    /// Set when git did not run to its end: not started, or stopped at its time limit.
    public var failedToRun: SyncFailure? = nil
    /// Whether it succeeded.
    public var ok: Bool { status == 0 }
    /// The first line of standard error, or of output when error is empty, for messages.
    public var firstLine: String { failure.description }
    /// Why it failed, for messages: git's own first line (of standard error, else of
    /// its output), or what kept it from running.
    public var failure: SyncFailure {
      if let failedToRun { return failedToRun }
      let text = error.isEmpty ? output : error
      return text.split(separator: "\n").first.map { .git(says: String($0)) } ?? .gitExited(status: status)
    }
  }

  /// The git executable.
  public let executable: String
  /// The folder commands run in.
  public let directory: String
  /// How long one command may run before it is stopped (a remote that never answers).
  public var timeLimit: TimeInterval = 120

  /// Git in `directory`; nil when there is no `git` on PATH.
  public init?(in directory: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) {
    guard let found = Self.find(path: path) else { return nil }
    executable = found
    self.directory = directory
  }

  /// The first executable `git` on `path`.
  static func find(path: String?) -> String? {
    for dir in (path ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = String(dir) + "/git"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// The same git in another folder.
  public func inFolder(_ directory: String) -> Git {
    Git(executable: executable, directory: directory, timeLimit: timeLimit)
  }

  private init(executable: String, directory: String, timeLimit: TimeInterval) {
    self.executable = executable
    self.directory = directory
    self.timeLimit = timeLimit
  }

  /// Runs `git args…` and waits for it (within `timeLimit`).
  @discardableResult
  public func run(_ args: [String]) -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = args
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env["GIT_TERMINAL_PROMPT"] = "0"
    // Messages jolkarta reads (rejections, "nothing to commit") in one language.
    env["LC_ALL"] = "C"
    if env["GIT_SSH_COMMAND"] == nil { env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=15" }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch {
      return Result(status: -1, output: "", error: "", failedToRun: .cannotRunGit(program: executable))
    }
    // Both pipes are drained while git runs, so a long output never blocks it.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data(), errData = Data()
    group.enter()
    DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    let timer = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: timer)
    process.waitUntilExit()
    timer.cancel()
    group.wait()
    let timedOut = process.terminationReason == .uncaughtSignal
    return Result(
      status: timedOut ? -1 : process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
      error: String(decoding: errData, as: UTF8.self),
      failedToRun: timedOut ? .timedOut(step: args.first ?? "", seconds: Int(timeLimit)) : nil)
  }

  /// The trimmed output of a command that succeeded, nil otherwise.
  public func value(_ args: [String]) -> String? {
    let r = run(args)
    guard r.ok else { return nil }
    let v = r.output.trimmingCharacters(in: .whitespacesAndNewlines)
    return v.isEmpty ? nil : v
  }
}
