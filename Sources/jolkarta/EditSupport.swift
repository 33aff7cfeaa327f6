import ArgumentParser
import RoadmapUI
import RoadmapKit

/// `--author`, for every command that changes the roadmap.
struct AuthorOption: ParsableArguments {
  @Option(help: HelpText.authorOption.help)
  var author: String?
}

/// Saves changes through the store, or says why not and exits 1: what `set-status` and
/// every editing command do.
///
/// The file is locked and read again, the changes applied on top of what is on disk now
/// (so concurrent writers all land), the history lines appended with the author, and the
/// result written atomically.
func commitChanges(_ changes: [Change], to file: String, author: String?) throws
  -> RoadmapStore.CommitResult
{
  do {
    return try RoadmapStore(path: file).commit(changes, author: resolveAuthor(author))
  } catch {
    throw failure(CLIWords.saveFailed(error, file: file))
  }
}

/// A runtime failure: the message goes to standard error, the command exits 1.
func failure(_ message: String) -> ExitCode {
  printError(message)
  return ExitCode(1)
}

/// What an id names, as messages call it.
enum ThingKind: CaseIterable {
  case roadmap, direction, project, activity, indicator, meeting

  /// The kind of a thing.
  init(_ thing: Thing) {
    switch thing {
    case .roadmap: self = .roadmap
    case .direction: self = .direction
    case .project: self = .project
    case .activity: self = .activity
    case .indicator: self = .indicator
    case .meeting: self = .meeting
    }
  }

  /// "a direction", "an indicator", in the command line's language (`said`).
  var name: String { said.text }
}

/// A roadmap opened by an editing command, and the steps every such command takes
/// around its one change: find the thing, check and save the change.
struct RoadmapEdit {
  /// The file as given on the command line, as messages name it.
  let file: String
  /// The roadmap as read (outside the lock: the save reads it again under it).
  let roadmap: Roadmap

  /// Loads `file`, or prints every problem and exits 1.
  init(file: String) throws {
    self.file = file
    roadmap = try RoadmapFileArgument.load(file).roadmap
  }

  /// What `id` names; an unknown id ends the command with the nearest of `candidates`.
  func thing(_ id: String, nearest candidates: @autoclosure () -> [String]) throws -> Thing {
    if let found = roadmap.thing(id) { return found }
    throw failure(
      EditMessage.noSuchID(file, id, nearest: Suggestions.nearest(to: id, among: candidates())))
  }

  /// What `id` names when it is of `kind`; anything else ends the command, naming what
  /// it is instead.
  func thing(_ id: String, of kind: ThingKind) throws -> Thing {
    let found = try thing(id, nearest: roadmap.ids(of: [kind]))
    guard ThingKind(found) == kind else {
      throw failure(EditMessage.wrongKind(file, id, is: ThingKind(found), expected: kind.name))
    }
    return found
  }

  /// Checks that the model takes `change`, saves it, and returns it as written (its
  /// `old` as it was on disk); nil when the disk held the new value already.
  func save(_ change: Change, author: String?) throws -> Change? {
    var check = roadmap
    do { try check.apply(change) } catch { throw failure(EditMessage.refused(file, error)) }
    let result = try commitChanges([change], to: file, author: author)
    if let written = result.written.first { return written }
    if !result.dropped.isEmpty { throw failure(EditMessage.goneOnDisk(file, change.id)) }
    return nil
  }

  /// An owner as typed: the file's own owner when the text is one of its translations (so
  /// its other translations are kept), else the text as given.
  func owner(_ text: String) -> LocalizedText {
    roadmap.owners.first { $0.translations.contains { $0.text == text } } ?? LocalizedText(text)
  }

  /// The id of the last activity of a project (nil when it has none): where an addition
  /// or a move goes.
  func lastActivity(of projectID: String) -> String? {
    roadmap.projectLocation(projectID).flatMap {
      roadmap.directions[$0.direction].projects[$0.project].activities.last?.id
    }
  }
}

extension Roadmap {
  /// Whether the thing `id` names has `field`.
  func has(_ field: Field, _ id: String) -> Bool {
    if case .some = value(of: field, id: id) { return true }
    return false
  }

  /// The ids of the things of these kinds, in file order: what "did you mean" picks from.
  func ids(of kinds: Set<ThingKind>) -> [String] {
    var out: [String] = []
    for d in directions {
      if kinds.contains(.direction) { out.append(d.id) }
      if kinds.contains(.indicator) { out += d.indicators.map(\.id) }
      for p in d.projects {
        if kinds.contains(.project) { out.append(p.id) }
        if kinds.contains(.indicator) { out += p.indicators.map(\.id) }
        if kinds.contains(.activity) { out += p.activities.map(\.id) }
      }
    }
    return out
  }
}

/// A text as given with `--lang` (that one translation), or plain without it.
func typedText(_ text: String, language: LanguageOption?) -> LocalizedText {
  guard let language else { return LocalizedText(text) }
  return LocalizedText(translations: [.init(language: language.rawValue, text: text)])
}
