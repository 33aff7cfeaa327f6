/// How a field's value is written in the history, the recovery file and `--json`
/// outputs, and read back: one description for all of them.
///
/// Status, texts and days as the roadmap writes them; a figure as its number; a place as
/// `{"project": id, "after": id|null}`; an entry as `{"kind": …, "parent": id,
/// "after": id|null, "object": {…}}`.
extension FieldValue {
  /// The value as JSON.
  public var json: JSON {
    switch self {
    case .status(let s): return .string(s.rawValue)
    case .day(let d): return .string(d.description)
    case .text(let t): return t.json
    case .number(let n): return JSON(.number(n.literal))
    case .place(let p):
      return JSON(.object([
        .init(key: "project", value: .string(p.project)),
        .init(key: "after", value: p.after.map(JSON.string) ?? JSON(.null)),
      ]))
    case .entry(let e):
      return JSON(.object([
        .init(key: "kind", value: .string(e.kind.rawValue)),
        .init(key: "parent", value: .string(e.parent)),
        .init(key: "after", value: e.after.map(JSON.string) ?? JSON(.null)),
        .init(key: "object", value: e.object),
      ]))
    }
  }

  /// Reads a value of `field` from its JSON: `.some(nil)` for null (absent), nil when
  /// the JSON is not a value of that field.
  public static func read(_ json: JSON?, of field: Field) -> FieldValue?? {
    guard let json else { return .some(nil) }
    if case .null = json.value { return .some(nil) }
    let value: FieldValue?
    switch field {
    case .status: value = json.stringValue.flatMap(Status.init(rawValue:)).map(FieldValue.status)
    case .due, .asOf: value = json.stringValue.flatMap(Day.init).map(FieldValue.day)
    case .owner, .note, .title: value = LocalizedText(json: json).map(FieldValue.text)
    case .actual, .plan, .version:
      guard case .number(let t) = json.value else { return nil }
      value = Figure(literal: t).map(FieldValue.number)
    case .project:
      guard let project = json["project"]?.stringValue else { return nil }
      value = .place(Place(project: project, after: json["after"]?.stringValue))
    case .entry:
      guard let kind = json["kind"]?.stringValue.flatMap(Entry.Kind.init(rawValue:)),
        let parent = json["parent"]?.stringValue, let object = json["object"], object.objectValue != nil
      else { return nil }
      value = .entry(Entry(kind: kind, parent: parent, after: json["after"]?.stringValue, object: object))
    }
    return value.map { .some($0) }
  }
}
