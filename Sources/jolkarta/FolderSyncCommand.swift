import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSync
import RoadmapUI

/// A folder of regions under git, synced, set up and started as a whole.
enum FolderSync {
  /// The folder's repository, or a message and exit 1.
  static func repository(of folder: String) throws -> FolderRepository {
    let git = try findGit(in: ".")
    guard let repo = FolderRepository(folder: folder, git: git) else { throw failure(SyncText.notARepository(folder)) }
    return repo
  }

  /// A sync of every roadmap file in `repo`'s folder, or a message and exit 1 when it holds
  /// none; every file must be valid, as `sync FILE` asks of its one.
  static func sync(_ repo: FolderRepository, author: String?) throws -> SyncReport {
    var invalid = false
    for f in RegionFolder.load(RegionFolder.roadmapFiles(in: repo.folder), withHistory: false) {
      if case .invalid(let problem) = f.state {
        printError(ProblemWords.line(problem, CLILanguage.current))
        invalid = true
      }
    }
    if invalid { throw ExitCode(1) }
    guard let sync = RoadmapSync(folder: repo, author: author, driver: thisProgram()) else {
      throw noRoadmap(in: repo.folder)
    }
    do { return try sync.run() } catch {
      throw failure("jolkarta: " + SyncFailureWords.said(error.failure, CLILanguage.current))
    }
  }

  /// A folder with no roadmap file to sync: the message, and exit 1.
  static func noRoadmap(in folder: String) -> ExitCode {
    failure("jolkarta: " + Said(
      kk: "\(folder) қалтасында жол картасы (*.json) жоқ", ru: "в папке \(folder) нет дорожных карт (*.json)",
      en: "no roadmap (*.json) in the folder \(folder)").text)
  }

  /// One line per file the sync changed («zko.json: 2 changes sent, 3 received»), each
  /// conflict under its file, then what the sync did as a whole.
  static func report(_ r: SyncReport) -> String {
    var lines: [String] = []
    for f in r.files {
      var parts: [String] = []
      if f.arrived {
        parts.append(Said(kk: "жаңа файл келді", ru: "получен новый файл", en: "new file received").text)
      }
      if f.sent > 0 {
        let n = SyncText.changes(f.sent)
        parts.append(Said(kk: "\(n) жіберілді", ru: "отправлено \(n)", en: "\(n) sent").text)
      }
      if f.received > 0, !f.arrived {
        let n = SyncText.changes(f.received)
        parts.append(Said(kk: "\(n) алынды", ru: "получено \(n)", en: "\(n) received").text)
      }
      if !f.conflicts.isEmpty {
        let n = SyncText.fields(f.conflicts.count)
        parts.append(Said(kk: "\(n) сұрауда", ru: "ждут решения: \(n)", en: "\(n) waiting for a decision").text)
      }
      lines.append(f.path + ": " + parts.joined(separator: ", "))
      lines += f.conflicts.map { "  " + f.path + " " + SyncText.conflict($0) }
    }
    var whole = r
    whole.conflicts = []
    lines.append(SyncText.report(whole).split(separator: "\n").first.map(String.init) ?? "")
    return lines.joined(separator: "\n")
  }

  /// The exit status of a sync: 0 in step (or no remote), 1 conflicts, 3 offline.
  static func exit(_ r: SyncReport) throws {
    switch r.state {
    case .inSync, .noRemote: return
    case .conflicts: throw ExitCode(1)
    case .offline: throw ExitCode(3)
    }
  }
}
