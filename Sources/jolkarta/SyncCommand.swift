import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapUI
import RoadmapSync

/// `jolkarta sync [FILE]`: this office's saved changes out, the others' in.
struct SyncCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sync", abstract: HelpText.syncAbstract.said, discussion: HelpText.syncDiscussion.said + "\n\n" + HelpText.syncFolder.said)
  }

  @OptionGroup var author: AuthorOption
  @OptionGroup var roadmap: RoadmapFileArgument
  @OptionGroup var lang: LanguageGroup

  func run() throws {
    if RegionFolder.isFolder(roadmap.file) {
      let report = try FolderSync.sync(try FolderSync.repository(of: roadmap.file), author: author.author)
      try Output.stdout(FolderSync.report(report) + "\n")
      return try FolderSync.exit(report)
    }
    _ = try roadmap.load()
    let repo = try repository(of: roadmap.file)
    let report: SyncReport
    do { report = try RoadmapSync(repository: repo, author: author.author, driver: thisProgram()).run() } catch {
      throw failure("jolkarta: " + SyncFailureWords.said(error.failure, CLILanguage.current))
    }
    try Output.stdout(SyncText.report(report) + "\n")
    switch report.state {
    case .inSync, .noRemote: return
    case .conflicts: throw ExitCode(1)
    case .offline: throw ExitCode(3)
    }
  }
}
