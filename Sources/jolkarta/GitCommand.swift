import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSync

/// `jolkarta git setup|init`: makes a repository merge roadmaps by id and field.
struct GitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "git",
    abstract: "Share the roadmap through git: register the merge drivers, start a repository.",
    subcommands: [GitSetupCommand.self, GitInitCommand.self])
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
  static let configuration = CommandConfiguration(
    commandName: "setup",
    abstract: "Register jolkarta's merge drivers for this roadmap and its history.",
    discussion: """
      In the repository that holds FILE: `.gitattributes` gets `FILE merge=jolkarta` and \
      `HISTORY merge=jolkarta-history`; the repository's config gets the two drivers \
      (`jolkarta merge-driver …`); the conflict file is kept out of commits \
      (.git/info/exclude). Says what it did; run twice, it does nothing the second time. \
      Commit .gitattributes so that every office merges the same way (`jolkarta sync` does).
      """)

  @OptionGroup var roadmap: RoadmapFileArgument
  @Option(help: "The language of messages: kk, ru or en.") var lang: LanguageOption?

  func run() throws {
    CLILanguage.use(lang)
    _ = try roadmap.load()
    let repo = try repository(of: roadmap.file)
    let did = repo.setUp(driver: thisProgram())
    try Output.stdout(SyncText.setup(did, repo: repo) + "\n")
  }
}

/// `jolkarta git init --remote URL [FILE]`.
struct GitInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Start a git repository for a roadmap that has none, with a remote.",
    discussion: """
      In FILE's folder: `git init`, the merge drivers as `jolkarta git setup` registers \
      them, a first commit of the roadmap, its history and .gitattributes, the remote \
      `origin` at URL, and a push when it can be reached (exit 3 when it cannot; the \
      commit stays and goes with the next `jolkarta sync`). A folder already in a \
      repository is refused: use `jolkarta git setup` there.
      """)

  @Option(help: ArgumentHelp("The remote repository (a URL or a path).", valueName: "URL")) var remote: String
  @OptionGroup var author: AuthorOption
  @OptionGroup var roadmap: RoadmapFileArgument
  @Option(help: "The language of messages: kk, ru or en.") var lang: LanguageOption?

  func run() throws {
    CLILanguage.use(lang)
    _ = try roadmap.load()
    let folder = (AtomicFile.resolve(roadmap.file) as NSString).deletingLastPathComponent
    let git = try findGit(in: folder.isEmpty ? "." : folder)
    if RoadmapRepository(roadmap: roadmap.file, git: git) != nil { throw failure(SyncText.alreadyARepository(roadmap.file)) }
    let made = git.run(["init", "--quiet", "-b", "main"])
    guard made.ok else { throw failure("jolkarta: git init: \(made.firstLine)") }
    guard let repo = RoadmapRepository(roadmap: roadmap.file, git: git) else { throw failure(SyncText.notARepository(roadmap.file)) }
    _ = repo.setUp(driver: thisProgram())
    repo.git.run(["remote", "add", "origin", remote])
    let report: SyncReport
    do { report = try RoadmapSync(repository: repo, author: author.author, driver: thisProgram()).run() } catch {
      throw failure("jolkarta: \(error.description)")
    }
    try Output.stdout(SyncText.started(repo, remote: remote) + "\n")
    try Output.stdout(SyncText.report(report) + "\n")
    if case .offline = report.state { throw ExitCode(3) }
  }
}
