/// Checks a parsed JSON document against `FormatRules`, collecting every problem with its
/// place.
///
/// Nothing stops at the first problem: the whole file is checked and all errors returned.
/// The loader builds the roadmap on its fast path; this pass runs when that one refuses
/// (or to place a warning), and must find at least one error in every file it refuses.
struct RoadmapDecoder {
  let file: String
  let source: SourceText?
  var problems: [Problem] = []
  var ids: [String: (path: String, offset: Int)] = [:]
  /// The programme period, once read: due dates outside it are warned about.
  var period: ClosedRange<Int>?
  /// The file's version, once read and when it is one this jolkarta reads: fields of a
  /// later version are unknown fields before it.
  var version: Int?

  init(file: String, source: SourceText?) {
    self.file = file
    self.source = source
  }

  mutating func report(
    _ text: ProblemText, at node: JSON?, path: String, id: String?, severity: Problem.Severity = .error
  ) {
    let loc = node.flatMap { $0.offset >= 0 ? source?.location(of: $0.offset) : nil }
    problems.append(Problem(severity: severity, file: file, location: loc, path: path, id: id, text))
  }

  func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

  // MARK: - Field readers

  mutating func required(_ obj: JSON, _ key: String, _ path: String, _ id: String?) -> JSON? {
    guard let v = obj[key] else {
      report(.requiredMissing(field: key), at: obj, path: path, id: id)
      return nil
    }
    return v
  }

  /// Reads an id (S): a non-empty string, unique across the file.
  mutating func id(_ obj: JSON, _ path: String) -> String? {
    guard let v = required(obj, "id", path, nil) else { return nil }
    guard let s = v.stringValue, !s.isEmpty else {
      report(.idNotString(found: describeValue(v)), at: v, path: join(path, "id"), id: nil)
      return nil
    }
    if let first = ids[s] {
      let firstLoc = source.map { "\($0.location(of: first.offset))" } ?? ""
      report(.duplicateID(s, firstPath: first.path, firstLocation: firstLoc),
        at: v, path: join(path, "id"), id: s)
    } else {
      ids[s] = (path, v.offset)
    }
    return s
  }

  /// Reads a text (T): a string, or an object of language code to string.
  mutating func text(_ v: JSON, _ path: String, _ id: String?) -> LocalizedText? {
    switch v.value {
    case .string(let s):
      return LocalizedText(s)
    case .object(let members) where !members.isEmpty:
      var out: [LocalizedText.Translation] = []
      for m in members {
        guard let s = m.value.stringValue, !m.key.isEmpty else {
          report(.translationNotString(found: describeValue(m.value), language: m.key),
            at: m.value, path: join(path, m.key), id: id)
          return nil
        }
        out.append(.init(language: m.key, text: s))
      }
      return LocalizedText(translations: out)
    default:
      report(.notText(found: describeValue(v)),
        at: v, path: path, id: id)
      return nil
    }
  }

  /// Reads a text whose translations may be objects of plural forms (`pluralText`).
  mutating func pluralText(_ v: JSON, _ path: String, _ id: String?) {
    guard case .object(let members) = v.value, !members.isEmpty else {
      if v.stringValue == nil {
        report(.notPluralText(found: describeValue(v)),
          at: v, path: path, id: id)
      }
      return
    }
    for m in members {
      let p = join(path, m.key)
      guard !m.key.isEmpty else {
        report(.translationWithoutLanguage(found: describeValue(m.value)),
          at: m.value, path: p, id: id)
        continue
      }
      if m.value.stringValue != nil { continue }
      guard case .object(let forms) = m.value.value, !forms.isEmpty else {
        report(.translationNotForms(found: describeValue(m.value), language: m.key),
          at: m.value, path: p, id: id)
        continue
      }
      for f in forms {
        if !FormatRules.pluralCategories.contains(f.key) {
          report(.unknownPluralForm(found: describeValue(JSON.string(f.key)), allowed: FormatRules.pluralCategoriesText),
            at: f.value, path: join(p, f.key), id: id)
        } else if f.value.stringValue == nil {
          report(.pluralFormNotString(found: describeValue(f.value), form: f.key),
            at: f.value, path: join(p, f.key), id: id)
        }
      }
    }
  }

  /// Reads a number, checking it against the field's domain.
  mutating func number(_ v: JSON, _ path: String, _ id: String?, _ domain: NumberDomain) {
    guard case .number(let text) = v.value, let d = Double(text), d.isFinite else {
      report(.notFiniteNumber(found: describeValue(v)), at: v, path: path, id: id)
      return
    }
    if !domain.allows(d) {
      report(.outOfDomain(domain, found: describeValue(v)), at: v, path: path, id: id)
    }
  }

  mutating func date(_ v: JSON, _ path: String, _ id: String?) -> Day? {
    guard let s = v.stringValue, let d = Day(s) else {
      report(.notADate(found: describeValue(v)), at: v, path: path, id: id)
      return nil
    }
    return d
  }

