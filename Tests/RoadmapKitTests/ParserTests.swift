import Foundation
import Testing

@testable import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

/// The JSON parser and the loader against hostile input: JSONTestSuite, edge cases, unreadable files.
struct ParserTests {
  static let suiteFolder = fixturesURL.appendingPathComponent("jsontestsuite/test_parsing")

  static func suiteFiles(_ prefix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: suiteFolder.path)) ?? []
    return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
  }

  static func suiteBytes(_ name: String) -> [UInt8] {
    readBytes(suiteFolder.appendingPathComponent(name).path)
  }

  @Test func theSuiteIsThere() {
    // JSONTestSuite (MIT, Nicolas Seriot): 95 y_, 188 n_, 35 i_ files, and its licence.
    #expect(Self.suiteFiles("y_").count == 95)
    #expect(Self.suiteFiles("n_").count == 188)
    #expect(Self.suiteFiles("i_").count == 35)
    #expect(FileManager.default.fileExists(atPath: fixturesURL.appendingPathComponent("jsontestsuite/LICENSE").path))
  }

  /// The place a problem names must exist in the text: a line of the file, a column on it.
  func expectPlaceInText(_ p: Problem, _ bytes: [UInt8], _ name: String) {
    guard let loc = p.location else {
      Issue.record("\(name): no line:column in \(p)")
      return
    }
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    #expect(loc.line >= 1 && loc.line <= lines.count, "\(name): \(loc)")
    if loc.line >= 1 && loc.line <= lines.count {
      let line = lines[loc.line - 1]
      let chars = line.filter { $0 & 0xC0 != 0x80 }.count
      #expect(loc.column >= 1 && loc.column <= chars + 1, "\(name): \(loc)")
    }
    #expect(p.description.hasPrefix("\(name):\(loc.line):\(loc.column): error: malformed JSON: "), "\(p)")
  }

  @Test(arguments: suiteFiles("n_"))
  func rejected(name: String) throws {
    let bytes = Self.suiteBytes(name)
    #expect(throws: JSONSyntaxError.self, "\(name)") { _ = try JSONParser.parse(bytes) }
    let ps = problems(bytes, file: name)
    #expect(ps.count == 1)
    if let p = ps.first { expectPlaceInText(p, bytes, name) }
  }

  /// RFC 8259 only says names SHOULD be unique; jolkarta refuses duplicates on purpose
  /// (which value would a save keep?), so these two valid texts are rejected, with a message.
  static let duplicateKeyFiles = ["y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json"]

  @Test(arguments: duplicateKeyFiles)
  func acceptedExceptDuplicateKeys(name: String) throws {
    let p = try #require(problems(Self.suiteBytes(name), file: name).first)
    #expect(p.description == "\(name):1:10: error: malformed JSON: duplicate member name \"a\" (first written at 1:2)")
  }

  @Test(arguments: suiteFiles("y_").filter { !duplicateKeyFiles.contains($0) })
  func accepted(name: String) throws {
    let bytes = Self.suiteBytes(name)
    let json = try JSONParser.parse(bytes)
    // What the parser read, written canonically, reads back to the same value.
    #expect(try JSONParser.parse(JSONWriter.canonicalBytes(json)) == json)
    // Not a roadmap, but not malformed JSON either.
    for p in problems(bytes, file: name) { #expect(!p.message.hasPrefix("malformed JSON"), "\(p)") }
  }

  @Test(arguments: suiteFiles("i_"))
  func implementationDefined(name: String) throws {
    let bytes = Self.suiteBytes(name)
    do {
      let json = try JSONParser.parse(bytes)
      #expect(try JSONParser.parse(JSONWriter.canonicalBytes(json)) == json)
    } catch {
      #expect(!error.message.isEmpty)
      let ps = problems(bytes, file: name)
      if let p = ps.first { expectPlaceInText(p, bytes, name) }
    }
  }

  // MARK: - Edge cases, each with its message

  func onlyProblem(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Problem? {
    let ps = problems(bytes, file: "f.json", sourceLocation: sourceLocation)
    #expect(ps.count == 1, sourceLocation: sourceLocation)
    return ps.first
  }

  @Test func deepNestingIsRefusedNotACrash() throws {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
      let text = String(repeating: open, count: 100_000) + "1" + String(repeating: close, count: 100_000)
      let p = try #require(onlyProblem(Array(text.utf8)))
      #expect(p.message == "malformed JSON: nesting deeper than 200 levels")
      #expect(p.location == Loc(line: 1, column: 200 * open.count + 1))
    }
    // 200 levels are fine.
    let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    #expect(throws: Never.self) { _ = try JSONParser.parse(Array(ok.utf8)) }
  }

  @Test func hugeNumbers() throws {
    let p = try #require(onlyProblem(Array("{\n  \"a\": [1, 1e400]\n}".utf8)))
    #expect(p.message == "malformed JSON: number 1e400 is too large to represent")
    #expect(p.location == Loc(line: 2, column: 12))
    #expect(throws: Never.self) { _ = try JSONParser.parse(Array("[1e308, -1e-400, 123456789012345678901234567890]".utf8)) }
    // Numbers are kept as written, however many digits.
    let long = "3.14159265358979323846264338327950288419716939937510"
    #expect(try JSONParser.parse(Array(long.utf8)).value == .number(long))
  }

  @Test func duplicateKeys() throws {
    let text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}"
    let p = try #require(onlyProblem(Array(text.utf8)))
    #expect(p.location == Loc(line: 4, column: 3))
    #expect(p.message == "malformed JSON: duplicate member name \"a\" (first written at 2:3)")
    // Many keys (the set-based check) too.
    let many = "{" + (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + ", \"k3\": 0}"
    let q = try #require(onlyProblem(Array(many.utf8)))
    #expect(q.message == "malformed JSON: duplicate member name \"k3\" (first written at 1:\(many.range(of: "\"k3\"")!.lowerBound.utf16Offset(in: many) + 1))")
    // Escapes are compared unescaped: "a" and "\u0061" are the same key.
    #expect(throws: JSONSyntaxError.self) { _ = try JSONParser.parse(Array(#"{"a": 1, "\u0061": 2}"#.utf8)) }
  }

  @Test func byteOrderMark() throws {
    let p = try #require(onlyProblem([0xEF, 0xBB, 0xBF] + Sample.bytes))
    #expect(p.location == Loc(line: 1, column: 1))
    #expect(p.message == "malformed JSON: the file starts with a byte order mark (BOM); save it as UTF-8 without BOM")
  }

  @Test func invalidUTF8() throws {
    // In a string: the place of the bad byte.
    let inString = Array("{\n  \"title\": \"Жол".utf8) + [0xFF] + Array("\"\n}".utf8)
    let p = try #require(onlyProblem(inString))
    #expect(p.message == "malformed JSON: invalid UTF-8 in a string")
    #expect(p.location == Loc(line: 2, column: 16))
    // Outside strings.
    let outside = Array("[1, ".utf8) + [0xC3] + Array("]".utf8)
    let q = try #require(onlyProblem(outside))
    #expect(q.location == Loc(line: 1, column: 5))
    #expect(q.message.contains("byte 0xC3 (not valid UTF-8)"))
    // Overlong encodings and encoded surrogates are invalid UTF-8 too.
    for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
      let r = try #require(onlyProblem([0x22] + bad + [0x22]))
      #expect(r.message == "malformed JSON: invalid UTF-8 in a string", "\(bad)")
      #expect(r.location == Loc(line: 1, column: 2))
    }
  }

  @Test func loneSurrogates() throws {
    let cases: [(String, String)] = [
      (#"["\uD800"]"#, #"lone surrogate \uD800: a high surrogate must be followed by a low one"#),
      (#"["\uD800\u0041"]"#, #"lone surrogate \uD800: a high surrogate must be followed by a low one"#),
      (#"["\uDC00"]"#, #"lone surrogate \uDC00"#),
      (#"["x\uDFFF\uD800"]"#, #"lone surrogate \uDFFF"#),
    ]
    for (text, message) in cases {
      let p = try #require(onlyProblem(Array(text.utf8)))
      #expect(p.message == "malformed JSON: " + message, "\(text)")
      #expect(p.location == Loc(line: 1, column: text.hasPrefix("[\"x") ? 4 : 3), "\(text)")
    }
    // A proper pair is one scalar.
    #expect(try JSONParser.parse(Array(#""\uD834\uDD1E""#.utf8)).value == .string("𝄞"))
  }

  @Test func emptyAndBlank() throws {
    #expect(try #require(onlyProblem([])).message == "malformed JSON: the file is empty")
    let blank = try #require(onlyProblem(Array(" \n\t\n".utf8)))
    #expect(blank.message == "malformed JSON: the file holds only white space")
  }

  @Test func truncatedSample() throws {
    let cut = Array(Sample.bytes.prefix(5000))
    let p = try #require(onlyProblem(cut))
    #expect(p.message.hasPrefix("malformed JSON: "))
    #expect(p.location != nil)
  }

  // MARK: - Files that cannot be read

  @Test func missingFile() throws {
    let dir = TempDir()
    defer { dir.remove() }
    do {
      _ = try RoadmapLoader.load(path: dir.file("nope.json"))
      Issue.record("loaded a missing file")
    } catch {
      #expect(error.isUnreadable)
      #expect(error.description == "\(dir.file("nope.json")): error: no such file")
    }
  }

  @Test func aDirectory() throws {
    let dir = TempDir()
    defer { dir.remove() }
    do {
      _ = try RoadmapLoader.load(path: dir.path)
      Issue.record("loaded a folder")
    } catch {
      #expect(error.isUnreadable)
      #expect(error.description == "\(dir.path): error: is a folder, not a roadmap file")
    }
  }

  /// Runs `body` on a thread of its own whose file system user is `nobody` when this
  /// process is root, so permission bits apply (root would read a mode-000 file).
  /// `setfsuid` changes only the calling thread; the thread ends right after.
  func withoutRootFileAccess<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T? {
    let result = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      var previous: Int32 = -1
      if geteuid() == 0 {
        typealias SetFsUID = @convention(c) (UInt32) -> Int32
        let fn = unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setfsuid"), to: SetFsUID.self)
        previous = fn(65534)
        // setfsuid returns the previous id; calling again returns the current one.
        if fn(65534) != 65534 { previous = -2 }
      }
      if previous != -2 { result.value = body() }
      if previous >= 0 {
        let fn = unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setfsuid"), to: (@convention(c) (UInt32) -> Int32).self)
        _ = fn(UInt32(previous))
      }
      done.signal()
    }
    thread.start()
    guard done.wait(timeout: .now() + 30) == .success else {
      Issue.record("the thread did not finish in 30 s")
      return nil
    }
    return result.value
  }

  @Test func noPermission() throws {
    let dir = TempDir()
    defer { dir.remove() }
    #expect(chmod(dir.path, 0o755) == 0)
    let path = dir.write("secret.json", Sample.bytes)
    #expect(chmod(path, 0o000) == 0)
    let description = withoutRootFileAccess { () -> String in
      do {
        _ = try RoadmapLoader.load(path: path)
        return "loaded"
      } catch let error as RoadmapLoadError {
        return error.description + (error.isUnreadable ? "" : " (not marked unreadable)")
      } catch {
        return "\(error)"
      }
    }
    #expect(description == "\(path): error: permission denied: the file cannot be read")

    // A file in a folder that may not be searched (no x permission).
    try FileManager.default.createDirectory(atPath: dir.file("locked"), withIntermediateDirectories: false)
    let inner = dir.write("locked/roadmap.json", Sample.bytes)
    #expect(chmod(dir.file("locked"), 0o600) == 0)
    let second = withoutRootFileAccess { () -> String in
      do {
        _ = try RoadmapLoader.load(path: inner)
        return "loaded"
      } catch let error as RoadmapLoadError {
        return error.description
      } catch {
        return "\(error)"
      }
    }
    #expect(second == "\(inner): error: permission denied: the file cannot be read")
    // The same file is readable with the permission given back, so the refusal was the permission's.
    #expect(chmod(dir.file("locked"), 0o755) == 0)
    #expect(withoutRootFileAccess { (try? RoadmapLoader.load(path: inner)) != nil } == true)
  }
}

/// Carries a value out of a thread (written before, read after a semaphore).
final class ResultBox<T>: @unchecked Sendable {
  var value: T?
  init() {}
}
