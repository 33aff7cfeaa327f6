import Foundation
import RoadmapKit

/// What one sync did and where it left the roadmap.
public struct SyncReport: Sendable {
  /// How it ended.
  public enum State: Sendable, Equatable {
    /// Everything committed, merged and pushed: this office and the remote agree.
    case inSync
    /// Merged, but fields changed differently here and there wait for a person.
    case conflicts
    /// The remote could not be reached: the changes are committed here and go next time.
    case offline(String)
    /// The repository has no remote: the changes are committed here.
    case noRemote
  }

  /// How it ended.
  public var state: State = .inSync
  /// The changes this office had saved, committed by this sync (0: none were waiting).
  public var committedChanges = 0
  /// Commits of other offices merged in.
  public var pulledCommits = 0
  /// Commits pushed to the remote.
  public var pushedCommits = 0
  /// Commits here that the remote does not have yet (after the sync).
  public var waitingCommits = 0
  /// The changes in those commits: the roadmap here against the remote's.
  public var waitingChanges = 0
  /// The conflicts waiting, from the conflict file.
  public var conflicts: [MergeConflict] = []
}

/// A sync that could not be done at all: no repository, git refused a step.
public struct SyncError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, with git's own words.
  public var description: String
}

/// `jolkarta sync`: commits this office's saved changes, pulls, merges through the
/// driver, pushes; again when another office pushed in between.
///
/// The work tree is changed only under the roadmap's lock (the commit and the merge), so
/// a dashboard's save never interleaves with git's writing; fetching and pushing, which
/// may wait for the network, hold no lock.
public struct RoadmapSync: Sendable {
  /// The repository and the roadmap's place in it.
  public let repository: RoadmapRepository
  /// Who commits: "Name" or "Name <email>"; nil: git's configured identity.
  public var author: String?
  /// The jolkarta program the merge drivers run.
  public var driver: String
  /// The remote's name.
  public var remote = "origin"
  /// How many times it pulls again when the push is refused because another office
  /// pushed in between.
  public var rounds = 8

  /// A sync of `repository`.
  public init(repository: RoadmapRepository, author: String?, driver: String) {
    self.repository = repository
    self.author = author
    self.driver = driver
  }

  var git: Git { repository.git }

  /// Runs the sync.
  public func run() throws(SyncError) -> SyncReport {
    var report = SyncReport()
    // Cheap and idempotent: a clone, or a setup of an older jolkarta, gets what it lacks.
    _ = repository.setUp(driver: driver)
    let branch = git.value(["symbolic-ref", "--short", "HEAD"]) ?? "main"
    guard git.value(["remote"])?.split(separator: "\n").contains(Substring(remote)) == true else {
      report.committedChanges = try locked { () throws(SyncError) in try commitLocal() }
      report.state = .noRemote
      return report
    }
    let tracking = "refs/remotes/\(remote)/\(branch)"
    for _ in 0..<rounds {
      let fetch = git.run(["fetch", "--quiet", remote])
      let committed = try locked { () throws(SyncError) -> Int in
        let n = try commitLocal()
        if fetch.ok, git.value(["rev-parse", "--verify", "-q", tracking]) != nil {
          report.pulledCommits += Int(git.value(["rev-list", "--count", "HEAD..\(tracking)"]) ?? "0") ?? 0
          try merge(tracking)
        }
        return n
      }
      report.committedChanges += committed
      guard fetch.ok else {
        report.state = .offline(fetch.firstLine)
        break
      }
      let ahead = git.value(["rev-parse", "--verify", "-q", tracking]) == nil
        ? Int(git.value(["rev-list", "--count", "HEAD"]) ?? "0") ?? 0
        : Int(git.value(["rev-list", "--count", "\(tracking)..HEAD"]) ?? "0") ?? 0
      if ahead == 0 { break }
      let push = git.run(["push", "--quiet", remote, "HEAD:refs/heads/\(branch)"])
      if push.ok {
        report.pushedCommits += ahead
        git.run(["update-ref", tracking, "HEAD"])
        break
      }
      if Self.isRejection(push) { continue }  // another office pushed first: pull again
      report.state = .offline(push.firstLine)
      break
    }
    let upstream = git.value(["rev-parse", "--verify", "-q", tracking]) != nil
    report.waitingCommits = Int(git.value(["rev-list", "--count", upstream ? "\(tracking)..HEAD" : "HEAD"]) ?? "0") ?? 0
    if report.waitingCommits > 0 { report.waitingChanges = waitingChanges(upstream ? tracking : nil) }
    report.conflicts = ConflictFile(roadmap: repository.roadmap).read()
    if report.state == .inSync, !report.conflicts.isEmpty { report.state = .conflicts }
    return report
  }

