import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapUI

/// `jolkarta merge-driver %O %A %B %P`: the merge git runs for roadmap files (and, with
/// `--history`, for history files), registered by `jolkarta git setup`.
struct MergeDriver: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "merge-driver", abstract: HelpText.mergeDriverAbstract.said, discussion: HelpText.mergeDriverDiscussion.said, shouldDisplay: false)
  }

  @Flag(help: HelpText.mergeDriverHistory.help)
  var history = false

  @Argument(help: HelpText.mergeDriverBase.help) var base: String
  @Argument(help: HelpText.mergeDriverOurs.help) var ours: String
  @Argument(help: HelpText.mergeDriverTheirs.help) var theirs: String
  @Argument(help: HelpText.mergeDriverPath.help) var path: String?

  func run() throws {
    func read(_ p: String) throws -> [UInt8] {
      guard let d = FileManager.default.contents(atPath: p) else { throw failure("jolkarta merge-driver: " + Said(kk: "\(p) оқылмады", ru: "не удалось прочитать \(p)", en: "cannot read \(p)").text) }
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
      printError("jolkarta merge-driver: \(path ?? ours): \(error.description); " + Said(kk: "біздікі қалды", ru: "оставлена наша версия", en: "ours kept").text)
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
    for c in result.conflicts { printError("jolkarta merge-driver: " + Said(kk: "қайшылық", ru: "конфликт", en: "conflict").text + ": \(SyncText.conflict(c))") }
    throw ExitCode(1)
  }

  func write(_ bytes: [UInt8]) throws {
    do { try AtomicFile.write(bytes, to: ours) } catch {
      throw failure("jolkarta merge-driver: \(error.description)")
    }
  }
}
