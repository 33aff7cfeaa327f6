import Foundation
import RoadmapKit
import RoadmapUI
import Testing

/// `export --format csv` writes its bytes itself (`ExportCSV`, for speed at a million
/// activities): they must be exactly those of the one CSV writer, `ExportTable.csv`, in
/// every language and with both delimiters, on titles made to trip every rule.
struct CLIExportCSVBytesTests {
  /// A roadmap whose texts hit each rule: formula starts (also after spaces, TAB, CR),
  /// quotes, both delimiters, CR and LF, translations missing, no owner, no due date.
  static let hostile = """
    {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
     "period": {"start": 2023, "end": 2027}, "as_of": "2024-06-30",
     "directions": [{"id": "d1", "title": {"kk": "=Бағыт; 1", "ru": "+Направление, \\"1\\""},
       "projects": [{"id": "p1", "title": "  -Жоба\\r\\nекі",
         "activities": [
           {"id": "a1", "title": {"kk": "@SUM(A1)", "en": "\\t=cmd|' /C calc'!A0"}, "status": "done",
            "owner": "Басқарма; \\"ы\\"", "due": "2024-01-05", "note": "\\rжол"},
           {"id": "=a2", "title": "Жай, атау", "status": "in_progress", "due": "2023-02-28"},
           {"id": "a3", "title": "   ", "status": "pending", "owner": {"ru": "Управление образования"},
            "note": "a\\nb"},
           {"id": "a4", "title": "", "status": "pending", "due": "2027-12-31", "note": "-"}
         ]}]}]}
    """

  /// Texts read from the mapped file's bytes (`MappedTexts`) every way: escaped and
  /// plain strings, control characters, a surrogate pair, bidi controls, an object with
  /// the language, only `kk`, neither, an escaped language code and member name, members
  /// to skip, one owner spelled three canonically equal ways (the first spelling is shown).
  static let tricky = """
    {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
     "period": {"start": 2023, "end": 2027}, "as_of": "2024-06-30",
     "directions": [{"id": "d1", "title": "Бағыт", "projects": [{"id": "p1", "title": "Жоба",
       "activities": [
         {"id": "a1", "title": {"ru": "=Школа; \\\"1\\\"", "kk": "Мектеп, жол", "en": "@School"}, "status": "done",
          "owner": "Caf\\u00e9", "note": "жол\\nекі \\ud83d\\ude00 \\u0001\\u001f"},
         {"id": "a2", "extra": {"x": [1, {"y": "z"}]}, "title": {"\\u0065n": "-Escaped code", "ru": "Код"},
          "status": "pending", "owner": "Café", "n\\u006fte": {"en": "only en"}},
         {"id": "a3", "title": {"ru": "Только ru\\r", "de": "Nur de", "en": "Only en"}, "status": "in_progress", "owner": "Cafe\u{0301}",
          "note": {"kk": " +тек kk", "ru": "\\"ru\\""}},
         {"id": "a4", "title": "\u{202E}bidi \u{2067}x\u{2069} \u{1F600}\\t", "status": "done",
          "owner": {"en": "Dept", "kk": "Басқарма"}, "due": "2024-01-01"}
       ]}]}]}
    """

