import Foundation
import Testing

@testable import RoadmapKit

/// The domain of indicator figures and the way ids are compared, as FORMAT.md states them.
struct DomainTests {
  func messages(_ bytes: [UInt8]) -> [String] {
    do {
      _ = try RoadmapLoader.decode(bytes, file: "f.json")
      return []
    } catch { return error.problems.map(\.description) }
  }

  @Test func figuresOutsideTheDomainArePlacedAndExplained() {
    let plan0 = messages(DifferentialTests.edgeRoadmap(plan: "0"))
    #expect(plan0 == [
      #"f.json:4:67: error: directions[0].indicators[0].plan (id "i1"): must be a number greater than 0 (leave "plan" out when there is no plan), found 0"#,
    ])
    let negative = messages(DifferentialTests.edgeRoadmap(actual: "-7"))
    #expect(negative == [
      #"f.json:4:81: error: directions[0].indicators[0].actual (id "i1"): must be a number 0 or greater, found -7"#,
      #"f.json:6:71: error: directions[0].projects[0].indicators[0].actual (id "i2"): must be a number 0 or greater, found -7"#,
    ])
    #expect(messages(DifferentialTests.edgeRoadmap(plan: "-5e-324")).first?.contains("found -5e-324") == true)
    #expect(messages(DifferentialTests.edgeRoadmap(actual: "\"7\"")).first?.hasSuffix("must be a finite number, found \"7\"") == true)
  }

  @Test func theSmallestAndLargestFiguresLoad() throws {
    let r = try RoadmapLoader.decode(DifferentialTests.edgeRoadmap(plan: "4.9e-324", actual: "1.7976931348623157e308")).roadmap
    let i = r.directions[0].indicators[0]
    #expect(i.plan == 5e-324 && i.actual == .greatestFiniteMagnitude)
    #expect(i.percentOfPlan == Indicator.percentCeiling)
    // -0 is 0 or greater, and is read as 0, never shown as "-0".
    let zero = try RoadmapLoader.decode(DifferentialTests.edgeRoadmap(actual: "-0")).roadmap
    #expect(zero.directions[0].indicators[0].actual.sign == .plus)
  }

  @Test func idsAreComparedAsUnicodeTextAfterUnescaping() {
    // Escaped and literal forms are one string once JSON is read: a duplicate.
    let escaped = messages(DifferentialTests.edgeRoadmap(ids: ("\\u0430", "а")))
    #expect(escaped.count == 1 && escaped[0].contains("duplicate id \"а\""), "\(escaped)")
    // Canonically equivalent spellings (é precomposed, e + combining acute) are one id too.
    let normalised = messages(DifferentialTests.edgeRoadmap(ids: ("\u{E9}", "e\u{301}")))
    #expect(normalised.count == 1 && normalised[0].contains("duplicate id"), "\(normalised)")
    // Case and look-alikes are not normalised away: "a" and "A", Latin "a" and Cyrillic "а".
    #expect(messages(DifferentialTests.edgeRoadmap(ids: ("a", "A"))).isEmpty)
    #expect(messages(DifferentialTests.edgeRoadmap(ids: ("a", "а"))).isEmpty)
    // The same holds across kinds: an activity may not take a direction's id.
    #expect(messages(DifferentialTests.edgeRoadmap(ids: ("d", "x"))).first?.contains("duplicate id \"d\"") == true)
  }
}
