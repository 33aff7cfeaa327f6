import CNcursesW
import RoadmapUI

/// Hands out ncurses colour pairs for foreground/background combinations, one pair each.
///
/// ncurses draws colours only through numbered pairs set up with `init_pair`; at most
/// 9 × 9 combinations exist, so each is made the first time it is needed and then reused.
final class ColorPairs {
  private var pairs: [Int: Int16] = [:]
  private var nextPair: Int16 = 1
  private let enabled: Bool
  private let defaultColors: Bool

  /// `enabled` is false when colours are off; `defaultColors` whether `use_default_colors`
  /// worked, so that -1 means the terminal's own colours.
  init(enabled: Bool, defaultColors: Bool) {
    self.enabled = enabled
    self.defaultColors = defaultColors
  }

  /// The pair for this combination, 0 (the terminal's default) when colours are off or spent.
  func pair(foreground: TerminalColor, background: TerminalColor) -> Int16 {
    guard enabled, foreground != .standard || background != .standard else { return 0 }
    let key = (foreground.rawValue + 1) * 16 + (background.rawValue + 1)
    if let pair = pairs[key] { return pair }
    guard Int32(nextPair) < nc_color_pairs() else { return 0 }
    // Without default-colour support -1 is not a valid colour: fall back to white on black.
    let fallback = !defaultColors
    let fg = foreground == .standard && fallback ? Int16(COLOR_WHITE) : Int16(foreground.rawValue)
    let bg = background == .standard && fallback ? Int16(COLOR_BLACK) : Int16(background.rawValue)
    guard init_pair(nextPair, fg, bg) != ERR else { return 0 }
    pairs[key] = nextPair
    nextPair += 1
    return nextPair - 1
  }
}
