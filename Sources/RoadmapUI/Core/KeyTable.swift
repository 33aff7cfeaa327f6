/// What the user asked for with a key: the actions of the dashboard.
public enum Action: Hashable, Sendable {
  /// Moving the selection by a row, or between panes on the overview.
  case moveUp, moveDown, moveLeft, moveRight, nextPane, previousPane
  /// Moving by a page, or to either end.
  case pageUp, pageDown, goTop, goBottom
  /// Drilling down, going back up, jumping to direction 1–4.
  case open, goBack, jumpToDirection
  /// The incremental search and its hits.
  case startSearch, nextHit, previousHit, submitSearch, cancelSearch, eraseQueryCharacter
  /// Filters, views, help, language and quitting.
  case cycleStatusFilter, toggleOverdueFilter, pickOwner, showAgencies, toggleHelp, quit
  case switchLanguage
  /// One direction's pane over the whole overview, or all four again.
  case togglePaneZoom
  /// Full-screen slides of the roadmap; `q`/Esc there comes back here.
  case present
  /// The progress over time, as a chart with the figures beside it.
  case showTrend
  // Editing.
  /// Status keys, the field editors, marks, carry-over, undo and saving again.
  case cycleStatus, setDone, setInProgress, setPending, editNote, editDue, editOwner, toggleMark
  case carryOver, undo, redo, retrySave, saveElsewhere
  /// The rest of the roadmap: figures, titles, activities and projects added, removed, moved.
  case editFigures, editTitle, addActivity, addProject, removeActivity, moveActivity, recordMeeting
  /// Between the fields of a form (the figures, the title's languages).
  case nextField, previousField
  /// Answers to a prompt, and the line editor's own keys.
  case confirm, cancelPrompt, keepMine, keepTheirs, focusResults
  case cursorLeft, cursorRight, cursorHome, cursorEnd, deleteBackward, deleteForward
  /// Leaving and waiting: stop waiting for a lock or a save, quit dropping unsaved edits,
  /// let the recovered edits go, draw the whole screen again.
  case stopWaiting, discardAndQuit, discardRecovery, repaint
  // national
  /// The national overview: the next column to sort by, the order reversed, the directions
  /// regions share; and, in a region opened from it, going back to it.
  case sortNext, sortReverse, showSharedDirections, leaveRegion
}

/// When a binding can act: the same predicate hides it from the footer and the help
/// and, when its key is pressed anyway, says why not (lazygit's `GetDisabledReason`).
public enum Requirement: Hashable, Sendable {
  /// Always.
  case always
  /// Edits are allowed (not read-only).
  case writable
  /// Edits are allowed and an activity is under the cursor, or rows are marked.
  case activity
  /// A row of a list of activities is under the cursor.
  case listRow
  /// Edits are allowed and the cursor is on an indicator.
  case indicatorRow
  /// Edits are allowed and the cursor is on something with a title: a direction, project,
  /// indicator or activity.
  case titled
  /// Edits are allowed and the cursor is on an activity (marks do not count).
  case cursorActivity
  /// Edits are allowed and there is something to undo.
  case undoStep
  /// Edits are allowed and there is something undone to do again.
  case redoStep
  /// A save failed and its edits wait in memory.
  case unsavedEdits
  /// A search found something to step through.
  case searchHits
  /// A save waits for the lock, or a quit waits for a save.
  case waiting
  // national
  /// The dashboard is a region opened from the national overview (Esc goes back to it).
  case embedded
}

extension Requirement {
  /// The words for when a key can act, for `jolkarta keys`.
  public var description: Message {
    switch self {
    case .always: return .whenAlways
    case .writable: return .whenWritable
    case .activity: return .whenActivity
    case .listRow: return .whenListRow
    case .indicatorRow: return .whenIndicator
    case .titled: return .whenTitled
    case .cursorActivity: return .whenCursorActivity
    case .undoStep: return .whenUndo
    case .redoStep: return .whenRedo
    case .unsavedEdits: return .whenUnsaved
    case .searchHits: return .whenHits
    case .waiting: return .whenWaiting
    case .embedded: return .whenEmbedded
    }
  }
}

/// Whether a binding can act now, and if not, why (nil: nothing worth saying).
public enum Availability: Hashable, Sendable {
  case available
  case unavailable(Message?)
}

