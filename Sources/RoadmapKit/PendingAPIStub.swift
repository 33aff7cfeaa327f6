// TEMPORARY: stands in for the store API being built on the `durable` branch; removed
// when that branch is merged.
import Foundation
public final class LockWait: @unchecked Sendable {
  public init(onWait: @escaping @Sendable (String) -> Void) {}
  public func cancel() {}
}
extension SaveError { public var cancelled: Bool { false } }
extension RoadmapStore {
  public func commit(
    _ changes: [ActivityChange], author: String, base: [UInt8]? = nil, current: Roadmap? = nil,
    policy: ConflictPolicy = .refuse, now: Date = Date(), waiting: LockWait?
  ) throws(SaveError) -> CommitResult {
    try commit(changes, author: author, base: base, current: current, policy: policy, now: now)
  }
  public static func readOnlyReason(path: String) -> String? { nil }
}
public struct RecoveryFile {
  let roadmapPath: String
  public init(roadmapPath: String) { self.roadmapPath = roadmapPath }
  public func write(_ changes: [ActivityChange], author: String, now: Date) throws(SaveError) {}
  public func read() -> (changes: [ActivityChange], time: String, author: String)? { nil }
  public func remove() {}
}
