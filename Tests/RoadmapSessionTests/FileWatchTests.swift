import Foundation
import RoadmapKit
import Testing

@testable import RoadmapSession

/// The watch sees every way a file is replaced, and not our own writes.
struct FileWatchTests {
  @Test func seesRenameSaveInPlaceWriteAndCopyButNotOwnWrites() throws {
    let (dir, path) = try temporaryRoadmap()
    let original = try RoadmapLoader.readFile(path)
    let watch = FileWatch(path: path, knownBytes: original)
    #expect(watch.poll() == nil)

    // Same size, written in place within the same second: still seen (content compared).
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
