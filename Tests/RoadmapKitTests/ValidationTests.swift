import Foundation
import Testing

@testable import RoadmapKit

/// Every kind of bad input, each with its message: file, line:column, path, id, value, allowed.
struct ValidationTests {
  @Test func tinyRoadmapIsValid() throws {
    let loaded = try RoadmapLoader.decode(Array(tinyRoadmap.utf8), file: "tiny.json")
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.roadmap.counts == StatusCounts(done: 1, inProgress: 0, pending: 1))
    #expect(JSONWriter.canonicalString(loaded.roadmap.document) == tinyRoadmap)
  }

  @Test func wrongStatusInTheSample() throws {
    let text = replacing(Sample.text, "\"status\": \"in_progress\"", with: "\"status\": \"finished\"",
      after: "\"id\": \"d1.roads.06\"")
    let ps = problems(text, file: "data/roadmap.json")
    #expect(ps.count == 1)
    let p = try #require(ps.first)
    #expect(p.severity == .error)
    #expect(p.file == "data/roadmap.json")
    #expect(p.path == "directions[0].projects[1].activities[5].status")
    #expect(p.id == "d1.roads.06")
    #expect(p.location == location(of: "\"finished\"", in: text))
    #expect(p.location == Loc(line: 348, column: 25))
    #expect(p.message.contains("\"finished\""))
    #expect(p.message.contains("\"done\", \"in_progress\", \"pending\""))
    #expect(
      p.description
        == "data/roadmap.json:348:25: error: directions[0].projects[1].activities[5].status (id \"d1.roads.06\"): invalid status \"finished\"; allowed: \"done\", \"in_progress\", \"pending\""
    )
  }

  @Test(arguments: ["\"Done\"", "\"\"", "1", "null", "true", "[\"done\"]", "{\"kk\": \"done\"}"])
  func statusMustBeOneOfThree(value: String) throws {
    let text = replacing(tinyRoadmap, "\"status\": \"pending\"", with: "\"status\": \(value)")
    let p = try #require(problems(text).first)
    #expect(p.path == "directions[0].projects[0].activities[1].status")
    #expect(p.id == "a2")
    #expect(p.location == location(of: value, in: text, after: "\"id\": \"a2\""))
    #expect(p.message.contains("allowed: \"done\", \"in_progress\", \"pending\""))
    let shown = value.hasPrefix("[") ? "an array" : value.hasPrefix("{") ? "an object" : value
    #expect(p.message.contains(shown), "\(p.message)")
  }

  @Test(arguments: [
    ("\"format\": \"jolkarta-roadmap\",\n", "format", ""),
    ("\"version\": 1,\n", "version", ""),
    ("\"title\": \"T\",\n", "title", ""),
    ("\"region\": \"R\",\n", "region", ""),
    ("\"as_of\": \"2023-11-30\",\n", "as_of", ""),
  ])
  func missingTopLevelField(line: String, field: String, path: String) throws {
    let text = replacing(tinyRoadmap, line, with: "")
    let ps = problems(text)
    #expect(ps.count == 1)
    let p = try #require(ps.first)
    #expect(p.message == "required field \"\(field)\" is missing")
    #expect(p.path == path)
    #expect(p.location == Loc(line: 1, column: 1))
  }

  @Test func missingActivityFieldsNameTheActivity() throws {
    // a2 loses its title and its status: both reported, at the activity's '{', with its id.
    var text = replacing(tinyRoadmap, "\"title\": \"A2\",\n", with: "", after: "\"id\": \"a1\"")
    text = replacing(text, "\"status\": \"pending\",\n", with: "")
    let ps = problems(text)
    #expect(ps.map(\.message) == ["required field \"title\" is missing", "required field \"status\" is missing"])
    for p in ps {
      #expect(p.path == "directions[0].projects[0].activities[1]")
      #expect(p.id == "a2")
      #expect(p.location == Loc(line: 25, column: 13))
    }
  }

  @Test func missingIdAndEmptyId() throws {
    let noID = replacing(tinyRoadmap, "\"id\": \"a1\",\n", with: "")
    let p = try #require(problems(noID).first)
    #expect(p.message == "required field \"id\" is missing")
    #expect(p.path == "directions[0].projects[0].activities[0]")
    #expect(p.id == nil)

    let empty = replacing(tinyRoadmap, "\"id\": \"p1\"", with: "\"id\": \"\"")
    let q = try #require(problems(empty).first)
    #expect(q.path == "directions[0].projects[0].id")
    #expect(q.message == "\"id\" must be a non-empty string, found \"\"")
    #expect(q.location == location(of: "\"\"", in: empty, after: "\"projects\""))

    let number = replacing(tinyRoadmap, "\"id\": \"d1\"", with: "\"id\": 7")
    let r = try #require(problems(number).first)
    #expect(r.path == "directions[0].id")
    #expect(r.message == "\"id\" must be a non-empty string, found 7")
  }

  @Test func wrongTypes() throws {
    var text = replacing(tinyRoadmap, "\"directions\": [", with: "\"directions\": {\"x\": [")
    text = replacing(text, "  ]\n}\n", with: "  ]}\n}\n")
    let p = try #require(problems(text).first)
    #expect(p.path == "directions")
    #expect(p.message == "must be an array, found an object")
    #expect(p.location == location(of: "{\"x\"", in: text))

    let act = replacing(tinyRoadmap, "\"activities\": [", with: "\"activities\": [\n\"a0\",")
    let q = try #require(problems(act).first)
    #expect(q.path == "directions[0].projects[0].activities[0]")
    #expect(q.message == "an activity must be an object, found \"a0\"")
    #expect(q.location == Loc(line: 20, column: 1))

    let root = problems("[1, 2]")
    #expect(root.map(\.message) == ["the document must be an object, found an array"])
    #expect(root.first?.location == Loc(line: 1, column: 1))

    let period = replacing(tinyRoadmap, "\"start\": 2023", with: "\"start\": \"2023\"")
    let r = try #require(problems(period).first)
    #expect(r.path == "period.start")
    #expect(r.message == "must be a year (a whole number from 1 to 9999), found \"2023\"")

    let reversed = replacing(tinyRoadmap, "\"end\": 2027", with: "\"end\": 2020")
    let s = try #require(problems(reversed).first)
    #expect(s.path == "period")
    #expect(s.message == "\"start\" (2023) is after \"end\" (2020)")

    let plan = replacing(Sample.text, "\"plan\": 14", with: "\"plan\": \"14\"")
    let t = try #require(problems(plan).first)
    #expect(t.path == "directions[0].projects[2].indicators[0].plan")
    #expect(t.id == "d1.schools.commissioned")
    #expect(t.message == "must be a finite number, found \"14\"")
    #expect(t.location == location(of: "\"14\"", in: plan))
  }

  @Test func invalidTexts() throws {
    // T is a string or a non-empty object of language code to string.
    let cases: [(String, String, String)] = [
      ("\"title\": 5", "title", "found 5"),
      ("\"title\": []", "title", "found an array"),
      ("\"title\": {}", "title", "found an object"),
      ("\"title\": null", "title", "found null"),
    ]
    for (replacement, field, found) in cases {
      let text = replacing(tinyRoadmap, "\"title\": \"A1\"", with: replacement)
      let p = try #require(problems(text).first)
      #expect(p.path == "directions[0].projects[0].activities[0].\(field)")
      #expect(p.id == "a1")
      #expect(p.message.contains("must be a string or an object of language code to string"))
      #expect(p.message.hasSuffix(found), "\(p.message)")
    }
    let translation = replacing(tinyRoadmap, "\"region\": \"R\"", with: "\"region\": {\"kk\": \"Р\", \"ru\": 3}")
    let p = try #require(problems(translation).first)
    #expect(p.path == "region.ru")
    #expect(p.message == "each translation must be a string under a language code, found 3 under \"ru\"")
    #expect(p.location == location(of: "3}", in: translation))

    let emptyCode = replacing(tinyRoadmap, "\"region\": \"R\"", with: "\"region\": {\"\": \"R\"}")
    #expect(try #require(problems(emptyCode).first).path == "region.")

    // Translations are accepted for owner and note too, in file order.
    let ok = replacing(tinyRoadmap, "\"status\": \"done\"",
      with: "\"status\": \"done\",\n\"owner\": {\"ru\": \"Акимат\", \"kk\": \"Әкімдік\"}")
    let r = try RoadmapLoader.decode(Array(ok.utf8)).roadmap
    #expect(r.activity(id: "a1")?.owner?.translations.map(\.language) == ["ru", "kk"])
    #expect(r.activity(id: "a1")?.owner?.resolved("en") == "Әкімдік")
  }

  @Test func duplicateIdsNameBothPlaces() throws {
    let text = replacing(Sample.text, "\"id\": \"d3.sport.05\"", with: "\"id\": \"d1.roads.06\"")
    let ps = problems(text, file: "r.json")
    #expect(ps.count == 1)
    let p = try #require(ps.first)
    let first = location(of: "\"d1.roads.06\"", in: text)
    let second = location(of: "\"d1.roads.06\"", in: text, after: "\"id\": \"d3.sport.04\"")
    #expect(p.location == second)
    #expect(p.path == "directions[2].projects[1].activities[4].id")
    #expect(p.id == "d1.roads.06")
    #expect(p.message.contains("directions[0].projects[1].activities[5]"))
    #expect(p.message.contains("at \(first)"))
    #expect(p.message.hasPrefix("duplicate id \"d1.roads.06\""))

    // Across kinds: a project with a direction's id.
    let kinds = replacing(tinyRoadmap, "\"id\": \"p1\"", with: "\"id\": \"d1\"")
    let q = try #require(problems(kinds).first)
    #expect(q.path == "directions[0].projects[0].id")
    #expect(q.message.contains("already used by directions[0] at 13:13"))
  }

  @Test(arguments: ["2023-02-30", "2023-13-01", "2023-00-10", "2023-04-31", "2023-2-3", "23-02-03",
    "2023/02/03", "2023-02-03T00:00", "", "0000-01-01", "2023-1a-01", "２０２３-01-01"])
  func invalidDates(value: String) throws {
    let text = replacing(tinyRoadmap, "\"due\": \"2023-06-01\"", with: "\"due\": \"\(value)\"")
    let ps = problems(text)
    #expect(ps.count == 1)
    let p = try #require(ps.first)
    #expect(p.path == "directions[0].projects[0].activities[1].due")
    #expect(p.id == "a2")
    #expect(p.message == "must be a real date written YYYY-MM-DD, found \"\(value)\"")
    #expect(p.location == Loc(line: 29, column: 22))
  }

  @Test func validDatesIncludingLeapDays() throws {
    for value in ["2024-02-29", "2000-02-29", "2023-12-31", "2023-01-01"] {
      let text = replacing(tinyRoadmap, "\"due\": \"2023-06-01\"", with: "\"due\": \"\(value)\"")
      #expect(throws: Never.self) { try RoadmapLoader.decode(Array(text.utf8)) }
    }
    #expect(Day("1900-02-29") == nil)
    #expect(Day("2100-02-29") == nil)
    #expect(Day("2024-02-29")?.nextYear == Day("2025-02-28"))
    let bad = replacing(tinyRoadmap, "\"as_of\": \"2023-11-30\"", with: "\"as_of\": \"2023-11-31\"")
    #expect(try #require(problems(bad).first).path == "as_of")
  }

  @Test func dueOutsideThePeriodIsAWarning() throws {
    let text = replacing(tinyRoadmap, "\"due\": \"2023-06-01\"", with: "\"due\": \"2031-06-01\"")
    let loaded = try RoadmapLoader.decode(Array(text.utf8), file: "w.json")
    #expect(loaded.warnings.count == 1)
    let w = try #require(loaded.warnings.first)
    #expect(w.severity == .warning)
    #expect(w.path == "directions[0].projects[0].activities[1].due")
    #expect(w.id == "a2")
    #expect(w.location == Loc(line: 29, column: 22))
    #expect(w.message == "due date 2031-06-01 is outside the programme period 2023–2027")
    #expect(w.description.hasPrefix("w.json:29:22: warning: "))
    #expect(loaded.roadmap.activity(id: "a2")?.due == Day("2031-06-01"))
    // The edges of the period are inside.
    for inside in ["2023-01-01", "2027-12-31"] {
      let t = replacing(tinyRoadmap, "\"due\": \"2023-06-01\"", with: "\"due\": \"\(inside)\"")
      #expect(try RoadmapLoader.decode(Array(t.utf8)).warnings.isEmpty)
    }
    // A warning alongside an error is reported too, after the errors.
    let both = replacing(text, "\"status\": \"done\"", with: "\"status\": \"?\"")
    let ps = problems(both)
    #expect(ps.map(\.severity) == [.error, .warning])
  }

  @Test(arguments: ["1e400", "-1e400", "1" + String(repeating: "0", count: 400), "1E+999"])
  func nonFiniteNumbersAreRejected(value: String) throws {
    let text = replacing(Sample.text, "\"actual\": 837", with: "\"actual\": \(value)")
    let ps = problems(text)
    #expect(ps.count == 1)
    let p = try #require(ps.first)
    #expect(p.location == location(of: value, in: text))
    #expect(p.message.contains("too large"), "\(p.message)")
    #expect(p.message.contains(String(value.prefix(20))))
  }

  @Test func tinyAndNegativeNumbersAreFine() throws {
    let text = replacing(Sample.text, "\"actual\": 837", with: "\"actual\": 1e-400")
    let r = try RoadmapLoader.decode(Array(text.utf8)).roadmap
    let ind = r.directions[1].projects[0].indicators[0]
    #expect(ind.actual == 0)
    // …and the number is saved as written.
    #expect(JSONWriter.canonicalString(r.document) == text)
  }

  @Test(arguments: ["3", "1.5", "\"1\"", "0", "null", "-1", "2.5"])
  func onlyVersions1And2(value: String) throws {
    let text = replacing(tinyRoadmap, "\"version\": 1", with: "\"version\": \(value)")
    let ps = problems(text)
    #expect(ps.count == 1)
    let p = try #require(ps.first)
    #expect(p.path == "version")
    #expect(p.message == "unsupported \"version\" \(value); this jolkarta reads versions 1 and 2")
    #expect(p.location == Loc(line: 3, column: 14))
  }

  @Test func wrongFormatName() throws {
    let text = replacing(tinyRoadmap, "\"jolkarta-roadmap\"", with: "\"roadmap\"")
    let p = try #require(problems(text).first)
    #expect(p.path == "format")
    #expect(p.message == "\"format\" must be \"jolkarta-roadmap\", found \"roadmap\"")
    #expect(p.location == Loc(line: 2, column: 13))
  }

  @Test func malformedJSONHasLineAndColumn() throws {
    // A missing comma between two members of activity d1.roads.06.
    let text = replacing(Sample.text, "\"status\": \"in_progress\",", with: "\"status\": \"in_progress\"",
      after: "\"id\": \"d1.roads.06\"")
    let ps = problems(text, file: "data/roadmap.json")
    #expect(ps.count == 1)
    let p = try #require(ps.first)
    #expect(p.location == Loc(line: 349, column: 15))
    #expect(p.message == "malformed JSON: unexpected character '\"': expected ',' or '}' after an object member")
    #expect(p.description.hasPrefix("data/roadmap.json:349:15: error: malformed JSON"))

    // Columns count characters, not bytes: Cyrillic before the fault.
    let cyr = "{\"title\": \"Жол картасы\" x}"
    let q = try #require(problems(cyr).first)
    #expect(q.location == Loc(line: 1, column: 25))
  }

  @Test func severalProblemsAtOnce() throws {
    var text = replacing(Sample.text, "\"status\": \"in_progress\"", with: "\"status\": \"finished\"",
      after: "\"id\": \"d1.roads.06\"")
    text = replacing(text, "\"due\": \"2023-10-31\"", with: "\"due\": \"2023-02-30\"", after: "\"id\": \"d2.business.03\"")
    text = replacing(text, "\"id\": \"d4.air.05\"", with: "\"id\": \"d1.housing.01\"")
    text = replacing(text, "\"version\": 1", with: "\"version\": 3")
    text = replacing(text, "\"actual\": 26", with: "\"actual\": \"26\"")
    let ps = problems(text, file: "data/roadmap.json")
    #expect(ps.count == 5)
    #expect(
      ps.map(\.path) == [
        "version", "directions[0].projects[1].activities[5].status",
        "directions[1].projects[1].activities[2].due", "directions[2].projects[1].indicators[0].actual",
        "directions[3].projects[3].activities[4].id",
      ])
    #expect(ps.map(\.id) == [nil, "d1.roads.06", "d2.business.03", "d3.sport.grounds", "d1.housing.01"])
    // In file order, each with its place.
    let lines = ps.compactMap(\.location?.line)
    #expect(lines.count == 5 && lines == lines.sorted())
    let err = RoadmapLoadError(problems: ps)
    #expect(err.description.split(separator: "\n").count == 5)
  }

  @Test func unknownFieldsAreAllowedEverywhere() throws {
    var text = replacing(tinyRoadmap, "\"version\": 1,", with: "\"version\": 1,\n\"x-root\": {\"a\": [1, null]},")
    text = replacing(text, "\"title\": \"D1\",", with: "\"title\": \"D1\",\n\"x-dir\": true,")
    text = replacing(text, "\"title\": \"P1\",", with: "\"title\": \"P1\",\n\"x-proj\": 1.50,")
    text = replacing(text, "\"status\": \"done\"", with: "\"status\": \"done\",\n\"x-act\": null")
    text = replacing(text, "\"start\": 2023,", with: "\"start\": 2023,\n\"x-period\": \"?\",")
    let loaded = try RoadmapLoader.decode(Array(text.utf8))
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.roadmap.counts.total == 2)
  }
}

