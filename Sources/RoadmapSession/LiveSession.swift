import Foundation
import RoadmapKit
import RoadmapSync
import RoadmapUI

/// Runs a live app over a roadmap file: the app's effects run off the UI thread (saves
/// through the store: locked, merged over others' changes, with history) and come back
/// as messages, and changes on disk come back to it too.
///
/// This is the only place the interactive front ends touch files; the app itself stays
/// pure and only returns `Effect`s. The terminal backend sees a `TerminalApp`.
public struct LiveSession<App: RoadmapApp>: TerminalApp {
  /// The app shown.
  public var app: App
  /// How often the file is looked at, in seconds.
  public var pollInterval = 0.25
  /// The app asked to leave (`.leave`): a region's dashboard goes back to the national
  /// overview, whose session closes this one.
  public private(set) var left = false
  private let worker: EffectWorker
  private let syncer: SyncRunner?

  /// A session for `app`, showing the roadmap `loaded` from `path`.
  ///
  /// Stale temporary files of interrupted saves are dealt with now, and the recovery
  /// file of a run that was ended with unsaved edits is read (off the UI thread).
  /// With `sync`, the roadmap is also synced through git every `syncInterval` seconds,
  /// on open and soon after each save (`jolkarta --sync`).
  public init(
    app: App, path: String, loaded: LoadedRoadmap, author: String, sync: RoadmapSync? = nil,
    syncInterval: Double = 60
  ) {
    self.app = app
    syncer = sync.map { SyncRunner(sync: $0, interval: syncInterval) }
    worker = EffectWorker(store: RoadmapStore(path: path), author: author, loaded: loaded)
    worker.checkRecovery()
    for effect in app.initialEffects { worker.start(effect) }
    worker.prepareSpare(size: loaded.sourceBytes.count)
  }

  /// The buffer the session's saves and reloads of a large file are written into.
  var spare: SpareBytes { worker.spare }

  /// The store of the roadmap file.
  public var store: RoadmapStore { worker.store }
  /// Who is making the changes, for the history.
  public var author: String { worker.author }

  /// Feeds the results that came in, then the event; ticks also look at the file.
  public mutating func handle(_ event: Event) -> AppOutcome {
    var outcome = takeResults()
    if case .quit = outcome { return outcome }
    outcome = merge(outcome, send(Msg(event)))
    if case .tick = event {
      worker.pollIfIdle()
      syncer?.startIfDue()
    }
    return outcome
  }

  /// Sends one message to the app and starts the effects it answers with.
  public mutating func send(_ msg: Msg) -> AppOutcome {
    var outcome = AppOutcome.keepRunning
    for effect in app.update(msg) {
      switch effect {
      case .quit(let status): return .quit(status: status)
      case .leave: left = true
      case .repaint: outcome = .repaint
      case .settleSyncConflict(let id, let field): syncer?.settle(id: id, field: field)
      default: worker.start(effect)
      }
    }
    return outcome
  }

  /// Feeds the app every result the worker has for it.
  public mutating func takeResults() -> AppOutcome {
    var outcome = AppOutcome.keepRunning
    for msg in worker.takeMessages() + (syncer?.takeMessages() ?? []) {
      // A save landed, here or by another program of this office (the CLI): the sync
      // that pushes it follows shortly. (A reload a sync's merge caused costs one more
      // sync, which finds nothing to do.)
      switch msg {
      case .saved, .reloaded: syncer?.request(in: syncer?.afterSave ?? 1)
      default: break
      }
      outcome = merge(outcome, send(msg))
      if case .quit = outcome { return outcome }
    }
    return outcome
  }

  private func merge(_ a: AppOutcome, _ b: AppOutcome) -> AppOutcome {
    if case .quit = b { return b }
    return b == .repaint ? .repaint : a
  }

  /// Waits (bounded) for the effects under way and feeds their results, until nothing is
  /// left to do: for tests and headless runs, never for the terminal.
  @discardableResult
  public mutating func settle(timeout: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      guard worker.waitUntilIdle(timeout: deadline.timeIntervalSinceNow),
        syncer?.waitUntilIdle(timeout: deadline.timeIntervalSinceNow) ?? true
      else { return false }
      if case .quit = takeResults() { return true }
      if !worker.isBusy, !(syncer?.isBusy ?? false) { return true }
    }
    return false
  }

  /// Looks at the file now (off the UI thread), as a tick does.
  public func poll() { worker.pollIfIdle() }

  /// Starts the sync through git when it is due, as a tick does (tests).
  public func syncIfDue() { syncer?.startIfDue() }

  /// The app draws.
  public func render(into grid: inout Grid) { app.render(into: &grid) }

  /// Ticks often enough to notice the file within a second, or the app's own, if faster;
  /// fast while effects are under way, so their results show at once.
  public var tickInterval: Double? {
    if worker.isBusy { return 0.02 }
    return min(app.tickInterval ?? pollInterval, pollInterval)
  }
}
