import Foundation
import Testing

/// Reads a roadmap with Python's json module: an oracle independent of the code under test.
enum Python {
  /// `expression` evaluated over the roadmap at `path`, as compact JSON with sorted keys.
  ///
  /// In scope: `d` (the document), `raw` (its bytes), `find(id)` (the object with that id
  /// anywhere), `project(id)`, `ids(project_id)` (its activities' ids), `canonical()` (the
  /// file is exactly what `json.dumps(indent=2)` writes).
  static func value(_ path: String, _ expression: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let script = """
      import json, sys
      raw = open(sys.argv[1], "rb").read()
      d = json.loads(raw)
      def walk(o):
          if isinstance(o, dict):
              if "id" in o: yield o
              for v in o.values(): yield from walk(v)
          elif isinstance(o, list):
              for v in o: yield from walk(v)
      def find(i):
          return next((o for o in walk(d["directions"]) if o["id"] == i), None)
      def project(i):
          return next(p for x in d["directions"] for p in x["projects"] if p["id"] == i)
      def ids(i):
          return [a["id"] for a in project(i)["activities"]]
      def canonical():
          return raw == (json.dumps(d, indent=2, ensure_ascii=False) + "\\n").encode()
      v = eval(sys.argv[2])
      sys.stdout.write(json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
      """
    let r = try runProcess("/usr/bin/python3", ["-c", script, path, expression])
    #expect(r.status == 0, "python: \(expression): \(String(decoding: r.errorOutput, as: UTF8.self))", sourceLocation: sourceLocation)
    return String(decoding: r.output, as: UTF8.self)
  }
}

/// A roadmap copied into a fresh folder, and what a command did to it.
struct EditFixture {
  let dir = TempFolder()
  let path: String
  /// `JOLKARTA_LANG` for every run (unless the run sets it): "en" where a test asserts
  /// the English messages; nil leaves the interface language to the locale (Kazakh here).
  let language: String?

  /// The region's roadmap, or `bytes`, as `r.json`.
  init(_ bytes: [UInt8] = CLI.sampleBytes, language: String? = nil) {
    path = dir.write("r.json", bytes)
    self.language = language
  }

  /// `jolkarta words… r.json`.
  @discardableResult
  func run(_ words: [String], environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) -> CLI.Result {
    var env = environment
    if let language, env["JOLKARTA_LANG"] == nil { env["JOLKARTA_LANG"] = language }
    return CLI.run(words + [path], environment: env, sourceLocation: sourceLocation)
  }

  /// The roadmap's bytes now.
  var bytes: [UInt8] { dir.read("r.json") }

  /// Every name in the folder: a command that writes nothing leaves only `r.json` (no
  /// history, no lock file).
  var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }

  /// The roadmap's modification time, to the nanosecond.
  var mtime: timespec {
    var st = stat()
    stat(path, &st)
    return st.st_mtim
  }

  /// The history as `jolkarta history --json` prints it, one object a line.
  func history() throws -> [[String: Any]] {
    let r = CLI.run(["history", "--json", path])
    return try r.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  /// Python's reading of `expression` (see `Python.value`).
  func python(_ expression: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try Python.value(path, expression, sourceLocation: sourceLocation)
  }

  func remove() { dir.remove() }
}