/// A unit's plural forms: every problem placed at the form, with the categories allowed.
struct PluralUnitValidationTests {
  static let unit = "\"unit\": {\n                \"kk\": \"мектеп\",\n                \"ru\": {\n                  \"one\": \"школа\","

  @Test func anUnknownCategoryIsPlacedAndTheAllowedOnesNamed() throws {
    let text = replacing(Sample.text, "\"one\": \"школа\"", with: "\"single\": \"школа\"")
    let ps = problems(text, file: "data/roadmap.json")
    #expect(ps.count == 1)
    let p = try #require(ps.first)
    #expect(p.path == "directions[0].projects[2].indicators[0].unit.ru.single")
    #expect(p.id == "d1.schools.commissioned")
    #expect(p.location == location(of: "\"школа\"", in: text, after: "\"single\": "))
    #expect(p.message == "plural form \"single\" is not one of \"zero\", \"one\", \"two\", \"few\", \"many\", \"other\"")
    // As FORMAT.md shows it.
    #expect(p.description.hasPrefix("data/roadmap.json:441:29: error: directions[0].projects[2].indicators[0].unit.ru.single"))
  }

  @Test(arguments: [
    ("\"one\": \"школа\"", "\"one\": 5", "unit.ru.one", "each plural form must be a string, found 5 under \"one\""),
    ("\"ru\": {\n                  \"one\": \"школа\",\n                  \"few\": \"школы\",\n                  \"many\": \"школ\"\n                }",
     "\"ru\": {}", "unit.ru",
     "each translation must be a string or an object of plural forms (e.g. {\"one\": \"…\", \"other\": \"…\"}), found an object under \"ru\""),
    ("\"ru\": {\n                  \"one\": \"школа\",\n                  \"few\": \"школы\",\n                  \"many\": \"школ\"\n                }",
     "\"ru\": [\"школа\"]", "unit.ru",
     "each translation must be a string or an object of plural forms (e.g. {\"one\": \"…\", \"other\": \"…\"}), found an array under \"ru\""),
  ])
  func badFormsAreRefused(old: String, new: String, path: String, message: String) throws {
    let text = replacing(Sample.text, old, with: new, after: "\"id\": \"d1.schools.commissioned\"")
    let p = try #require(problems(text).first)
    #expect(p.path == "directions[0].projects[2].indicators[0]." + path)
    #expect(p.message == message)
  }

