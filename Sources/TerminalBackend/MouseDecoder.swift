import CNcursesW
import RoadmapUI

/// Turns an ncurses mouse button state into the UI core's mouse kinds.
public enum MouseDecoder {
  /// The kind of mouse event in `state` (an `mmask_t`), or nil for one the UI ignores.
  ///
  /// A press counts as a click: the backend turns off ncurses' own click detection (see
  /// `mask`), so presses are what arrive; `ClickTracker` makes double clicks of them.
  public static func kind(of state: mmask_t) -> MouseEvent.Kind? {
    if state & nc_button1_double_clicked() != 0 { return .doubleClick }
    if state & (nc_button1_clicked() | nc_button1_pressed()) != 0 { return .click }
    if state & nc_button4_pressed() != 0 { return .wheelUp }
    if state & nc_button5_pressed() != 0 { return .wheelDown }
    return nil
  }

  /// The events to ask ncurses for: presses of the left button and the wheel.
  ///
  /// Used with `mouseinterval(0)`: ncurses' click detection waits after each press for a
  /// release and a second click, and a key typed during that wait made it drop the click
  /// (seen in tmux: click then Enter opened the old selection).
  static var mask: mmask_t {
    nc_button1_pressed() | nc_button1_clicked() | nc_button1_double_clicked()
      | nc_button4_pressed() | nc_button5_pressed()
  }
}

/// Tells a double click from two clicks: a second click on the same cell soon after.
public struct ClickTracker: Sendable {
  /// The longest time between the two clicks of a double click, in seconds.
  public var interval: Double
  private var last: (time: Double, x: Int, y: Int)?

  /// Makes a tracker; 0.4 s is about what desktop environments allow.
  public init(interval: Double = 0.4) {
    self.interval = interval
  }

  /// The event for a mouse action at `time` (seconds, any fixed origin).
  ///
  /// A click becomes a double click when the previous click was on the same cell no more
  /// than `interval` ago; a third click starts over. Other kinds pass through.
  public mutating func event(_ kind: MouseEvent.Kind, x: Int, y: Int, time: Double) -> MouseEvent {
    guard kind == .click else {
      if kind == .doubleClick { last = nil }
      return MouseEvent(kind: kind, x: x, y: y)
    }
    if let last, last.x == x, last.y == y, time - last.time <= interval, time >= last.time {
      self.last = nil
      return MouseEvent(kind: .doubleClick, x: x, y: y)
    }
    last = (time, x, y)
    return MouseEvent(kind: .click, x: x, y: y)
  }
}
