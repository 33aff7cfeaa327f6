import RoadmapKit
import RoadmapUI
import Testing

/// What the pure core draws for the region's data after `events`, in a `width`×`height`
/// grid, as plain text (the first event is normally the initial `.resize`).
///
/// The end-to-end tests compare the real terminal with this, so "a correct frame" means
/// exactly the frame the UI core renders, cell for cell. The options are the ones
/// `jolkarta open --lang kk` picks in a colour terminal, unless given.
func expectedScreen(
  width: Int, height: Int, events: [Event]? = nil, language: Language = .kk,
  asciiOnly: Bool = false, readOnly: Bool = false
) throws -> String {
  let loaded = try RoadmapLoader.load(
    path: TmuxSession.packageRoot.appendingPathComponent("data/roadmap.json").path)
  var app = Dashboard(
    loaded,
    options: DashboardOptions(language: language, asciiOnly: asciiOnly, readOnly: readOnly))
  for event in events ?? [.resize(width: width, height: height)] { _ = app.update(Msg(event)) }
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
