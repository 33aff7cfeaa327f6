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
    #expect(r.stderr.contains("мұндай файл не қалта жоқ"), "\(r.stderr)")
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
      ["set-status", "d1.housing.01", "pending", file, "--lang", "en"], program: "/usr/bin/setpriv",
      prefix: ["--reuid", "65534", "--regid", "65534", "--clear-groups", CLI.binary])
    #expect(r.status == 1)
    #expect(r.stderr.contains(".r.json.lock: Permission denied"), "\(r.stderr)")
    #expect(CLI.sampleBytes == dir.read("ro/r.json"))
  }

  /// A roadmap on a file system mounted read-only: set-status and export say so, name the
  /// file, and write nothing.
  @Test(.enabled(if: getuid() == 0, "mounts a tmpfs"))
  func aReadOnlyMountIsNamedWithEROFS() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let mnt = dir.file("mnt")
    try FileManager.default.createDirectory(atPath: mnt, withIntermediateDirectories: true)
    let mounted = try runProcess("/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mnt])
    try #require(mounted.status == 0, "mount a tmpfs")
    defer { _ = try? runProcess("/bin/umount", [mnt]) }
    let file = mnt + "/r.json"
    FileManager.default.createFile(atPath: file, contents: Data(CLI.sampleBytes))
    try #require(try runProcess("/bin/mount", ["-o", "remount,ro", mnt]).status == 0)
    let set = CLI.run(["set-status", "d1.housing.01", "pending", file, "--lang", "en"])
    #expect(set.status == 1)
    #expect(set.stderr.contains(file) && set.stderr.contains("read-only file system"), "\(set.stderr)")
    let export = CLI.run(["export", file, "--format", "csv", "-o", mnt + "/x.csv"])
    #expect(export.status == 1)
    #expect(export.stderr.contains("файлдық жүйе тек оқуға арналған"), "\(export.stderr)")
    #expect(Array(FileManager.default.contents(atPath: file) ?? Data()) == CLI.sampleBytes)
  }
}
