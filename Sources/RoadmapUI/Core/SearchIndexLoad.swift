import RoadmapKit

extension SearchIndex {
  /// Loads the roadmap at `path` (`RoadmapLoader.load`) with its search index, each
  /// activity's entry written as the loader reads it, on the core that reads it.
  ///
  /// Built after the load instead, the index of a million activities cost about 0.3 s
  /// of both cores, most of it in going back to a million strings no longer in the cache
  /// and in filling fresh pages; a search typed at once after the first frame waited for
  /// it. The index is nil for a small file (`writtenFrom`), or if the entries written do
  /// not match the roadmap; the dashboard then builds it as before.
  public static func load(
    path: String, progress: LoadProgress? = nil
  ) throws(RoadmapLoadError) -> (loaded: LoadedRoadmap, index: SearchIndex?) {
    try decode(RoadmapLoader.readFile(path, progress: progress), file: path, progress: progress)
  }

  /// Files from this size on (about 20 000 activities, `SearchIndexing.inlineLimit`) get
  /// their index written as they are read. A smaller one's is built where its first
  /// search needs it, in a few milliseconds; written during the load it cost as much
  /// (`make bench` at 10 000 activities: the load 22.8 ms with it, 15.4 ms without).
  static let writtenFrom = 8 << 20

  /// `load` of a file's bytes (`RoadmapLoader.decode`); `file` names it in messages.
  public static func decode(
    _ bytes: [UInt8], file: String = "", progress: LoadProgress? = nil
  ) throws(RoadmapLoadError) -> (loaded: LoadedRoadmap, index: SearchIndex?) {
    guard bytes.count >= writtenFrom else {
      return (try RoadmapLoader.decode(bytes, file: file, progress: progress), nil)
    }
    let texts = ActivityTextSinks { bytes in EntriesSink(reserving: bytes) }
    let loaded = try RoadmapLoader.decode(bytes, file: file, progress: progress, texts: texts)
    let pieces = texts.pieces.compactMap { ($0 as? EntriesSink)?.entries }
    return (loaded, SearchIndex(loaded.roadmap, generation: 0, loaded: pieces))
  }
}

/// The entries of the activities one reading of the file hands on (`ActivityTextSinks`).
final class EntriesSink: ActivityTextSink {
  private(set) var entries = SearchEntries()

  /// A sink for a reading of at most `bytes` bytes of the file: the entries are about
  /// as long as the titles and ids they fold, a part of those bytes, and room reserved
  /// but never written takes no memory.
  init(reserving bytes: Int) {
    entries.reserve(entries: bytes / 256, bytes: bytes)
  }

  func add(title: LocalizedText, id: String) {
    SearchIndex.add(title, id, to: &entries)
  }
}
