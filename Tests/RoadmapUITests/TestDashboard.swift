@testable import RoadmapKit
import Testing

@testable import RoadmapUI

/// The dashboard driven as the session drives it, keeping the effects it asks for until
/// a test takes them: the shape older tests were written in (press keys, take the saves,
/// feed results back).
struct TestDashboard {
  /// The app under test.
  var app: Dashboard
  /// Effects returned and not yet taken, oldest first.
  var effects: [Effect] = []

  init(_ loaded: LoadedRoadmap, options: DashboardOptions = DashboardOptions()) {
    app = Dashboard(loaded, options: options)
  }

  var state: DashboardState {
    get { app.state }
    set { app.state = newValue }
  }

  /// Sends an event as the terminal would; returns `.quit` when the app asked to quit.
  @discardableResult
  mutating func handle(_ event: Event) -> AppOutcome { send(Msg(event)) }

  /// Sends any message; the effects wait in `effects`, quitting is returned.
  @discardableResult
  mutating func send(_ msg: Msg) -> AppOutcome {
    let out = app.update(msg)
    effects += out
    for e in out { if case .quit(let s) = e { return .quit(status: s) } }
    return .keepRunning
  }

  /// Feeds the result of an effect.
  mutating func receive(_ msg: Msg) { send(msg) }

  /// The effects asked for since the last call.
  mutating func takeEffects() -> [Effect] {
    defer { effects = [] }
    return effects
  }

  /// Takes every save asked for and answers each as a session would when the disk took
  /// it as it is, until none is left (edits queued behind a save go once it lands).
  /// Returns the changes of each save, in order.
  mutating func landSaves() -> [[Change]] {
    var out: [[Change]] = []
    while true {
      let saves = takeEffects().compactMap { e -> ([Change], Roadmap)? in
        if case .save(let c, let r, _) = e { return (c, r) }
        return nil
      }
      if saves.isEmpty { return out }
      for (changes, roadmap) in saves {
        out.append(changes)
        let loaded = LoadedRoadmap(roadmap: roadmap, warnings: [], sourceBytes: roadmap.source)
        send(.saved(loaded, written: changes, merged: false))
      }
    }
  }

  func render(into grid: inout Grid) { app.render(into: &grid) }
  var tickInterval: Double? { app.tickInterval }
}

/// TCA's TestStore, for the reducer: each message is sent with the exact change of state
/// it must make and the exact effects it must return; anything else fails the test.
struct TestStore {
  /// The state as the reducer left it.
  private(set) var app: Dashboard

  init(_ app: Dashboard) { self.app = app }

  var state: DashboardState { app.state }

  /// Sends a message to set the scene, without asserting what it does (tested elsewhere).
  mutating func prepare(_ msg: Msg) { _ = app.update(msg) }

  /// Sends `msg`; `expected` turns the state before into the one required after.
  mutating func send(
    _ msg: Msg, effects: [Effect] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ expected: (inout DashboardState) -> Void = { _ in }
  ) {
    var want = app.state
    expected(&want)
    let got = app.update(msg)
    if app.state != want {
      Issue.record(
        "state after \(msg) differs:\n\(StateDiff.lines(want, app.state).joined(separator: "\n"))",
        sourceLocation: sourceLocation)
    }
    if got != effects {
      Issue.record("effects after \(msg): \(got), expected \(effects)", sourceLocation: sourceLocation)
    }
  }
}

/// Which parts of two states differ, named, so a failure says where to look.
enum StateDiff {
  static func lines(_ a: DashboardState, _ b: DashboardState) -> [String] {
    var out: [String] = []
    func check<T: Equatable>(_ name: String, _ x: T, _ y: T) {
      if x != y { out.append("  \(name): expected \(x)\n    got \(y)") }
    }
    check("stack", a.stack, b.stack)
    check("statusFilter", a.statusFilter, b.statusFilter)
    check("ownerFilter", a.ownerFilter, b.ownerFilter)
    check("overlay", a.overlay, b.overlay)
    check("search", a.search, b.search)
    check("edit.notice", a.edit.notice, b.edit.notice)
    check("edit.prompt", a.edit.prompt, b.edit.prompt)
    check("edit.marks", a.edit.marks, b.edit.marks)
    check("edit.inFlight", a.edit.inFlight, b.edit.inFlight)
    check("edit.queued", a.edit.queued, b.edit.queued)
    check("edit.unsaved", a.edit.unsaved, b.edit.unsaved)
    check("edit.undo", a.edit.undo, b.edit.undo)
    check("edit.conflicts", a.edit.conflicts, b.edit.conflicts)
    if a.roadmap != b.roadmap { out.append("  roadmap differs") }
    if a.edit != b.edit, out.isEmpty { out.append("  edit differs: \(a.edit) vs \(b.edit)") }
    if out.isEmpty { out.append("  (another field)") }
    return out
  }
}
