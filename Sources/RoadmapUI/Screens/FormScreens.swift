import RoadmapKit

/// The windows of the figure and title forms and of the project picker.
extension DashboardState {
  /// The label of each field of a form: the figure's name, or the language's code and name.
  func formLabels(_ form: FormPrompt) -> [String] {
    form.fields.map { field in
      if let m = MeetingForm.label(field.name) { return painter.word(m) }
      if let f = Field(rawValue: field.name) { return painter.word(fieldName(f)) }
      let name: Message =
        field.name == "kk" ? .languageKk : field.name == "ru" ? .languageRu : .languageEn
      return field.name + " " + painter.word(name)
    }
  }

  /// The form's window: as wide as the body allows up to 76 columns; its lines are the
  /// thing's own (an indicator's title and unit), the fields, and the reason or hint.
  func formWindow(_ form: FormPrompt) -> (width: Int, height: Int, lead: [String]) {
    var lead: [String] = []
    if case .figures(let id) = form.purpose, case .indicator(let loc)? = roadmap.thing(id) {
      let indicator = roadmap.indicator(at: loc)
      lead = [
        painter.resolve(indicator.title),
        painter.word(.unit) + ": " + indicator.unitForms.name(language.rawValue), "",
      ]
    }
    if case .meeting = form.purpose, let last = roadmap.lastMeeting {
      lead = [painter.word(.meetingFormLast, Formatting.day(last.date, language)), ""]
    }
    let body = Layout.body(self)
    return (min(body.width, 76), lead.count + form.fields.count + 2 + 2, lead)
  }

  /// Columns of a form's labels: the widest, plus the cursor mark before it and a space.
  func formLabelWidth(_ form: FormPrompt) -> Int {
    (formLabels(form).map(resolveWidth).max() ?? 0) + 3
  }

  /// Columns of a form's editor boxes, to scroll them by.
  func formBoxWidth(_ form: FormPrompt) -> Int {
    max(1, formWindow(form).width - 2 - formLabelWidth(form) - 1)
  }

  /// A form: its lines, then each field with its label, the one being edited marked and
  /// with the cursor; under them why a value was refused, else what may be typed.
  func drawForm(_ form: FormPrompt, into grid: inout Grid) {
    let p = painter
    let (w, h, lead) = formWindow(form)
    let title: Message
    let hint: Message
    switch form.purpose {
    case .figures: (title, hint) = (.figuresFormTitle, .figuresFormHint)
    case .title: (title, hint) = (.titleFormTitle, .titleFormHint)
    case .meeting: (title, hint) = (.meetingFormTitle, .meetingFormHint)
    }
    let inner = centredWindow(width: w, height: h, title: p.word(title, form.id), into: &grid)
    guard !inner.isEmpty else { return }
    for (k, line) in lead.enumerated() {
      p.text(line, in: inner, x: 1, row: k, role: k == 0 ? .title : .dim, into: &grid)
    }
    let labels = formLabels(form)
    let labelWidth = formLabelWidth(form)
    for (k, field) in form.fields.enumerated() {
      let row = inner.row(lead.count + k)
      let focused = k == form.focus
      if focused { p.text(theme.asciiOnly ? ">" : "▸", in: row, role: .key, into: &grid) }
      p.text(
        labels[k], in: Rect(x: row.x + 2, y: row.y, width: labelWidth - 3, height: 1),
        role: focused ? .key : .dim, into: &grid)
      let box = Rect(x: row.x + labelWidth, y: row.y, width: row.width - labelWidth - 1, height: 1)
      field.editor.draw(in: box, theme: theme, showsCursor: focused, into: &grid)
    }
    let last = inner.row(lead.count + form.fields.count + 1)
    if let n = edit.notice, n.kind != .info {
      p.text(
        Catalogue.format(n.message, language, n.arguments), in: last, x: 1, role: .inProgress,
        into: &grid)
    } else {
      p.text(p.word(hint), in: last, x: 1, role: .dim, into: &grid)
    }
  }

  /// One line of the project picker: a direction's heading, or one of its projects.
  enum PickerRow: Equatable {
    case direction(Int)
    case project(Int)
  }

  /// The picker's lines: each direction with a match, then its matching projects.
  func pickerRows(_ matches: [ProjectChoice.Option]) -> [PickerRow] {
    var rows: [PickerRow] = []
    for (k, option) in matches.enumerated() {
      if k == 0 || matches[k - 1].direction != option.direction {
        rows.append(.direction(option.direction))
      }
      rows.append(.project(k))
    }
    return rows
  }

  /// The project picker of `m`: the filter typed, then the projects grouped under their
  /// directions; the activity's own project is marked.
  func drawProjectPicker(_ choice: ProjectChoice, into grid: inout Grid) {
    let p = painter
    let body = Layout.body(self)
    let matches = choice.matches
    let rows = pickerRows(matches)
    let inner = centredWindow(
      width: min(body.width, 64), height: min(body.height, rows.count + 3),
      title: p.word(.moveTitle, choice.id), into: &grid)
    guard !inner.isEmpty else { return }
    let used = p.text("> ", in: inner.row(0), role: .key, into: &grid)
    choice.filter.draw(
      in: Rect(x: inner.x + used, y: inner.y, width: inner.width - used, height: 1), theme: theme,
      into: &grid)
    let list = inner.dropFirst(1)
    let selected = rows.firstIndex(of: .project(choice.selection))
    let scroll = max(0, (selected ?? 0) - list.height + 1)
    let own = roadmap.activityIndex[choice.id].map {
      roadmap.directions[$0.direction].projects[$0.project].id
    }
    drawList(count: rows.count, selection: selected, scroll: scroll, in: list, into: &grid) {
      i, row, g in
      switch rows[i] {
      case .direction(let d):
        p.text(
          "\(d + 1) " + p.resolve(roadmap.directions[d].title), in: row, x: 1, role: .title,
          into: &g)
      case .project(let k):
        let mark = matches[k].id == own ? (theme.asciiOnly ? "*" : "●") : " "
        p.text(mark + " " + p.resolve(matches[k].title), in: row, x: 2, into: &g)
      }
    }
  }
}
