import Foundation
import RoadmapKit
import RoadmapSync
import RoadmapUI

/// Runs the national views: a progress bar while every region file is first read, then
/// the overview, which follows the files (`RegionWatch`); Enter opens a region in its own
/// `LiveSession<Dashboard>`, exactly as `jolkarta FILE` would, until its Esc comes back.
///
/// With a sync (`jolkarta DIR --sync`), the folder is synced through git as a whole, on
/// open, every interval and soon after a change to any region file (a save in a region's
/// dashboard among them); the regions' dashboards run no sync of their own, and what a
/// sync merged in reaches the overview through the watch, as any change on disk does.
///
/// Like `LiveSession`, this is where files are touched; the national core stays pure.
public struct NationalSession: TerminalApp {
  /// The national views' state.
  public private(set) var core: NationalState
  /// The region open in its dashboard, if any.
  public private(set) var region: LiveSession<Dashboard>?
  /// How each region's dashboard is started (language, look, read-only, the day).
  public let options: DashboardOptions
  /// Who makes the changes, for each region's history.
  public let author: String
  /// The folder (or files) followed.
  public let watch: RegionWatch
  /// What the loading screen names: the folder, or the first file.
  let label: String
  private var opening: Opening?
  /// The folder's one sync, when it is synced.
  private let syncer: SyncRunner?
  private var size = (width: 80, height: 24)

  /// A region file read for its dashboard, off the UI thread.
  final class Opening: @unchecked Sendable {
    let path: String
    private let lock = NSLock()
    private var result: Result<(LoadedRoadmap, ReadOnlyReason?), RoadmapLoadError>?
    init(path: String) { self.path = path }
    var value: Result<(LoadedRoadmap, ReadOnlyReason?), RoadmapLoadError>? {
      lock.lock()
      defer { lock.unlock() }
      return result
    }
    func finish(_ r: Result<(LoadedRoadmap, ReadOnlyReason?), RoadmapLoadError>) {
      lock.lock()
      result = r
      lock.unlock()
    }
  }

  /// The national views over `watch` (started now), each region opened with `options`;
  /// with `sync` (a folder's), synced every `syncInterval` seconds and after each change.
  public init(
    watch: RegionWatch, label: String, options: DashboardOptions, author: String, sync: RoadmapSync? = nil,
    syncInterval: Double = 60
  ) {
    syncer = sync.map { SyncRunner(sync: $0, interval: syncInterval) }
    self.watch = watch
    self.label = label
    self.options = options
    self.author = author
    core = NationalState(options: NationalOptions(
      language: options.language, asciiOnly: options.asciiOnly, colors: options.colors, today: options.today))
    watch.start()
  }

  /// Feeds what the watch and an opening found, then the event.
  public mutating func handle(_ event: Event) -> AppOutcome {
    // The size is the overview's even while it loads or a region is open: it is drawn at it next.
    if case .resize(let w, let h) = event {
      size = (w, h)
      _ = core.update(.resize(width: w, height: h))
    }
    if let files = watch.take() {
      // A region file changed (saved here or by the CLI, or merged by a sync): the sync
      // that pushes it follows shortly; one after a merge finds nothing more to do.
      if core.loaded { syncer?.request(in: syncer?.afterSave ?? 1) }
      _ = core.update(.files(files))
    }
    takeSynced()
    if case .tick = event { syncer?.startIfDue() }
    takeOpened()
    if var session = region {
      let outcome = session.handle(event)
      if session.left {
        // Back to the overview: what the region saved shows at once.
        region = nil
        // The language chosen there (L) is the overview's too: one program, one language.
        core.switchLanguage(to: session.app.state.language)
        watch.refresh(session.store.path)
        _ = core.update(.resize(width: size.width, height: size.height))
        return .repaint
      }
      region = session
      return outcome
    }
    guard core.loaded else {
      // Nothing is edited yet: q, Esc, Ctrl-C or a signal end the first read at once.
      if case .key(let key) = event, key == .character("q") || key == .escape || key == .control("c") {
        watch.stop()
        return .quit(status: 0)
      }
      if case .terminate(let signal) = event {
        watch.stop()
        return .quit(status: 128 + signal)
      }
      return .keepRunning
    }
    let msg: NationalMsg
    switch event {
    case .key(let k): msg = .key(k)
    case .resize(let w, let h): msg = .resize(width: w, height: h)
    case .tick: msg = .tick
    case .terminate(let s): msg = .terminate(signal: s)
    case .mouse(let m): msg = .mouse(m)
    }
    var outcome = AppOutcome.keepRunning
    for effect in core.update(msg) {
      switch effect {
      case .openRegion(let path): open(path)
      case .repaint: outcome = .repaint
      case .quit(let status):
        watch.stop()
        return .quit(status: status)
      }
    }
    return outcome
  }

