import RoadmapKit

/// What editing adds to the screen: the status line, the prompts, marks and highlights.
extension DashboardState {
  /// Whether the status line above the footer is shown (the body gives up a row for it).
  var showsStatusLine: Bool {
    switch edit.prompt {
    case .line, .conflict, .bulkStatus, .quit, .recovery, .remove: return true
    default: break
    }
    return edit.notice != nil || edit.diskProblem != nil || !edit.marks.isEmpty
      || !edit.unsaved.isEmpty || !edit.inFlight.isEmpty
  }

  /// Rows the status line takes: none, one, or two when a failure's words cannot be read
  /// whole on one row beside the keys that deal with it ("not saved … r retry  w save
  /// elsewhere" is 120 columns in Kazakh): as lazygit shows an error whole, not cut.
  var statusLineRows: Int {
    guard showsStatusLine else { return 0 }
    guard !statusLineIsPrompt, let n = edit.notice, n.kind == .error else { return 1 }
    let right = statusPiecesWidth
    return resolveWidth(n.text(language)) > width - right - (right > 0 ? 2 : 0) ? 2 : 1
  }

  /// Whether the status line holds a prompt (an editor or a question), not the notice.
  private var statusLineIsPrompt: Bool {
    switch edit.prompt {
    case .line, .conflict, .bulkStatus, .quit, .recovery, .remove: return true
    default: return false
    }
  }

  /// The columns the right side of the status line takes (keys, counts, the disk's state).
  private var statusPiecesWidth: Int {
    min(width * 2 / 3, statusPieces.reduce(0) { $0 + resolveWidth($1.0) })
  }

  /// The right side of the status line: what can be done about a failed save, or the
  /// count of unsaved edits; the lock or the save running; the marks.
  private var statusPieces: [(String, StyleRole)] {
    let p = painter
    let failed = edit.notice?.kind == .error && !edit.unsaved.isEmpty
    var right: [(String, StyleRole)] = []
    func add(_ piece: (String, StyleRole)) {
      if !right.isEmpty { right.append(("  ", .plain)) }
      right.append(piece)
    }
    if failed {
      // What can be done about it, in the words and keys of the key table; kept whole,
      // the reason on the left gives way first.
      for action in [Action.retrySave, .saveElsewhere] {
        guard let b = KeyTable.all.first(where: { $0.action == action }) else { continue }
        add((p.keyLabel(KeyTable.label(b, asciiOnly: theme.asciiOnly)), .key))
        right.append((" " + p.word(b.help), .dim))
      }
    } else if !edit.unsaved.isEmpty {
      add((p.counted(.unsavedCount, edit.unsaved.count), .overdue))
    }
    // While a save runs every key keeps working; the line says what the disk is doing.
    if let holder = edit.lockHolder {
      add((p.word(.lockWaiting, holder), .inProgress))
    } else if !edit.inFlight.isEmpty {
      add((p.word(.saving), .dim))
    }
    if !edit.marks.isEmpty {
      add((p.counted(.markedCount, edit.marks.count), .badge))
    }
    return right
  }

  /// The status line, then the owner picker or the carry-over list when open.
  func drawEditing(into grid: inout Grid) {
    guard Layout.fits(self) else { return }
    if showsStatusLine {
      let rows = statusLineRows
      drawStatusLine(in: Rect(x: 0, y: height - 1 - rows, width: width, height: rows), into: &grid)
    }
    switch edit.prompt {
    case .owner(let choice): drawOwnerEditor(choice, into: &grid)
    case .carryOver(let year, let items, let scroll):
      drawCarryOver(year, items, scroll: scroll, into: &grid)
    case .form(let form): drawForm(form, into: &grid)
    case .projects(let choice): drawProjectPicker(choice, into: &grid)
    default: break
    }
  }

