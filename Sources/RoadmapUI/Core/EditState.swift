import RoadmapKit

/// One line of the status line: a catalogue message, its arguments and how it looks.
///
/// Kept as a message rather than a string so that `L` shows it in the new language.
public struct Notice: Hashable, Sendable {
  /// How the line is drawn.
  public enum Kind: Hashable, Sendable {
    /// Something went well: "saved".
    case info
    /// Something to know about: the file on disk is broken, edits are refused.
    case warning
    /// A save failed; the changes are kept in memory.
    case error
  }
  /// What to say.
  public var message: Message
  /// The `{}` arguments, in order.
  public var arguments: [String]
  /// The count of a counted message (its `{n}`), which picks the plural form.
  public var count: Int?
  /// How it looks.
  public var kind: Kind
  /// The model's failure the message words (its first `{}`), put in the language when
  /// the notice is shown, so `L` changes it too.
  public var reason: Reason?

  /// A failure of the model, with its places and without words.
  public enum Reason: Hashable, Sendable {
    /// A save failed.
    case save(SaveReason)
    /// The file may not be written.
    case readOnly(ReadOnlyReason)
    /// The file on disk cannot be read or is not a valid roadmap.
    case problem(Problem)
    /// What the recovery of an interrupted save did at start.
    case recovery(RecoveryNote)

    /// In `language`.
    public func words(_ language: Language) -> String {
      switch self {
      case .save(let r): return SaveFailure.words(r, language)
      case .readOnly(let r): return SaveFailure.words(r, language)
      case .problem(let p): return ProblemWords.line(p, language)
      case .recovery(let note): return RecoveryWords.said(note, language)
      }
    }
  }

  /// Makes a notice.
  public init(
    _ message: Message, _ arguments: [String] = [], count: Int? = nil, kind: Kind = .info,
    reason: Reason? = nil
  ) {
    self.message = message
    self.arguments = arguments
    self.count = count
    self.kind = kind
    self.reason = reason
  }

  /// What the notice says in `language`.
  public func text(_ language: Language) -> String {
    let arguments = (reason.map { [$0.words(language)] } ?? []) + self.arguments
    guard let count else { return Catalogue.format(message, language, arguments) }
    return Catalogue.counted(message, count, language, arguments)
  }
}

/// What a line editor on the status line is asking for.
public enum LinePurpose: Hashable, Sendable {
  /// The note of these activities (by id): the cursor's, or every marked one.
  case note([String])
  /// The due date of these activities (by id).
  case due([String])
  /// A path to save a copy to, after a failed save.
  case savePath
  /// The year whose due dates are carried over.
  case carryOverYear
  /// The title of a new activity of this project (by id): the first step of adding one.
  case newActivityTitle(project: String)
  /// The due date of the new activity (may be left empty): the last step.
  case newActivityDue(NewActivity)
  /// The title of a new project of this direction (by id).
  case newProjectTitle(direction: String)
}

/// An activity being added, step by step: title, then agency, then due date.
public struct NewActivity: Hashable, Sendable {
  /// The project it goes into, at the end.
  public var project: String
  /// Its title, as it will be stored.
  public var title: LocalizedText
  /// Its agency, once chosen.
  public var owner: LocalizedText?
}

/// One activity carried over: its due date before and after.
public struct CarryOverItem: Hashable, Sendable {
  /// The activity's id.
  public var id: String
  /// The due date now.
  public var old: Day
  /// The same day next year.
  public var new: Day
}

/// The owner picker of `O`: every owner of the file, narrowed by what is typed.
public struct OwnerChoice: Hashable, Sendable {
  /// The activities whose owner is set.
  public var ids: [String]
  /// Every owner in the file, in order of first appearance.
  public var owners: [LocalizedText]
  /// What is typed to narrow the list.
  public var filter = LineEditor()
  /// The selected row of the narrowed list.
  public var selection = 0
  /// The activity being added, when the picker is its agency step: then a name typed that
  /// is not in the list is offered as a new agency, on the last row.
  public var draft: NewActivity?

