import RoadmapKit
import RoadmapUI
import Testing

@testable import jolkarta

/// What the pure core draws for the region's data after `events`, as plain text.
///
/// The end-to-end tests compare the real terminal with this, so "a correct frame" means
/// exactly the frame the UI core renders for that size, cell for cell.
func expectedScreen(width: Int, height: Int, events: [Event] = []) throws -> String {
  let loaded = try RoadmapLoader.load(
    path: TmuxSession.packageRoot.appendingPathComponent("data/roadmap.json").path)
  var app = InterimDashboard(loaded: loaded, language: .kk)
  for event in events + [.resize(width: width, height: height)] { _ = app.handle(event) }
  var grid = Grid(width: width, height: height)
  app.render(into: &grid)
  return grid.plainText
}

/// Lines of `screen` that differ from `expected`, for a readable failure message.
func screenDiff(_ screen: String, _ expected: String) -> String {
  let a = screen.split(separator: "\n", omittingEmptySubsequences: false)
  let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for i in 0..<max(a.count, b.count) {
    let x = i < a.count ? String(a[i]) : "<none>"
    let y = i < b.count ? String(b[i]) : "<none>"
    if x != y { out.append("row \(i):\n  got      |\(x)|\n  expected |\(y)|") }
  }
  return out.joined(separator: "\n")
}
