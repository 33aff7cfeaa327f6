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
    /// The remote could not be reached (git's words, or why git did not run): the
    /// changes are committed here and go next time.
    case offline(SyncFailure)
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
  /// The conflicts waiting, from the conflict file (every file's, for a folder).
  public var conflicts: [MergeConflict] = []
  /// For a folder, each file this sync changed: sent, received or left with conflicts.
  public var files: [FileSync] = []
}

/// A sync that could not be done at all: no repository, git refused a step.
public struct SyncError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, with git's own words where git said it.
  public var failure: SyncFailure
  /// In English.
  public var description: String { failure.description }

  /// An error for `failure`.
  public init(_ failure: SyncFailure) { self.failure = failure }
}

/// `jolkarta sync`: commits this office's saved changes, pulls, merges through the
/// driver, pushes; again when another office pushed in between.
///
/// The work tree is changed only under the roadmap's lock (the commit and the merge), so
/// a dashboard's save never interleaves with git's writing; fetching and pushing, which
/// may wait for the network, hold no lock.
public struct RoadmapSync: Sendable {
  /// The repository and the roadmap's place in it (a folder's first file).
  public let repository: RoadmapRepository
  /// The folder, when a whole folder is synced; its files are then read again at each
  /// step, so that a region that arrives is committed, merged and reported too.
  public let folder: FolderRepository?
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
    folder = nil
    self.author = author
    self.driver = driver
  }

  /// A sync of every roadmap file of `folder`; nil when it holds none.
  public init?(folder: FolderRepository, author: String?, driver: String) {
    guard let first = folder.members.first else { return nil }
    repository = first
    self.folder = folder
    self.author = author
    self.driver = driver
  }

  /// The roadmaps synced: the one, or the folder's files as they are now.
  var members: [RoadmapRepository] { folder?.members ?? [repository] }

  var git: Git { repository.git }

  /// Runs the sync.
  public func run() throws(SyncError) -> SyncReport {
    var report = SyncReport()
    // Cheap and idempotent: a clone, or a setup of an older jolkarta, gets what it lacks.
    _ = folder?.setUp(driver: driver) ?? repository.setUp(driver: driver)
    var sent: [String: Int] = [:]
    var mine: [String: Roadmap?] = [:]
    let branch = git.value(["symbolic-ref", "--short", "HEAD"]) ?? "main"
    guard git.value(["remote"])?.split(separator: "\n").contains(Substring(remote)) == true else {
      sent = try locked { () throws(SyncError) in try commitLocal() }
      report.committedChanges = sent.values.reduce(0, +)
      report.state = .noRemote
      report.files = fileOutcomes(sent: sent, mine: [:])
      report.conflicts = report.files.flatMap(\.conflicts)
      return report
    }
    let tracking = "refs/remotes/\(remote)/\(branch)"
    for _ in 0..<rounds {
      let fetch = git.run(["fetch", "--quiet", remote])
      let committed = try locked { () throws(SyncError) -> [String: Int] in
        let n = try commitLocal()
        // What each file was here before anything of the others came in.
        if mine.isEmpty { for m in members { mine[m.roadmapInRepo] = roadmap("HEAD", m.roadmapInRepo) } }
        if fetch.ok, git.value(["rev-parse", "--verify", "-q", tracking]) != nil {
          report.pulledCommits += Int(git.value(["rev-list", "--count", "HEAD..\(tracking)"]) ?? "0") ?? 0
          try merge(tracking)
        }
        return n
      }
      for (file, n) in committed { sent[file, default: 0] += n }
      guard fetch.ok else {
        report.state = .offline(fetch.failure)
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
      report.state = .offline(push.failure)
      break
    }
    report.committedChanges = sent.values.reduce(0, +)
    let upstream = git.value(["rev-parse", "--verify", "-q", tracking]) != nil
    report.waitingCommits = Int(git.value(["rev-list", "--count", upstream ? "\(tracking)..HEAD" : "HEAD"]) ?? "0") ?? 0
    if report.waitingCommits > 0 { report.waitingChanges = waitingChanges(upstream ? tracking : nil) }
    if folder != nil {
      report.files = fileOutcomes(sent: sent, mine: mine)
      report.conflicts = report.files.flatMap(\.conflicts)
    } else {
      report.conflicts = ConflictFile(roadmap: repository.roadmap).read()
    }
    if report.state == .inSync, !report.conflicts.isEmpty { report.state = .conflicts }
    return report
  }

  /// How many changes the commits not on the remote hold: the roadmap at HEAD against
  /// the remote's (all of it when the remote has none).
  func waitingChanges(_ tracking: String?) -> Int {
    members.reduce(0) { sum, m in
      guard let here = roadmap("HEAD", m.roadmapInRepo) else { return sum }
      guard let tracking, let there = roadmap(tracking, m.roadmapInRepo) else { return sum + here.counts.total }
      let d = RoadmapDiff.between(there, here)
      return sum + d.changes.count + d.members.count
    }
  }

  /// Whether a push failed because the remote moved on (so pulling again helps), not
  /// because it cannot be reached.
  static func isRejection(_ r: Git.Result) -> Bool {
    let e = r.error
    return e.contains("[rejected]") || e.contains("non-fast-forward") || e.contains("fetch first")
      || e.contains("cannot lock ref")
  }

  /// Runs `body` holding the roadmap's lock (every file's of a folder, taken in the
  /// order of their paths so that two syncs of one folder never wait for each other).
  func locked<T>(_ body: () throws(SyncError) -> T) throws(SyncError) -> T {
    var locks: [RoadmapLock] = []
    for m in members.sorted(by: { $0.roadmap < $1.roadmap }) {
      do { locks.append(try RoadmapLock(for: m.roadmap)) } catch { throw SyncError(.lock(error.reason)) }
    }
    defer { withExtendedLifetime(locks) {} }
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

  /// Commits the roadmaps and their histories that differ from the last commit, in one
  /// commit; returns how many changes it names, by file (only files that changed).
  func commitLocal() throws(SyncError) -> [String: Int] {
    let exists = { (p: String) in FileManager.default.fileExists(atPath: repository.top + "/" + p) }
    var changed: [(RoadmapRepository, [String])] = []
    let attributes = [".gitattributes"].filter(exists)
    for m in members {
      let own = [m.roadmapInRepo, m.historyInRepo].filter(exists)
      // One roadmap is committed with the attributes, as one change of settings and file.
      let status = git.run(["status", "--porcelain", "--"] + own + (folder == nil ? attributes : []))
      guard status.ok else { throw SyncError(status.failure) }
      if !status.output.isEmpty { changed.append((m, own)) }
    }
    let attributesChanged = !attributes.isEmpty && git.value(["status", "--porcelain", "--"] + attributes) != nil
    guard !changed.isEmpty || attributesChanged else { return [:] }
    var counts: [String: Int] = [:]
    var messages: [String] = []
    for (m, _) in changed {
      let previous = roadmap("HEAD", m.roadmapInRepo)
      let now: Roadmap
      do { now = try RoadmapLoader.load(path: m.roadmap).roadmap } catch {
        throw SyncError(.invalidRoadmap(error))
      }
      let message = CommitMessage.message(from: previous, to: now)
      messages.append(folder == nil ? message : m.roadmapInRepo + ": " + message)
      counts[m.roadmapInRepo] = previous.map { RoadmapDiff.between($0, now).changes.count } ?? 1
    }
    let files = changed.flatMap(\.1) + attributes
    let add = git.run(["add", "--"] + files)
    guard add.ok else { throw SyncError(add.failure) }
    let (config, author) = identity()
    let message = messages.count == 1 ? messages[0]
      : messages.isEmpty ? "jolkarta: merge settings" : "jolkarta: \(messages.count) roadmaps\n\n" + messages.joined(separator: "\n")
    let commit = git.run(config + ["commit", "--quiet", "-m", message] + author + ["--"] + files)
    guard commit.ok else { throw SyncError(commit.failure) }
    if folder == nil, counts.isEmpty { counts[repository.roadmapInRepo] = 0 }
    return counts
  }

  /// Merges `tracking` into HEAD through the drivers. The roadmap the driver wrote is
  /// valid even with conflicts (those are in the conflict file), so the merge is
  /// committed; a conflict in any other file stops the sync with the merge undone.
  func merge(_ tracking: String) throws(SyncError) {
    let (config, _) = identity()
    let merge = git.run(config + ["merge", "--quiet", "--no-edit", tracking])
    if merge.ok { return }
    let unmerged = (git.value(["diff", "--name-only", "--diff-filter=U"]) ?? "").split(separator: "\n").map(String.init)
    let ours = Set(members.flatMap { [$0.roadmapInRepo, $0.historyInRepo] })
    guard !unmerged.isEmpty else { throw SyncError(merge.failure) }
    let others = unmerged.filter { !ours.contains($0) && !(folder?.holds($0) ?? false) }
    guard others.isEmpty else {
      git.run(["merge", "--abort"])
      throw SyncError(.conflictsElsewhere(files: others))
    }
    git.run(["add", "--"] + unmerged)
    let commit = git.run(config + ["commit", "--quiet", "--no-edit"])
    guard commit.ok else { throw SyncError(commit.failure) }
  }
}
