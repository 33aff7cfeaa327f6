import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `jolkarta` binary, which sits next to the test bundle.
enum CLI {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let samplePath = repositoryRoot.appendingPathComponent("data/roadmap.json").path
  static let sampleBytes = Array(FileManager.default.contents(atPath: samplePath)!)

  /// `.build/<triple>/debug/jolkarta`, beside the running test bundle.
  static let binary: String = {
    var candidates: [URL] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
    }
    for b in Bundle.allBundles { candidates.append(b.bundleURL.deletingLastPathComponent()) }
    candidates.append(Bundle.main.bundleURL)
    for dir in candidates {
      let p = dir.appendingPathComponent("jolkarta").path
      if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return repositoryRoot.appendingPathComponent(".build/debug/jolkarta").path
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var out: [UInt8]
  }

  /// `jolkarta arguments` with its standard output redirected by the shell (`>/dev/full`,
  /// `>&-`); `stdout` is then empty.
  @discardableResult
  static func run(
    _ arguments: [String], shellRedirect: String, environment: [String: String] = [:],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Result {
    run(
      arguments, environment: environment, program: "/bin/sh",
      prefix: ["-c", "exec \"$0\" \"$@\" " + shellRedirect, binary], sourceLocation: sourceLocation)
  }

  /// Runs the binary with `arguments` in `cwd`, waiting at most `timeout` seconds.
  ///
  /// `program` and `prefix` put something in front of it (a shell that redirects, a
  /// pseudo-terminal): `program prefix… arguments…`, where the prefix names the binary.
  @discardableResult
  static func run(
    _ arguments: [String], cwd: String? = nil, environment: [String: String] = [:], timeout: Double = 60,
    program: String? = nil, prefix: [String] = [],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Result {
    let dir = TempFolder()
    defer { dir.remove() }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program ?? binary)
    p.arguments = prefix + arguments
    if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    var env = ProcessInfo.processInfo.environment
    env["JOLKARTA_AUTHOR"] = nil
    env["JOLKARTA_LANG"] = nil
    env["LANG"] = "C.UTF-8"
    env["LC_ALL"] = nil
    for (k, v) in environment { env[k] = v }
    p.environment = env
    FileManager.default.createFile(atPath: dir.file("out"), contents: nil)
    FileManager.default.createFile(atPath: dir.file("err"), contents: nil)
    let out = FileHandle(forWritingAtPath: dir.file("out"))!
    let err = FileHandle(forWritingAtPath: dir.file("err"))!
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    p.terminationHandler = { _ in finished.signal() }
    do { try p.run() } catch {
      Issue.record("cannot run \(binary): \(error)", sourceLocation: sourceLocation)
      return Result(status: -1, stdout: "", stderr: "", out: [])
    }
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      kill(p.processIdentifier, SIGKILL)
      finished.wait()
      Issue.record("jolkarta \(arguments) did not finish in \(timeout) s", sourceLocation: sourceLocation)
    }
    try? out.close()
    try? err.close()
    let o = Array(FileManager.default.contents(atPath: dir.file("out")) ?? Data())
    let e = FileManager.default.contents(atPath: dir.file("err")) ?? Data()
    return Result(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self), out: o)
  }
}

/// A fresh temporary folder, removed by `remove()`.
struct TempFolder {
  let path: String
  init() {
    var template = Array((NSTemporaryDirectory() + "/jolkarta-cli-XXXXXX").utf8CString)
    let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    path = String(cString: p!)
  }
  func file(_ name: String) -> String { path + "/" + name }
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) -> String {
    let p = file(name)
    let dir = (p as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    return p
  }
  func read(_ name: String) -> [UInt8] { Array(FileManager.default.contents(atPath: file(name)) ?? Data()) }
  func remove() { try? FileManager.default.removeItem(atPath: path) }
}


/// Activity ids and statuses of a roadmap text, read with JSONSerialization (not the model).
func activityStatuses(_ bytes: [UInt8]) -> [(id: String, status: String)]? {
  guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
    let directions = root["directions"] as? [[String: Any]]
  else { return nil }
  var out: [(String, String)] = []
  for d in directions {
    for p in d["projects"] as? [[String: Any]] ?? [] {
      for a in p["activities"] as? [[String: Any]] ?? [] {
        out.append((a["id"] as? String ?? "?", a["status"] as? String ?? "?"))
      }
    }
  }
  return out
}