  /// The owners whose name contains the filter, in any language.
  public var matches: [LocalizedText] {
    let needle = filter.text
    return needle.isEmpty ? owners : owners.filter { $0.contains(needle) }
  }

  /// The name typed, offered as a new agency: only while adding an activity, and only when
  /// no agency of the file has exactly that name.
  public var typedNew: String? {
    let typed = filter.text.trimmingSpaces
    guard draft != nil, !typed.isEmpty,
      !owners.contains(where: { $0.translations.contains { $0.text == typed } })
    else { return nil }
    return typed
  }

  /// Rows of the picker: the matches, then the new agency typed, if any.
  public var rowCount: Int { matches.count + (typedNew == nil ? 0 : 1) }
}

/// A small form of line editors over the dashboard: an indicator's two figures, or a
/// title with one field per language.
public struct FormPrompt: Hashable, Sendable {
  /// What the form edits.
  public enum Purpose: Hashable, Sendable {
    /// The `actual` and `plan` of the indicator with this id.
    case figures(String)
    /// The title of the direction, project, indicator or activity with this id.
    case title(String)
    /// A meeting being recorded: date, chair, reporter, speakers, decision, carry-over.
    case meeting
  }
  /// One field: what it holds and its editor.
  public struct Entry: Hashable, Sendable {
    /// `actual`, `plan`, or a language code (`kk`, `ru`, `en`).
    public var name: String
    /// The text typed.
    public var editor: LineEditor
  }
  /// What the form edits.
  public var purpose: Purpose
  /// The fields, in order.
  public var fields: [Entry]
  /// The field being edited.
  public var focus: Int
  /// The values when the form opened: a different value found at Enter means someone
  /// else saved the field meanwhile, and the conflict question asks.
  public var base: [Field: FieldValue?]

  /// The id of the thing edited.
  public var id: String {
    switch purpose {
    case .figures(let id), .title(let id): return id
    case .meeting: return ""
    }
  }
}

/// The projects an activity can be moved to, narrowed by what is typed.
public struct ProjectChoice: Hashable, Sendable {
  /// One project of the list.
  public struct Option: Hashable, Sendable {
    /// Its direction's index.
    public var direction: Int
    /// Its id.
    public var id: String
    /// Its title.
    public var title: LocalizedText
  }
  /// The activity moved (by id).
  public var id: String
  /// Every project of the roadmap, in file order (so grouped by direction).
  public var projects: [Option]
  /// What is typed to narrow the list.
  public var filter = LineEditor()
  /// The selected project of the narrowed list.
  public var selection = 0

  /// The projects whose title (in any language) or id contains the filter.
  public var matches: [Option] {
    let needle = filter.text
    guard !needle.isEmpty else { return projects }
    return projects.filter { $0.title.contains(needle) || $0.id.contains(needle) }
  }
}

/// A question or editor open over the dashboard while editing.
public enum Prompt: Hashable, Sendable {
  /// A line editor on the status line.
  case line(LinePurpose, LineEditor)
  /// The owner picker.
  case owner(OwnerChoice)
  /// The list of due dates a carry-over would move, waiting for confirmation.
  case carryOver(year: Int, items: [CarryOverItem], scroll: Int)
  /// The first of `EditState.conflicts`: keep yours or theirs.
  case conflict
  /// A status key pressed with rows marked: says how many will change, waits for y.
  case bulkStatus(Status, ids: [String])
  /// `q` with edits not on disk: save a copy elsewhere, discard them, or stay.
  case quit
  /// Edits a previous run left in the recovery file: apply them again, discard, or later.
  case recovery(RecoveredEdits)
  /// The figures or a title being edited in a form.
  case form(FormPrompt)
  /// The project an activity moves to, being chosen.
  case projects(ProjectChoice)
  /// `X` on an activity (by id): removed once the user says y.
  case remove(String)
}

