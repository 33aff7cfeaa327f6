import Foundation

/// The second core's share of decoding a large file: runs of projects read ahead from
/// the middle of the file, each taken over by the main decoder if it gets there.
///
/// JSON cannot be cut in two without reading it: where the middle of the file stands
/// (in a string? in which list?) is known only to whoever read everything before it. So
/// the second decoder guesses. From the middle on it looks for a `{` right after `,` or
/// `[`, and reads from there, as the elements of a direction's `projects` list, up to the
/// list's `]`; a guess that is not such a place fails quickly (an activity is not a
/// project) and the next `{` is tried. Each run read is kept by its start offset.
///
/// The guess is checked, not trusted: the main decoder takes a run only when it stands
/// itself at exactly that offset at the start of an element of a `projects` list. The
/// grammar from there to the `]` is then the same for both, so the run holds exactly the
/// projects the main decoder would have read; what depends on the rest of the file is
/// done when the run is taken (`adopt`): every id checked against every id read before,
/// activities' locations and owners renumbered. A run the main decoder never reaches
/// exactly (the guess stood inside a string, say) is dropped. A file the second decoder
/// finds wrong is read again by the main one, which finds the same problem.
final class ProjectRuns: @unchecked Sendable {
  /// Projects read from `start` to `end` (just past the list's `]`), with what the run's
  /// own decoder collected: ids, owners (slots of its own table), locations with the
  /// direction 0 and project indices counted from the run's first.
  struct Run {
    var start: Int
    var end: Int
    var projects: [Project]
    var activityIndex: [String: ActivityLocation]
    var otherIDs: Set<String>
    var ownerTable: [LocalizedText]
    /// The titles and ids of the run's activities, when the load collects them.
    var sink: ActivityTextSink?
  }

  /// Where the second decoder started looking: below it there is nothing to take.
  let start: Int
  private let lock = NSCondition()
  private var runs: [Int: Run] = [:]
  private var finished = false
  private var cancelled = false

  /// Files smaller than this are read on one core: the thread would cost more than it saves.
  static let threshold = 8 << 20

  /// Starts the second decoder at `from` (the middle of the file, or where a test says)
  /// in `buf`, which must outlive `finish()`.
  init(_ buf: UnsafeBufferPointer<UInt8>, from: Int, keepTexts: Bool, texts: ActivityTextSinks? = nil) {
    start = max(0, from)
    let work = Worker(buf: buf, keepTexts: keepTexts, texts: texts, runs: self)
    let thread = Thread { work.run() }
    thread.stackSize = 16 << 20
    thread.start()
  }

  /// Whether a second core is there to use, and the file large enough to be worth it.
  static func worthIt(_ count: Int) -> Bool {
    count >= threshold && ProcessInfo.processInfo.activeProcessorCount >= 2
  }

  /// The run that starts at `offset`, once the second decoder is done; nil if none does.
  func take(at offset: Int) -> Run? {
    lock.lock()
    defer { lock.unlock() }
    while !finished { lock.wait() }
    return runs.removeValue(forKey: offset)
  }

  /// Stops the second decoder and waits for it: the buffer it reads must stay alive
  /// until then. Called on every way out of the main decoder.
  func finish() {
    lock.lock()
    cancelled = true
    while !finished { lock.wait() }
    lock.unlock()
  }

  var isCancelled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return cancelled
  }

  fileprivate func record(_ run: Run) {
    lock.lock()
    runs[run.start] = run
    lock.unlock()
  }

  fileprivate func done() {
    lock.lock()
    finished = true
    lock.broadcast()
    lock.unlock()
  }

  /// The second decoder's loop, on its own thread.
  private struct Worker: @unchecked Sendable {
    let buf: UnsafeBufferPointer<UInt8>
    let keepTexts: Bool
    let texts: ActivityTextSinks?
    let runs: ProjectRuns

    /// Where a direction's projects sit, as the main decoder counts depth.
    static let projectDepth = FormatRules.depth(
      below: FormatRules.depth(below: 1, in: .list(.direction)), in: .list(.project))

    func run() {
      defer { runs.done() }
      var at = runs.start
      while let guess = candidate(from: at), !runs.isCancelled {
        var d = RoadmapFastDecoder(buf)
        d.keepTexts = keepTexts
        d.speculative = true
        d.textSinks = texts
        d.sinkBytes = buf.count - guess
        d.c.i = guess
        if let projects = try? d.projectRun(depth: Self.projectDepth, runs: runs) {
          runs.record(Run(
            start: guess, end: d.c.i, projects: projects, activityIndex: d.activityIndex,
            otherIDs: d.otherIDs, ownerTable: d.ownerTable, sink: d.sink))
          at = d.c.i
        } else {
          at = guess + 1
        }
      }
    }

    /// The next `{` from `at` on whose previous byte other than white space is `,` or `[`.
    func candidate(from at: Int) -> Int? {
      var k = at
      while k < buf.count {
        if buf[k] == 0x7B {
          var j = k - 1
          while j > 0 && (buf[j] == 0x20 || buf[j] == 0x0A || buf[j] == 0x0D || buf[j] == 0x09) { j -= 1 }
          if j >= 0 && (buf[j] == 0x2C || buf[j] == 0x5B) { return k }
        }
        k += 1
      }
      return nil
    }
  }
}

extension RoadmapFastDecoder {
  /// The second decoder's reading: projects from here to the end of their list.
  mutating func projectRun(depth: Int, runs: ProjectRuns) throws(Bail) -> [Project] {
    activityIndex.reserveCapacity((c.buf.count - c.i) / 400)
    var out: [Project] = []
    repeat {
      if runs.isCancelled { throw Bail() }
      out.append(try project(direction: 0, index: out.count, depth: depth))
    } while try more(0x5D)
    return out
  }

  /// Takes over a run the second decoder read, as the `base`th and later projects of
  /// direction `direction`: every id it holds checked against all read so far (the
  /// file's ids are unique, whichever core read them), owners entered in this decoder's
  /// table in file order, locations renumbered; then reading goes on past the list.
  mutating func adopt(_ run: ProjectRuns.Run, direction: Int, base: Int) throws(Bail) -> [Project] {
    var run = run
    for id in run.otherIDs {
      guard activityIndex[id] == nil, otherIDs.insert(id).inserted else { throw Bail() }
    }
    for (id, at) in run.activityIndex {
      guard !otherIDs.contains(id) else { throw Bail() }
      let location = ActivityLocation(direction: direction, project: base + at.project, activity: at.activity)
      guard activityIndex.updateValue(location, forKey: id) == nil else { throw Bail() }
    }
    var projects = run.projects
    run.projects = []
    if !run.ownerTable.isEmpty {
      let slots = run.ownerTable.map { slotted($0).1 }
      for p in projects.indices {
        for a in projects[p].activities.indices where projects[p].activities[a].ownerSlot >= 0 {
          projects[p].activities[a].ownerSlot = slots[Int(projects[p].activities[a].ownerSlot)]
        }
      }
    }
    // The run's titles take their place in file order, after those read here so far.
    if let textSinks {
      textSinks.append(sink)
      textSinks.append(run.sink)
      sink = nil
    }
    c.i = run.end
    runsTaken += 1
    return projects
  }
}