  /// One row: a line editor with its label, a conflict question, or the last notice
  /// (two rows for a failure too long for one: its words wrap, the keys on the last).
  func drawStatusLine(in rows: Rect, into grid: inout Grid) {
    let p = painter
    grid.fill(rows)
    let row = Rect(x: rows.x, y: rows.maxY - 1, width: rows.width, height: 1)
    switch edit.prompt {
    case .line(let purpose, let editor):
      let used = p.text(promptLabelText(purpose), in: row, role: .title, into: &grid)
      // A wrong value leaves the editor open, with the reason at the right end.
      var reason = 0
      if let n = edit.notice, n.kind != .info {
        let text = n.text(language)
        // Half the room at least, and all of it but what the typed text needs: the
        // reason is read whole («күн емес: ЖЖЖЖ-АА-КК түрінде жазыңыз») beside a short value.
        let room = row.width - used
        reason = min(max(room / 2, room - editor.characters.count - 2), resolveWidth(text) + 2)
        p.rightText(
          text, in: Rect(x: row.maxX - reason, y: row.y, width: reason, height: 1),
          role: .inProgress,
          into: &grid)
      }
      let box = Rect(x: row.x + used, y: row.y, width: row.width - used - reason, height: 1)
      editor.draw(in: box, theme: theme, into: &grid)
      return
    case .conflict:
      if let c = edit.conflicts.first {
        p.text(conflictQuestion(c), in: row, role: .badge, into: &grid)
      }
      return
    case .bulkStatus(let status, let ids):
      let question = p.counted(.bulkStatusQuestion, ids.count, valueText(.status(status)))
      p.text(question, in: row, role: .badge, into: &grid)
      return
    case .quit:
      p.text(p.counted(.quitQuestion, edit.pending.count), in: row, role: .badge, into: &grid)
      return
    case .recovery(let found):
      let question = p.counted(
        .recoveryQuestion, found.changes.count, Formatting.localTime(found.time), found.author)
      p.text(question, in: row, role: .badge, into: &grid)
      return
    case .remove(let id):
      // The title gives way, so that the question's end (y / Esc) always shows.
      let title = roadmap.activity(id: id).map { p.resolve($0.title) } ?? ""
      let room = row.width - resolveWidth(p.word(.removeQuestion, id, ""))
      let fitted = String(p.fit(title, max(1, room)).map(\.character))
      p.text(p.word(.removeQuestion, id, fitted), in: row, role: .badge, into: &grid)
      return
    default: break
    }
    let notice =
      edit.notice
      ?? edit.diskProblem.map { Notice(.invalidOnDisk, kind: .warning, reason: .problem($0)) }
    let right = statusPieces
    // On two rows the keys may take more of the last: the reason has the first whole.
    let rightWidth = min(
      rows.height > 1 ? row.width - 12 : row.width * 2 / 3, right.reduce(0) { $0 + resolveWidth($1.0) })
    p.pieces(
      right, in: Rect(x: row.maxX - rightWidth, y: row.y, width: rightWidth, height: 1), into: &grid
    )
    let left = Rect(
      x: row.x, y: row.y, width: row.width - rightWidth - (rightWidth > 0 ? 2 : 0), height: 1)
    guard let notice else { return }
    let role: StyleRole =
      notice.kind == .info ? .done : notice.kind == .warning ? .inProgress : .overdue
    let text = notice.text(language)
    guard rows.height > 1 else {
      p.text(text, in: left, role: role, into: &grid)
      return
    }
    // The first row whole across, broken at a space; the rest beside the keys.
    let glyphs = p.fit(text, resolveWidth(text))
    let first = TextFit.wrap(glyphs, to: rows.width, maxLines: 1).first ?? []
    var rest = first.count
    while rest < glyphs.count && glyphs[rest].character == " " { rest += 1 }
    let style = theme.style(role)
    _ = grid.draw(first, x: rows.x, y: rows.y, clip: rows, style: style)
    let tail = TextFit.truncate(Array(glyphs[rest...]), to: left.width, ellipsis: theme.ellipsis)
    _ = grid.draw(tail, x: left.x, y: left.y, clip: left, style: style)
  }