/// The list marks were made in: its screen and filters. Marks live only as long as it.
public struct MarkScope: Hashable, Sendable {
  /// The screen of the list.
  public var screen: Screen
  /// The status filter in force.
  public var statusFilter: Status?
  /// The agency filter in force.
  public var ownerFilter: Agency?
  /// Whether the overdue filter is in force.
  public var overdueFilter = false
}

/// Everything about editing that is not the roadmap itself: undo, saving, prompts, marks.
public struct EditState: Sendable, Equatable {
  /// Groups of changes that can be undone, oldest first; one group per user action.
  public var undo: [[Change]] = []
  /// Groups undone that can be redone, the next one last.
  public var redo: [[Change]] = []
  /// The changes of the save under way (empty when none): one save at a time, so each
  /// starts from the bytes the last one wrote.
  public var inFlight: [Change] = []
  /// Changes made while a save was under way, in order: sent when it lands.
  public var queued: [Change] = []
  /// Changes whose save failed: kept in the roadmap and sent again with the next save.
  public var unsaved: [Change] = []
  /// Ids of the marked rows.
  public var marks: Set<String> = []
  /// The list the marks belong to; leaving it clears them.
  public var markScope: MarkScope?
  /// What the status line says.
  public var notice: Notice?
  /// The notice stays until the next key (what `u` undid), whatever else reports meanwhile.
  public var noticeHeld = false
  /// Who holds the lock the save under way waits for, while it waits.
  public var lockHolder: String?
  /// `q` was pressed while a save was under way: quit once everything is on disk.
  public var quitWhenSaved = false
  /// The quit question chose "save a copy": quit once the copy is written.
  public var quitAfterCopy = false
  // national
  /// The quit flow under way was started by Esc in a region opened from the national
  /// overview: where it would quit, it goes back to the overview instead.
  public var leaving = false
  /// The values the open editor's fields had when it opened, by activity id: a different
  /// value found when it is confirmed means someone else changed it meanwhile.
  public var editorBase: [String: FieldValue?] = [:]
  /// Why the file on disk could not be read, while it cannot.
  public var diskProblem: Problem?
  /// The question or editor open, if any; opening one clears the last notice.
  public var prompt: Prompt? {
    didSet { if oldValue == nil, prompt != nil { notice = nil } }
  }
  /// Conflicts waiting for the user's answer, the one asked first.
  public var conflicts: [Conflict] = []
  /// Where the last sync through git left the roadmap; nil when the session does not sync.
  public var sync: SyncState?
  /// Ids changed by others, with the ticks left to show them highlighted.
  public var flashes: [String: Int] = [:]
  /// The history file's entries by activity id, oldest first.
  public var history: [String: [HistoryEntry]] = [:]
  /// Whether the history has been read at least once this session (an empty history
  /// read is not one never asked for): the trend view waits for it.
  public var historyLoaded = false
  /// Activities the history shows changed since the roadmap's last meeting: marked in
  /// the lists. Worked out when the history comes in (at open, after saves and reloads).
  public var changedSinceMeeting: Set<String> = []

  /// Ticks a row changed by someone else stays highlighted: 3 s at the session's 0.25 s.
  public static let flashTicks = 12

  /// Makes an empty edit state.
  public init() {}

  /// The context keys are read in while a prompt is open.
  var promptContext: KeyContext? {
    switch prompt {
    case .line: return .lineEditor
    case .owner: return .ownerEditor
    case .carryOver: return .carryOverPreview
    case .conflict: return .conflict
    case .bulkStatus: return .bulkConfirm
    case .quit: return .quitQuestion
    case .recovery: return .recoveryQuestion
    case .form: return .form
    case .projects: return .projectPicker
    case .remove: return .removeQuestion
    case nil: return nil
    }
  }

  /// Every change not on disk yet: the save under way, those queued, those that failed.
  public var pending: [Change] { inFlight + queued + unsaved }
}