  /// Feeds what the folder's sync said to the overview, and to the region open, whose
  /// header shows it as a synced dashboard's would (its conflicts stay in their files:
  /// the overview's badge counts them).
  mutating func takeSynced() {
    guard let syncer else { return }
    for case .synced(let state, _) in syncer.takeMessages() {
      _ = core.update(.synced(state))
      if var session = region {
        _ = session.send(.synced(state, conflicts: []))
        region = session
      }
    }
  }

  /// Starts reading a region's file on a thread of its own.
  mutating func open(_ path: String) {
    let opening = Opening(path: path)
    self.opening = opening
    Thread.detachNewThread {
      do throws(RoadmapLoadError) {
        let loaded = try RoadmapLoader.load(path: path)
        opening.finish(.success((loaded, RoadmapStore.readOnlyReason(path))))
      } catch {
        opening.finish(.failure(error))
      }
    }
  }

  /// A region read for its dashboard: opened in a live session of its own, or its problem shown.
  mutating func takeOpened() {
    guard let o = opening, let result = o.value else { return }
    opening = nil
    switch result {
    case .success(let (loaded, reason)):
      var dashboardOptions = options
      dashboardOptions.embedded = true
      // In the language the overview is in now (L there).
      dashboardOptions.language = core.language
      dashboardOptions.readOnlyReason = reason
      var session = LiveSession(
        app: Dashboard(loaded, options: dashboardOptions), path: o.path, loaded: loaded, author: author)
      _ = session.handle(.resize(width: size.width, height: size.height))
      // The folder's sync is this region's: its header says where it stands.
      if let state = core.sync { _ = session.send(.synced(state, conflicts: [])) }
      region = session
      _ = core.update(.regionOpened(path: o.path))
    case .failure(let error):
      let first = error.problems.first.map { ProblemWords.line($0, core.language, withFile: false) } ?? ""
      _ = core.update(.regionOpenFailed(path: o.path, problem: first))
    }
  }

  /// Waits (bounded) for what is under way here: the region's effects, an opening, the
  /// watch's first read; for tests, never for the terminal.
  @discardableResult
  public mutating func settle(timeout: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      _ = handle(.tick)
      if core.loaded, opening == nil, !(syncer?.isBusy ?? false),
        region?.settle(timeout: deadline.timeIntervalSinceNow) ?? true
      {
        return true
      }
      usleep(5_000)
    }
    return false
  }

  /// Stops following the files (tests; the program's end stops everything).
  public func stop() { watch.stop() }

  /// The region's dashboard, the overview, or the first read's progress bar.
  public func render(into grid: inout Grid) {
    if let region { return region.render(into: &grid) }
    if core.loaded { return core.render(into: &grid) }
    let p = watch.progress
    LoadingScreen(
      fileName: label, fraction: p.of == 0 ? 0 : Double(p.read) / Double(p.of),
      theme: Theme(asciiOnly: options.asciiOnly, colors: options.colors), language: options.language
    ).render(into: &grid)
  }

  /// Fast while reading or opening; then often enough to follow the files within a second.
  public var tickInterval: Double? {
    if let region { return min(region.tickInterval ?? 0.25, 0.25) }
    return !core.loaded || opening != nil ? 0.05 : 0.25
  }
}