  /// The label before a line editor, with how many activities it sets when rows are marked.
  func promptLabelText(_ purpose: LinePurpose) -> String {
    switch purpose {
    case .note(let ids) where ids.count > 1, .due(let ids) where ids.count > 1:
      let label = painter.word(promptLabel(purpose))
      return painter.counted(.promptForMany, ids.count, label)
    default: return painter.word(promptLabel(purpose))
    }
  }

  /// The label before a line editor.
  func promptLabel(_ purpose: LinePurpose) -> Message {
    switch purpose {
    case .note: return .promptNote
    case .due: return .promptDue
    case .savePath: return .promptPath
    case .carryOverYear: return .promptYear
    case .newActivityTitle: return .promptNewActivity
    case .newActivityDue: return .promptNewActivityDue
    case .newProjectTitle: return .promptNewProject
    }
  }

  /// Columns of the line editor's box on the status line, to scroll it by.
  func lineBoxWidth(_ purpose: LinePurpose) -> Int {
    max(1, width - min(width, resolveWidth(promptLabelText(purpose))))
  }

  /// "Status of d1.x: in progress on disk, pending yours: keep yours? y/n".
  func conflictQuestion(_ c: Conflict) -> String {
    painter.word(
      c.fromSync ? .syncConflictQuestion : .conflictQuestion, painter.word(fieldName(c.mine.field)), c.mine.id,
      valueText(c.theirs), valueText(c.mine.new))
  }

  /// The catalogue word of a field.
  func fieldName(_ field: Field) -> Message {
    switch field {
    case .status: return .fieldStatus
    case .owner: return .fieldOwner
    case .due: return .fieldDue
    case .note: return .fieldNote
    case .title: return .fieldTitle
    case .actual: return .fieldActual
    case .plan: return .fieldPlan
    case .project: return .fieldProject
    case .entry: return .fieldEntry
    case .asOf: return .fieldAsOf
    case .version: return .fieldVersion
    }
  }

  /// A field's value in the interface language.
  func valueText(_ value: FieldValue?) -> String {
    switch value {
    case nil: return painter.word(.valueNone)
    case .status(let s)?:
      return painter.word(s == .done ? .done : s == .inProgress ? .inProgress : .pending)
    case .day(let d)?: return Formatting.day(d, language)
    case .text(let t)?: return painter.resolve(t)
    case .number(let n)?: return Formatting.number(n.value, language)
    case .place(let p)?:
      return roadmap.projectLocation(p.project).map { painter.resolve(roadmap.directions[$0.direction].projects[$0.project].title) } ?? p.project
    case .entry(let e)?: return e.title.map(painter.resolve) ?? e.id
    }
  }

  /// The owner picker of `O`: the filter typed, then the owners that match.
  func drawOwnerEditor(_ choice: OwnerChoice, into grid: inout Grid) {
    let p = painter
    let body = Layout.body(self)
    let matches = choice.matches
    let adding = choice.draft != nil
    // Named as the owner filter names them, without the region they all share: at 80
    // columns a full name loses the words that tell the agencies apart.
    let short = shortNames
    let longest = choice.owners.map { resolveWidth(short.name($0)) }.max() ?? 0
    let inner = centredWindow(
      width: min(body.width, max(64, longest + 6)), height: min(body.height, choice.owners.count + (adding ? 5 : 4)),
      title: p.word(adding ? .newActivityOwnerTitle : .ownerEditTitle), into: &grid)
    guard !inner.isEmpty else { return }
    let used = p.text("> ", in: inner.row(0), role: .key, into: &grid)
    choice.filter.draw(
      in: Rect(x: inner.x + used, y: inner.y, width: inner.width - used, height: 1),
      theme: theme, into: &grid)
    let list = inner.dropFirst(1)
    let scroll = max(0, choice.selection - list.height + 1)
    drawList(
      count: choice.rowCount, selection: choice.selection, scroll: scroll, in: list, into: &grid
    ) { i, row, g in
      if i < matches.count {
        p.text(short.name(matches[i]), in: row, x: 1, into: &g)
      } else {
        p.text(p.word(.ownerNew, choice.typedNew ?? ""), in: row, x: 1, role: .badge, into: &g)
      }
    }
  }

