/// Roadmaps compare by what they hold and the bytes they stand for, so that the UI's
/// state can be compared in tests (TCA's `Equatable` state).
///
/// The bookkeeping of a lossless save (edited spans, shifts) is left out: two roadmaps
/// with the same content and source are equal however they got there.
extension Roadmap: Equatable {
  /// Whether both hold the same metadata, tree and source bytes.
  public static func == (a: Roadmap, b: Roadmap) -> Bool {
    a.title == b.title && a.region == b.region && a.program == b.program
      && a.period == b.period && a.asOf == b.asOf && a.directions == b.directions
      && a.meetings == b.meetings && a.source == b.source
  }
}

extension LoadedRoadmap: Equatable {
  /// Whether both loads gave the same roadmap, warnings and bytes.
  public static func == (a: LoadedRoadmap, b: LoadedRoadmap) -> Bool {
    a.roadmap == b.roadmap && a.warnings == b.warnings && a.sourceBytes == b.sourceBytes
  }
}
