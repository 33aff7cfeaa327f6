import Foundation
import RoadmapKit
import RoadmapSession
import RoadmapSync
import RoadmapUI

/// The first app the terminal runs: a progress bar while the roadmap loads behind it,
/// then the live dashboard.
///
/// Loading happens on a background thread so the first frame is on screen at once and
/// `q` cancels even a million-activity load. An invalid file ends the app with status 1;
/// the command prints the problems once the terminal is restored.
struct StartupApp: TerminalApp {
  /// What is on screen.
  enum Phase {
    case loading
    case running(LiveSession<Dashboard>)
    case failed(RoadmapLoadError)
  }

  let path: String
  let options: DashboardOptions
  let author: String
  /// The sync through git the dashboard runs once loaded (`--sync`), and its interval.
  var sync: (RoadmapSync, Double)?
  private(set) var phase: Phase = .loading
  private let progress = LoadProgress()
  private let result = LoadResult()
  private var size = (width: 80, height: 24)

  /// Starts loading `path` at once.
  init(path: String, options: DashboardOptions, author: String) {
    self.path = path
    self.options = options
    self.author = author
    let (progress, result) = (self.progress, self.result)
    Thread.detachNewThread {
      do throws(RoadmapLoadError) {
        // The search index written as the file is read: searchable from the first frame.
        result.finish(.success(try SearchIndex.load(path: path, progress: progress)))
      } catch {
        result.finish(.failure(error))
      }
    }
  }

  /// The load's error, once the app ended because of it.
  var failure: RoadmapLoadError? {
    if case .failed(let e) = phase { return e }
    return nil
  }

  mutating func handle(_ event: Event) -> AppOutcome {
    if case .resize(let w, let h) = event { size = (w, h) }
    switch phase {
    case .running(var session):
      let outcome = session.handle(event)
      phase = .running(session)
      return outcome
    case .failed:
      return .quit(status: 1)
    case .loading:
      if case .key(let key) = event, key == .character("q") || key == .escape || key == .control("c") {
        progress.cancel()
        return .quit(status: 0)
      }
      // Nothing is edited yet: a signal ends the load at once.
      if case .terminate(let signal) = event {
        progress.cancel()
        return .quit(status: 128 + signal)
      }
      switch result.value {
      case nil:
        return .keepRunning
      case .failure(let error)?:
        phase = .failed(error)
        return .quit(status: 1)
      case .success(let (loaded, index))?:
        var session = LiveSession(
          app: Dashboard(loaded, options: options, searchIndex: index), path: path, loaded: loaded, author: author,
          sync: sync?.0, syncInterval: sync?.1 ?? 60)
        _ = session.handle(.resize(width: size.width, height: size.height))
        phase = .running(session)
        // The session has the roadmap now: the bytes it was loaded from may become the
        // spare of its second save (`SpareBytes`) only once nothing else holds them.
        result.clear()
        return .keepRunning
      }
    }
  }

  func render(into grid: inout Grid) {
    switch phase {
    case .running(let session): session.render(into: &grid)
    case .loading, .failed:
      LoadingScreen(
        fileName: path, fraction: progress.fraction,
        theme: Theme(asciiOnly: options.asciiOnly, colors: options.colors), language: options.language
      ).render(into: &grid)
    }
  }

  /// Fast ticks while loading (the bar moves, the result is picked up); then the session's.
  var tickInterval: Double? {
    if case .running(let session) = phase { return session.tickInterval }
    return 0.05
  }
}

/// The outcome of the background load, handed to the terminal's thread.
final class LoadResult: @unchecked Sendable {
  private let lock = NSLock()
  private var _value: Result<(loaded: LoadedRoadmap, index: SearchIndex?), RoadmapLoadError>?

  var value: Result<(loaded: LoadedRoadmap, index: SearchIndex?), RoadmapLoadError>? {
    lock.lock()
    defer { lock.unlock() }
    return _value
  }

  func finish(_ value: Result<(loaded: LoadedRoadmap, index: SearchIndex?), RoadmapLoadError>) {
    lock.lock()
    _value = value
    lock.unlock()
  }

  /// Lets go of the roadmap once it has been taken.
  func clear() {
    lock.lock()
    _value = nil
    lock.unlock()
  }
}
