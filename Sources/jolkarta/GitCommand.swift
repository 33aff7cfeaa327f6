import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapUI
import RoadmapSync

/// `jolkarta git setup|init`: makes a repository merge roadmaps by id and field.
struct GitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "git", abstract: HelpText.gitAbstract.said, subcommands: [GitSetupCommand.self, GitInitCommand.self])
  }
}

/// The jolkarta program the merge drivers run: this very program, by its absolute path.
func thisProgram() -> String {
  if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
  return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
}

/// Git on PATH, or a message saying how to get it and exit 1.
func findGit(in folder: String) throws -> Git {
  guard let git = Git(in: folder) else {
    throw failure(SyncText.noGit)
  }
  return git
}

/// The repository of `file`, or a message and exit 1.
func repository(of file: String) throws -> RoadmapRepository {
  let git = try findGit(in: ".")
  guard let repo = RoadmapRepository(roadmap: file, git: git) else { throw failure(SyncText.notARepository(file)) }
  return repo
}

/// `jolkarta git setup [FILE]`.
struct GitSetupCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "setup", abstract: HelpText.gitSetupAbstract.said, discussion: HelpText.gitSetupDiscussion.said + "\n\n" + HelpText.gitFolder.said)
  }

  @OptionGroup var roadmap: RoadmapFileArgument
  @OptionGroup var lang: LanguageGroup

  func run() throws {
    if RegionFolder.isFolder(roadmap.file) {
      let repo = try FolderSync.repository(of: roadmap.file)
      return try Output.stdout(SyncText.setupFolder(repo.setUp(driver: thisProgram()), folder: repo.folderInRepo) + "\n")
    }
    _ = try roadmap.load()
    let repo = try repository(of: roadmap.file)
    let did = repo.setUp(driver: thisProgram())
    try Output.stdout(SyncText.setup(did, repo: repo) + "\n")
  }
}

/// `jolkarta git init --remote URL [FILE]`.
struct GitInitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "init", abstract: HelpText.gitInitAbstract.said, discussion: HelpText.gitInitDiscussion.said + "\n\n" + HelpText.gitFolder.said)
  }

  @Option(help: ArgumentHelp(HelpText.gitRemote.said, valueName: "URL")) var remote: String
  @OptionGroup var author: AuthorOption
  @OptionGroup var roadmap: RoadmapFileArgument
  @OptionGroup var lang: LanguageGroup

  func run() throws {
    if RegionFolder.isFolder(roadmap.file) { return try folder() }
    _ = try roadmap.load()
    let folder = (AtomicFile.resolve(roadmap.file) as NSString).deletingLastPathComponent
    let git = try findGit(in: folder.isEmpty ? "." : folder)
    if RoadmapRepository(roadmap: roadmap.file, git: git) != nil { throw failure(SyncText.alreadyARepository(roadmap.file)) }
    let made = git.run(["init", "--quiet", "-b", "main"])
    guard made.ok else { throw gitInitFailed(made) }
    guard let repo = RoadmapRepository(roadmap: roadmap.file, git: git) else { throw failure(SyncText.notARepository(roadmap.file)) }
    _ = repo.setUp(driver: thisProgram())
    repo.git.run(["remote", "add", "origin", remote])
    let report: SyncReport
    do { report = try RoadmapSync(repository: repo, author: author.author, driver: thisProgram()).run() } catch {
      throw failure("jolkarta: " + SyncFailureWords.said(error.failure, CLILanguage.current))
    }
    try Output.stdout(SyncText.started(repo, remote: remote) + "\n")
    try Output.stdout(SyncText.report(report) + "\n")
    if case .offline = report.state { throw ExitCode(3) }
  }
}

extension GitInitCommand {
  /// `git init --remote URL DIR`: a repository in the folder, its drivers and patterns,
  /// the remote, and the first sync of every region's file.
  func folder() throws {
    let git = try findGit(in: roadmap.file)
    if FolderRepository(folder: roadmap.file, git: git) != nil { throw failure(SyncText.alreadyARepository(roadmap.file)) }
    let made = git.run(["init", "--quiet", "-b", "main"])
    guard made.ok else { throw gitInitFailed(made) }
    let repo = try FolderSync.repository(of: roadmap.file)
    _ = repo.setUp(driver: thisProgram())
    repo.git.run(["remote", "add", "origin", remote])
    let report = try FolderSync.sync(repo, author: author.author)
    try Output.stdout(Said(
      kk: "\(roadmap.file) қалтасы үшін репозиторий жасалды, қашықтағысы: \(remote)",
      ru: "Создан репозиторий для папки \(roadmap.file), удалённый: \(remote)",
      en: "Started a repository for the folder \(roadmap.file), remote \(remote)").text + "\n")
    try Output.stdout(FolderSync.report(report) + "\n")
    if case .offline = report.state { throw ExitCode(3) }
  }
}

/// `git init` refused: git's own line after the step, or why git did not run.
func gitInitFailed(_ result: Git.Result) -> Error {
  if case .git(let says) = result.failure { return failure("jolkarta: git init: " + says) }
  return failure("jolkarta: git init: " + SyncFailureWords.said(result.failure, CLILanguage.current))
}
