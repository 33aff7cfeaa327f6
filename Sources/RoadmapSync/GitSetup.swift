import Foundation
import RoadmapKit

/// Where a roadmap is in a git repository: the repository's top folder and the roadmap's
/// files as paths inside it.
public struct RoadmapRepository: Sendable {
  /// Git, run in the repository's top folder.
  public let git: Git
  /// The roadmap's path as given.
  public let roadmap: String
  /// The roadmap, relative to the top folder.
  public let roadmapInRepo: String
  /// Its history file, relative to the top folder.
  public let historyInRepo: String
  /// Its conflict file, relative to the top folder (kept out of commits).
  public let conflictsInRepo: String
  /// Its recovery file, relative to the top folder (kept out of commits).
  public let recoveryInRepo: String

  /// The repository holding `roadmap`; nil when it is not in one.
  public init?(roadmap: String, git: Git) {
    let real = AtomicFile.resolve(roadmap)
    let folder = (real as NSString).deletingLastPathComponent
    let here = git.inFolder(folder.isEmpty ? "." : folder)
    guard let top = here.value(["rev-parse", "--show-toplevel"]) else { return nil }
    let topReal = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
    func inRepo(_ path: String) -> String {
      let abs = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
      return abs.hasPrefix(topReal + "/") ? String(abs.dropFirst(topReal.count + 1)) : abs
    }
    self.git = git.inFolder(topReal)
    self.roadmap = roadmap
    roadmapInRepo = inRepo(real)
    historyInRepo = inRepo(RoadmapStore(path: roadmap).historyPath)
    conflictsInRepo = inRepo(ConflictFile(roadmap: roadmap).path)
    recoveryInRepo = inRepo(RecoveryFile(for: roadmap).path)
  }

  /// The top folder.
  public var top: String { git.directory }

  /// The lines `.gitattributes` gets: the roadmap merged by jolkarta's driver, its
  /// history by the union of lines.
  public var attributeLines: [String] {
    ["/\(Self.escaped(roadmapInRepo)) merge=jolkarta", "/\(Self.escaped(historyInRepo)) merge=jolkarta-history"]
  }

  /// What stays on this machine, out of commits: the conflict file, the recovery file,
  /// and the roadmap's and history's lock and staging files (`.roadmap.json.lock`,
  /// `.roadmap.json.tmp-…`).
  public var excludeLines: [String] {
    func hidden(_ path: String) -> String {
      let ns = path as NSString
      let dir = ns.deletingLastPathComponent
      return "/" + (dir.isEmpty ? "" : Self.escaped(dir) + "/") + "." + Self.escaped(ns.lastPathComponent) + ".*"
    }
    return ["/" + Self.escaped(conflictsInRepo), "/" + Self.escaped(recoveryInRepo), hidden(roadmapInRepo), hidden(historyInRepo)]
  }

  /// A path as a `.gitattributes` pattern: spaces and specials escaped.
  static func escaped(_ path: String) -> String {
    var out = ""
    for c in path {
      if " *?[\\#!".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }

  /// Registers the merge drivers and attributes; returns what it did, one line each
  /// (nothing when all was already there: safe to run twice).
  ///
  /// `driver` is the jolkarta program the drivers run (an absolute path).
  public func setUp(driver: String) -> [SetupStep] {
    Self.install(git: git, top: top, attributes: attributeLines, excludes: excludeLines, driver: driver)
  }

  /// The drivers in git's config, `attributes` in `.gitattributes`, `excludes` in
  /// `.git/info/exclude`, each added only when missing; for one roadmap and for a folder.
  static func install(git: Git, top: String, attributes attributeLines: [String], excludes excludeLines: [String], driver: String) -> [SetupStep] {
    var did: [SetupStep] = []
    let quoted = "'" + driver.replacingOccurrences(of: "'", with: "'\\''") + "'"
    let config: [(String, String)] = [
      ("merge.jolkarta.name", "jolkarta roadmap merge by id and field"),
      ("merge.jolkarta.driver", "\(quoted) merge-driver %O %A %B %P"),
      ("merge.jolkarta-history.name", "jolkarta history: every line once, in time order"),
      ("merge.jolkarta-history.driver", "\(quoted) merge-driver --history %O %A %B %P"),
    ]
    for (key, value) in config where git.value(["config", "--local", "--get", key]) != value {
      git.run(["config", "--local", key, value])
      did.append(.config(key))
    }
    let attributes = top + "/.gitattributes"
    var text = (try? String(contentsOfFile: attributes, encoding: .utf8)) ?? ""
    let have = Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    let missing = attributeLines.filter { !have.contains($0) }
    if !missing.isEmpty {
      if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
      text += missing.joined(separator: "\n") + "\n"
      try? AtomicFile.write(Array(text.utf8), to: attributes)
      did.append(.attributes(missing))
    }
    if let gitDir = git.value(["rev-parse", "--git-dir"]) {
      let path = gitDir.hasPrefix("/") ? gitDir + "/info/exclude" : top + "/" + gitDir + "/info/exclude"
      var ex = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      let have = Set(ex.split(separator: "\n").map(String.init))
      let missing = excludeLines.filter { !have.contains($0) }
      if !missing.isEmpty {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if !ex.isEmpty, !ex.hasSuffix("\n") { ex += "\n" }
        ex += missing.joined(separator: "\n") + "\n"
        try? AtomicFile.write(Array(ex.utf8), to: path)
        did += missing.map(SetupStep.excluded)
      }
    }
    return did
  }

  /// Whether the drivers and attributes are all in place.
  public func isSetUp(driver: String) -> Bool {
    let attributes = (try? String(contentsOfFile: top + "/.gitattributes", encoding: .utf8)) ?? ""
    let have = Set(attributes.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    return attributeLines.allSatisfy(have.contains) && git.value(["config", "--local", "--get", "merge.jolkarta.driver"]) != nil
  }
}

/// One thing `git setup` did.
public enum SetupStep: Hashable, Sendable {
  /// A git config key set in the repository.
  case config(String)
  /// Lines added to `.gitattributes`.
  case attributes([String])
  /// A line added to `.git/info/exclude`.
  case excluded(String)
}
