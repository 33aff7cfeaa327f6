/// Receives each activity's title and id as the loader reads them, in file order.
///
/// What a front end makes of every title (the dashboard's search index) is then made
/// while the title's bytes are still in the cache, on the core that read them, instead
/// of in a pass over a million strings after the load.
public protocol ActivityTextSink: AnyObject {
  /// The next activity read: its title and id.
  func add(title: LocalizedText, id: String)
}

/// The sinks of one load, in the file order of the activities each received.
///
/// A large file is read by two cores (`ProjectRuns`): each reading gets a sink of its
/// own from `make`; those of the runs the main reading takes over are put in their place
/// in the order, those of guesses it never takes are dropped. So the activities the
/// pieces received, one after another, are the roadmap's in file order.
public final class ActivityTextSinks: @unchecked Sendable {
  /// A new sink for a reading that covers at most this many bytes of the file (a size to
  /// reserve: memory reserved and never written costs no page).
  let make: @Sendable (Int) -> ActivityTextSink
  /// The finished pieces, in file order; whole once the load has returned.
  public private(set) var pieces: [ActivityTextSink] = []

  /// Sinks made by `make`, one per reading of the file.
  public init(make: @escaping @Sendable (Int) -> ActivityTextSink) {
    self.make = make
  }

  /// The next piece in file order (the main decoder's thread only).
  func append(_ sink: ActivityTextSink?) {
    if let sink { pieces.append(sink) }
  }

  /// Forgets what a reading that failed had appended.
  func removeAll() { pieces.removeAll() }
}
