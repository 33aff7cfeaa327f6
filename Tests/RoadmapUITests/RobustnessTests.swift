import RoadmapKit
import Testing

@testable import RoadmapUI

@Suite struct RobustnessTests {
  /// Every screen and window of the dashboard, reached by keys.
  static let journeys: [[Key]] = [
    [], [.character("1")], [.character("2"), .enter], [.character("2"), .enter, .enter],
    [.character("a")], [.character("a"), .enter], [.character("/"), .character("а")],
    [.character("?")], [.character("o")], [.character("f"), .character("3"), .enter],
  ]

  @Test(arguments: [(0, 0), (1, 1), (2, 1), (39, 11), (40, 12), (41, 13), (200, 3), (3, 200)])
  func everyScreenDrawsAtAnySize(size: (Int, Int)) throws {
    for keys in Self.journeys {
      var d = try regionDashboard(width: size.0, height: size.1)
      for k in keys { _ = d.handle(.key(k)) }
      let g = d.grid()
      #expect(g.width == size.0 && g.height == size.1)
      #expect(!hasUnsafeScalar(g))
      #expect(wideCellsAreWhole(g))
      // Resizing afterwards to any other size works as well.
      _ = d.handle(.resize(width: size.1, height: size.0))
      _ = d.grid()
    }
  }

  @Test func belowTheMinimumSizeTheScreenSaysSoInTheUILanguage() throws {
    var d = try regionDashboard(width: 39, height: 12)
    #expect(d.grid().plainText.contains("Терминал тым кішкентай"))
    d.press(.character("L"))
    #expect(d.grid().plainText.contains("Терминал слишком мал"))
    _ = d.handle(.resize(width: 40, height: 12))
    #expect(!d.grid().plainText.contains("Терминал"))
  }

  @Test func widgetsDrawIntoEmptyAndTinyRectangles() throws {
    let p = Painter(theme: Theme(asciiOnly: false, colors: true), language: .kk)
    let indicator = try regionRoadmap().roadmap.directions[0].projects[2].indicators[0]
    for (w, h) in [(0, 0), (1, 1), (2, 2), (3, 1)] {
      var g = Grid(width: w, height: h)
      let r = g.bounds
      p.stackedBar(StatusCounts(done: 60, inProgress: 52, pending: 10), in: r, into: &g)
      p.gauge(indicator, in: r, into: &g)
      p.box(r, title: "Ауыл аманаты", focused: true, into: &g)
      p.text("Ұлттық мұра", in: r, into: &g)
      p.rightText("1 710", in: r, into: &g)
      p.pieces(p.countsLine(StatusCounts(done: 1, inProgress: 1, pending: 1)), in: r, into: &g)
      p.highlight(row: 0, of: r, role: .selected, into: &g)
      g.fill(Rect(x: -5, y: -5, width: 100, height: 100), "x")
      #expect(g.cells.count == w * h)
    }
    var g = Grid(width: 10, height: 3)
    p.text("abc", in: Rect(x: 8, y: 2, width: 10, height: 10), into: &g)
    #expect(g.rowText(2) == "        ab")
  }

  @Test func stackedBarsSplitTheWidthByLargestRemainder() {
    let p = Painter(theme: Theme(asciiOnly: true, colors: false), language: .en)
    var g = Grid(width: 40, height: 3)
    p.stackedBar(StatusCounts(done: 60, inProgress: 52, pending: 10), in: g.bounds.row(0), into: &g)
    #expect(g.rowText(0) == String(repeating: "#", count: 20) + String(repeating: "=", count: 17) + "...")
    p.stackedBar(StatusCounts(done: 1, inProgress: 0, pending: 99), in: Rect(x: 0, y: 1, width: 10, height: 1), into: &g)
    #expect(g.rowText(1).prefix(10) == "..........")
    p.stackedBar(StatusCounts(done: 1, inProgress: 1, pending: 1), in: Rect(x: 0, y: 2, width: 10, height: 1), into: &g)
    #expect(g.rowText(2).prefix(10) == "####===...")
  }

  @Test func hostileTitlesAreShownNeverObeyedAndStayInTheirPane() throws {
    let hostile = [
      "\\u001b[31mred", "\\u001b]52;c;aGVsbG8=\\u0007", "bell\\u0007", "csi\\u009b2J",
      "\\u202eevil", "a\\u200db", String(repeating: "Ә", count: 10_000),
    ]
    for title in hostile {
      var d = TestDashboard(try tinyRoadmap(title: "\"\(title)\""), options: DashboardOptions(today: snapshotDay))
      _ = d.handle(.resize(width: 80, height: 24))
      for keys: [Key] in [[], [.character("1")], [.character("1"), .enter], [.character("1"), .enter, .enter],
        [.character("/"), .character("a")], [.character("a"), .enter]] {
        var e = d
        for k in keys { _ = e.handle(.key(k)) }
        let g = e.grid()
        #expect(!hasUnsafeScalar(g), "\(title.prefix(20)) after \(keys)")
        #expect(wideCellsAreWhole(g))
      }
    }
    // The escape byte is replaced by U+FFFD, the rest of the title shown as is.
    var d = TestDashboard(try tinyRoadmap(title: "\"\\u001b[31mred\""), options: DashboardOptions(today: snapshotDay))
    _ = d.handle(.resize(width: 80, height: 24))
    d.press(.character("1"), .enter)
    #expect(d.grid().plainText.contains("\u{FFFD}[31mred"))
    // A 10,000-letter title is cut with an ellipsis inside the project list's row.
    var long = TestDashboard(try tinyRoadmap(title: "\"\(String(repeating: "Ә", count: 10_000))\""),
      options: DashboardOptions(today: snapshotDay))
    _ = long.handle(.resize(width: 80, height: 24))
    long.press(.character("1"), .enter)
    let row = long.grid().plainText.split(separator: "\n").first { $0.hasPrefix("✓ ӘӘ") }
    #expect(row?.contains("…") == true)
    #expect(row.map { DisplayWidth.of($0) <= 80 } == true)
  }

