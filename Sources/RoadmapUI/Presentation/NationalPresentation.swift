import Foundation
import RoadmapKit

/// One slide of the national presentation.
public enum NationalSlide: Hashable, Sendable {
  /// The sums of every region: the four figures and the bar.
  case totals
  /// The ranking, one row per region with its bar and % done: page `page` (from 0) of `of`.
  case ranking(page: Int, of: Int)
  /// A region's own title slide, by its place in the ranking (from 0).
  case region(Int)
}

/// Full-screen slides of a folder of regions: the national totals, the ranking (paged
/// when more regions than fit), then each region's title slide, best first.
///
/// Pure like `Presentation`, and driven by the same key table (`PresentationKeys`): its
/// help overlay and every key are the presentation's, so the presenter learns one set.
public struct NationalPresentation: TerminalApp, Sendable {
  /// The figures shown.
  public private(set) var figures: NationalFigures
  /// The valid regions' roadmaps, in the ranking's order.
  public private(set) var regions: [Roadmap]
  /// How it was started.
  public let options: PresentationOptions
  /// The index of the slide shown.
  public private(set) var index = 0
  /// The screen is blanked (`b`) until the next key.
  public private(set) var blanked = false
  /// The key list is shown over the slide.
  public private(set) var showingHelp = false
  /// The terminal's size, from the last resize event.
  public private(set) var width = 80, height = 24
  /// The clock in the corner, `HH:MM`.
  public private(set) var clock: String
  var lastAdvance: Date

  /// The presentation of `files` (a folder's regions, read).
  public init(_ files: [RegionFile], options: PresentationOptions = .init()) {
    figures = NationalFigures(files, today: options.reference)
    let byPath = Dictionary(files.compactMap { f in f.roadmap.map { (f.path, $0) } }, uniquingKeysWith: { a, _ in a })
    regions = figures.ranking.compactMap { byPath[$0.path] }
    self.options = options
    let now = options.now()
    lastAdvance = now
    clock = Presentation.clockText(now, options.timeZone)
  }

  /// Replaces the files (one changed, arrived or went away), keeping the slide shown:
  /// the same region's slide when it is still there, else the same place in the deck.
  public mutating func replaceFiles(_ files: [RegionFile]) {
    let shown = current
    let shownPath: String? = if case .region(let k) = shown { figures.ranking[k].path } else { nil }
    figures = NationalFigures(files, today: options.reference)
    let byPath = Dictionary(files.compactMap { f in f.roadmap.map { (f.path, $0) } }, uniquingKeysWith: { a, _ in a })
    regions = figures.ranking.compactMap { byPath[$0.path] }
    let now = slides
    if let shownPath, let k = figures.ranking.firstIndex(where: { $0.path == shownPath }) {
      index = now.firstIndex(of: .region(k)) ?? index
    } else {
      index = now.firstIndex(of: shown) ?? min(index, now.count - 1)
    }
  }

  /// The slides at the current size, in order.
  public var slides: [NationalSlide] {
    let pages = NationalSlides.rankingPages(figures.regions.count, height: height)
    return [.totals] + (0..<pages).map { .ranking(page: $0, of: pages) } + regions.indices.map { .region($0) }
  }

  /// The slide shown.
  public var current: NationalSlide {
    let s = slides
    return s[min(index, s.count - 1)]
  }

  /// Takes one event; `.quit(status: 0)` on `q`/Esc.
  public mutating func handle(_ event: Event) -> AppOutcome {
    switch event {
    case .resize(let w, let h):
      let shown = current
      width = max(0, w)
      height = max(0, h)
      // The same region stays on screen when the ranking's pages change.
      index = slides.firstIndex(of: shown) ?? min(index, slides.count - 1)
    case .tick:
      let now = options.now()
      clock = Presentation.clockText(now, options.timeZone)
      if let interval = options.interval, !blanked, !showingHelp, now.timeIntervalSince(lastAdvance) >= interval {
        index = index + 1 < slides.count ? index + 1 : 0
        lastAdvance = now
      }
    case .key(let key):
      lastAdvance = options.now()
      if blanked {
        blanked = false
        return .keepRunning
      }
      if showingHelp, key != .character("q") {
        showingHelp = false
        return .keepRunning
      }
      guard let binding = PresentationKeys.binding(for: key) else { return .keepRunning }
      let count = slides.count
      switch binding.action {
      case .next: index = min(index + 1, count - 1)
      case .previous: index = max(index - 1, 0)
      case .first: index = 0
      case .last: index = count - 1
      case .jump:
        if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= count { index = n - 1 }
      case .blank: blanked = true
      case .toggleHelp: showingHelp.toggle()
      case .exit: return .quit(status: 0)
      }
    case .mouse:
      break
    case .terminate(let signal):
      return .quit(status: 128 + signal)
    }
    return .keepRunning
  }

  /// Draws the slide shown, at the grid's size.
  public func render(into grid: inout Grid) {
    var p = self
    p.width = grid.width
    p.height = grid.height
    p.index = min(index, p.slides.count - 1)
    NationalSlides.draw(p, into: &grid)
  }

  /// Ticks each second for the clock, or at the advance interval if that is shorter.
  public var tickInterval: Double? { min(options.interval ?? 1, 1) }
}
