import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// Waiting for the lock: who holds it is said, the wait can be stopped, and it ends
/// by itself when the holder lets go.
@Suite(.serialized)
struct LockWaitTests {
  static let change = Change(
    id: "d1.roads.06", field: .status, old: .status(.inProgress), new: .status(.done))

  /// Waits at most `seconds` for `condition`, polling.
  static func eventually(_ seconds: Double = 10, _ condition: () -> Bool) -> Bool {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
      if condition() { return true }
      usleep(5_000)
    }
    return condition()
  }

  /// Runs a commit on another thread; `finished` gets its outcome.
  static func commitInBackground(_ path: String, _ wait: LockWait, _ finished: Outcome) {
    Thread.detachNewThread {
      do throws(SaveError) {
        _ = try RoadmapStore(path: path).commit([change], author: "t", waiting: wait)
        finished.set(nil)
      } catch {
        finished.set(error)
      }
    }
  }

  @Test func theHolderIsNamedAndTheWaitCanBeCancelled() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    // util-linux flock holds the lock file while its child reads standard input: closing
    // that ends the child and flock with it.
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
    holder.arguments = [dir.file(".roadmap.json.lock"), "cat"]
    let input = Pipe()
    holder.standardInput = input
    holder.standardOutput = FileHandle.nullDevice
    try holder.run()
    defer {
      try? input.fileHandleForWriting.close()
      holder.waitUntilExit()
    }
    #expect(
      Self.eventually {
        ((try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) ?? "").contains(
          " \(holder.processIdentifier) ")
      })
    let seen = Seen()
    let wait = LockWait { seen.add($0) }
    let finished = Outcome()
    Self.commitInBackground(path, wait, finished)
    #expect(Self.eventually { !seen.all.isEmpty })
    #expect(seen.all.first == "flock (pid \(holder.processIdentifier))")
    #expect(!finished.done)
    wait.cancel()
    #expect(wait.isCancelled)
    #expect(Self.eventually { finished.done })
    #expect(finished.error?.cancelled == true)
    #expect(finished.error?.message.contains("stopped waiting for the lock") == true)
    #expect(readBytes(path) == Sample.bytes, "nothing written")
    #expect(seen.all.count == 1, "told once while the holder stayed the same")
  }

  @Test func theWaitEndsWhenTheHolderLetsGo() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    // Held from this process, on a descriptor of its own.
    let fd = open(dir.file(".roadmap.json.lock"), O_RDWR | O_CREAT, 0o644)
    #expect(flock(fd, LOCK_EX) == 0)
    let seen = Seen()
    let finished = Outcome()
    Self.commitInBackground(path, LockWait { seen.add($0) }, finished)
    #expect(Self.eventually { !seen.all.isEmpty })
    #expect(seen.all.first?.hasSuffix("(pid \(getpid()))") == true)
    #expect(!finished.done)
    close(fd)
    #expect(Self.eventually { finished.done })
    #expect(finished.error == nil)
    #expect(try RoadmapLoader.load(path: path).roadmap.activity(id: "d1.roads.06")?.status == .done)
  }

  @Test func withoutAHolderNothingIsReported() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let seen = Seen()
    _ = try RoadmapStore(path: path).commit(
      [Self.change], author: "t", waiting: LockWait { seen.add($0) })
    #expect(seen.all.isEmpty)
  }
}

/// Descriptions a `LockWait` reported, from any thread.
final class Seen: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []
  func add(_ s: String) {
    lock.lock()
    items.append(s)
    lock.unlock()
  }
  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}

/// The outcome of a background commit.
final class Outcome: @unchecked Sendable {
  private let lock = NSLock()
  private var finished = false
  private var failure: SaveError?
  func set(_ error: SaveError?) {
    lock.lock()
    finished = true
    failure = error
    lock.unlock()
  }
  var done: Bool {
    lock.lock()
    defer { lock.unlock() }
    return finished
  }
  var error: SaveError? {
    lock.lock()
    defer { lock.unlock() }
    return failure
  }
}
