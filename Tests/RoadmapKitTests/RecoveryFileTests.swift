import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// Unsaved edits kept beside the roadmap: written whole, read back, damage reported.
struct RecoveryFileTests {
  static let changes = [
    Change(
      id: "d1.roads.06", field: .status, old: .status(.inProgress), new: .status(.done)),
    Change(
      id: "d1.housing.04", field: .note, old: nil, new: .text(LocalizedText("a \"quoted\"\nline"))),
    Change(id: "d4.air.05", field: .due, old: .day(Day("2023-06-01")!), new: nil),
  ]

  @Test func aRoundTrip() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let file = RecoveryFile(for: path)
    #expect(file.path == AtomicFile.resolve(dir.path) + "/roadmap.recovery.jsonl")
    #expect(file.read() == nil)
    let when = Date(timeIntervalSince1970: 1_701_338_100)
    try file.write(Self.changes, author: "Ә. Әбенова", now: when)
    let back = try #require(file.read())
    #expect(back.changes == Self.changes)
    #expect(back.time == "2023-11-30T09:55:00Z" && back.author == "Ә. Әбенова")
    // Written again: replaced, not appended; nothing left beside.
    try file.write([Self.changes[0]], author: "b", now: when)
    #expect(file.read()?.changes == [Self.changes[0]])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
        "roadmap.json", "roadmap.recovery.jsonl",
      ])
    try file.write([], author: "b", now: when)
    #expect(!FileManager.default.fileExists(atPath: file.path))
    try file.write(Self.changes, author: "b", now: when)
    file.remove()
    #expect(file.read() == nil)
  }

  @Test func damageIsReportedAndTheRestRead() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let file = RecoveryFile(for: path)
    try file.write(Self.changes, author: "a")
    var bytes = readBytes(file.path)
    bytes.insert(contentsOf: Array("{\"time\":\"x\",\n".utf8), at: 0)
    _ = dir.write("roadmap.recovery.jsonl", bytes)
    var problems: [Problem] = []
    #expect(file.read(reporting: &problems)?.changes == Self.changes)
    #expect(problems.map(\.location?.line) == [1])
    _ = dir.write("roadmap.recovery.jsonl", Array("garbage".utf8))
    problems = []
    #expect(file.read(reporting: &problems) == nil)
    #expect(problems.count == 1)
    _ = dir.write("roadmap.recovery.jsonl", [])
    #expect(file.read() == nil)
  }

  @Test func aSymlinkIsNeitherWrittenNorRead() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("roadmap.json", Sample.bytes)
    let other = dir.write("bashrc", Array("echo hi\n".utf8))
    let file = RecoveryFile(for: path)
    #expect(symlink(other, file.path) == 0)
    #expect(throws: SaveError.self) { try file.write(Self.changes, author: "a") }
    #expect(readBytes(other) == Array("echo hi\n".utf8))
    var problems: [Problem] = []
    #expect(file.read(reporting: &problems) == nil)
    #expect(problems.first?.message.contains("symbolic link") == true)
  }
}
