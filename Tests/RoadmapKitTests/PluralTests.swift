import Testing

@testable import RoadmapKit

/// CLDR's plural categories, checked against tables written by hand from each language's
/// grammar (мероприятие: 1 мероприятие, 2 мероприятия, 5 мероприятий).
struct PluralCategoryTests {
  @Test func russianOneFewMany() {
    let one = [1, 21, 31, 101, 121, 1001, 1_000_001]
    let few = [2, 3, 4, 22, 23, 24, 102, 1_002]
    let many = [0, 5, 6, 9, 10, 11, 12, 13, 14, 15, 19, 20, 25, 100, 111, 112, 114, 211, 1_000]
    for n in one { #expect(PluralCategory.of(count: n, language: "ru") == .one, "\(n)") }
    for n in few { #expect(PluralCategory.of(count: n, language: "ru") == .few, "\(n)") }
    for n in many { #expect(PluralCategory.of(count: n, language: "ru") == .many, "\(n)") }
    // Fractions shown with a decimal are "other"; a figure beyond Int still has a category.
    #expect(PluralCategory.of(5.6, fractionDigits: 1, language: "ru") == .other)
    #expect(PluralCategory.of(1.0, fractionDigits: 1, language: "ru") == .other)
    #expect(PluralCategory.of(1e20 + 1, language: "ru") == .many)  // 1e20 + 1 is 1e20 as a double
    #expect(PluralCategory.of(-21, language: "ru") == .one)
  }

  @Test func englishOneOther() {
    #expect(PluralCategory.of(count: 1, language: "en") == .one)
    for n in [0, 2, 11, 21, 101] { #expect(PluralCategory.of(count: n, language: "en") == .other, "\(n)") }
    #expect(PluralCategory.of(1.0, fractionDigits: 1, language: "en") == .other)  // "1.0 clinics"
  }

  @Test func kazakhAndOthers() {
    #expect(PluralCategory.of(count: 1, language: "kk") == .one)
    #expect(PluralCategory.of(count: 21, language: "kk") == .other)
    #expect(PluralCategory.of(count: 1, language: "de") == .other)
    #expect(PluralCategory.of(.infinity, language: "ru") == .other)
  }
}
