import Foundation
import RoadmapKit
import Testing

@testable import RoadmapSession

#if canImport(Glibc)
  import Glibc
#endif

/// The watch sees every way a file is replaced, and not our own writes.
struct FileWatchTests {
  @Test func seesRenameSaveInPlaceWriteAndCopyButNotOwnWrites() throws {
    let (dir, path) = try temporaryRoadmap()
    let original = try RoadmapLoader.readFile(path)
    let watch = FileWatch(path: path, knownBytes: original)
    #expect(watch.poll() == nil)

    // Same size, written in place: seen.
    var same = original
    let i = same.firstIndex(of: UInt8(ascii: "d"))!
    same[i] = UInt8(ascii: "D")
    try Data(same).write(to: URL(fileURLWithPath: path))
    guard case .changed(let b1)? = watch.poll() else { Issue.record("in-place write not seen"); return }
    #expect(b1 == same)

    // Rename over it, as vim and sed -i do.
    try Data(original).write(to: URL(fileURLWithPath: dir + "/tmp"))
    #expect(rename(dir + "/tmp", path) == 0)
    guard case .changed(let b2)? = watch.poll() else { Issue.record("rename not seen"); return }
    #expect(b2 == original)

    // Our own save, acknowledged: nothing to report.
    try AtomicFile.write(same, to: path)
    watch.acknowledge(same)
    #expect(watch.poll() == nil)

    // Removed: unreadable, once.
    try FileManager.default.removeItem(atPath: path)
    guard case .unreadable? = watch.poll() else { Issue.record("removal not seen"); return }
    #expect(watch.poll() == nil)
  }

  /// A same-size edit that leaves inode, size and times as they were, as one made within
  /// the same timestamp tick does, is seen only because small files are compared by content.
  ///
  /// A `write` always stamps new times, so the edit goes through a shared mapping: the first
  /// store faults and stamps the file, later stores to the same dirty page stamp nothing
  /// until the kernel writes the page back (then the attempt is made again).
  @Test("a same-size edit that leaves the fingerprint as it was is seen by content")
  func editTheTimesDoNotShowIsSeenByContent() throws {
    let (_, path) = try temporaryRoadmap()
    let size = try RoadmapLoader.readFile(path).count
    let fd = open(path, O_RDWR | O_CLOEXEC)
    try #require(fd >= 0)
    defer { close(fd) }
    let map = try #require(mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0))
    try #require(map != UnsafeMutableRawPointer(bitPattern: -1), "mmap failed")
    defer { munmap(map, size) }
    let bytes = map.assumingMemoryBound(to: UInt8.self)

    for attempt in 1...5 {
      bytes[0] = UInt8(ascii: " ")  // faults the page writable and stamps the file
      let known = try RoadmapLoader.readFile(path)
      let watch = FileWatch(path: path, knownBytes: known)
      #expect(watch.poll() == nil)
      let stamp = FileWatch.fingerprint(path)
      bytes[1] = known[1] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
      guard FileWatch.fingerprint(path) == stamp else { continue }  // written back meanwhile
      guard case .changed(let seen)? = watch.poll() else {
        Issue.record("a same-size edit with the same fingerprint was not seen (attempt \(attempt))")
        return
      }
      #expect(seen.count == size && seen[1] == bytes[1] && seen != known)
      return
    }
    Issue.record("the kernel stamped every edit through the mapping; nothing was tested")
  }
}

extension FileWatch.Change: Equatable {
  public static func == (a: FileWatch.Change, b: FileWatch.Change) -> Bool {
    switch (a, b) {
    case (.changed(let x), .changed(let y)): return x == y
    case (.unreadable(let x), .unreadable(let y)): return x == y
    default: return false
    }
  }
}

/// The watch's cheap look, which a history read after our own save relies on.
struct FileWatchStillKnownTests {
  @Test func seemsUnchangedUntilTheFileIsReplacedThenAgainOnceRead() throws {
    let (dir, path) = try temporaryRoadmap()
    let original = try RoadmapLoader.readFile(path)
    let watch = FileWatch(path: path, knownBytes: original)
    #expect(watch.seemsUnchanged)
    try Data(original).write(to: URL(fileURLWithPath: dir + "/tmp"))
    #expect(rename(dir + "/tmp", path) == 0)
    #expect(!watch.seemsUnchanged)
    _ = watch.poll()
    #expect(watch.seemsUnchanged)
    try FileManager.default.removeItem(atPath: path)
    _ = watch.poll()
    #expect(!watch.seemsUnchanged)
  }
}