/// Where keys are read: a screen, or a window over it.
public enum KeyContext: Hashable, Sendable, CaseIterable {
  /// The screens, the search being typed, and the two windows.
  case overview, direction, project, activity, agencies, agency, search, help, ownerPicker
  /// The progress over time.
  case trend
  // Editing.
  /// A line editor on the status line, the owner editor, the carry-over list, a conflict.
  case lineEditor, ownerEditor, carryOverPreview, conflict
  /// The questions: a status for the marked rows, quitting with unsaved edits, recovery.
  case bulkConfirm, quitQuestion, recoveryQuestion
  /// A form of several line editors (the figures, a title in each language), the list of
  /// projects an activity moves to, and the question before removing one.
  case form, projectPicker, removeQuestion
  /// The search results with the keys on the list (Tab), where the editing keys work.
  case searchList
  // national
  /// The national overview (a row per region), the directions regions share, and one of
  /// them across the regions.
  case national, nationalDirections, nationalDirection
}

/// One key binding: the keys, the action, its help text and where it applies.
///
/// The dispatch, the footer hint and the help overlay are all read from `KeyTable.all`,
/// so a key cannot work without being documented or be documented without working.
public struct KeyBinding: Hashable, Sendable {
  /// The keys that trigger it.
  public var keys: [Key]
  /// What they do.
  public var action: Action
  /// The help text.
  public var help: Message
  /// Where the binding applies.
  public var contexts: Set<KeyContext>
  /// Whether the one-line hint at the bottom shows it.
  public var inFooter: Bool
  /// A label replacing the generated one (e.g. `1-4`).
  public var label: String?
  /// When it can act.
  public var requires: Requirement
}

/// The one table of key bindings.
public enum KeyTable {
  static let screens: Set<KeyContext> = [.overview, .direction, .project, .activity, .agencies, .agency]
  static let lists: Set<KeyContext> = [.direction, .project, .activity, .agencies, .agency]
  static let inner: Set<KeyContext> = [.direction, .project, .activity, .agencies, .agency, .trend]
  /// The screens and the trend view: where the keys that need no row work.
  static let views: Set<KeyContext> = screens.union([.trend])

  static func bind(
    _ keys: [Key], _ action: Action, _ help: Message, _ contexts: Set<KeyContext>,
    footer: Bool = false, label: String? = nil, requires: Requirement = .always
  ) -> KeyBinding {
    KeyBinding(
      keys: keys, action: action, help: help, contexts: contexts, inFooter: footer, label: label,
      requires: requires)
  }

  /// Every context: Ctrl-L repaints wherever the user is.
  static let everywhere = Set(KeyContext.allCases)

  /// Every binding, in the order the help lists them.
  public static let all: [KeyBinding] = [
    // First, so that Esc stops a wait before it means "back".
    bind([.escape], .stopWaiting, .keyStopWaiting, views, footer: true, requires: .waiting),
    bind([.up, .character("k")], .moveUp, .keyUp, lists.union([.overview, .ownerPicker]), footer: true),
    bind([.down, .character("j")], .moveDown, .keyDown, lists.union([.overview, .ownerPicker]), footer: true),
    bind([.up], .moveUp, .keyUp, [.search]),
    bind([.down], .moveDown, .keyDown, [.search]),
    bind([.left, .character("h")], .moveLeft, .keyPreviousPane, [.overview]),
    bind([.right, .character("l")], .moveRight, .keyNextPane, [.overview]),
    bind([.tab], .nextPane, .keyNextPane, [.overview], footer: true),
    bind([.backTab], .previousPane, .keyPreviousPane, [.overview]),
    bind([.character("z")], .togglePaneZoom, .keyZoom, [.overview]),
    bind([.pageUp, .control("b")], .pageUp, .keyPageUp, lists.union([.search, .ownerPicker])),
    bind([.pageDown, .control("f")], .pageDown, .keyPageDown, lists.union([.search, .ownerPicker])),
    bind([.home, .character("g")], .goTop, .keyTop, lists.union([.overview, .ownerPicker])),
    bind([.end, .character("G")], .goBottom, .keyBottom, lists.union([.overview, .ownerPicker])),
    bind([.home], .goTop, .keyTop, [.search]),
    bind([.end], .goBottom, .keyBottom, [.search]),
    bind([.enter, .right, .character("l")], .open, .keyOpen, lists.subtracting([.activity]), footer: true),
    bind([.enter], .open, .keyOpen, [.overview], footer: true),
    bind([.enter], .open, .keyPick, [.ownerPicker], footer: true),
    bind([.escape, .backspace, .left, .character("h")], .goBack, .keyBack, inner, footer: true),
    bind([.character("1"), .character("2"), .character("3"), .character("4")], .jumpToDirection,
      .keyJump, screens, label: "1-4"),
    bind([.character("/")], .startSearch, .keySearch, screens, footer: true),
    bind([.character("n")], .nextHit, .keyNextHit, screens, requires: .searchHits),
    bind([.character("N")], .previousHit, .keyPreviousHit, screens, requires: .searchHits),
    bind([.enter], .submitSearch, .keySubmit, [.search], footer: true),
    bind([.backspace], .eraseQueryCharacter, .keyEditQuery, [.search]),
    bind([.escape], .cancelSearch, .keyCancel, [.search, .ownerPicker], footer: true),
    bind([.character("f")], .cycleStatusFilter, .keyStatusFilter, screens, footer: true),
    bind([.character("o")], .pickOwner, .keyOwnerFilter, screens),
    bind([.character("!")], .toggleOverdueFilter, .keyOverdueFilter, screens),
    bind([.character("a")], .showAgencies, .keyAgencies, screens, footer: true),
    bind([.character("T")], .showTrend, .keyTrend, screens, footer: true),
    // On the trend itself T closes it, as ? closes the help.
    bind([.character("T")], .goBack, .keyClose, [.trend]),
    bind([.character("L")], .switchLanguage, .keyLanguage, views),
    bind([.character("P")], .present, .keyPresent, views),
    bind([.character("?"), .function(1)], .toggleHelp, .keyHelp, views, footer: true),
    bind([.character("?"), .escape, .character("q")], .toggleHelp, .keyClose, [.help], footer: true),
    bind([.character("q")], .quit, .keyQuit, views, footer: true),
    bind([.control("l")], .repaint, .keyRepaint, everywhere),
  ] + editing + national

