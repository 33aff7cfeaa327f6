import ArgumentParser
import Foundation
import RoadmapKit

/// `jolkarta merge-driver %O %A %B %P`: the merge git runs for roadmap files (and, with
/// `--history`, for history files), registered by `jolkarta git setup`.
struct MergeDriver: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge-driver",
    abstract: "Three-way merge of a roadmap (or its history) by id and field, for git.",
    discussion: """
      Git runs it as `jolkarta merge-driver %O %A %B %P` (BASE, OURS, THEIRS, PATH): the \
      result replaces OURS. Changes on one side are taken, the same change on both once, \
      different changes to the same field keep ours and are written to the conflict file \
      beside PATH (roadmap.conflicts.json), which the dashboard and `jolkarta sync` show; \
      never conflict markers. Exit 0 when merged cleanly, 1 with conflicts or when a side \
      is not a roadmap (OURS then stays as it was). With --history: every line of both \
      histories once, saves in time order; always exit 0.
      """,
    shouldDisplay: false)

  @Flag(help: "Merge history files (union of lines) instead of roadmaps.")
  var history = false

  @Argument(help: "The common ancestor's version (%O).") var base: String
  @Argument(help: "Ours (%A): replaced by the result.") var ours: String
  @Argument(help: "Theirs (%B).") var theirs: String
  @Argument(help: "The file's path in the work tree (%P).") var path: String?

  func run() throws {
    func read(_ p: String) throws -> [UInt8] {
      guard let d = FileManager.default.contents(atPath: p) else { throw failure("jolkarta merge-driver: cannot read \(p)") }
      return Array(d)
    }
    let a = try read(ours), b = try read(theirs)
    if history {
      try write(HistoryMerge.union(ours: a, theirs: b))
      return
    }
    let o = (try? read(base)) ?? []
    let result: MergeResult
    do { result = try RoadmapMerge.merge(base: o, ours: a, theirs: b) } catch {
      printError("jolkarta merge-driver: \(path ?? ours): \(error.description); ours kept")
      throw ExitCode(1)
    }
    try write(result.bytes)
    guard !result.conflicts.isEmpty else { return }
    let file = ConflictFile(roadmap: path ?? ours)
    // Conflicts of earlier merges not yet settled stay, unless this merge settles the same field anew.
    let fresh = Set(result.conflicts.map { "\($0.id)\u{0}\($0.field)" })
    let kept = file.read().filter { !fresh.contains("\($0.id)\u{0}\($0.field)") }
    do { try file.write(kept + result.conflicts) } catch {
      printError("jolkarta merge-driver: \(error.description)")
    }
    for c in result.conflicts { printError("jolkarta merge-driver: conflict: \(SyncText.conflict(c))") }
    throw ExitCode(1)
  }

  func write(_ bytes: [UInt8]) throws {
    do { try AtomicFile.write(bytes, to: ours) } catch {
      throw failure("jolkarta merge-driver: \(error.description)")
    }
  }
}
