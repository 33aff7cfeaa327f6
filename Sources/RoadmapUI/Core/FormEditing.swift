import RoadmapKit

/// The two forms: an indicator's figures (`=`) and a title in each language (`t`).
extension DashboardState {
  /// The languages a title form has a field for, in order.
  static let titleLanguages = Language.allCases.map(\.rawValue)

  /// What `t` renames: the thing under the cursor that has a title, by id — the direction
  /// pane on the overview, the indicator or project or activity row, the activity shown.
  var titleTarget: String? {
    if search?.isEditing != true, let indicator = focusedIndicator { return indicator.id }
    switch current.screen {
    case .overview where search?.isEditing != true:
      return roadmap.directions.indices.contains(current.selection)
        ? roadmap.directions[current.selection].id : nil
    case .direction(let d) where search?.isEditing != true:
      let projects = roadmap.directions[d].projects
      return projects.indices.contains(current.selection) ? projects[current.selection].id : nil
    default:
      return editTarget.map { roadmap[$0].id }
    }
  }

  /// `=` (or Enter on an indicator): its figure reached and its plan, as written in the file.
  mutating func openFigureEditor() {
    guard let indicator = focusedIndicator,
      case .some(let actual) = roadmap.value(of: .actual, id: indicator.id),
      case .some(let plan) = roadmap.value(of: .plan, id: indicator.id)
    else {
      edit.notice = Notice(.noIndicator, kind: .warning)
      return
    }
    // The literal's every digit, not the display form: Enter without a change must not
    // round 5.65 to 5,7. Written as the language writes it (`Formatting.typedFigure`).
    func literal(_ v: FieldValue?) -> String {
      if case .number(let n)? = v { return Formatting.typedFigure(n.literal, language) }
      return ""
    }
    edit.prompt = .form(
      FormPrompt(
        purpose: .figures(indicator.id),
        fields: [
          .init(name: Field.actual.rawValue, editor: LineEditor(literal(actual))),
          .init(name: Field.plan.rawValue, editor: LineEditor(literal(plan))),
        ],
        focus: 0, base: [.actual: actual, .plan: plan]))
  }

  /// `t`: the title of the thing under the cursor, one field per language, the interface
  /// language's first under the cursor.
  mutating func openTitleEditor() {
    guard let id = titleTarget, case .text(let title)?? = roadmap.value(of: .title, id: id) else {
      edit.notice = Notice(.noTitled, kind: .warning)
      return
    }
    let languages = Self.titleLanguages
    edit.prompt = .form(
      FormPrompt(
        purpose: .title(id),
        fields: languages.map { .init(name: $0, editor: LineEditor(translation(title, $0))) },
        focus: languages.firstIndex(of: language.rawValue) ?? 0, base: [.title: .text(title)]))
  }

  /// A title's text in one language; a plain title is the Kazakh one (as
  /// `LocalizedText.setting` keeps it).
  func translation(_ title: LocalizedText, _ language: String) -> String {
    if title.isPlain { return language == "kk" ? title.resolved() : "" }
    return title.translations.first { $0.language == language }?.text ?? ""
  }

  /// The title after the form: each language changed is set, each emptied removed; nil
  /// when nothing would be left.
  func editedTitle(_ old: LocalizedText, _ form: FormPrompt) -> LocalizedText? {
    var title = old
    var emptied: [String] = []
    for field in form.fields where field.editor.text != translation(old, field.name) {
      let text = field.editor.text.trimmingSpaces
      if text.isEmpty {
        emptied.append(field.name)
      } else {
        title = title.setting(field.name, to: text)
      }
    }
    for language in emptied {
      let rest =
        title.isPlain
        ? (language == "kk" ? [] : title.translations)
        : title.translations.filter { $0.language != language }
      guard !rest.isEmpty else { return nil }
      title = LocalizedText(translations: rest)
    }
    return title
  }

  /// Tab / ↓ and S-Tab / ↑: the next or previous field, round.
  mutating func stepField(_ form: inout FormPrompt, forward: Bool) {
    let n = form.fields.count
    form.focus = (form.focus + (forward ? 1 : n - 1)) % n
  }

  /// Enter in a form: every field is checked first; a wrong one keeps the form open on it,
  /// the reason under it. Then what changed is one undo step.
  mutating func confirmForm(_ form: FormPrompt) -> [Effect] {
    switch form.purpose {
    case .figures(let id):
      var edited: [EditedField] = []
      for (k, entry) in form.fields.enumerated() {
        guard let field = Field(rawValue: entry.name) else { continue }
        let text = entry.editor.text.trimmingSpaces
        let mine: FieldValue?
        if field == .plan && text.isEmpty {
          mine = nil
        } else {
          switch Figure.parse(userInput: text, for: field) {
          case .success(let figure): mine = .number(figure)
          case .failure(let problem):
            var open = form
            open.focus = k
            edit.prompt = .form(open)
            edit.notice = figureRefusal(field, problem)
            return []
          }
        }
        edited.append(EditedField(id: id, field: field, base: form.base[field] ?? nil, mine: mine))
      }
      closePrompt()
      return commitEdited(edited)
    case .meeting:
      return confirmMeeting(form)
    case .title(let id):
      guard case .text(let old)? = form.base[.title] ?? nil else {
        closePrompt()
        return []
      }
      guard let title = editedTitle(old, form) else {
        edit.notice = Notice(.titleEmpty, kind: .warning)
        return []
      }
      closePrompt()
      return commitEdited([EditedField(id: id, field: .title, base: .text(old), mine: .text(title))]
      )
    }
  }

  /// Why a figure typed was refused, in the interface language, naming the field.
  ///
  /// The message of each field says its domain (the format's: `actual` 0 or more, `plan`
  /// more than 0), so `L` shows it whole in the next language.
  func figureRefusal(_ field: Field, _ problem: Figure.InputProblem) -> Notice {
    switch (field, problem) {
    case (.plan, .notANumber): return Notice(.planNotANumber, kind: .warning)
    case (.plan, .outOfDomain): return Notice(.planOutOfDomain, kind: .warning)
    case (_, .notANumber): return Notice(.actualNotANumber, kind: .warning)
    case (_, .outOfDomain): return Notice(.actualOutOfDomain, kind: .warning)
    }
  }
}
