extension Catalogue {
  /// The command line's help in English, as it was written beside each command.
  static let englishHelp: [HelpText: String] = [
    .rootAbstract: "Follow a regional roadmap (Жол картасы): dashboard, figures, edits, reports.",
    .rootDiscussion: """
      FILE defaults to data/roadmap.json in the current folder. Without a subcommand, \
      jolkarta opens the dashboard.
      """,
    .fileArgument: "The roadmap file.",
    .langOption:
      "The language of messages and texts: kk, ru or en (default: $JOLKARTA_LANG, else the locale, else kk).",
    .authorOption: "Who makes the change (default: $JOLKARTA_AUTHOR, else the login name).",
    .openAbstract: "Open the dashboard (the default).",
    .openReadOnly: "Look only: status keys do not change the file.",
    .openToday: "Count overdue against today's date instead of the roadmap's as_of date.",
    .summaryAbstract: "Print the roadmap's figures: counts, percentages, overdue, indicators.",
    .summaryDiscussion: """
      Given a folder (every region's roadmap, one file each), prints the national figures: \
      the sums of the regions' counts (percentages by largest remainder over the sums), \
      the regions best first, and each invalid file with its first problem (exit 1 when \
      there is one; the others are still counted).
      """,
    .summaryJSON: "Print JSON: activities and per-direction counts.",
    .validateAbstract: "Check roadmap files and print every problem with its place.",
    .validateDiscussion: "Exit status: 0 all valid, 1 problems found, 2 usage error.",
    .validateFiles: "Roadmap files to check.",
    .keysAbstract: "Print the dashboard's key bindings as a Markdown table.",
    .initAbstract: "Write the bundled sample roadmap (West Kazakhstan Region) to FILE.",
    .initFile: "Where to write it.",
    .initForce: "Overwrite an existing file.",
    .generateAbstract: "Write a synthetic roadmap (format v1) with N activities, deterministic by seed.",
    .generateActivities: "How many activities.",
    .generateSeed: "Seed of the pseudo-random choices.",
    .generateOutput: "The file to write.",
    .setStatusAbstract: "Set an activity's status (done, in_progress, pending) and save.",
    .setStatusDiscussion: "The change is saved atomically under a lock and appended to the history file.",
    .activityID: "The activity's id.",
    .newStatus: "The new status: done, in_progress or pending.",
    .setAbstract: "Set one field of an activity, project, direction or indicator, or the roadmap's as_of day.",
    .setDiscussion: """
      Fields:
        activity   status (done, in_progress, pending), title, owner, due, note
        project    title
        direction  title
        indicator  title, actual, plan
        roadmap    as_of: jolkarta set as_of 2024-05-30 (or: set "" as_of 2024-05-30)

      Values are read as people type them: dates YYYY-MM-DD; figures `1 710`, `5,6` or \
      `5.6` (actual 0 or greater, plan greater than 0). An empty value ('') removes \
      note, owner, due and plan; `none` removes due and plan too. A title or note sets \
      one translation: --lang's, else the interface language's (JOLKARTA_LANG, the \
      locale; a plain text counts as Kazakh). An owner that is one of the file's owners \
      (in any of its translations) keeps that owner's translations.

      A value that starts with -- goes after --: jolkarta set ID note -- '--text'. The \
      change is saved atomically under a lock and appended to the history file; a value \
      that is already there writes nothing.

      Exit status: 0 changed, or already so; 1 the file cannot be read, is invalid or \
      cannot be written, the id is unknown, or the thing has no such field; 2 usage: an \
      unknown field, or a value the field cannot hold.
      """,
    .setWords: "ID FIELD VALUE [FILE], or as_of DATE [FILE].",
    .addAbstract: "Add an activity to a project, or a project to a direction; prints the new id.",
    .addDiscussion: """
      Only the new id is printed on standard output, so that scripts can use it: \
      id=$(jolkarta add activity --project d1.schools --title "…"). The id continues the \
      project's numbering (d1.schools.12 after d1.schools.11). The addition is saved \
      atomically under a lock and appended to the history file. The title is stored in \
      --lang's language; without --lang, as a plain text.

      Exit status: 0 added; 1 the file cannot be read, is invalid or cannot be written, \
      or the project or direction is unknown; 2 usage.
      """,
    .addTitle: "The title.",
    .addActivityAbstract: "Add an activity at the end of a project; prints its id.",
    .addActivityDiscussion:
      "Not started unless --status says otherwise. Exit status: 0 added; 1 runtime failure; 2 usage.",
    .addProject: "The project's id.",
    .addOwner: "The responsible agency (one of the file's owners keeps its translations).",
    .addDue: "The due date, YYYY-MM-DD.",
    .addStatus: "done, in_progress or pending (the default).",
    .addProjectAbstract: "Add an empty project at the end of a direction; prints its id.",
    .addProjectDiscussion: "Exit status: 0 added; 1 runtime failure; 2 usage.",
    .addDirection: "The direction's id.",
    .removeAbstract: "Remove an activity, or a project that is empty; prints what was removed.",
    .removeDiscussion: """
      A project is removed only when it has no activities and no indicators. The \
      removal is saved atomically under a lock and appended to the history file, with the \
      whole activity, so that the history says what it was.

      Exit status: 0 removed (or already gone); 1 the file cannot be read, is invalid or \
      cannot be written, the id is unknown, or it is not an activity or an empty project; 2 usage.
      """,
    .removeID: "The activity's or project's id.",
    .moveAbstract: "Move an activity to the end of another project.",
    .moveDiscussion: """
      The activity goes whole: every field, and members jolkarta does not know, move \
      with it. The move is saved atomically under a lock and appended to the history file.

      Exit status: 0 moved, or already in that project; 1 the file cannot be read, is \
      invalid or cannot be written, or an id is unknown or not an activity / a project; 2 usage.
      """,
    .moveTo: "The project it goes to.",
    .historyAbstract: "Print the history of changes, of one thing or of all.",
    .historyDiscussion: """
      Only confirmed changes are printed: those that reached the roadmap file (a save \
      interrupted before it replaced the file is left out). A damaged line is reported \
      with its line number on standard error. An addition or removal is shown as \
      "added “title” to PROJECT" / "removed “title” from PROJECT", a move by the projects, \
      figures as written, the roadmap's own fields (as_of) under "roadmap".
      """,
    .historyID: "Only this id (an activity, project, indicator…).",
    .historyJSON: "One JSON object a line, with exactly: time, author, id, field, old, new.",
    .historyWords: "An id, then the roadmap file; or only the file.",
    .presentAbstract: "Show full-screen slides for the meeting (never edits the file).",
    .presentDiscussion: """
      Slides: title and overall figures; progress over time (once there are two points: \
      meetings or days the history changed a status); one per direction; one per project with \
      indicators; changes since the last meeting; unfinished activities by agency.
      Keys: →/Space/PgDn next, ←/PgUp previous, 1-9 go to a slide, Home/End first/last, \
      b blank the screen (any key brings it back), ? keys, q/Esc end.
      The changes slide compares with --since DATE (the history file) or --compare FILE \
      (an earlier copy); without either, with the history since the roadmap's last meeting, \
      and in a roadmap without meetings it says how to ask for it. The slides follow the \
      file: when it changes on disk, the slide shown is redrawn with the new figures.
      """,
    .presentInterval: "Advance to the next slide every SECONDS (a loop).",
    .meetingAbstract:
      "The faction's meetings recorded in the roadmap (the last one is what changes are measured from).",
    .meetingListAbstract: "Print the meetings: date, chair, reporter, speakers, decision.",
    .meetingListDiscussion: """
      In file order: the legacy "meeting" block first (when its date is a real date), then \
      the "meetings" list of a version 2 file. The last meeting by date is the one the \
      changes slide and the report measure from.
      """,
    .meetingListJSON:
      "Print a JSON array of the meetings, each as in the file's \"meetings\" (texts untranslated).",
    .meetingAddAbstract:
      "Record a meeting: its date, chair, reporter, speakers and decision; the roadmap's \"as of\" day moves to it.",
    .meetingAddDiscussion: """
      The meeting goes into the file's "meetings" list (the file becomes format version 2, \
      which older jolkarta versions refuse rather than lose it). Its id is printed: \
      meeting.DATE (meeting.DATE-2 for a second one that day). With --carry-over, the \
      activities not done and due in the meeting's year are moved to the same day next \
      year, in the same save. Exit status: 0 recorded, 1 not (a message says why).
      """,
    .meetingDate: "The meeting's date, YYYY-MM-DD.",
    .meetingChair: "Who chaired it.",
    .meetingReporter: "Who reported on the roadmap.",
    .meetingSpeaker: "Who spoke (repeat for each).",
    .meetingDecision: "What was decided.",
    .meetingCarryOver: "Also carry over: what is not done and due in the meeting's year moves to next year.",
    .keysHeadingKeys: "keys",
    .keysHeadingWhat: "what they do",
    .keysHeadingWhere: "where",
    .keysHeadingWhen: "when",
    .placeOverview: "overview",
    .placeDirection: "direction",
    .placeProject: "project",
    .placeActivity: "activity",
    .placeAgencies: "agencies",
    .placeAgency: "agency",
    .placeSearch: "search",
    .placeHelp: "help",
    .placeTrend: "progress over time",
    .placeOwnerPicker: "agency list",
    .placeLineEditor: "line editor",
    .placeOwnerEditor: "agency editor",
    .placeCarryOver: "carry-over list",
    .placeConflict: "conflict",
    .placeBulkConfirm: "marked rows question",
    .placeQuitQuestion: "quit question",
    .placeRecoveryQuestion: "recovery question",
    .placeForm: "form",
    .placeProjectPicker: "project list",
    .placeRemoveQuestion: "removal question",
    .placeSearchList: "search results",
    // national
    .placeNational: "all regions",
    .placeSharedDirections: "shared directions",
    .placeDirectionAcross: "a direction across regions",
    .overviewHeading: "OVERVIEW:",
    .defaultValue: "(default:",
    .possibleValues: "(values:",
    .manName: "NAME",
    .manDescription: "DESCRIPTION",
    .manualAbstract: "Write the manual page (roff) in the language, to standard output.",
    .errorLine: "Error:",
    .helpLine: "Help:",
    .usageLine: "Usage:",
    .seeMore: "See '{}' for more information.",
    .missingArgument: "Missing expected argument '{}'",
    .unknownOption: "Unknown option '{}'",
    .unexpectedArgument: "Unexpected argument '{}'",
    .missingValue: "Missing value for '{}'",
    .invalidValueFor: "The value '{}' is invalid for '{}'. Please provide one of {}.",
    .orWord: " or ",
    .usageHeading: "USAGE:",
    .argumentsHeading: "ARGUMENTS:",
    .optionsHeading: "OPTIONS:",
    .subcommandsHeading: "SUBCOMMANDS:",
    .showHelp: "Show help information.",
    .showVersion: "Show the version.",
    .seeSubcommandHelp: "See '{}' for detailed help.",
    .subcommandWord: "<subcommand>",
    .openSync:
      "Sync through git: pull on open and every SECONDS (60 when not given), commit and push after saves, off the screen's thread; row 1 shows the state. FILE must be in a repository (see `jolkarta git init`).",
    .syncAbstract: "Commit this office's saved changes, pull, merge by id and field, push.",
    .syncDiscussion: """
      FILE must be in a git repository with a remote `origin` (`jolkarta git init --remote \
      URL` starts one). The commit names the changes ("d1.schools.07: status in_progress → \
      done"); its author is --author ("Name" or "Name <email>"), else git's own identity. \
      Others' commits are merged through jolkarta's merge driver (set up if missing). \
      Exit 0: in sync. 1: merged, but fields changed differently here and there wait \
      (listed; the file is valid and keeps ours; the dashboard asks which to keep). 3: the \
      remote cannot be reached; nothing is lost, the changes stay committed here and go \
      with the next sync. Credentials are git's own (SSH keys, credential helpers); git \
      never asks on the terminal.
      """,
    .gitAbstract: "Share the roadmap through git: register the merge drivers, start a repository.",
    .gitSetupAbstract: "Register jolkarta's merge drivers for this roadmap and its history.",
    .gitSetupDiscussion: """
      In the repository that holds FILE: `.gitattributes` gets `FILE merge=jolkarta` and \
      `HISTORY merge=jolkarta-history`; the repository's config gets the two drivers \
      (`jolkarta merge-driver …`); the lock, recovery and conflict files are kept out of \
      commits (.git/info/exclude). Says what it did; run twice, it does nothing the second \
      time. Commit .gitattributes so that every office merges the same way (`jolkarta sync` does).
      """,
    .gitInitAbstract: "Start a git repository for a roadmap that has none, with a remote.",
    .gitInitDiscussion: """
      In FILE's folder: `git init`, the merge drivers as `jolkarta git setup` registers \
      them, a first commit of the roadmap, its history and .gitattributes, the remote \
      `origin` at URL, and a push when it can be reached (exit 3 when it cannot; the \
      commit stays and goes with the next `jolkarta sync`). A folder already in a \
      repository is refused: use `jolkarta git setup` there.
      """,
    .gitRemote: "The remote repository (a URL or a path).",
    .mergeDriverAbstract: "Three-way merge of a roadmap (or its history) by id and field, for git.",
    .mergeDriverDiscussion: """
      Git runs it as `jolkarta merge-driver %O %A %B %P` (BASE, OURS, THEIRS, PATH): the \
      result replaces OURS. Changes on one side are taken, the same change on both once, \
      different changes to the same field keep ours and are written to the conflict file \
      beside PATH (roadmap.conflicts.json), which the dashboard and `jolkarta sync` show; \
      never conflict markers. Exit 0 when merged cleanly, 1 with conflicts or when a side \
      is not a roadmap (OURS then stays as it was). With --history: every line of both \
      histories once, saves in time order; always exit 0.
      """,
    .mergeDriverHistory: "Merge history files (union of lines) instead of roadmaps.",
    .mergeDriverBase: "The common ancestor's version (%O).",
    .mergeDriverOurs: "Ours (%A): replaced by the result.",
    .mergeDriverTheirs: "Theirs (%B).",
    .mergeDriverPath: "The file's path in the work tree (%P).",
    // national report
    .reportFolder: """
      DIR instead of FILE: the report on every roadmap (*.json) in the folder. National \
      totals (the sums of the regions' counts, percentages by largest remainder over the \
      sums), the ranking (place, region, file, done / in progress / not started / total, % \
      done, overdue, done since the region's last meeting), the files that could not be \
      read with their first problem, then each region's own report, best first. html: one \
      file, the same style and charts, a page per region when printed. xlsx: a sheet with \
      the ranking, the totals and the files not read, then a sheet per region holding its \
      tables. csv: the ranking; --table KEY another table (totals, invalid, FILE/KEY of a \
      region such as zko.json/overview), --table all every table stacked. --since, \
      --compare and --annex do not apply. Exit 1 when a file could not be read (the report \
      is written all the same).
      """,
    .presentFolder: """
      DIR instead of FILE: the national slides: the totals of every region, the ranking \
      (one row per region with its bar and % done, on as many slides as the screen's \
      height needs, the files that could not be read after the regions), then each \
      region's title slide, best first. The same keys.
      """,
    .syncFolder: """
      DIR instead of FILE: the whole folder of regions syncs at once: every changed roadmap \
      and history of the folder in one commit, each file merged by the driver (the \
      folder's .gitattributes covers *.json and *.history.jsonl, so a region added by \
      another office is merged too), one line per file changed («zko.json: 2 changes \
      sent, 1 change received»), each conflict under its file. The same exit statuses.
      """,
    .gitFolder: """
      DIR instead of FILE: the same for a folder of regions: patterns for every *.json and \
      *.history.jsonl of the folder instead of a line per file.
      """,
  ]
}
