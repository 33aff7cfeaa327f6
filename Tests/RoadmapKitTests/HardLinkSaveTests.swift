import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// Saves of a file with several hard links: overwritten in place, from a complete copy
/// that recovery uses when the overwrite is cut; a full disk fails before the target.
@Suite(.serialized)
struct HardLinkSaveTests {
  /// A pid that is not running (the highest pids are not handed out here).
  static let deadPid = Int32.max - 1

  static func linked(_ dir: TempDir, _ bytes: [UInt8] = Sample.bytes) -> (
    path: String, other: String
  ) {
    let path = dir.write("roadmap.json", bytes)
    let other = dir.file("copy.json")
    #expect(link(path, other) == 0)
    return (path, other)
  }

  static func hidden(_ dir: TempDir) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter {
      $0.contains(".tmp-") || $0.contains(".new-")
    }
  }

  static func hash(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { String(AtomicFile.contentHash($0), radix: 16) }
  }

  /// The sample with d1.roads.06 done, and a copy of it cut where an overwrite was.
  static let new = Array(
    replacing(
      Sample.text, "\"status\": \"in_progress\"", with: "\"status\": \"done\"",
      after: "\"id\": \"d1.roads.06\","
    ).utf8)

  @Test func aSaveOverwritesInPlaceAndLeavesNothingBeside() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let (path, other) = Self.linked(dir)
    var before = stat()
    stat(path, &before)
    let c = Change(
      id: "d1.roads.06", field: .status, old: .status(.inProgress), new: .status(.done))
    _ = try RoadmapStore(path: path).commit([c], author: "t")
    var a = stat(), b = stat()
    stat(path, &a)
    stat(other, &b)
    #expect(a.st_ino == before.st_ino && b.st_ino == before.st_ino && a.st_nlink == 2)
    #expect(readBytes(path) == Self.new && readBytes(other) == Self.new)
    #expect(Self.hidden(dir).isEmpty)
  }

  @Test func aCutOverwriteIsFinishedFromTheCompleteCopyAtOpen() throws {
    let dir = TempDir()
    defer { dir.remove() }
    // A writer killed half-way through the overwrite: the new bytes up to a point,
    // then the old ones; its complete copy beside, named with the old content's hash.
    let cut = Array(Self.new[0..<70_000]) + Array(Sample.bytes[70_000..<100_000])
    let (path, other) = Self.linked(dir, cut)
    let copy = dir.write(".roadmap.json.new-\(Self.deadPid)-7-\(Self.hash(Sample.bytes))", Self.new)
    #expect((try? RoadmapLoader.load(path: path)) == nil)
    // (Found through the name the writer saved by: the copy is named after it.)
    let notes = AtomicFile.recoverInterrupted(of: path)
    #expect(notes == [RecoveryNote(file: path, copy: (copy as NSString).lastPathComponent, outcome: .finished)])
    #expect(notes.first?.description.contains("an interrupted save was finished") == true)
    #expect(readBytes(path) == Self.new && readBytes(other) == Self.new)
    #expect(!FileManager.default.fileExists(atPath: copy))
    var a = stat(), b = stat()
    stat(path, &a)
    stat(other, &b)
    #expect(a.st_ino == b.st_ino)
  }

  @Test func anOverwriteThatHadNotBegunIsRolledForward() throws {
    let dir = TempDir()
    defer { dir.remove() }
    // Killed after the copy was complete (and its history lines written), before the
    // first byte of the target: the save is finished, as its history says it was.
    let (path, _) = Self.linked(dir)
    _ = dir.write(".roadmap.json.new-\(Self.deadPid)-7-\(Self.hash(Sample.bytes))", Self.new)
    AtomicFile.recoverInterrupted(of: path)
    #expect(readBytes(path) == Self.new)
    #expect(Self.hidden(dir).isEmpty)
  }

  @Test func aFileChangedAfterTheCrashIsKept() throws {
    let dir = TempDir()
    defer { dir.remove() }
    // Neither the old content nor the new: someone wrote it since; theirs stays.
    let theirs = Array(
      replacing(Sample.text, "\"status\": \"done\"", with: "\"status\": \"pending\"").utf8)
    let (path, _) = Self.linked(dir, theirs)
    _ = dir.write(".roadmap.json.new-\(Self.deadPid)-7-\(Self.hash(Sample.bytes))", Self.new)
    let notes = AtomicFile.recoverInterrupted(of: path)
    #expect(notes.first?.outcome == .changedSince && notes.first?.contains("kept as it is") == true)
    #expect(readBytes(path) == theirs)
    #expect(Self.hidden(dir).isEmpty)
  }

  @Test func theCopyOfALiveWriterAndItsTemporaryStay() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let (path, _) = Self.linked(dir)
    // A live writer (pid 1) is mid-save: its files are not touched.
    let live = dir.write(".roadmap.json.new-1-7-\(Self.hash(Sample.bytes))", Self.new)
    let liveTemp = dir.write(".roadmap.json.tmp-1-8", [0x7B])
    let deadTemp = dir.write(".roadmap.json.tmp-\(Self.deadPid)-9", [0x7B])
    AtomicFile.recoverInterrupted(of: path)
    #expect(
      FileManager.default.fileExists(atPath: live)
        && FileManager.default.fileExists(atPath: liveTemp))
    #expect(!FileManager.default.fileExists(atPath: deadTemp))
    #expect(readBytes(path) == Sample.bytes)
  }

  @Test func aKilledWriterNotYetReapedCountsAsGone() throws {
    let dir = TempDir()
    defer { dir.remove() }
    // A zombie: the shell's background child exits, and the sleep the shell became
    // never reaps it. kill(pid, 0) still finds it.
    let parent = Process()
    parent.executableURL = URL(fileURLWithPath: "/bin/sh")
    parent.arguments = ["-c", "true & echo $!; exec sleep 5"]
    let out = Pipe()
    parent.standardOutput = out
    try parent.run()
    defer {
      kill(parent.processIdentifier, SIGKILL)
      parent.waitUntilExit()
    }
    let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
    let zombie = try #require(pid_t(line.trimmingCharacters(in: .whitespacesAndNewlines)))
    let end = Date().addingTimeInterval(5)
    while !SiblingNames.processIsGone(zombie) && Date() < end { usleep(1_000) }
    #expect(kill(zombie, 0) == 0 && SiblingNames.processIsGone(zombie))
    // It had committed an in-place save (history line, then its complete copy).
    let (path, _) = Self.linked(dir)
    let line0 = #"{"time":"t","author":"a","id":"d1.roads.06","field":"status","old":"in_progress","new":"done","save":"z"}"#
    _ = dir.write("roadmap.history.jsonl", Array((line0 + "\n").utf8))
    _ = dir.write(".roadmap.json.new-\(zombie)-7-\(Self.hash(Sample.bytes))", Self.new)
    AtomicFile.recoverInterrupted(of: path)
    #expect(readBytes(path) == Self.new, "its save is finished")
    #expect(RoadmapStore(path: path).readHistory().entries.map(\.id) == ["d1.roads.06"])
    #expect(!String(decoding: readBytes(dir.file("roadmap.history.jsonl")), as: UTF8.self).contains("committed"))
  }

  @Test func aFullDiskFailsBeforeTheHardLinkedTargetIsTouched() throws {
    guard let fs = SmallFileSystem(bytes: 1 << 20) else { return }  // needs root and tmpfs
    defer { fs.remove() }
    // A target of exactly 34 pages: turning a "done" into "pending" needs a 35th.
    let page = 4096
    var text = Sample.bytes
    text += [UInt8](repeating: 0x20, count: 34 * page - text.count - 1) + [0x0A]
    let path = fs.path + "/roadmap.json"
    FileManager.default.createFile(atPath: path, contents: Data(text))
    #expect(link(path, fs.path + "/copy.json") == 0)
    // A history with room left in its page, so its append needs no new one.
    let store = RoadmapStore(path: path)
    FileManager.default.createFile(atPath: store.historyPath, contents: Data("\n".utf8))
    // Leave exactly the 35 pages of the new content's temp file free (the lock file
    // takes none): the temp fits, the target's 35th page does not.
    _ = RoadmapLock(tryingFor: path)
    fs.fill(leaving: 35 * page)
    let id = try #require(
      try RoadmapLoader.decode(text).roadmap.allActivities.first { $0.1.status == .done }?.1.id)
    let c = Change(id: id, field: .status, old: .status(.done), new: .status(.pending))
    do {
      _ = try store.commit([c], author: "t")
      Issue.record("the save should have failed: the disk is full")
    } catch {
      #expect(error.message.contains("not enough room"), "\(error.message)")
    }
    #expect(readBytes(path) == text, "the target is untouched")
    #expect(readBytes(fs.path + "/copy.json") == text)
    let left = try FileManager.default.contentsOfDirectory(atPath: fs.path).filter {
      $0.contains(".tmp-") || $0.contains(".new-")
    }
    #expect(left.isEmpty)
    #expect(store.readHistory().entries.isEmpty, "no line claims the change")
  }
}

/// A tmpfs of a given size mounted on a fresh folder (root only); nil when it cannot be.
struct SmallFileSystem {
  let path: String

  init?(bytes: Int) {
    let dir = TempDir()
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/mount")
    p.arguments = ["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", dir.path]
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return nil }
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
      dir.remove()
      return nil
    }
    path = dir.path
  }

  /// Writes a filler file so that `free` bytes are left.
  func fill(leaving free: Int) {
    var fs = statvfs()
    statvfs(path, &fs)
    let available = Int(fs.f_bavail) * Int(fs.f_frsize)
    guard available > free else { return }
    FileManager.default.createFile(
      atPath: path + "/filler", contents: Data(count: available - free))
  }

  func remove() {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/umount")
    p.arguments = [path]
    try? p.run()
    p.waitUntilExit()
    rmdir(path)
  }
}