  @Test func asciiOnlyDrawsNothingButASCII() throws {
    for keys: [Key] in [[], [.character("2"), .enter], [.character("a")], [.character("?")], [.character("o")]] {
      var d = try regionDashboard(width: 100, height: 30, asciiOnly: true)
      for k in keys { _ = d.handle(.key(k)) }
      let g = d.grid()
      #expect(g.cells.allSatisfy { $0.character.isASCII }, "\(keys)")
    }
  }

  @Test func monochromeUsesNoColour() throws {
    for keys: [Key] in [[], [.character("2"), .enter], [.character("a")], [.character("?")]] {
      var d = try regionDashboard(colors: false)
      for k in keys { _ = d.handle(.key(k)) }
      let g = d.grid()
      #expect(g.cells.allSatisfy { $0.style.foreground == .standard && $0.style.background == .standard })
    }
  }
}

@Suite struct EdgeCaseTests {
  @Test func aRoadmapWithoutDirectionsStillDrawsAndTakesEveryKey() throws {
    let json = """
      {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
       "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30", "directions": []}
      """
    var d = TestDashboard(try RoadmapLoader.decode(Array(json.utf8)), options: DashboardOptions(today: snapshotDay))
    _ = d.handle(.resize(width: 80, height: 24))
    let keys: [Key] = [.down, .up, .tab, .backTab, .enter, .escape, .character("1"), .character("a"),
      .enter, .character("/"), .character("x"), .enter, .character("n"), .character("f"),
      .character("o"), .enter, .character("?"), .escape, .pageDown, .end, .home]
    for k in keys {
      _ = d.handle(.key(k))
      _ = d.grid()
    }
    #expect(d.state.current.screen == .agencies)
    // A filter is on (f, o): the empty lists say that nothing passes it.
    #expect(d.grid().plainText.contains("Сүзгіге сәйкес келетін іс-шара жоқ"))
    d.press(.escape)
    #expect(d.grid().plainText.contains("Сүзгіге сәйкес келетін іс-шара жоқ"))
  }

  @Test func theActivityScreenWrapsLongTitlesAndScrolls() throws {
    let long = String(repeating: "Ауыл аманаты ", count: 400)
    var d = TestDashboard(try tinyRoadmap(title: "\"\(long)\""), options: DashboardOptions(today: snapshotDay))
    _ = d.handle(.resize(width: 50, height: 20))
    d.press(.character("1"), .enter, .enter)
    let first = d.grid()
    #expect(first.rowText(3).hasPrefix("  Ауыл аманаты"))
    for y in 0..<first.height { #expect(DisplayWidth.of(first.rowText(y)) <= 50) }
    d.press(.character("j"), .character("j"))
    #expect(d.state.current.scroll == 2)
    d.press(.character("G"))
    let last = d.grid()
    #expect(last.plainText.contains("Коды"))
    d.press(.character("g"))
    #expect(d.state.current.scroll == 0)
  }

  @Test func clickingAPaneFocusesItAndDoubleClickOpensIt() throws {
    var d = try regionDashboard(width: 120, height: 40)
    let panes = Layout.overviewPanes(d.state)
    let frames = Layout.paneFrames(d.state).frames
    let target = frames[3]
    _ = d.handle(.mouse(MouseEvent(kind: .click, x: panes.x + target.x + 3, y: panes.y + target.y + 2)))
    #expect(d.state.current.selection == 3)
    _ = d.handle(.mouse(MouseEvent(kind: .doubleClick, x: panes.x + frames[1].x + 3, y: panes.y + frames[1].y + 1)))
    #expect(d.state.current.screen == .direction(1))
  }
}

@Suite struct ReloadTests {
  @Test func aReloadKeepsThePlaceWhereItStillExists() throws {
    var d = try regionDashboard()
    d.press(.character("2"), .enter, .down)
    let before = d.state.stack
    d.receive(.reloaded(try regionRoadmap(), changedIDs: []))
    #expect(d.state.stack == before)
    // The region's roadmap has a meeting: its history is read again for the change marks.
    #expect(d.takeEffects() == [.loadHistory])
    // A roadmap with a single project: the drill-down falls back to what still exists.
    d.receive(.reloaded(try tinyRoadmap(title: "\"x\""), changedIDs: []))
    #expect(d.state.stack.map(\.screen) == [.overview])
    #expect(d.state.current.selection == 0)
    #expect(d.takeEffects().isEmpty)
    _ = d.grid()
  }

  @Test func theOwnerFilterFollowsItsOwnerAcrossAReload() throws {
    var d = try regionDashboard()
    d.press(.character("o"), .down, .down, .enter)
    let owner = d.state.digest.owners[1].owner
    #expect(d.state.ownerFilter == Agency(owner))
    // Someone finishes that agency's first activity: the list re-sorts, the filter stays.
    var loaded = try regionRoadmap()
    let first = d.state.digest.owners[1].activities[0]
    let id = loaded.roadmap[first].id
    _ = try loaded.roadmap.set(.status, of: id, to: .status(.done))
    d.receive(.reloaded(loaded, changedIDs: [id]))
    #expect(d.state.ownerFilter == Agency(owner))
    #expect(d.state.rowCount() > 0)
  }
}
