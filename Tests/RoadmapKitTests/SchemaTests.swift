import Foundation
import Testing

@testable import RoadmapKit

/// docs/roadmap.schema.json agrees with the model and accepts the sample.
///
/// The check uses a small validator for the keywords the schema uses (below), so it
/// needs no network and no package; `python3 -m jsonschema` is the full check.
struct SchemaTests {
  static let schemaPath = repositoryRoot.appendingPathComponent("docs/roadmap.schema.json").path

  static func schema() throws -> JSON {
    try JSONParser.parse(readBytes(schemaPath))
  }

  @Test func schemaMatchesTheModel() throws {
    let s = try Self.schema()
    #expect(s["$schema"]?.stringValue == "https://json-schema.org/draft/2020-12/schema")
    let defs = try #require(s["$defs"])
    #expect(defs["status"]?["enum"]?.arrayValue?.compactMap(\.stringValue) == Status.allCases.map(\.rawValue))
    let activityKeys = defs["activity"]?["properties"]?.objectValue?.map(\.key)
    #expect(activityKeys == ["id"] + Field.activityMembers.map(\.rawValue))
    #expect(defs["activity"]?["required"]?.arrayValue?.compactMap(\.stringValue) == ["id", "title", "status"])
    #expect(s["properties"]?["version"]?["enum"]?.arrayValue == [JSON(.number("1")), JSON(.number("2"))])
    // The meeting object: the fields of the rules table, in its order, required as it says.
    let meeting = try #require(defs["meeting"])
    #expect(meeting["properties"]?.objectValue?.map(\.key) == ["id", "date", "chair", "reporter", "speakers", "decision"])
    #expect(meeting["required"]?.arrayValue?.compactMap(\.stringValue) == ["id", "date"])
    #expect(FormatRules.fields(of: .meeting).map(\.name) == ["id", "date", "chair", "reporter", "speakers", "decision"])
    #expect(FormatRules.fields(of: .meeting).filter(\.required).map(\.name) == ["id", "date"])
    #expect(FormatRules.versions == [1, 2])
    // A unit may give plural forms, by CLDR's category names.
    #expect(defs["indicator"]?["properties"]?["unit"]?["$ref"]?.stringValue == "#/$defs/pluralText")
    #expect(FormatRules.fields(of: .indicator).first { $0.name == "unit" }?.kind == .pluralText)
    #expect(defs["pluralForms"]?["propertyNames"]?["enum"]?.arrayValue?.compactMap(\.stringValue)
      == ["zero", "one", "two", "few", "many", "other"])
    #expect(FormatRules.pluralCategories == ["zero", "one", "two", "few", "many", "other"])
    #expect(s["properties"]?["format"]?["const"]?.stringValue == "jolkarta-roadmap")
    #expect(s["required"]?.arrayValue?.compactMap(\.stringValue)
      == ["format", "version", "title", "region", "period", "as_of", "directions"])
  }

  @Test func sampleIsValidAgainstTheSchema() throws {
    let errors = MiniSchema(root: try Self.schema()).errors(of: try JSONParser.parse(Sample.bytes))
    #expect(errors == [])
  }

  @Test(arguments: [
    ("\"status\": \"in_progress\"", "\"status\": \"finished\"", "not one of"),
    ("\"version\": 1", "\"version\": 3", "not one of"),
    ("\"due\": \"2023-10-31\"", "\"due\": \"2023-13-31\"", "pattern"),
    ("\"title\": {\n", "\"title\": 5, \"x\": {\n", "oneOf"),
    ("\"actual\": 837", "\"actual\": \"837\"", "type"),
    ("\"id\": \"d2\"", "\"id\": \"\"", "minLength"),
    ("\"start\": 2023", "\"start\": 0", "minimum"),
  ])
  func schemaRejectsWhatTheLoaderRejects(old: String, new: String, keyword: String) throws {
    let text = replacing(Sample.text, old, with: new)
    let errors = MiniSchema(root: try Self.schema()).errors(of: try JSONParser.parse(Array(text.utf8)))
    #expect(errors.count >= 1)
    #expect(errors.contains { $0.contains(keyword) }, "\(errors)")
    // …and so does jolkarta.
    #expect(!problems(text).isEmpty)
  }
}

/// The subset of JSON Schema 2020-12 that roadmap.schema.json uses.
extension SchemaTests {
  @Test func schemaAndLoaderAgreeOnUnitsWithPluralForms() throws {
    let schema = MiniSchema(root: try Self.schema())
    // The sample's first unit with forms, replaced by each unit of the differential test.
    let first = "\"unit\": {\n                \"kk\": \"мектеп\",\n                \"ru\": {\n                  \"one\": \"школа\",\n                  \"few\": \"школы\",\n                  \"many\": \"школ\"\n                },\n                \"en\": {\n                  \"one\": \"school\",\n                  \"other\": \"schools\"\n                }\n              }"
    #expect(Sample.text.contains(first))
    for (label, unit, valid) in DifferentialTests.units {
      let text = replacing(Sample.text, first, with: "\"unit\": " + unit)
      #expect(((try? RoadmapLoader.decode(Array(text.utf8))) != nil) == valid, "\(label)")
      // A duplicate member name is malformed JSON, which no schema sees.
      guard let tree = try? JSONParser.parse(Array(text.utf8)) else { continue }
      #expect(schema.errors(of: tree).isEmpty == valid, "\(label): \(schema.errors(of: tree))")
    }
  }

