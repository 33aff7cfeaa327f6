import Foundation
import RoadmapKit

/// What a folder's sync did to one of its files.
public struct FileSync: Sendable, Equatable {
  /// The file's path in the repository.
  public var path: String
  /// The changes this office had saved in it, committed.
  public var sent = 0
  /// The changes the other offices made to it, merged in (its total when it is new here).
  public var received = 0
  /// Whether it arrived from the remote.
  public var arrived = false
  /// The conflicts waiting in it.
  public var conflicts: [MergeConflict] = []
}

extension RoadmapSync {
  /// The roadmap `file` at `rev`; nil when it is not there or not valid.
  func roadmap(_ rev: String, _ file: String) -> Roadmap? {
    let r = git.run(["show", "\(rev):\(file)"])
    return r.ok ? try? RoadmapLoader.decode(Array(r.output.utf8)).roadmap : nil
  }

  /// Each file of the folder that was sent, received (against `mine`, what it was here
  /// before the merge) or left with conflicts, by path.
  func fileOutcomes(sent: [String: Int], mine: [String: Roadmap?]) -> [FileSync] {
    members.compactMap { m in
      var f = FileSync(path: m.roadmapInRepo, sent: sent[m.roadmapInRepo] ?? 0)
      if !mine.isEmpty, let now = roadmap("HEAD", m.roadmapInRepo) {
        switch mine[m.roadmapInRepo] {
        case .some(.some(let before)):
          let d = RoadmapDiff.between(before, now)
          // What this office sent is in both; what differs came in.
          f.received = d.changes.count + d.members.count
        case .some(.none): break
        case .none:
          f.arrived = true
          f.received = now.counts.total
        }
      }
      f.conflicts = ConflictFile(roadmap: m.roadmap).read()
      return f.sent + f.received > 0 || f.arrived || !f.conflicts.isEmpty ? f : nil
    }
  }
}