  @Test(arguments: ["kk", "ru", "en"], [nil, ";", ","])
  func theBytesAreTheOneWritersBytes(lang: String, delimiter: String?) throws {
    let dir = TempFolder()
    defer { dir.remove() }
    // A large one too: more than a piece (1 MiB) of CSV, written to a stream piece by piece.
    let large = SyntheticRoadmap(activities: 5000, seed: 9).bytes()
    for (name, bytes) in [("hostile.json", Array(Self.hostile.utf8)), ("tricky.json", Array(Self.tricky.utf8)), ("sample.json", CLI.sampleBytes), ("large.json", large)] {
      let path = dir.write(name, bytes)
      let roadmap = try RoadmapLoader.load(path: path).roadmap
      let language = Language(code: lang)!
      let mark = delimiter.flatMap(CSVDelimiter.init(rawValue:)) ?? CSVDelimiter.standard(for: language)
      let expected = Array(ExportTable(roadmap, language: language).csv(delimiter: mark).utf8)
      let out = dir.file(name + ".csv")
      let r = CLI.run(
        ["export", path, "--format", "csv", "--lang", lang, "-o", out] + (delimiter.map { ["--delimiter", $0] } ?? []))
      #expect(r.status == 0, "\(r.stderr)")
      let written = Array(FileManager.default.contents(atPath: out) ?? Data())
      #expect(written == expected, "\(name), \(lang), \(mark.rawValue)")
      // Standard output (not a terminal here) takes the rows in pieces: the same bytes.
      let streamed = CLI.run(
        ["export", path, "--format", "csv", "--lang", lang] + (delimiter.map { ["--delimiter", $0] } ?? []))
      #expect(streamed.status == 0)
      #expect(streamed.out == expected, "\(name), \(lang), \(mark.rawValue), standard output")
    }
  }

  /// A lone surrogate (`\ud800`) refuses the file, as the ordinary load refuses it: the
  /// same message as `validate`, nothing written.
  @Test func aLoneSurrogateIsRefused() throws {
    let dir = TempFolder()
    defer { dir.remove() }
    let path = dir.write("bad.json", Array(Self.tricky.replacingOccurrences(of: "Мектеп", with: "\\ud800").utf8))
    let r = CLI.run(["export", path, "--format", "csv", "--lang", "en"])
    let v = CLI.run(["validate", path, "--lang", "en"])
    #expect(r.status == 1 && v.status == 1)
    #expect(r.out.isEmpty)
    #expect(r.stderr.contains("lone surrogate \\uD800"), "\(r.stderr)")
    #expect(r.stderr == v.stderr)
  }

  /// On two cores (`ExportCSVLanes`) each core knows only the spellings of an owner it
  /// met: an owner spelled one way in the first block of rows only and in other,
  /// canonically equal bytes (a decomposed «й») after it, where the second core meets it
  /// first, is still written as first spelled, as the one writer writes it, whichever
  /// spelling comes first.
  @Test(arguments: [false, true])
  func anOwnerSpelledOtherwiseLaterIsWrittenAsFirstSpelled(decomposedFirst: Bool) throws {
    let dir = TempFolder()
    defer { dir.remove() }
    // Only the owner changed: the words are in no title or note.
    let composed = "\"owner\": \"Батыс Қазақстан облысының энергетика және тұрғын үй"
    let decomposed = "\"owner\": \"Батыс Қазақстан облысының энергетика және тұрғын үи\u{0306}"
    let text = String(decoding: SyntheticRoadmap(activities: 5000, seed: 9).bytes(), as: UTF8.self)
    #expect(text.contains(composed))
    // The first fiftieth: the first hundred activities, inside the first block (156 rows).
    let middle = text.index(text.startIndex, offsetBy: text.count / 50)
    let (early, late) = decomposedFirst ? (decomposed, composed) : (composed, decomposed)
    let json = text[..<middle].replacingOccurrences(of: composed, with: early)
      + text[middle...].replacingOccurrences(of: composed, with: late)
    let path = dir.write("spelled.json", Array(json.utf8))
    let roadmap = try RoadmapLoader.load(path: path).roadmap
    let expected = Array(ExportTable(roadmap, language: .kk).csv(delimiter: .standard(for: .kk)).utf8)
    let r = CLI.run(["export", path, "--format", "csv", "--lang", "kk"])
    #expect(r.status == 0, "\(r.stderr)")
    let same = r.out == expected  // not the bytes themselves in a failure's message
    #expect(same, "the two cores' CSV is not the one writer's")
    // Both spellings were in the file, and one of them only in the export.
    let csv = String(decoding: r.out, as: UTF8.self)
    #expect(json.contains(early) && json.contains(late))
    let agency = { (spelling: String) in Array(spelling.utf8.dropFirst(10)) }  // past `"owner": "`
    #expect(csv.utf8.contains(agency(early)) && !csv.utf8.contains(agency(late)))
  }
}