  /// A version 2 sample: the legacy block kept, one meeting in `meetings`.
  static func sampleV2(meeting: String) -> String {
    let v2 = replacing(Sample.text, "\"version\": 1,", with: "\"version\": 2,")
    return replacing(v2, "\"directions\": [", with: "\"meetings\": [\(meeting)],\n  \"directions\": [")
  }

  @Test func schemaReadsMeetingsOnlyInVersion2() throws {
    let schema = MiniSchema(root: try Self.schema())
    func errors(_ text: String) throws -> [String] { schema.errors(of: try JSONParser.parse(Array(text.utf8))) }
    let good = #"{"id": "meeting.2024-05-30", "date": "2024-05-30", "speakers": ["А", {"kk": "Б"}]}"#
    #expect(try errors(Self.sampleV2(meeting: good)) == [])
    #expect((try? RoadmapLoader.decode(Array(Self.sampleV2(meeting: good).utf8))) != nil)
    for bad in [#"{"id": "m", "date": "30.05.2024"}"#, #"{"date": "2024-05-30"}"#, #"{"id": "m", "date": "2024-05-30", "speakers": "А"}"#] {
      #expect(!(try errors(Self.sampleV2(meeting: bad))).isEmpty, "\(bad)")
      #expect(!problems(Self.sampleV2(meeting: bad)).isEmpty, "\(bad)")
    }
    // In version 1 the same member is an unknown field: anything goes, for both.
    let v1 = replacing(Sample.text, "\"directions\": [", with: "\"meetings\": 5,\n  \"directions\": [")
    #expect(try errors(v1) == [])
    #expect((try? RoadmapLoader.decode(Array(v1.utf8))) != nil)
  }
}

struct MiniSchema {
  let root: JSON

  func errors(of value: JSON) -> [String] {
    var out: [String] = []
    check(value, root, "", &out)
    return out
  }

  func resolve(_ schema: JSON) -> JSON {
    guard let ref = schema["$ref"]?.stringValue, ref.hasPrefix("#/") else { return schema }
    var node = root
    for part in ref.dropFirst(2).split(separator: "/") { node = node[String(part)] ?? JSON(.null) }
    return node
  }

  func number(_ v: JSON) -> Double? {
    if case .number(let t) = v.value { return Double(t) }
    return nil
  }

  func check(_ v: JSON, _ s0: JSON, _ path: String, _ out: inout [String]) {
    let s = resolve(s0)
    if let t = s["type"]?.stringValue {
      let ok: Bool
      switch (t, v.value) {
      case ("object", .object), ("array", .array), ("string", .string), ("number", .number): ok = true
      case ("integer", .number(let text)): ok = Double(text).map { $0 == $0.rounded() } ?? false
      default: ok = false
      }
      if !ok { out.append("\(path): type \(t) expected, found \(v.kindName)"); return }
    }
    if let c = s["const"], c != v, !(number(c) != nil && number(c) == number(v)) { out.append("\(path): const") }
    if let e = s["enum"]?.arrayValue, !e.contains(v) { out.append("\(path): not one of \(e.count)") }
    if let n = s["minLength"].flatMap(number), let str = v.stringValue, Double(str.count) < n {
      out.append("\(path): minLength")
    }
    if let p = s["pattern"]?.stringValue, let str = v.stringValue,
      str.range(of: p, options: .regularExpression) == nil
    {
      out.append("\(path): pattern")
    }
    if let x = number(v) {
      if let m = s["minimum"].flatMap(number), x < m { out.append("\(path): minimum") }
      if let m = s["maximum"].flatMap(number), x > m { out.append("\(path): maximum") }
    }
    if let alternatives = s["oneOf"]?.arrayValue {
      let passing = alternatives.filter { alt in
        var e: [String] = []
        check(v, alt, path, &e)
        return e.isEmpty
      }
      if passing.count != 1 { out.append("\(path): oneOf matched \(passing.count)") }
    }
    if case .object(let members) = v.value {
      for r in s["required"]?.arrayValue ?? [] where v[r.stringValue ?? ""] == nil {
        out.append("\(path): required \(r.stringValue ?? "")")
      }
      if let n = s["minProperties"].flatMap(number), Double(members.count) < n { out.append("\(path): minProperties") }
      let props = s["properties"]
      for m in members {
        let sub = path.isEmpty ? m.key : "\(path).\(m.key)"
        if let names = s["propertyNames"] { check(.string(m.key), names, sub, &out) }
        if let ps = props?[m.key] {
          check(m.value, ps, sub, &out)
        } else if let extra = s["additionalProperties"] {
          check(m.value, extra, sub, &out)
        }
      }
    }
    if case .array(let elements) = v.value, let items = s["items"] {
      for (i, e) in elements.enumerated() { check(e, items, "\(path)[\(i)]", &out) }
    }
  }
}
