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
    #expect(s["properties"]?["version"]?["const"] == JSON(.number("1")))
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
    ("\"version\": 1", "\"version\": 2", "const"),
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
