import RoadmapKit

/// How the national overview is started: language, terminal abilities, the date.
public struct NationalOptions: Sendable {
  /// The interface language; `L` cycles it.
  public var language: Language
  /// Draw only ASCII, for a terminal without a UTF-8 locale.
  public var asciiOnly: Bool
  /// Use colours; false for NO_COLOR or a monochrome terminal.
  public var colors: Bool
  /// The day overdue is counted against; nil for each region's own `as_of`.
  public var today: Day?

  /// Makes options; Kazakh, UTF-8, colours and each region's `as_of` unless given.
  public init(language: Language = .kk, asciiOnly: Bool = false, colors: Bool = true, today: Day? = nil) {
    self.language = language
    self.asciiOnly = asciiOnly
    self.colors = colors
    self.today = today
  }
}

/// What a national view shows: every region, the directions they share, or one of those
/// directions across the regions.
public enum NationalScreen: Hashable, Sendable {
  /// A row per region file, valid or not.
  case regions
  /// A row per direction two or more regions share.
  case sharedDirections
  /// A row per region that has the shared direction of this id.
  case direction(id: String)
}

/// One level of the national views: its screen, the row under the cursor (by its key, a
/// file's path or a direction's id, so that a re-read or a new sort keeps it) and the scroll.
public struct NationalLevel: Hashable, Sendable {
  /// The screen.
  public var screen: NationalScreen
  /// The key of the selected row; nil for the first.
  public var selected: String?
  /// The row last selected, for when the selected key has gone (its file was removed).
  public var lastIndex = 0
  /// The first row shown.
  public var scroll = 0

  /// A level of `screen` with its first row selected.
  public init(_ screen: NationalScreen) { self.screen = screen }
}

/// The state of the national views: the files as last read, their figures, where the user
/// is, and how rows are sorted. Pure: the session feeds it files and keys.
public struct NationalState: Sendable {
  /// The region files, as the watcher last read them, in file order.
  public private(set) var files: [RegionFile] = []
  /// Their figures (sums, ranking), computed once per change of the files.
  public private(set) var figures = NationalFigures([])
  /// The directions regions share, in the interface language.
  public private(set) var shared: [NationalFigures.SharedDirection] = []
  /// Each valid region's place in the national ranking (1: the best), by path.
  public private(set) var rank: [String: Int] = [:]
  /// The interface language.
  public var language: Language
  /// The look.
  public var theme: Theme
  /// The day overdue is counted against; nil for each region's own.
  public var today: Day?
  /// Terminal columns.
  public var width = 80
  /// Terminal rows.
  public var height = 24
  /// Where the user is; the first level is the regions.
  public var stack: [NationalLevel] = [NationalLevel(.regions)]
  /// The sort of the regions screen.
  public var regionSort = NationalSort(column: .rank)
  /// The sort of a direction across regions.
  public var directionSort = NationalSort(column: .rank)
  /// The key help is shown over the screen.
  public var helpShown = false
  /// The region file being opened in its dashboard (read off the UI thread), if any.
  public var opening: String?
  /// Why the last region could not be opened, until the next key.
  public var openProblem: String?
  /// Where the last sync of the folder through git left it (`jolkarta DIR --sync`); nil
  /// when the folder is not synced.
  public var sync: SyncState?
  /// The last click opened its row: the double click it starts does nothing more.
  var clickOpened = false
  /// The files have been read once (until then the session shows a progress bar).
  public private(set) var loaded = false
  /// Counts the sets of files taken, so that the rows are worked out again for each.
  private(set) var filesVersion = 0
  /// The rows and columns shown.
  var view = NationalView()

  /// An empty national view; `replaceFiles` brings the regions.
  public init(options: NationalOptions = NationalOptions()) {
    language = options.language
    theme = Theme(asciiOnly: options.asciiOnly, colors: options.colors)
    today = options.today
  }

  /// The level on screen.
  public var current: NationalLevel {
    get { stack[stack.count - 1] }
    set { stack[stack.count - 1] = newValue }
  }

  /// Takes the files as now read: figures, ranking and shared directions are computed
  /// again; the cursor stays on the row it was on.
  public mutating func replaceFiles(_ files: [RegionFile]) {
    self.files = files
    figures = NationalFigures(files, today: today)
    refreshShared()
    rank = [:]
    for (i, r) in figures.ranking.enumerated() { rank[r.path] = i + 1 }
    loaded = true
    filesVersion += 1
    // A direction no longer shared (its file removed) closes its screen.
    if case .direction(let id) = current.screen, !shared.contains(where: { $0.id == id }) {
      stack.removeLast()
    }
    refreshView()
  }

  /// Shows everything in `language` from now on (the one a region's dashboard was left in).
  public mutating func switchLanguage(to language: Language) {
    guard language != self.language else { return }
    self.language = language
    refreshShared()
    refreshView()
  }

  /// The shared directions are matched by title in the interface language: again when it changes.
  mutating func refreshShared() {
    shared = figures.sharedDirections(language: language.rawValue)
  }

  /// The valid region of `file` (its name), if any.
  func region(file: String) -> RegionFigures? {
    figures.regions.first { $0.file == file }
  }

  /// A path's last part, the file's name.
  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// The painter for the current language and look.
  var painter: Painter { Painter(theme: theme, language: language) }

  /// The key context of what is on screen.
  public var keyContext: KeyContext {
    if helpShown { return .help }
    switch current.screen {
    case .regions: return .national
    case .sharedDirections: return .nationalDirections
    case .direction: return .nationalDirection
    }
  }
}
