import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Messages of failed writes name the real cause and the file it concerns.
@Suite struct CLIErrorCauseTests {
  @Test func aMissingFolderIsNamedWithENOENT() throws {
    let out = "/nonexistent-jolkarta/x.csv"
    let r = CLI.run(["export", CLI.samplePath, "--format", "csv", "-o", out])
    #expect(r.status == 1)
    #expect(r.stderr.contains("/nonexistent-jolkarta"))
    #expect(r.stderr.contains("No such file or directory"))
  }

  /// A folder this user cannot write, holding a writable roadmap with a second hard link
  /// (so that the store's early check of the folder does not apply): the lock file cannot
  /// be created, and the message says "Permission denied", not the ENOENT of the
  /// read-only retry that came after.
  @Test(
    .enabled(
      if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
      "drops to nobody with setpriv"))
  func aLockFileThatCannotBeCreatedSaysWhy() throws {
    let dir = TempFolder()
    defer {
      chmod(dir.file("ro"), 0o755)
      dir.remove()
    }
    chmod(dir.path, 0o755)
    let file = dir.write("ro/r.json", CLI.sampleBytes)
    #expect(link(file, dir.file("ro/r2.json")) == 0)
    chmod(file, 0o666)
    chmod(dir.file("ro"), 0o555)
    let r = CLI.run(
      ["set-status", "d1.housing.01", "pending", file], program: "/usr/bin/setpriv",
      prefix: ["--reuid", "65534", "--regid", "65534", "--clear-groups", CLI.binary])
    #expect(r.status == 1)
    #expect(r.stderr.contains(".r.json.lock: Permission denied"), "\(r.stderr)")
    #expect(CLI.sampleBytes == dir.read("ro/r.json"))
  }
}
