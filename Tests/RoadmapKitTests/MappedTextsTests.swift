import Foundation
import Testing

@testable import RoadmapKit

/// `MappedTexts` (export's read of activities' texts from the mapped file) gives the texts
/// the full load gives, in every language, escapes, translations and owners included, and
/// `withMappedTexts` declines the files the ordinary load must see.
struct MappedTextsTests {
  /// Texts that take every way through `MappedTexts`: plain and escaped strings, objects
  /// with the language, only `kk`, neither, an escaped code, an escaped member name,
  /// nested members it must skip, and one owner spelled two canonically equal ways.
  static let tricky = """
    {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
     "period": {"start": 2023, "end": 2027}, "as_of": "2024-06-30",
     "directions": [{"id": "d1", "title": "Бағыт", "projects": [{"id": "p1", "title": "Жоба",
       "activities": [
         {"id": "a1", "title": {"ru": "Школа", "kk": "Мектеп", "en": "School"}, "status": "done",
          "owner": "Caf\\u00e9", "note": "жол\\nекі \\ud83d\\ude00"},
         {"id": "a2", "extra": {"x": [1, {"y": "z"}]}, "title": {"\\u0065n": "Escaped code", "ru": "Код"},
          "status": "pending", "owner": "Café", "n\\u006fte": {"en": "only en"}},
         {"id": "a3", "title": {"ru": "Только ru", "de": "Nur de", "en": "Only en"}, "status": "in_progress", "owner": "Cafe\u{0301}",
          "note": {"kk": "тек kk", "ru": "\\"ru\\""}},
         {"id": "a4", "title": "\u{202E}bidi \u{1F600}\\t", "status": "done", "owner": {"en": "Dept", "kk": "Басқарма"}}
       ]}]}]}
    """

  /// A text as `MappedTexts` hands it over, as a `String`.
  static func string(_ t: MappedText) -> String {
    switch t {
    case .bytes(let u): return String(decoding: u, as: UTF8.self)
    case .text(let s): return s
    }
  }

  @Test(arguments: ["kk", "ru", "en"])
  func theTextsAreTheLoadsTexts(code: String) throws {
    let dir = TempDir()
    defer { dir.remove() }
    for (name, bytes) in [("tricky.json", Array(Self.tricky.utf8)), ("sample.json", Array(Sample.text.utf8))] {
      let path = dir.write(name, bytes)
      let full = try RoadmapLoader.load(path: path).roadmap
      let seen = RoadmapLoader.withMappedTexts(path: path, language: code) { (r, texts) -> [[String]] in
        r.allActivities.map { (_, a) in
          guard let t = texts.texts(of: a) else { return ["unread"] }
          let owner = t.owner < 0 ? "-" : texts.owners[Int(t.owner)].resolved(code)
          return [a.id, Self.string(t.title), owner, t.note.map(Self.string) ?? "-"]
        }
      }
      let expected = full.allActivities.map { (_, a) in
        [a.id, a.title.resolved(code), a.owner?.resolved(code) ?? "-", a.note?.resolved(code) ?? "-"]
      }
      // Compared as bytes: canonically equal spellings are equal `String`s.
      #expect(seen.map { $0.map { $0.map { Array($0.utf8) } } } == expected.map { $0.map { Array($0.utf8) } }, "\(name)")
    }
  }

  /// The escape-free strings are handed over as bytes, not built (the point of it all).
  @Test func plainStringsAreBytes() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.write("tricky.json", Array(Self.tricky.utf8))
    let kinds = RoadmapLoader.withMappedTexts(path: path, language: "kk") { (r, texts) -> [String] in
      r.allActivities.map { (_, a) in
        if case .bytes = texts.texts(of: a)!.title { return "bytes" } else { return "text" }
      }
    }
    #expect(kinds == ["bytes", "text", "bytes", "text"])
  }

  /// A file with a warning (a due date outside the period) or a problem is left to the
  /// ordinary load, which reports them.
  @Test func warningsAndProblemsAreDeclined() throws {
    let dir = TempDir()
    defer { dir.remove() }
    let late = Self.tricky.replacingOccurrences(of: "\"status\": \"done\",\n", with: "\"status\": \"done\", \"due\": \"2031-01-01\",\n")
    #expect(late != Self.tricky)
    let broken = Self.tricky.replacingOccurrences(of: "\"a3\"", with: "\"a1\"")
    for text in [late, broken] {
      let path = dir.write("f.json", Array(text.utf8))
      #expect(RoadmapLoader.withMappedTexts(path: path, language: "kk") { _, _ in 1 } == nil)
    }
  }
}
