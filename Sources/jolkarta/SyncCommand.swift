import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSync

/// `jolkarta sync [FILE]`: this office's saved changes out, the others' in.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Commit this office's saved changes, pull, merge by id and field, push.",
    discussion: """
      FILE must be in a git repository with a remote `origin` (`jolkarta git init --remote \
      URL` starts one). The commit names the changes ("d1.schools.07: status in_progress → \
      done"); its author is --author ("Name" or "Name <email>"), else git's own identity. \
      Others' commits are merged through jolkarta's merge driver (set up if missing). \
      Exit 0: in sync. 1: merged, but fields changed differently here and there wait \
      (listed; the file is valid and keeps ours; the dashboard asks which to keep). 3: the \
      remote cannot be reached; nothing is lost, the changes stay committed here and go \
      with the next sync. Credentials are git's own (SSH keys, credential helpers); git \
      never asks on the terminal.
      """)

  @OptionGroup var author: AuthorOption
  @OptionGroup var roadmap: RoadmapFileArgument
  @Option(help: "The language of messages: kk, ru or en.") var lang: LanguageOption?

  func run() throws {
    CLILanguage.use(lang)
    _ = try roadmap.load()
    let repo = try repository(of: roadmap.file)
    let report: SyncReport
    do { report = try RoadmapSync(repository: repo, author: author.author, driver: thisProgram()).run() } catch {
      throw failure("jolkarta: \(error.description)")
    }
    try Output.stdout(SyncText.report(report) + "\n")
    switch report.state {
    case .inSync, .noRemote: return
    case .conflicts: throw ExitCode(1)
    case .offline: throw ExitCode(3)
    }
  }
}
