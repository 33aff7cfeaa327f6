import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `-o` onto streams and special files, and writes that fail.
@Suite struct CLIOutputTargetTests {
  static let report = ["report", CLI.samplePath, "--format", "csv", "--lang", "en"]
  static var expected: [UInt8] { CLI.run(report).out }

  func mode(_ path: String) -> mode_t? {
    var st = stat()
    return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : nil
  }

  @Test func dashAndDevStdoutMeanStandardOutput() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let expected = Self.expected
    #expect(expected.count > 1000)
    #expect(CLI.run(Self.report + ["-o", "-"]).out == expected)
    // Standard output a regular file: written through, not replaced by another inode.
    let out = dir.write("out.csv", [])
    var before = stat()
    stat(out, &before)
    let r = CLI.run(Self.report + ["-o", "/dev/stdout"], shellRedirect: ">> '\(out)'")
    #expect(r.status == 0, "\(r.stderr)")
    var after = stat()
    stat(out, &after)
    #expect(after.st_ino == before.st_ino)
    #expect(dir.read("out.csv") == expected)
    #expect(mode("/dev/stdout") == S_IFLNK)
  }

  @Test func initToStandardOutputWritesTheSampleThroughAndReplacesNothing() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let sample = CLI.sampleBytes
    #expect(CLI.run(["init", "-"]).out == sample)
    let out = dir.write("sample.json", [])
    var before = stat()
    stat(out, &before)
    let r = CLI.run(["init", "/dev/stdout"], shellRedirect: ">> '\(out)'")
    #expect(r.status == 0, "\(r.stderr)")
    var after = stat()
    stat(out, &after)
    #expect(after.st_ino == before.st_ino)
    #expect(dir.read("sample.json") == sample)
    #expect(mode("/dev/stdout") == S_IFLNK)
  }

  /// Everything readable from `fd` now, without waiting.
  func drain(_ fd: Int32) -> [UInt8] {
    var got: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = read(fd, &chunk, chunk.count)
      if n <= 0 { return got }
      got += chunk[0..<n]
    }
  }

  @Test func aFIFOIsWrittenInto() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let fifo = dir.file("pipe")
    #expect(mkfifo(fifo, 0o600) == 0)
    // A reader that never blocks: a broken build that replaces the FIFO fails, not hangs.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    defer { close(reader) }
    let r = CLI.run(Self.report + ["-o", fifo])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(mode(fifo) == S_IFIFO)
    #expect(drain(reader) == Self.expected)
  }

  @Test(.enabled(if: getuid() == 0, "mknod needs root"))
  func aCharacterDeviceIsWrittenInto() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let null = dir.file("null")
    // A copy of /dev/null (major 1, minor 3).
    #expect(mknod(null, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
    let r = CLI.run(["export", CLI.samplePath, "--format", "md", "-o", null])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(mode(null) == S_IFCHR)
    // A copy of /dev/full (1, 7): a broken build must not replace the real one.
    let fullPath = dir.file("full")
    #expect(mknod(fullPath, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0)
    let full = CLI.run(Self.report + ["-o", fullPath])
    #expect(full.status == 1 && full.stderr.contains("full: No space left on device"))
    #expect(mode(fullPath) == S_IFCHR)
  }

  @Test func aUnixSocketIsWrittenInto() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.file("sock")
    let server = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
    defer { close(server) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(server, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    #expect(bound == 0 && listen(server, 1) == 0)
    // The report fits in the socket's buffer: accepted after the writer is done.
    let r = CLI.run(Self.report + ["-o", path])
    #expect(r.status == 0, "\(r.stderr)")
    // Not waiting: without a connection (a broken build) the test fails, not hangs.
    let peer = accept(server, nil, nil)
    defer { if peer >= 0 { close(peer) } }
    #expect(peer >= 0)
    #expect((peer >= 0 ? drain(peer) : []) == Self.expected)
    #expect(mode(path) == S_IFSOCK)
  }

  @Test(arguments: [
    ["summary", CLI.samplePath], ["summary", CLI.samplePath, "--json"],
    ["export", CLI.samplePath, "--format", "csv"], ["report", CLI.samplePath, "--format", "md"],
    ["validate", CLI.samplePath], ["keys"],
  ])
  func aFullDiskOnStandardOutputIsAnError(_ line: [String]) throws {
    let r = CLI.run(line, shellRedirect: ">/dev/full")
    #expect(r.status == 1)
    #expect(
      r.stderr.contains("jolkarta: стандартты шығыс ішіне жазу мүмкін болмады: дискіде бос орын жоқ"),
      "\(r.stderr)")
  }

  @Test func aFullDiskUnderTheHistoryAndSetStatusIsAnError() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let copy = dir.write("r.json", CLI.sampleBytes)
    let set = CLI.run(["set-status", "d1.housing.01", "pending", copy], shellRedirect: ">/dev/full")
    #expect(set.status == 1 && set.stderr.contains("дискіде бос орын жоқ"), "\(set.stderr)")
    for line in [["history", copy], ["history", copy, "--json"]] {
      let r = CLI.run(line, shellRedirect: ">/dev/full")
      #expect(r.status == 1 && r.stderr.contains("дискіде бос орын жоқ"), "\(line) \(r.stderr)")
    }
  }

  @Test func aClosedStandardOutputIsAnError() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let copy = dir.write("r.json", CLI.sampleBytes)
    let r = CLI.run(["export", copy, "--format", "csv"], shellRedirect: ">&-")
    #expect(r.status == 1)
    #expect(r.stderr.contains("стандартты шығыс ішіне жазу мүмкін болмады: ол жабық"), "\(r.stderr)")
    // Nothing the command opened took descriptor 1 in its place.
    #expect(dir.read("r.json") == CLI.sampleBytes)
    #expect(!FileManager.default.fileExists(atPath: dir.file(".r.json.lock"))
      || dir.read(".r.json.lock").isEmpty)
  }

  @Test func aReaderThatLeavesEndsTheCommandQuietly() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let big = dir.file("big.json")
    #expect(CLI.run(["generate", "--activities", "5000", "-o", big]).status == 0)
    // Whether SIGPIPE is ignored (the write then fails with EPIPE) or not: 141, no message.
    for trap in ["", "trap '' PIPE; "] {
      let r = CLI.run(
        ["export", big, "--format", "csv"], environment: ["ERR": dir.file("err")],
        program: "/bin/bash",
        prefix: [
          "-c", trap + "\"$0\" \"$@\" 2>\"$ERR\" | head -c 1 >/dev/null; exit ${PIPESTATUS[0]}",
          CLI.binary,
        ])
      #expect(r.status == 141, "\(trap)")
      #expect(dir.read("err").isEmpty, "\(String(decoding: dir.read("err"), as: UTF8.self))")
    }
  }
}
