import Foundation
import RoadmapKit

/// A folder of roadmaps (every region's file) in a git repository, synced as a whole.
///
/// `.gitattributes` gets patterns rather than a line per file (`/regions/*.json
/// merge=jolkarta`, `/regions/*.history.jsonl merge=jolkarta-history`), so that a region
/// added by one office is merged by the driver at every other without a new line, and two
/// offices adding regions never both append to `.gitattributes`.
public struct FolderRepository: Sendable {
  /// Git, run in the repository's top folder.
  public let git: Git
  /// The folder as given.
  public let folder: String
  /// The folder relative to the top folder ("" when it is the top).
  public let folderInRepo: String

  /// The repository holding `folder`; nil when it is not in one.
  public init?(folder: String, git: Git) {
    let real = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
    let here = git.inFolder(real)
    guard let top = here.value(["rev-parse", "--show-toplevel"]) else { return nil }
    let topReal = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
    self.git = git.inFolder(topReal)
    self.folder = folder
    folderInRepo = real == topReal ? "" : (real.hasPrefix(topReal + "/") ? String(real.dropFirst(topReal.count + 1)) : real)
  }

  /// The top folder.
  public var top: String { git.directory }

  /// Each roadmap file of the folder now, as a repository member (the files
  /// `RegionFolder.roadmapFiles` lists).
  public var members: [RoadmapRepository] {
    RegionFolder.roadmapFiles(in: folder).compactMap { RoadmapRepository(roadmap: $0, git: git) }
  }

  /// Whether `path` (in the repository) is a roadmap or history file of the folder, which
  /// jolkarta's drivers merge, though it may be new here.
  public func holds(_ path: String) -> Bool {
    let inside = folderInRepo.isEmpty ? path : (path.hasPrefix(folderInRepo + "/") ? String(path.dropFirst(folderInRepo.count + 1)) : nil)
    guard let inside, !inside.contains("/"), !inside.hasPrefix(".") else { return false }
    return (inside.hasSuffix(".json") && !inside.hasSuffix(".conflicts.json")) || inside.hasSuffix(".history.jsonl")
  }

  /// `/folder/` as a pattern prefix ("/" at the top).
  var prefix: String { folderInRepo.isEmpty ? "/" : "/" + RoadmapRepository.escaped(folderInRepo) + "/" }

  /// The roadmaps merged by jolkarta's driver, their histories by the union of lines.
  public var attributeLines: [String] {
    [prefix + "*.json merge=jolkarta", prefix + "*.history.jsonl merge=jolkarta-history"]
  }

  /// What stays on this machine: conflict and recovery files, lock and staging files.
  public var excludeLines: [String] {
    // The lock and staging files are hidden beside their file (`.zko.json.lock`,
    // `.zko.json.tmp-…`); not every hidden file, which would take `.gitattributes` too.
    [prefix + "*.conflicts.json", prefix + "*.recovery.jsonl", prefix + ".*.json.*", prefix + ".*.jsonl.*"]
  }

  /// Registers the merge drivers and the folder's attributes; returns what it did (nothing
  /// when all was there already).
  public func setUp(driver: String) -> [SetupStep] {
    RoadmapRepository.install(git: git, top: top, attributes: attributeLines, excludes: excludeLines, driver: driver)
  }
}
