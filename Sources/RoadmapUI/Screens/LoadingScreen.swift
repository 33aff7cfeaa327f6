import RoadmapKit

/// The screen shown while a large roadmap loads: its name, a bar and how to cancel.
///
/// Drawn within the first frame, before the file is read, as VisiData paints its window
/// first and loads behind it, so a million-activity file never leaves a blank terminal.
public struct LoadingScreen: Sendable {
  /// The file being loaded, as given.
  public var fileName: String
  /// How far the load is, 0…1.
  public var fraction: Double
  /// Look and language.
  public var painter: Painter

  /// Makes the screen.
  public init(fileName: String, fraction: Double, theme: Theme, language: Language) {
    self.fileName = fileName
    self.fraction = fraction
    painter = Painter(theme: theme, language: language)
  }

  /// Draws it centred in `grid`; tiny grids get what fits.
  public func render(into grid: inout Grid) {
    let width = min(grid.width - 2, 60)
    guard width > 0, grid.height > 0 else { return }
    let top = max(0, grid.height / 2 - 2)
    let area = Rect(x: (grid.width - width) / 2, y: top, width: width, height: min(4, grid.height - top))
    painter.text(painter.word(.loadingFile, fileName), in: area, row: 0, role: .title, into: &grid)
    let percent = Int((max(0, min(1, fraction)) * 100).rounded(.down))
    let label = " \(percent)%"
    let barWidth = max(0, width - label.count)
    let filled = Int(Double(barWidth) * max(0, min(1, fraction)))
    let fill = painter.theme.barFill(.done)
    let empty = painter.theme.barFill(.pending)
    let bar = String(repeating: fill, count: filled) + String(repeating: empty, count: barWidth - filled)
    painter.text(bar + label, in: area, row: 1, role: .done, into: &grid)
    painter.text(painter.word(.loadingCancelHint), in: area, row: 3, role: .dim, into: &grid)
  }
}
