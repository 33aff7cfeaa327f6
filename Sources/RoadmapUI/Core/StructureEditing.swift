import RoadmapKit

/// Activities and projects added, removed and moved: each one `entry` or `project` change
/// through `commit`, so undo, the save, the history and the merge take it as any other.
extension DashboardState {
  /// A text typed by the user, stored the way its neighbour in the file is: as the
  /// translation of the interface language when the neighbour is a translated object,
  /// else as a plain string. A file of plain strings stays one.
  func typedText(_ text: String, like neighbour: LocalizedText?) -> LocalizedText {
    guard let neighbour, !neighbour.isPlain else { return LocalizedText(text) }
    return LocalizedText(translations: [.init(language: language.rawValue, text: text)])
  }

  /// A on a project: the new activity's title is asked first.
  mutating func openNewActivity() {
    guard case .project(let d, let p) = current.screen else { return }
    edit.prompt = .line(
      .newActivityTitle(project: roadmap.directions[d].projects[p].id), LineEditor())
  }

  /// Enter on the new activity's title: its agency is chosen next, from the file's or typed.
  mutating func confirmNewActivityTitle(project: String, _ text: String) {
    guard !text.isEmpty else {
      edit.notice = Notice(.titleEmpty, kind: .warning)
      return
    }
    guard let (d, p) = roadmap.projectLocation(project) else {
      closePrompt()
      return
    }
    var choice = OwnerChoice(ids: [], owners: roadmap.owners)
    choice.draft = NewActivity(
      project: project, title: typedText(text, like: roadmap.directions[d].projects[p].title))
    edit.prompt = .owner(choice)
  }

  /// Enter in the agency step: the agency chosen, or the name typed as a new one (stored
  /// the way the file's agencies are); the due date is asked last.
  mutating func chooseNewActivityOwner(_ choice: OwnerChoice) {
    guard var draft = choice.draft else { return }
    let matches = choice.matches
    if matches.indices.contains(choice.selection) {
      draft.owner = matches[choice.selection]
    } else if let typed = choice.typedNew {
      draft.owner = typedText(typed, like: roadmap.owners.first)
    } else {
      return
    }
    edit.prompt = .line(.newActivityDue(draft), LineEditor())
  }

  /// Enter on the due date (empty: none): the activity is added, pending, at the end of
  /// its project, with the id `newActivityID` gives, and the cursor lands on it.
  mutating func addActivity(_ draft: NewActivity, due text: String) -> [Effect] {
    let day = Day(text)
    guard text.isEmpty || day != nil else {
      edit.notice = Notice(.invalidDate, kind: .warning)
      return []
    }
    closePrompt()
    guard let (d, p) = roadmap.projectLocation(draft.project) else { return [] }
    let id = roadmap.newActivityID(inProject: draft.project)
    let entry = Entry.newActivity(
      id: id, project: draft.project, after: roadmap.directions[d].projects[p].activities.last?.id,
      title: draft.title, owner: draft.owner, due: day)
    let effects = commit([Change(id: id, field: .entry, old: nil, new: .entry(entry))])
    if let loc = roadmap.activityIndex[id] {
      showActivity(loc)
      hold(Notice(.activityAdded, [id]))
    }
    return effects
  }

  /// A on a direction: the new project's title.
  mutating func openNewProject() {
    guard case .direction(let d) = current.screen else { return }
    edit.prompt = .line(.newProjectTitle(direction: roadmap.directions[d].id), LineEditor())
  }

  /// Enter on the new project's title: an empty project is added at the end of the
  /// direction, and the cursor lands on it.
  mutating func addProject(direction: String, _ text: String) -> [Effect] {
    guard !text.isEmpty else {
      edit.notice = Notice(.titleEmpty, kind: .warning)
      return []
    }
    closePrompt()
    guard let d = roadmap.directions.firstIndex(where: { $0.id == direction }) else { return [] }
    let id = roadmap.newProjectID(inDirection: direction)
    let entry = Entry.newProject(
      id: id, direction: direction, after: roadmap.directions[d].projects.last?.id,
      title: typedText(text, like: roadmap.directions[d].title))
    let effects = commit([Change(id: id, field: .entry, old: nil, new: .entry(entry))])
    if let (dd, p) = roadmap.projectLocation(id), current.screen == .direction(dd) {
      current.indicator = nil
      current.selection = p
      hold(Notice(.projectAdded, [id]))
    }
    return effects
  }

  /// The activity under the cursor (marks do not count); when none, the status line says so.
  mutating func activityUnderCursor() -> ActivityLocation? {
    if editTarget == nil { edit.notice = Notice(.noActivity, kind: .warning) }
    return editTarget
  }

  /// X / Del: the question naming the activity under the cursor.
  mutating func askRemove() {
    guard let l = activityUnderCursor() else { return }
    edit.prompt = .remove(roadmap[l].id)
  }

  /// y on the question: the activity goes, every field and unknown member with it (undo
  /// puts it back in its place).
  mutating func removeActivity(_ id: String) -> [Effect] {
    closePrompt()
    guard let c = change(id, .entry, to: nil) else { return [] }
    let effects = commit([c])
    if roadmap.activityIndex[id] == nil {
      // A mark on it would count a row that is gone.
      edit.marks.remove(id)
      if edit.marks.isEmpty { edit.markScope = nil }
      hold(Notice(.activityRemoved, [id]))
    }
    return effects
  }

  /// m: the projects of the roadmap, grouped by direction, the activity's own selected.
  mutating func openProjectPicker() {
    guard let l = activityUnderCursor() else { return }
    var options: [ProjectChoice.Option] = []
    for (d, direction) in roadmap.directions.enumerated() {
      options += direction.projects.map { .init(direction: d, id: $0.id, title: $0.title) }
    }
    var choice = ProjectChoice(id: roadmap[l].id, projects: options)
    let own = roadmap.directions[l.direction].projects[l.project].id
    choice.selection = options.firstIndex { $0.id == own } ?? 0
    edit.prompt = .projects(choice)
  }

  /// Enter in the picker: the activity goes to the end of the project chosen. An activity
  /// screen open on it follows, its breadcrumb naming the new project.
  mutating func moveActivity(_ choice: ProjectChoice) -> [Effect] {
    closePrompt()
    let matches = choice.matches
    guard matches.indices.contains(choice.selection) else { return [] }
    let target = matches[choice.selection]
    guard let (d, p) = roadmap.projectLocation(target.id) else { return [] }
    let last = roadmap.directions[d].projects[p].activities.last { $0.id != choice.id }?.id
    guard let c = change(choice.id, .project, to: .place(Place(project: target.id, after: last)))
    else {
      return []
    }
    guard c.old != c.new else {
      edit.notice = Notice(.nothingChanged)
      return []
    }
    let fromActivityScreen = onActivityScreen && stack.count >= 2
    let effects = commit([c])
    guard let loc = roadmap.activityIndex[choice.id],
      roadmap.directions[loc.direction].projects[loc.project].id == target.id
    else { return effects }
    if fromActivityScreen, case .project = stack[stack.count - 2].screen {
      showActivity(loc)
      stack.append(Level(.activity(loc)))
    }
    hold(Notice(.activityMoved, [choice.id, painter.resolve(target.title)]))
    return effects
  }

  /// Shows what was just done until the next key, whatever the save reports meanwhile.
  mutating func hold(_ notice: Notice) {
    edit.notice = notice
    edit.noticeHeld = true
  }
}
