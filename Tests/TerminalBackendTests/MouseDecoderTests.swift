import CNcursesW
import RoadmapUI
import Testing

@testable import TerminalBackend

/// ncurses mouse states become the core's mouse kinds; presses become (double) clicks.
struct MouseDecoderTests {
  @Test("clicks, presses, double clicks and the wheel; a release alone means nothing")
  func kinds() {
    #expect(MouseDecoder.kind(of: nc_button1_clicked()) == .click)
    #expect(MouseDecoder.kind(of: nc_button1_pressed()) == .click)
    #expect(MouseDecoder.kind(of: nc_button1_double_clicked()) == .doubleClick)
    #expect(MouseDecoder.kind(of: nc_button4_pressed()) == .wheelUp)
    #expect(MouseDecoder.kind(of: nc_button5_pressed()) == .wheelDown)
    #expect(MouseDecoder.kind(of: nc_button1_released()) == nil)
  }

  @Test("the mask asks for presses and the wheel, not for releases")
  func mask() {
    #expect(MouseDecoder.mask & nc_button1_pressed() != 0)
    #expect(MouseDecoder.mask & nc_button4_pressed() != 0)
    #expect(MouseDecoder.mask & nc_button5_pressed() != 0)
    #expect(MouseDecoder.mask & nc_button1_released() == 0)
  }

  @Test("a second click on the same cell within the interval is a double click")
  func doubleClick() {
    var t = ClickTracker(interval: 0.4)
    #expect(t.event(.click, x: 3, y: 4, time: 10).kind == .click)
    #expect(t.event(.click, x: 3, y: 4, time: 10.3) == MouseEvent(kind: .doubleClick, x: 3, y: 4))
    // A third click starts over.
    #expect(t.event(.click, x: 3, y: 4, time: 10.5).kind == .click)
  }

  @Test("too late, or on another cell: two clicks")
  func twoClicks() {
    var t = ClickTracker(interval: 0.4)
    _ = t.event(.click, x: 3, y: 4, time: 10)
    #expect(t.event(.click, x: 3, y: 4, time: 10.5).kind == .click)
    #expect(t.event(.click, x: 4, y: 4, time: 10.6).kind == .click)
    #expect(t.event(.click, x: 4, y: 5, time: 10.7).kind == .click)
  }

  @Test("the wheel passes through and does not count as a click")
  func wheel() {
    var t = ClickTracker()
    _ = t.event(.click, x: 1, y: 1, time: 1)
    #expect(t.event(.wheelDown, x: 1, y: 1, time: 1.1) == MouseEvent(kind: .wheelDown, x: 1, y: 1))
    #expect(t.event(.click, x: 1, y: 1, time: 1.2).kind == .doubleClick)
  }
}
