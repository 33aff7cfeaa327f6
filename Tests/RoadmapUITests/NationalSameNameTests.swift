import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// Two files of one region (a copy beside the original): every national view names
/// each by its file where the names repeat, and only there.
@Suite struct NationalSameNameTests {
  /// The fixture's folder with a copy of Akmola's file, read.
  static func files() throws -> [RegionFile] {
    let dir = try NationalFixture.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.copyItem(atPath: dir + "/akmola.json", toPath: dir + "/akmola-copy.json")
    return RegionFolder.load(RegionFolder.roadmapFiles(in: dir))
  }

  @Test func theOverviewAndADirectionNameTheFiles() throws {
    var s = NationalState(options: NationalOptions(language: .en))
    _ = s.update(.files(try Self.files()))
    _ = s.update(.resize(width: 120, height: 40))
    let names = s.rows.filter { $0.problem == nil }.map(\.name)
    #expect(names.contains("Akmola Region (akmola.json)"))
    #expect(names.contains("Akmola Region (akmola-copy.json)"))
    #expect(names.contains("Almaty City"), "a name that does not repeat stays as it is")
    let text = NationalViewTests.grid(s).plainText
    #expect(text.contains("Akmola Region (akmola.json)") && text.contains("Akmola Region (akmola-copy.json)"), "\(text)")
    _ = s.update(.key(.character("d")))
    _ = s.update(.key(.enter))
    #expect(s.rows.filter { $0.name.hasPrefix("Akmola Region (") }.count == 2)
  }

  /// Where the name is cut, it is cut before the file's name, which stays whole.
  @Test(arguments: [Language.ru, .kk])
  func aCutNameKeepsItsFile(_ language: Language) throws {
    var s = NationalState(options: NationalOptions(language: language))
    _ = s.update(.files(try Self.files()))
    _ = s.update(.resize(width: 80, height: 24))
    let text = NationalViewTests.grid(s).plainText
    #expect(text.contains(" (akmola.json) ") && text.contains(" (akmola-copy.json) "), "\(text)")
    // In Russian the longer name is cut before its file's.
    if language == .ru { #expect(text.contains("Акмолинская о… (akmola-copy.json)"), "\(text)") }
  }

  @Test func theRankingSlideNamesTheFiles() throws {
    var p = NationalPresentation(try Self.files(), options: PresentationOptions(language: .kk, timeZone: TimeZone(identifier: "UTC")!))
    _ = p.handle(.resize(width: 120, height: 40))
    _ = p.handle(.key(.right))
    let text = p.grid().plainText
    #expect(text.contains("Ақмола облысы (akmola.json)") && text.contains("Ақмола облысы (akmola-copy.json)"), "\(text)")
    #expect(!text.contains("Алматы қаласы ("))
  }

  @Test func namesRepeatWithoutRegardToCase() {
    #expect(NationalFigures.distinguished(["Ақмола", "АҚМОЛА", "Алматы"], files: ["a.json", "b.json", "c.json"])
      == ["Ақмола (a.json)", "АҚМОЛА (b.json)", "Алматы"])
  }
}
