import Foundation
import RoadmapKit
import RoadmapUI

/// Runs a live app over a roadmap file: its saves go through the store (locked,
/// merged over others' changes, with history), and changes on disk come back to it.
///
/// This is the only place the interactive front ends touch files; the app itself stays
/// pure and only returns `SessionEffect`s.
public struct LiveSession<App: LiveRoadmapApp>: TerminalApp {
  /// The app shown.
  public var app: App
  /// The store of the roadmap file.
  public let store: RoadmapStore
  /// Who is making the changes, for the history.
  public let author: String
  /// How often the file is looked at, in seconds.
  public var pollInterval = 0.25
  private let watch: FileWatch
  // The state last known to be on disk, to tell which activities a reload changed.
  private var onDisk: Roadmap

  /// A session for `app`, showing the roadmap `loaded` from `path`.
  public init(app: App, path: String, loaded: LoadedRoadmap, author: String) {
    self.app = app
    store = RoadmapStore(path: path)
    self.author = author
    watch = FileWatch(path: path, knownBytes: loaded.sourceBytes)
    onDisk = loaded.roadmap
  }

  /// Passes the event on, then runs what the app asked for; ticks also look at the file.
  public mutating func handle(_ event: Event) -> AppOutcome {
    let outcome = app.handle(event)
    runEffects()
    if case .tick = event { poll() }
    return outcome
  }

  /// The app draws.
  public func render(into grid: inout Grid) { app.render(into: &grid) }

  /// Ticks often enough to notice the file within a second, or the app's own, if faster.
  public var tickInterval: Double? { min(app.tickInterval ?? pollInterval, pollInterval) }

  /// Runs every pending effect of the app, feeding back each outcome.
  public mutating func runEffects() {
    while true {
      let effects = app.takeEffects()
      if effects.isEmpty { return }
      for effect in effects { run(effect) }
    }
  }

  mutating func run(_ effect: SessionEffect) {
    switch effect {
    case .save(let changes, let current, let override):
      do {
        let result = try store.commit(
          changes, author: author, base: current.source, current: current,
          policy: .merge(keepMine: { _, _ in override }))
        watch.acknowledge(result.loaded.sourceBytes)
        onDisk = result.loaded.roadmap
        app.receive(.saved(result.loaded, written: result.written, merged: result.merged))
        if !result.conflicts.isEmpty { app.receive(.conflicts(result.conflicts)) }
      } catch {
        app.receive(.saveFailed(message: error.message, pending: changes))
      }
    case .loadHistory:
      app.receive(.history(HistoryEntry.read(path: store.historyPath).entries))
    case .saveCopy(let roadmap, let path):
      do {
        var copy = roadmap
        try AtomicFile.write(copy.rebase(), to: path)
        app.receive(.copySaved(path: path))
      } catch {
        app.receive(.saveFailed(message: error.message, pending: []))
      }
    }
  }

  /// Looks at the file; reloads when someone else changed it.
  public mutating func poll() {
    switch watch.poll() {
    case nil: return
    case .unreadable(let message):
      app.receive(.invalidOnDisk(message: message))
    case .changed(let bytes):
      do {
        let loaded = try RoadmapLoader.decode(bytes, file: store.path)
        let changed = Self.changedIDs(from: onDisk, to: loaded.roadmap)
        onDisk = loaded.roadmap
        app.receive(.reloaded(loaded, changedIDs: changed))
      } catch {
        app.receive(.invalidOnDisk(message: error.problems.prefix(3).map(\.description).joined(separator: "\n")))
      }
    }
    runEffects()
  }

  /// Ids of activities that are new or differ in any field.
  static func changedIDs(from old: Roadmap, to new: Roadmap) -> Set<String> {
    var out = Set<String>()
    for d in new.directions {
      for p in d.projects {
        for a in p.activities where old.activity(id: a.id) != a { out.insert(a.id) }
      }
    }
    return out
  }
}