  /// How many changes the commits not on the remote hold: the roadmap at HEAD against
  /// the remote's (all of it when the remote has none).
  func waitingChanges(_ tracking: String?) -> Int {
    let file = repository.roadmapInRepo
    func roadmap(_ rev: String) -> Roadmap? {
      let r = git.run(["show", "\(rev):\(file)"])
      return r.ok ? try? RoadmapLoader.decode(Array(r.output.utf8)).roadmap : nil
    }
    guard let here = roadmap("HEAD") else { return 0 }
    guard let tracking, let there = roadmap(tracking) else { return here.counts.total }
    let d = RoadmapDiff.between(there, here)
    return d.changes.count + d.members.count
  }

  /// Whether a push failed because the remote moved on (so pulling again helps), not
  /// because it cannot be reached.
  static func isRejection(_ r: Git.Result) -> Bool {
    let e = r.error
    return e.contains("[rejected]") || e.contains("non-fast-forward") || e.contains("fetch first")
      || e.contains("cannot lock ref")
  }

  /// Runs `body` holding the roadmap's lock.
  func locked<T>(_ body: () throws(SyncError) -> T) throws(SyncError) -> T {
    let lock: RoadmapLock
    do { lock = try RoadmapLock(for: repository.roadmap) } catch { throw SyncError(description: error.description) }
    defer { withExtendedLifetime(lock) {} }
    return try body()
  }

  /// The options that give git an identity when it has none configured (a fresh
  /// machine), and the `--author` of `author`.
  func identity() -> (config: [String], author: [String]) {
    var config: [String] = []
    let login = ProcessInfo.processInfo.environment["USER"] ?? "jolkarta"
    let (name, email) = Self.split(author)
    let configuredName = git.value(["config", "user.name"]), configuredEmail = git.value(["config", "user.email"])
    if configuredName == nil { config += ["-c", "user.name=\(name ?? login)"] }
    if configuredEmail == nil { config += ["-c", "user.email=\(email ?? "\(login)@localhost")"] }
    guard let name else { return (config, []) }
    return (config, ["--author=\(name) <\(email ?? configuredEmail ?? "\(login)@localhost")>"])
  }

  /// "Name <email>" as its two parts; a bare name has no email.
  static func split(_ author: String?) -> (String?, String?) {
    guard let author = author?.trimmingCharacters(in: .whitespaces), !author.isEmpty else { return (nil, nil) }
    if let lt = author.lastIndex(of: "<"), author.hasSuffix(">") {
      let name = author[..<lt].trimmingCharacters(in: .whitespaces)
      let email = String(author[author.index(after: lt)..<author.index(before: author.endIndex)])
      return (name.isEmpty ? nil : name, email)
    }
    return (author, nil)
  }

  /// Commits the roadmap and its history when they differ from the last commit; returns
  /// how many changes the commit names.
  func commitLocal() throws(SyncError) -> Int {
    let files = [repository.roadmapInRepo, repository.historyInRepo, ".gitattributes"].filter {
      FileManager.default.fileExists(atPath: repository.top + "/" + $0)
    }
    let status = git.run(["status", "--porcelain", "--"] + files)
    guard status.ok else { throw SyncError(description: status.firstLine) }
    guard !status.output.isEmpty else { return 0 }
    let before = git.run(["show", "HEAD:\(repository.roadmapInRepo)"])
    let previous = before.ok ? try? RoadmapLoader.decode(Array(before.output.utf8)).roadmap : nil
    let now: Roadmap
    do { now = try RoadmapLoader.load(path: repository.roadmap).roadmap } catch {
      throw SyncError(description: error.description)
    }
    let message = CommitMessage.message(from: previous, to: now)
    let add = git.run(["add", "--"] + files)
    guard add.ok else { throw SyncError(description: add.firstLine) }
    let (config, author) = identity()
    let commit = git.run(config + ["commit", "--quiet", "-m", message] + author + ["--"] + files)
    guard commit.ok else { throw SyncError(description: commit.firstLine) }
    return previous.map { RoadmapDiff.between($0, now).changes.count } ?? 1
  }

  /// Merges `tracking` into HEAD through the drivers. The roadmap the driver wrote is
  /// valid even with conflicts (those are in the conflict file), so the merge is
  /// committed; a conflict in any other file stops the sync with the merge undone.
  func merge(_ tracking: String) throws(SyncError) {
    let (config, _) = identity()
    let merge = git.run(config + ["merge", "--quiet", "--no-edit", tracking])
    if merge.ok { return }
    let unmerged = (git.value(["diff", "--name-only", "--diff-filter=U"]) ?? "").split(separator: "\n").map(String.init)
    let ours = Set([repository.roadmapInRepo, repository.historyInRepo])
    guard !unmerged.isEmpty else { throw SyncError(description: merge.firstLine) }
    let others = unmerged.filter { !ours.contains($0) }
    guard others.isEmpty else {
      git.run(["merge", "--abort"])
      throw SyncError(description: "conflicts in files jolkarta does not merge: \(others.joined(separator: ", ")); the merge was undone")
    }
    git.run(["add", "--"] + unmerged)
    let commit = git.run(config + ["commit", "--quiet", "--no-edit"])
    guard commit.ok else { throw SyncError(description: commit.firstLine) }
  }
}
