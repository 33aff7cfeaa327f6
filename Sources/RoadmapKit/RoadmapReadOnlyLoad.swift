#if canImport(Glibc)
  import Glibc
#endif

/// Loads for the commands that read a roadmap and never save it.
extension RoadmapLoader {
  /// Reads and validates the file at `path` as `load` does (the same problems, places
  /// and warnings), for a command that needs its figures only (`summary`, `validate`):
  /// counts, statuses, due dates, indicators, the titles of the roadmap, its directions
  /// and projects.
  ///
  /// Activities' titles, owners and notes are checked as thoroughly but not kept (each
  /// title an empty text, no owner, no note): at a million activities that is a million
  /// strings these commands never look at. Like `loadForReading`, it keeps no source
  /// bytes: never show or save what this returns.
  public static func loadFigures(path: String) throws(RoadmapLoadError) -> LoadedRoadmap {
    try readOnly(path: path, keepTexts: false)
  }

  /// Reads and validates the file at `path` as `load` does, every text kept, for a
  /// command that reads it and never saves it (`export`).
  ///
  /// The file is mapped (`MappedFile`), not copied into memory, and the roadmap keeps no
  /// source bytes (`sourceBytes` and `Roadmap.source` are empty): it cannot be saved.
  public static func loadForReading(path: String) throws(RoadmapLoadError) -> LoadedRoadmap {
    try readOnly(path: path, keepTexts: true)
  }

  /// The mapped read; any file that cannot be mapped, holds a problem or a warning (whose
  /// places need the bytes), or shrinks while mapped goes the ordinary way.
  static func readOnly(path: String, keepTexts: Bool) throws(RoadmapLoadError) -> LoadedRoadmap {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    var st = stat()
    if fd >= 0, fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG,
      let map = MappedFile(fd: fd, size: Int(st.st_size))
    {
      close(fd)
      let (fast, shrank) = map.reading { buf -> Roadmap? in
        var decoder = RoadmapFastDecoder(buf)
        decoder.keepTexts = keepTexts
        return try? decoder.document(source: [])
      }
      if !shrank, let fast, !dueOutsidePeriod(fast) {
        return LoadedRoadmap(roadmap: fast, warnings: [], sourceBytes: [])
      }
      if !shrank {
        let (bytes, shrankAgain) = map.reading { Array($0) }
        if !shrankAgain { return try decode(bytes, file: path, progress: nil, keepTexts: keepTexts) }
      }
    } else if fd >= 0 {
      close(fd)
    }
    return try decode(try readFile(path), file: path, progress: nil, keepTexts: keepTexts)
  }
}
