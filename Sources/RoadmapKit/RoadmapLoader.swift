import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A roadmap read from a file, with the warnings found and the bytes it was read from.
public struct LoadedRoadmap: Sendable {
  /// The roadmap.
  public var roadmap: Roadmap
  /// Problems that did not stop the load (e.g. a due date outside the period).
  public var warnings: [Problem]
  /// The exact bytes read, to notice later whether the file changed on disk.
  public var sourceBytes: [UInt8]
}

/// Reads and validates roadmap files. The one entry point every front end uses.
public enum RoadmapLoader {
  /// Reads, parses and validates the file at `path`.
  ///
  /// Throws a `RoadmapLoadError` holding every problem, each with file, line:column,
  /// JSON path and id, when the file cannot be read or is not a valid roadmap.
  public static func load(path: String, progress: LoadProgress? = nil) throws(RoadmapLoadError) -> LoadedRoadmap {
    let bytes = try readFile(path, progress: progress)
    return try decode(bytes, file: path, progress: progress)
  }

  /// Parses and validates roadmap text; `file` names it in messages. With `texts`, each
  /// activity's title and id is handed to them as it is read.
  public static func decode(
    _ bytes: [UInt8], file: String = "", progress: LoadProgress? = nil, texts: ActivityTextSinks? = nil
  ) throws(RoadmapLoadError) -> LoadedRoadmap {
    try decode(bytes, file: file, progress: progress, keepTexts: true, texts: texts)
  }

  /// `decode`, keeping activities' titles, owners and notes or (`keepTexts` false) only
  /// checking them: see `loadFigures`.
  static func decode(
    _ bytes: [UInt8], file: String, progress: LoadProgress?, keepTexts: Bool,
    texts: ActivityTextSinks? = nil
  ) throws(RoadmapLoadError) -> LoadedRoadmap {
    let fast: Roadmap? = bytes.withUnsafeBufferPointer { buf in
      var decoder = RoadmapFastDecoder(buf)
      decoder.progress = progress
      decoder.keepTexts = keepTexts
      decoder.textSinks = keepTexts ? texts : nil
      return try? decoder.document(source: bytes)
    }
    if progress?.isCancelled == true {
      throw RoadmapLoadError(problems: [Problem(file: file, .loadingCancelled)], isUnreadable: true)
    }
    if let roadmap = fast {
      return LoadedRoadmap(roadmap: roadmap, warnings: warnings(roadmap, bytes, file: file), sourceBytes: bytes)
    }
    // Nothing read is the roadmap's: what a reading that gave up handed on goes too.
    texts?.removeAll()
    let json: JSON
    do {
      json = try JSONParser.parse(bytes)
    } catch {
      let text = SourceText(bytes)
      let loc = text.location(of: error.offset)
      let also = error.related.map { " (first written at \(text.location(of: $0)))" } ?? ""
      throw RoadmapLoadError(problems: [
        Problem(file: file, location: loc, .malformedJSON(detail: "\(error.message)\(also)"))
      ])
    }
    var decoder = RoadmapDecoder(file: file, source: SourceText(bytes))
    _ = decoder.decode(json)
    var problems = decoder.problems.sorted { a, b in
      if a.severity != b.severity { return a.severity == .error }
      return (a.location?.line ?? 0, a.location?.column ?? 0) < (b.location?.line ?? 0, b.location?.column ?? 0)
    }
    if !problems.contains(where: { $0.severity == .error }) {
      // Both passes must agree; if they ever do not, say so rather than guess.
      problems.insert(Problem(file: file, .structureNotReadable), at: 0)
    }
    throw RoadmapLoadError(problems: problems)
  }

  /// The warnings of a valid roadmap read from `bytes`. The only one: a due date outside
  /// the period, placed by the thorough pass.
  static func warnings(_ roadmap: Roadmap, _ bytes: [UInt8], file: String) -> [Problem] {
    guard dueOutsidePeriod(roadmap), let json = try? JSONParser.parse(bytes) else { return [] }
    var decoder = RoadmapDecoder(file: file, source: SourceText(bytes))
    _ = decoder.decode(json)
    return decoder.problems
  }

  /// Whether an activity is due in a year outside the period (the one warning).
  static func dueOutsidePeriod(_ roadmap: Roadmap) -> Bool {
    roadmap.directions.contains { d in
      d.projects.contains { p in
        p.activities.contains { a in a.due.map { !roadmap.period.contains($0.year) } ?? false }
      }
    }
  }

  /// Whether two files' worth of bytes are the same, by `memcmp`: at a million
  /// activities the element-by-element `==` of two arrays is a noticeable part of a save.
  public static func sameBytes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    return a.withUnsafeBytes { x in
      b.withUnsafeBytes { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
    }
  }

  /// Whether the file at `path` holds exactly `bytes`, read in slices (no second copy).
  public static func fileEquals(_ path: String, _ bytes: [UInt8]) -> Bool {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, Int(st.st_size) == bytes.count else { return false }
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var at = 0
    return bytes.withUnsafeBytes { whole in
      while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { return false }
        if n == 0 { return at == bytes.count }
        if at + n > bytes.count { return false }
        let same = chunk.withUnsafeBytes { memcmp($0.baseAddress!, whole.baseAddress! + at, n) == 0 }
        if !same { return false }
        at += n
      }
    }
  }

  /// The whole content of a file, with a plain message for each way reading can fail;
  /// a large file read into `spare`'s buffer when it holds one (`SpareBytes`).
  public static func readFile(
    _ path: String, progress: LoadProgress? = nil, spare: SpareBytes? = nil
  ) throws(RoadmapLoadError) -> [UInt8] {
    func fail(_ text: ProblemText) -> RoadmapLoadError {
      RoadmapLoadError(problems: [Problem(file: path, text)], isUnreadable: true)
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      switch errno {
      case ENOENT: throw fail(.noSuchFile)
      case EACCES: throw fail(.cannotReadPermission)
      default: throw fail(.cannotOpen(system: .current))
      }
    }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw fail(.cannotRead(system: .current)) }
    if (st.st_mode & S_IFMT) == S_IFDIR { throw fail(.isFolder) }
    var bytes: [UInt8] = []
    let size = Int(st.st_size)
    if (st.st_mode & S_IFMT) == S_IFREG && size > 0 {
      // No huge pages asked for (MADV_HUGEPAGE): with the kernel's `defrag=madvise`
      // each 2 MiB fault may compact memory first; copying 435 MB into fresh memory
      // took 1.7–3.0 s with them, 0.5–0.9 s without (measured here, 2 cores loaded).
      // A dashboard's reload reads into the spare it keeps.
      var done = 0
      bytes = SpareBytes.filled(size: size, from: spare) { buf in
        while done < size {
          // In slices, so that a progress bar moves and a cancel is heard.
          let n = read(fd, buf.baseAddress! + done, min(size - done, 1 << 24))
          if n <= 0 { break }
          done += n
          progress?.report(0.3 * Double(done) / Double(size))
          if progress?.isCancelled == true { break }
        }
      }
      if done < size { bytes.removeLast(size - done) }
    }
    // Keep reading: the file may have grown, or be a pipe or special file.
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
      if n < 0 { throw fail(.cannotRead(system: .current)) }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }
}