  mutating func year(_ v: JSON, _ path: String) -> Int? {
    guard case .number(let t) = v.value, let n = Int(t), (1...9999).contains(n) else {
      report(.notAYear(found: describeValue(v)), at: v, path: path, id: nil)
      return nil
    }
    return n
  }

  mutating func object(_ v: JSON, _ path: String, what: String) -> Bool {
    guard case .object = v.value else {
      report(.notAnObject(what: what, found: describeValue(v)), at: v, path: path, id: nil)
      return false
    }
    return true
  }

  /// The problems of one object of a kind, as messages (for an object made by an edit).
  static func problems(of obj: JSON, as kind: FormatRules.Object) -> [String] {
    var decoder = RoadmapDecoder(file: "", source: nil)
    guard decoder.object(obj, "", what: kind.article) else { return decoder.problems.map(\.message) }
    decoder.check(obj, kind, "", owner: nil)
    return decoder.problems.filter { $0.severity == .error }.map(\.message)
  }

  // MARK: - The document

  /// Checks the whole document, collecting every problem in `problems`. (The loader
  /// builds the roadmap on its fast path; this pass only finds and places problems.)
  mutating func decode(_ root: JSON) {
    guard object(root, "", what: FormatRules.Object.document.article) else { return }
    check(root, .document, "", owner: nil)
  }

  /// Checks one object against its fields in `FormatRules`, and what it holds in turn.
  ///
  /// `owner` is the id of the nearest object around it that has one, for messages.
  mutating func check(_ obj: JSON, _ kind: FormatRules.Object, _ path: String, owner: String?) {
    let fields = FormatRules.fields(of: kind)
    // The id first, so that every other message about this object can name it.
    let ownID = fields.contains { $0.kind == .id } ? id(obj, path) : owner
    var years: [String: Int] = [:]
    if kind == .document, case .number(let t)? = obj["version"]?.value, let n = Double(t) {
      version = FormatRules.version(n)
    }
    for field in fields where field.kind != .id && field.since <= version ?? 1 {
      guard let v = obj[field.name] else {
        if field.required { report(.requiredMissing(field: field.name), at: obj, path: path, id: ownID) }
        continue
      }
      let p = join(path, field.name)
      switch field.kind {
      case .id:
        break
      case .format:
        if v.stringValue != "jolkarta-roadmap" {
          report(.wrongFormat(found: describeValue(v)), at: v, path: p, id: nil)
        }
      case .version:
        if case .number(let t) = v.value, let n = Double(t), FormatRules.version(n) != nil { break }
        report(.unsupportedVersion(found: describeValue(v), versions: FormatRules.versions),
          at: v, path: p, id: nil)
      case .text:
        _ = text(v, p, ownID)
      case .pluralText:
        pluralText(v, p, ownID)
      case .texts:
        guard let elements = v.arrayValue else {
          report(.notTexts(found: describeValue(v)), at: v, path: p, id: ownID)
          break
        }
        for (k, e) in elements.enumerated() { _ = text(e, "\(p)[\(k)]", ownID) }
      case .year:
        years[field.name] = year(v, p)
      case .date:
        guard let day = date(v, p, ownID), kind == .activity, let period, !period.contains(day.year) else { break }
        report(.dueOutsidePeriod(due: "\(day)", start: period.lowerBound, end: period.upperBound),
          at: v, path: p, id: ownID, severity: .warning)
      case .status:
        if v.stringValue.flatMap(Status.init(rawValue:)) == nil {
          report(.invalidStatus(found: describeValue(v)),
            at: v, path: p, id: ownID)
        }
      case .number(let domain):
        number(v, p, ownID, domain)
      case .object(let inner):
        if object(v, p, what: inner.article) { check(v, inner, p, owner: nil) }
      case .list(let inner):
        guard let elements = v.arrayValue else {
          report(.notAnArray(found: describeValue(v)), at: v, path: p, id: ownID)
          break
        }
        for (k, e) in elements.enumerated() where object(e, "\(p)[\(k)]", what: inner.article) {
          check(e, inner, "\(p)[\(k)]", owner: nil)
        }
      }
    }
    if kind == .period, let s = years["start"], let e = years["end"] {
      if s <= e {
        period = s...e
      } else {
        report(.startAfterEnd(start: s, end: e), at: obj, path: path, id: nil)
      }
    }
  }
}

/// A short rendering of a value for messages: strings quoted and cut, others by kind.
func describeValue(_ v: JSON) -> String {
  switch v.value {
  case .string(let s):
    let cut = s.count > 60 ? String(s.prefix(60)) + "…" : s
    return "\"" + cut.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() + "\""
  case .number(let t): return t.count > 40 ? String(t.prefix(40)) + "…" : t
  case .bool(let b): return b ? "true" : "false"
  case .null: return "null"
  default: return v.kindName
  }
}