  @Test func aPlainUnitStaysValidAndFormsPickByTheFigure() throws {
    let plain = replacing(Sample.text, Self.unit, with: "\"unit\": \"мектеп\", \"x\": {\"ru\": {\n                  \"one\": \"школа\",",
      after: "\"id\": \"d1.schools.commissioned\"")
    let r = try RoadmapLoader.decode(Array(plain.utf8)).roadmap
    let schools = try #require(r.allIndicators.first { $0.id == "d1.schools.commissioned" })
    #expect(!schools.unitForms.hasForms)
    #expect(schools.unitForms.resolved("ru", for: 5) == "мектеп")
    let sample = try Sample.load().allIndicators.first { $0.id == "d1.schools.commissioned" }!
    #expect(sample.unitForms.hasForms)
    // By hand, from Russian grammar: 1, 21 школа; 2–4, 22 школы; 5–20, 25, 111 школ.
    for (n, word) in [(1.0, "школа"), (21, "школа"), (2, "школы"), (4, "школы"), (22, "школы"), (5, "школ"),
      (11, "школ"), (12, "школ"), (14, "школ"), (20, "школ"), (111, "школ"), (0, "школ")]
    {
      #expect(sample.unitForms.resolved("ru", for: n) == word, "\(n)")
    }
    // A fraction takes the form of 2–4 in Russian (no "other" given): 2,5 школы.
    #expect(sample.unitForms.resolved("ru", for: 2.5, fractionDigits: 1) == "школы")
    #expect(sample.unitForms.resolved("en", for: 1) == "school")
    #expect(sample.unitForms.resolved("en", for: 7) == "schools")
    #expect(sample.unitForms.resolved("en", for: 1.5, fractionDigits: 1) == "schools")
    #expect(sample.unitForms.resolved("kk", for: 7) == "мектеп")
    // What code wanting one string sees: the form said without a number.
    #expect(sample.unit.resolved("ru") == "школ")
    #expect(sample.unit.resolved("en") == "schools")
    #expect(sample.unitForms.name("ru") == "школа")
  }
}