  /// The carry-over preview: every activity with its old and new due date.
  func drawCarryOver(_ year: Int, _ items: [CarryOverItem], scroll: Int, into grid: inout Grid) {
    let p = painter
    let body = Layout.body(self)
    let inner = centredWindow(
      width: body.width - 4, height: min(body.height, items.count + 2),
      title: p.counted(.carryOverTitle, items.count), into: &grid)
    let dates = 2 * Formatting.widestDay(language, .column) + 3
    drawList(count: items.count, selection: nil, scroll: scroll, in: inner, into: &grid) {
      i, row, g in
      let item = items[i]
      let title = roadmap.activity(id: item.id).map { p.resolve($0.title) } ?? item.id
      let right = Rect(
        x: row.maxX - min(dates, row.width / 2), y: row.y, width: min(dates, row.width / 2),
        height: 1)
      p.pieces(
        [
          (Formatting.day(item.old, language, .column), .overdue), (theme.asciiOnly ? " -> " : " → ", .dim),
          (Formatting.day(item.new, language, .column), .done),
        ], in: right, into: &g)
      p.text(
        title, in: Rect(x: row.x + 1, y: row.y, width: right.x - row.x - 2, height: 1), into: &g)
    }
  }

  /// The mark column and the highlight of a list row changed by someone else.
  ///
  /// The mark goes in the column between the status glyph and the title, so rows keep
  /// their layout whether or not anything is marked.
  func decorate(_ location: ActivityLocation, in row: Rect, into grid: inout Grid) {
    let id = roadmap[location].id
    if edit.marks.contains(id), row.width > 2 {
      grid.draw(
        [Glyph(character: theme.asciiOnly ? "*" : "●", width: 1)], x: row.x + 1, y: row.y,
        clip: row,
        style: theme.style(.badge))
    }
    if edit.flashes[id] != nil {
      let r = row.clipped(to: grid.bounds)
      guard !r.isEmpty else { return }
      for x in r.x..<r.maxX {
        var cell = grid[x, r.y]
        cell.style.underline = true
        cell.style.bold = true
        grid[x, r.y] = cell
      }
    }
  }

  /// The history lines of the activity screen: newest first, with time, author and change.
  func historyLines(_ id: String, width: Int) -> [ActivityLine] {
    let p = painter
    var out = [
      ActivityLine(glyphs: [], role: .plain, indent: 0),
      // Times are local; the zone is named once, in the heading.
      ActivityLine(
        glyphs: p.fit(p.word(.historyTitle) + " (" + Formatting.zoneName() + ")", width),
        role: .title, indent: 0),
    ]
    let entries = edit.history[id] ?? []
    if entries.isEmpty {
      out.append(ActivityLine(glyphs: p.fit(p.word(.noHistory), width - 2), role: .dim, indent: 2))
    }
    for e in entries.reversed().prefix(50) {
      // 2023-11-30T10:15:00Z → 2023-11-30 15:15 at UTC+05:00.
      let time = Formatting.localTime(e.time)
      let arrow = theme.asciiOnly ? " -> " : " → "
      let text =
        time + theme.itemSeparator + e.author + theme.itemSeparator + p.word(fieldName(e.field))
        + ": "
        + valueText(e.old) + arrow + valueText(e.new)
      // Long values (an agency's full name) wrap; the next entry starts on its own line.
      let lines = TextFit.wrap(SafeText.glyphs(text, asciiOnly: theme.asciiOnly), to: width - 4)
      for (k, line) in lines.enumerated() {
        out.append(ActivityLine(glyphs: line, role: k == 0 ? .plain : .dim, indent: k == 0 ? 2 : 4))
      }
    }
    return out
  }
}
