import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// History and file agree after any crash: a torn line is ended and reported, a save
/// that never reached the file is not claimed, one that did is kept.
struct HistoryIntegrityTests {
  static let change = Change(
    id: "d1.roads.06", field: .status, old: .status(.inProgress), new: .status(.done))

  static func line(_ old: String, _ new: String, save: String? = nil, id: String = "d1.roads.06")
    -> String
  {
    let tail = save.map { #","save":"\#($0)""# } ?? ""
    return
      #"{"time":"t","author":"a","id":"\#(id)","field":"status","old":"\#(old)","new":"\#(new)"\#(tail)}"#
  }

  @Test func aTornLastLineIsEndedBeforeTheNextAppendAndReported() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let store = RoadmapStore(path: path)
    let good = Self.line("done", "in_progress", id: "d4.air.05")
    let torn = #"{"time":"t","author":"a","id":"d1.ro"#
    _ = dir.write("roadmap.history.jsonl", Array((good + "\n" + torn).utf8))
    _ = try store.commit([Self.change], author: "t")
    let raw = String(decoding: readBytes(store.historyPath), as: UTF8.self)
    let lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4 && lines[1] == torn && lines[2].hasPrefix(#"{"time":"#))
    let (entries, problems) = store.readHistory()
    #expect(entries.map(\.id) == ["d4.air.05", "d1.roads.06"])
    #expect(problems.map(\.location?.line) == [2])
    #expect(problems.first?.message == "not a history entry; skipped")
  }

  @Test func anEntryGluedToATornLineIsStillRead() throws {
    // Versions that did not end a torn line appended the next entry right after it.
    let dir = TempDir()
    defer { dir.remove() }
    let glued = #"{"time":"t","auth"# + Self.line("in_progress", "done") + "\n"
    let path = dir.write(
      "h.jsonl", Array((Self.line("pending", "in_progress") + "\n" + glued).utf8))
    let (entries, problems) = HistoryEntry.read(path: path)
    #expect(entries.map(\.new) == [.status(.inProgress), .status(.done)])
    #expect(problems.map(\.location?.line) == [2])
  }

  @Test func whichSavesCount() throws {
    // d1.roads.06 is in_progress in the sample.
    let current = try Sample.load()
    func counted(_ lines: [String], _ roadmap: Roadmap?) -> [String] {
      let text = HistoryText(
        Array(lines.joined(separator: "\n").utf8)[...], file: "h", firstLine: 1)
      return HistoryConfirmation(text.lines, current: roadmap).entries.map {
        "\($0.old!)>\($0.new!)"
      }
    }
    let old = Self.line("pending", "done")  // before save ids: always counted
    let a = Self.line("done", "in_progress", save: "a")
    let b = Self.line("in_progress", "done", save: "b")
    // The last save agrees with the file: counted; it does not: left out, but only
    // when the file is known.
    #expect(counted([old, a], current) == ["pending>done", "done>in_progress"])
    #expect(counted([old, a, b], current) == ["pending>done", "done>in_progress"])
    #expect(counted([old, a, b], nil) == ["pending>done", "done>in_progress", "in_progress>done"])
    // An outcome line decides, whatever follows; a save followed by others counts.
    let aborted = #"{"save":"b","committed":false}"#
    let c = Self.line("in_progress", "pending", save: "c")
    #expect(counted([a, b, aborted, c], nil) == ["done>in_progress", "in_progress>pending"])
    #expect(counted([b, a], current) == ["in_progress>done", "done>in_progress"])
    // Within one save, a later line on the same field stands for the file.
    let twice = [
      Self.line("in_progress", "done", save: "d"), Self.line("done", "in_progress", save: "d"),
    ]
    #expect(counted(twice, current) == ["in_progress>done", "done>in_progress"])
  }

  /// The sample with the history lines of a save killed before the file got them
  /// (d4.air.05 is done in the sample; the lines claim done → pending).
  static func killedSave() -> (TempDir, String, RoadmapStore) {
    let dir = TempDir()
    let path = dir.write("roadmap.json", Sample.bytes)
    _ = dir.write(
      "roadmap.history.jsonl",
      Array((line("done", "pending", save: "k", id: "d4.air.05") + "\n").utf8))
    return (dir, path, RoadmapStore(path: path))
  }

  @Test func aSaveKilledBeforeTheReplaceGetsItsOutcomeFromTheNextWriter() throws {
    // Its lines are written, the file never got them.
    let (dir, _, store) = Self.killedSave()
    defer { dir.remove() }
    #expect(store.readHistory().entries.isEmpty)
    _ = try store.commit([Self.change], author: "t")
    let raw = String(decoding: readBytes(store.historyPath), as: UTF8.self)
    #expect(raw.split(separator: "\n")[1] == #"{"save":"k","committed":false}"#)
    // Now decided in the file itself: even a reader without the roadmap leaves it out.
    #expect(HistoryEntry.read(path: store.historyPath).entries.map(\.id) == ["d1.roads.06"])
  }

  @Test func anOpenDecidesTheLastSaveOfAKilledWriter() throws {
    // Killed between its history lines and its rename: its temp file is still there.
    let (dir, path, store) = Self.killedSave()
    defer { dir.remove() }
    let temp = dir.write(".roadmap.json.tmp-\(Int32.max - 1)-1", Sample.bytes)
    AtomicFile.recoverInterrupted(of: path)
    #expect(!FileManager.default.fileExists(atPath: temp))
    #expect(HistoryEntry.read(path: store.historyPath).entries.isEmpty)
  }

  @Test func aHistoryThatIsASymlinkIsRefusedAndNothingIsWritten() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let bashrc = dir.write("bashrc", Array("echo hi\n".utf8))
    #expect(symlink(bashrc, dir.file("roadmap.history.jsonl")) == 0)
    do {
      _ = try RoadmapStore(path: path).commit([Self.change], author: "t")
      Issue.record("the save should have been refused")
    } catch {
      #expect(error.message.contains("is a symbolic link; refusing to write through it"))
      #expect(error.message.contains("nothing was written"))
    }
    #expect(readBytes(bashrc) == Array("echo hi\n".utf8))
    #expect(readBytes(path) == Sample.bytes)
  }

  @Test func aLockFileThatIsASymlinkIsRefused() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    #expect(symlink(dir.write("elsewhere", []), dir.file(".roadmap.json.lock")) == 0)
    #expect(throws: SaveError.self) {
      _ = try RoadmapStore(path: path).commit([Self.change], author: "t")
    }
    #expect(readBytes(path) == Sample.bytes)
  }
}
