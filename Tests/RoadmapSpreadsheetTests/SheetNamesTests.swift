import Testing

@testable import RoadmapSpreadsheet

/// Sheet names from any title are names Excel accepts, and never the same twice.
@Suite struct SheetNamesTests {
  @Test func forbiddenCharactersBecomeSpacesAndLongTitlesAreCut() {
    var names = SheetNames()
    #expect(names.name(for: "a[b]c:d*e?f/g\\h", fallback: "x") == "a b c d e f g h")
    let long = names.name(for: "1. Өмір сапасын арттыру және тұрғын үй құрылысы", fallback: "x")
    #expect(long.utf16.count <= 31 && long.hasSuffix("…") && long.hasPrefix("1. Өмір сапасын"))
    #expect(names.name(for: "'quoted'", fallback: "x") == "quoted")
    #expect(names.name(for: "[]:*", fallback: "direction-1") == "direction-1")
  }

  @Test func takenNamesGetANumberInAnyLetterCase() {
    var names = SheetNames()
    #expect(names.name(for: "Шолу", fallback: "x") == "Шолу")
    #expect(names.name(for: "шолу", fallback: "x") == "шолу (2)")
    #expect(names.name(for: "ШОЛУ", fallback: "x") == "ШОЛУ (3)")
    // Excel keeps "History" for itself.
    #expect(names.name(for: "History", fallback: "x") == "History (2)")
    let a = names.name(for: String(repeating: "я", count: 40), fallback: "x")
    let b = names.name(for: String(repeating: "я", count: 40), fallback: "x")
    #expect(a != b && a.utf16.count <= 31 && b.utf16.count <= 31 && b.hasSuffix(" (2)"))
  }
}