  // Editing.
  /// Where an activity can be edited: its screen and the lists of activities.
  static let editable: Set<KeyContext> = [.project, .agency, .activity, .searchList]

  /// The editing keys, in the order the help lists them.
  static let editing: [KeyBinding] = [
    bind([.tab], .focusResults, .keyFocusResults, [.search, .searchList], footer: true),
    bind([.up, .character("k")], .moveUp, .keyUp, [.searchList]),
    bind([.down, .character("j")], .moveDown, .keyDown, [.searchList]),
    bind([.pageUp], .pageUp, .keyPageUp, [.searchList]),
    bind([.pageDown], .pageDown, .keyPageDown, [.searchList]),
    bind([.home, .character("g")], .goTop, .keyTop, [.searchList]),
    bind([.end, .character("G")], .goBottom, .keyBottom, [.searchList]),
    bind([.enter], .submitSearch, .keySubmit, [.searchList], footer: true),
    bind([.escape], .cancelSearch, .keyCancel, [.searchList], footer: true),
    bind([.character(" ")], .cycleStatus, .keyCycleStatus, editable, footer: true, requires: .activity),
    bind([.character("d")], .setDone, .keySetDone, editable, requires: .activity),
    bind([.character("i")], .setInProgress, .keySetInProgress, editable, requires: .activity),
    bind([.character("p")], .setPending, .keySetPending, editable, requires: .activity),
    bind([.character("e")], .editNote, .keyEditNote, editable, requires: .activity),
    bind([.character("D")], .editDue, .keyEditDue, editable, requires: .activity),
    bind([.character("O")], .editOwner, .keyEditOwner, editable, requires: .activity),
    bind([.character("=")], .editFigures, .keyEditFigures, [.direction, .project], footer: true,
      requires: .indicatorRow),
    bind([.character("t")], .editTitle, .keyEditTitle, editable.union([.overview, .direction]),
      requires: .titled),
    bind([.character("A")], .addActivity, .keyAddActivity, [.project], requires: .writable),
    bind([.character("A")], .addProject, .keyAddProject, [.direction], requires: .writable),
    bind([.character("m")], .moveActivity, .keyMoveActivity, editable, requires: .cursorActivity),
    bind([.character("X"), .delete], .removeActivity, .keyRemoveActivity, editable,
      requires: .cursorActivity),
    bind([.character("x"), .character("v")], .toggleMark, .keyMark, [.project, .agency], requires: .listRow),
    bind([.character("M")], .recordMeeting, .keyRecordMeeting, screens, requires: .writable),
    bind([.character("C")], .carryOver, .keyCarryOver, screens, requires: .writable),
    bind([.character("u")], .undo, .keyUndo, screens, footer: true, requires: .undoStep),
    bind([.control("r")], .redo, .keyRedo, screens, requires: .redoStep),
    bind([.character("r")], .retrySave, .keyRetry, screens, requires: .unsavedEdits),
    bind([.character("w")], .saveElsewhere, .keySaveElsewhere, screens),
    bind([.enter], .confirm, .keyConfirm, [.lineEditor, .ownerEditor, .form, .projectPicker],
      footer: true),
    bind([.enter, .character("y")], .confirm, .keyConfirm, [.carryOverPreview], footer: true),
    bind([.escape], .cancelPrompt, .keyCancel, [.lineEditor, .ownerEditor, .form, .projectPicker],
      footer: true),
    bind([.tab, .down], .nextField, .keyNextField, [.form], footer: true),
    bind([.backTab, .up], .previousField, .keyPreviousField, [.form]),
    bind([.escape, .character("n")], .cancelPrompt, .keyCancel, [.carryOverPreview], footer: true),
    bind([.up], .moveUp, .keyUp, [.ownerEditor, .carryOverPreview, .projectPicker],
      footer: true),
    bind([.down], .moveDown, .keyDown, [.ownerEditor, .carryOverPreview, .projectPicker],
      footer: true),
    bind([.left], .cursorLeft, .keyCursorLeft, [.lineEditor, .form]),
    bind([.right], .cursorRight, .keyCursorRight, [.lineEditor, .form]),
    bind([.home, .control("a")], .cursorHome, .keyLineStart, [.lineEditor, .form]),
    bind([.end, .control("e")], .cursorEnd, .keyLineEnd, [.lineEditor, .form]),
    bind([.backspace], .deleteBackward, .keyDeleteBackward,
      [.lineEditor, .ownerEditor, .form, .projectPicker]),
    bind([.delete], .deleteForward, .keyDeleteForward, [.lineEditor, .form]),
    bind([.character("y")], .keepMine, .keyKeepMine, [.conflict], footer: true),
    bind([.character("n")], .keepTheirs, .keyKeepTheirs, [.conflict], footer: true),
    bind([.enter, .character("y")], .confirm, .keyConfirm, [.bulkConfirm], footer: true),
    bind([.escape, .character("n")], .cancelPrompt, .keyCancel, [.bulkConfirm], footer: true),
    bind([.character("y")], .confirm, .keyConfirm, [.removeQuestion], footer: true),
    bind([.escape, .character("n")], .cancelPrompt, .keyCancel, [.removeQuestion], footer: true),
    bind([.character("w")], .saveElsewhere, .keySaveElsewhere, [.quitQuestion], footer: true),
    bind([.character("d")], .discardAndQuit, .keyDiscardAndQuit, [.quitQuestion], footer: true),
    bind([.escape], .cancelPrompt, .keyStay, [.quitQuestion], footer: true),
    bind([.character("y")], .confirm, .keyApplyRecovered, [.recoveryQuestion], footer: true),
    bind([.character("n")], .discardRecovery, .keyDiscardRecovered, [.recoveryQuestion], footer: true),
    bind([.escape], .cancelPrompt, .keyLater, [.recoveryQuestion], footer: true),
  ]

  /// The bindings that apply in a context, in table order.
  public static func bindings(for context: KeyContext) -> [KeyBinding] {
    all.filter { $0.contexts.contains(context) }
  }

  /// The first binding of `context` that `key` triggers, whether or not it can act now.
  public static func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
    all.first { $0.contexts.contains(context) && $0.keys.contains(key) }
  }

  /// How a binding's keys are written: `↑/k`, or `Up/k` in ASCII.
  public static func label(_ binding: KeyBinding, asciiOnly: Bool) -> String {
    binding.label ?? binding.keys.map { name($0, asciiOnly: asciiOnly) }.joined(separator: "/")
  }

  /// How one key is written on a keycap.
  public static func name(_ key: Key, asciiOnly: Bool) -> String {
    switch key {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .control(let c): return "^" + String(c).uppercased()
    case .up: return asciiOnly ? "Up" : "↑"
    case .down: return asciiOnly ? "Down" : "↓"
    case .left: return asciiOnly ? "Left" : "←"
    case .right: return asciiOnly ? "Right" : "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Bksp"
    case .delete: return "Del"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .function(let n): return "F\(n)"
    }
  }
}
