import CNcursesW
import RoadmapUI

#if canImport(Glibc)
  import Glibc
#endif

/// Waits for the next key, mouse action, resize or tick.
struct InputReader {
  private let window: UnsafeMutablePointer<WINDOW>
  private var nextTick: ContinuousClock.Instant?
  private let clock = ContinuousClock()
  private let start = ContinuousClock.now
  private var clicks = ClickTracker()

  init(window: UnsafeMutablePointer<WINDOW>) {
    self.window = window
  }

  /// Reads one event, or nil when what arrived means nothing to the app (read again).
  ///
  /// With a tick interval, the wait is bounded so that `.tick` comes on time even while
  /// keys keep arriving; without one, it waits for input as long as it takes.
  mutating func next(tickInterval: Double?, size: () -> (width: Int, height: Int)) -> Event? {
    if case let signal = SignalGuard.takePending(), signal != 0 { return .terminate(signal: signal) }
    let now = clock.now
    if let interval = tickInterval, interval > 0 {
      let period = Duration.milliseconds(max(10, Int64(interval * 1000)))
      let due = nextTick ?? now + period
      if due <= now {
        nextTick = now + period
        return .tick
      }
      nextTick = due
      let left = due - now
      let ms = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
      wtimeout(window, Int32(clamping: max(1, ms)))
    } else {
      // Never an endless wait: a signal noted just before it must still be seen.
      nextTick = nil
      wtimeout(window, 500)
    }
    var code: wint_t = 0
    let result = wget_wch(window, &code)
    if result == ERR {
      // A timeout, or a signal interrupted the wait; the deadline check above decides.
      let signal = SignalGuard.takePending()
      return signal != 0 ? .terminate(signal: signal) : nil
    }
    switch KeyDecoder.decode(UInt32(code), isFunctionKey: result == KEY_CODE_YES) {
    case .key(let key): return .key(key)
    case .resize:
      let s = size()
      return .resize(width: s.width, height: s.height)
    case .mouse: return readMouse()
    case .ignored: return nil
    }
  }

  private mutating func readMouse() -> Event? {
    var event = MEVENT()
    guard getmouse(&event) == OK, let kind = MouseDecoder.kind(of: event.bstate) else {
      return nil
    }
    let elapsed = (clock.now - start).components
    let time = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    return .mouse(clicks.event(kind, x: Int(event.x), y: Int(event.y), time: time))
  }
}
