/// The key of one user-visible text; the words themselves are in the catalogue.
public enum Message: String, CaseIterable, Sendable, Hashable {
  /// Screens and places.
  case overview, agencies, agencyActivities, searchTitle, helpTitle, ownerPickerTitle
  /// Things of the roadmap.
  case directions, projects, activities, indicators
  /// Statuses.
  case done, inProgress, pending, overdue
  /// Figures.
  case totalCount, remainingCount, overdueCount, percent, planOfActual, moreRows
  /// Activity fields.
  case fieldTitle, fieldStatus, fieldOwner, fieldDue, fieldNote, fieldID, fieldDirection
  case fieldProject, noOwner, noDue, carryOver
  /// Other fields of the roadmap.
  case fieldActual, fieldPlan, fieldEntry, fieldAsOf, fieldVersion
  /// Filters and badges.
  case filterBadge, filterAll, allOwners, readOnly
  /// Search.
  case searchPrompt, hitsCount, noHits, searching, emptyList
  /// The terminal.
  case tooSmall
  /// Help texts of the key table.
  /// Up and down in one footer hint, when the row has no room for both apart.
  case keyUpDown
  case keyUp, keyDown, keyNextPane, keyPreviousPane, keyPageUp, keyPageDown, keyTop, keyBottom
  case keyOpen, keyBack, keyJump, keySearch, keyNextHit, keyPreviousHit, keyStatusFilter
  case keyOwnerFilter, keyAgencies, keyHelp, keyQuit, keyLanguage, keySubmit, keyCancel
  case keyClose, keyPick, keyEditQuery, keyOverdueFilter, keyZoom
  /// The space bar, as the help and the footer name it.
  case keySpace
  // Editing.
  /// The status line after an edit, a save, a reload or a failure.
  case statusSaved, statusSavedMerged, saveFailed, copySaved, readOnlyRefused, invalidOnDisk
  case reloadedCount, nothingToUndo, nothingToRedo, undone, redone, statusSetFor, noActivity
  case markedCount, invalidDate, invalidYear, carryOverNone, carryOverDone, conflictQuestion
  case nothingChanged, valueNone, unsavedCount
  /// What the recovery of an interrupted save did (`RecoveryWords`' sentence).
  case interruptedSaveNote
  /// Prompts and windows of editing.
  case promptNote, promptDue, promptPath, promptYear, carryOverTitle, ownerEditTitle, historyTitle
  case noHistory
  /// Help texts of the editing keys.
  case keyCycleStatus, keySetDone, keySetInProgress, keySetPending, keyEditNote, keyEditDue
  case keyEditOwner, keyMark, keyCarryOver, keyUndo, keyRedo, keyRetry, keySaveElsewhere
  case keyConfirm, keyKeepMine, keyKeepTheirs, keyCursorLeft, keyCursorRight, keyLineStart
  case keyLineEnd, keyDeleteBackward, keyDeleteForward, keyFocusResults
  /// Presentation and report: slides, the changes since a meeting, the meeting report.
  case roadmapWord, total, slideCounter, continued, changesTitle, finished, started, movedBack
  case carriedOver, indicatorsMoved
  case nothingToCompare, compareHint, noChanges, openItemsTitle, allDone, keyNextSlide
  case keyPreviousSlide, keyJumpSlide, keyFirstSlide, keyLastSlide, keyBlank, keyEndPresentation
  case keyPresent, reportTitle, overallFigures, plan, actual, unit, percentOfPlan, remaining
  case before, after, change, section, yes, no, statusBar
  /// Report columns of percentages, named by what they are a share of.
  case shareColumn, doneShareColumn
  /// The report for the minutes: the annex line, each agency's heading, the charts and the
  /// series table that stands for the progress chart in Markdown.
  case annexTitle, annexNumber, unfinishedCount, inProgressCount, pendingCount, overdueCountOf
  case chartDirections, chartProgress, chartOnePoint, pointMeeting, pointNow
  // national report
  case nationalReportTitle, nationalTotals, rankingTitle, rankingPlace, regionColumn, fileColumn
  case sinceMeetingColumn, invalidFilesTitle, problemColumn, regionsCount, rankingSlideTitle
  /// Meetings: the one changes are measured from, the report's heading and fields, the
  /// dashboard's change mark, `jolkarta meeting list`.
  case changesSinceMeeting, meetingOf, meetingDate, meetingChair, meetingReporter, meetingSpeakers
  case meetingDecision, changedSinceMeeting, noMeetings
  /// Recording a meeting.
  case keyRecordMeeting, meetingCarryOverYear, meetingFormTitle, meetingFormHint, meetingFormLast
  case meetingBadDate, meetingBadYear, meetingRecorded
  /// Loading a large file behind a progress bar.
  case loadingFile, loadingCancelHint
  /// Never losing an edit: marks, undo, quitting, the lock, saving, recovery.
  case marksCleared, undoneOne, redoneOne, quitQuestion, quitWhenSaved, quitCancelled, saving
  case lockWaiting, saveStopped, recoveryQuestion, recoveryReadOnly, recoveryApplied
  case recoveryDiscarded, bulkStatusQuestion, promptForMany, nothingUnsaved, noSearchHits
  case openedReadOnly, keyStopWaiting, keyRepaint, keyDiscardAndQuit, keyStay
  case keyApplyRecovered, keyDiscardRecovered, keyLater
  /// When a key can act (`jolkarta keys`).
  case whenAlways, whenWritable, whenActivity, whenListRow, whenUndo, whenRedo, whenUnsaved
  case whenHits, whenWaiting
  /// The rest of the roadmap: figures, titles, activities and projects added, removed, moved.
  case keyEditFigures, keyEditTitle, keyAddActivity, keyAddProject, keyRemoveActivity
  case keyMoveActivity, keyNextField, keyPreviousField, whenIndicator, whenTitled
  case whenCursorActivity, noIndicator, noTitled, actualNotANumber, planNotANumber
  case actualOutOfDomain, planOutOfDomain, titleEmpty, removeQuestion, activityAdded, activityRemoved, activityMoved
  case projectAdded, promptNewActivity, promptNewActivityDue, promptNewProject, ownerNew
  case newActivityOwnerTitle, moveTitle, titleFormTitle, figuresFormTitle, titleFormHint
  case figuresFormHint, languageKk, languageRu, languageEn
  /// Why a save failed or the file is read-only, where the reason is jolkarta's own
  /// (`SaveFailure`); the system's refusal in the language (`SystemWords`).
  case reasonReadOnly, reasonReadOnlyFileSystem, reasonNotWritable, reasonFolderNotWritable
  case reasonChangedOnDisk, reasonKeptChanging, reasonCannotLock
  /// Sharing through git (`--sync`): the badge on row 1 and the question a conflict asks.
  case syncRunning, syncedAt, syncOffline, syncConflictsBadge, syncFailed, syncConflictQuestion
  /// Progress over time: the trend view and slide, the key, its chart's dates.
  /// The trend view's crumb when it is opened below the overview: it is the whole roadmap's.
  case trendOfWholeRoadmap
  case trendTitle, keyTrend, trendLoading, trendOnePoint, trendNow, dayNumeric, dayMonthNumeric
  /// `jolkarta import`: the fields it keeps in the note, what it cannot read (each with its
  /// cell: `Лист1!D14`), `--map` errors and what it wrote.
  case fieldForm, fieldProgress, importNotADate, importUnknownStatus, importNoTitle
  case importDuplicateID, importNoHeader, importNoActivities, importNotZip, importMissingPart
  case importBadXML, importEmpty, importUnknownKind, importCannotRead, importMoreProblems
  case importExists, importMapMalformed, importMapUnknown, importMapLetters, importWrote
  case importInvalid
  // i12
  /// The unfinished slides' heading where the whole one does not fit.
  case openItemsShort
  // national
  /// The national overview of every region (`jolkarta DIR`), its columns, the directions
  /// regions share, and its keys.
  case nationalTitle, colRank, colDone, colInProgress, colPending
  case colTotal, colPercent, colOverdue, colSinceMeeting, sharedDirectionsTitle
  case noSharedDirections, noRegionFiles, openingRegion, regionNotOpened, keySort, keyReverseSort
  case keySharedDirections, keyAllRegions, whenEmbedded, filesNotRead, leaveWhenSaved
  // MARK: - i12screens
  /// Where a list would be when the filters in force let no activity through, and the
  /// line before the keys that change them.
  case noFilterMatch, changeFilterKeys
}
