import Foundation

/// One region's file in a national view: its roadmap, or why it cannot be read.
public struct RegionFile: Sendable {
  /// What reading the file gave.
  public enum State: Sendable {
    /// The roadmap, valid.
    case loaded(Roadmap)
    /// Not a valid roadmap: its first problem, with its place, for the interface to word
    /// in its language (`description` is the English).
    case invalid(Problem)
  }

  /// The file's path.
  public var path: String
  /// What reading it gave.
  public var state: State
  /// The history beside it, for the change since the last meeting (empty when none).
  public var history: [HistoryEntry] = []

  /// The file's name without its folder, for rows and messages.
  public var name: String { (path as NSString).lastPathComponent }

  /// The roadmap, when the file is valid.
  public var roadmap: Roadmap? {
    if case .loaded(let r) = state { return r }
    return nil
  }
}

/// The roadmap files of a folder (every region's), read side by side.
public enum RegionFolder {
  /// Whether `path` names a folder (a national view) rather than one roadmap file.
  public static func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
  }

  /// The roadmap files in `folder`: `*.json` that are not hidden and not a roadmap's own
  /// side files (`*.conflicts.json`), by name.
  public static func roadmapFiles(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { n in
      n.hasSuffix(".json") && !n.hasPrefix(".") && !n.hasSuffix(".conflicts.json")
    }.sorted().map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
  }

  /// Reads every file, several at a time; an invalid file is a row of its own and never
  /// stops the others. `progress`, when given, counts files read (for a progress bar).
  public static func load(_ paths: [String], withHistory: Bool = true, progress: (@Sendable (Int) -> Void)? = nil) -> [RegionFile] {
    let results = UnsafeMutableBufferPointer<RegionFile?>.allocate(capacity: paths.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    let done = Counter()
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
      slots[i] = read(paths[i], withHistory: withHistory)
      progress?(done.increment())
    }
    return results.map { $0! }
  }

  /// One file.
  public static func read(_ path: String, withHistory: Bool = true) -> RegionFile {
    do {
      let loaded = try RoadmapLoader.load(path: path)
      var file = RegionFile(path: path, state: .loaded(loaded.roadmap))
      if withHistory {
        // Confirmed against the roadmap just read, not read again.
        file.history = HistoryEntry.read(path: RoadmapStore(path: path).historyPath, confirmingWith: loaded.roadmap).entries
      }
      return file
    } catch {
      let first = error.problems.first ?? Problem(file: path, .structureNotReadable)
      return RegionFile(path: path, state: .invalid(first))
    }
  }

  /// A count shared by the threads reading files.
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func increment() -> Int {
      lock.lock()
      defer { lock.unlock() }
      n += 1
      return n
    }
  }
}
