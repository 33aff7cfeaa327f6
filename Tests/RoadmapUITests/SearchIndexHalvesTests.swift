import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// The index built in two halves on two cores finds what the index built in one piece
/// finds, and both find what a plain scan of the titles finds (`PlainScan`), on titles in
/// three languages with the texts a file may hold against us.
@Suite struct SearchIndexHalvesTests {
  /// Titles that fold, join, widen, escape or fall back to Swift's lowercasing.
  static let pieces = [
    "Мектеп", "ҚҰРЫЛЫС", "құрылыс", "Молодёжный", "School", "ÉCOLE", "Straße", "İstanbul", "µm", "№ 12",
    "«Ауыл аманаты»", "е\u{308}", "👨‍👩‍👧", "🇰🇿", "中文", "\u{1B}[31m", "\u{202E}", "\u{0}", "\n", "\t",
    "Ə", "ӘҒҚҢӨҰҮҺІ", "ΣΑΣ", "жол – жөндеу", "",
    // Scalars whose UTF-8 holds the byte a letter а…я is written as (`SearchBytes`).
    "5°C", "‰", "€", "ǅ", "Ѐѐ", "ўЎ", "ҰРА", "ЯП", "Ā",
  ]

  /// A roadmap of `activities` activities in many projects of a few directions, each
  /// title a mix of `pieces`, some plain and some in three languages.
  static func hostile(activities: Int) throws -> LoadedRoadmap {
    try RoadmapLoader.decode(hostileBytes(activities: activities))
  }

  /// The file of `hostile(activities:)`.
  static func hostileBytes(activities: Int) -> [UInt8] {
    var seed: UInt64 = 42
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33)
    }
    func quoted(_ s: String) -> String { String(decoding: try! JSONEncoder().encode(s), as: UTF8.self) }
    func title() -> String {
      let words = (0..<(1 + next() % 4)).map { _ in pieces[next() % pieces.count] }
      let text = words.joined(separator: " ")
      guard next() % 3 == 0 else { return quoted(text) }
      return "{\"kk\": \(quoted(text)), \"ru\": \(quoted(words.reversed().joined())), \"en\": \(quoted("en " + text))}"
    }
    let owners = ["Білім басқармасы", "Управление спорта", "Department of Roads", "Ұлы «№» ß"]
    var directions: [String] = []
    var made = 0, d = 0
    while made < activities {
      var projects: [String] = []
      for p in 0..<(1 + next() % 5) where made < activities {
        let n = min(activities - made, 1 + next() % 40)
        let list = (0..<n).map { a in
          "{\"id\": \"d\(d).p\(p).a\(a)\", \"title\": \(title()), \"status\": \"pending\", \"owner\": \(quoted(owners[next() % owners.count]))}"
        }
        made += n
        projects.append("{\"id\": \"d\(d).p\(p)\", \"title\": \(title()), \"activities\": [\(list.joined(separator: ","))]}")
      }
      directions.append("{\"id\": \"d\(d)\", \"title\": \"D\(d)\", \"projects\": [\(projects.joined(separator: ","))]}")
      d += 1
    }
    let json = """
      {"format": "jolkarta-roadmap", "version": 1, "title": "T", "region": "R",
       "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30",
       "directions": [\(directions.joined(separator: ","))]}
      """
    return Array(json.utf8)
  }

  /// The search done by hand on the roadmap's texts, byte by byte as the index compares:
  /// each text lowercased by Swift, its scalars folded by this table, and the query's
  /// bytes looked for in the UTF-8 of the title's translations, the id and the agency.
  struct PlainScan {
    static let folds: [UInt32: UInt32] = [
      0x451: 0x435, 0x4D9: 0x430, 0x493: 0x433, 0x49B: 0x43A, 0x4A3: 0x43D, 0x4E9: 0x43E, 0x4B1: 0x443,
      0x4AF: 0x443, 0x4BB: 0x445, 0x456: 0x438,
    ]
    static func fold(_ s: String) -> [UInt8] {
      var out = String.UnicodeScalarView()
      for u in s.lowercased().unicodeScalars { out.append(Unicode.Scalar(folds[u.value] ?? u.value)!) }
      return Array(String(out).utf8)
    }
    static func contains(_ text: [UInt8], _ q: [UInt8]) -> Bool {
      guard text.count >= q.count else { return false }
      return (0...(text.count - q.count)).contains { text[$0..<($0 + q.count)].elementsEqual(q) }
    }
    let rows: [(SearchHit, [[UInt8]])]

    init(_ roadmap: Roadmap) {
      func texts(_ t: LocalizedText?) -> [[UInt8]] { t?.translations.map { Self.fold($0.text) } ?? [] }
      var rows: [(SearchHit, [[UInt8]])] = []
      for (d, direction) in roadmap.directions.enumerated() {
        for (p, project) in direction.projects.enumerated() {
          rows.append((.project(direction: d, project: p), texts(project.title) + [Self.fold(project.id)]))
          for (a, activity) in project.activities.enumerated() {
            let texts = texts(activity.title) + [Self.fold(activity.id)] + texts(activity.owner)
            rows.append((.activity(ActivityLocation(direction: d, project: p, activity: a)), texts))
          }
        }
      }
      self.rows = rows
    }

    func hits(_ query: String) -> [SearchHit] {
      let q = Self.fold(query)
      guard !q.isEmpty else { return [] }
      return rows.filter { $0.1.contains { Self.contains($0, q) } }.map(\.0)
    }
  }

  @Test func twoHalvesAreTheOnePieceIndexAndFindWhatAPlainScanFinds() throws {
    let loaded = try Self.hostile(activities: 3_000)
    let roadmap = loaded.roadmap
    #expect(roadmap.activityIndex.count == 3_000)
    let halves = SearchIndex(roadmap, generation: 0, halves: true)
    let whole = SearchIndex(roadmap, generation: 0, halves: false)
    #expect(halves.activities.pieces.count == 2 && whole.activities.pieces.count == 1)
    let owners = RoadmapDigest(roadmap, today: snapshotDay).owners
    let naive = PlainScan(roadmap)
    let queries = [
      "м", "мектеп", "курылыс", "КҰРЫЛЫС", "молодеж", "ss", "straße", "i̇", "µ", "№ 1", "«", "ауыл",
      "👨", "🇰🇿", "中", "\u{1B}", "ə", "аггкноууххи", "σας", "en ", "d1.p", ".a3", "басқармасы", "ß", " ", "zzz",
      "а", "р", "я", "п", "ап", "ра", "°", "°c", "‰", "€", "ѐ", "ў", "ǆ", "ā",
    ]
    let found = Self.expectPlainHits(of: queries, in: halves, naive, owners)
    #expect(Self.expectPlainHits(of: queries, in: whole, naive, owners) == found)
    #expect(found > 1_000)
  }

  /// Expects `index` to find what `naive` finds for each query, whole and narrowed from
  /// its first letter as typed; the hits counted.
  static func expectPlainHits(
    of queries: [String], in index: SearchIndex, _ naive: PlainScan, _ owners: [OwnerSummary]
  ) -> Int {
    var found = 0
    for query in queries {
      let expected = naive.hits(query)
      #expect(index.search(query, owners: owners, within: nil) == expected, "«\(query)»")
      if let first = query.first, query.count > 1 {
        let previous = index.search(String(first), owners: owners, within: nil)
        #expect(index.search(query, owners: owners, within: previous) == expected, "«\(query)» narrowed")
      }
      found += expected.count
    }
    return found
  }

  @Test func aLargeRoadmapIsIndexedInHalvesByDefault() throws {
    let loaded = try RoadmapLoader.decode(SyntheticRoadmap(activities: SearchIndex.splitAt + 1_000, seed: 3).bytes())
    let index = SearchIndex(loaded.roadmap, generation: 0)
    #expect(index.activities.pieces.count == 2)
    let owners = RoadmapDigest(loaded.roadmap, today: snapshotDay).owners
    let naive = PlainScan(loaded.roadmap)
    for query in ["мектеп", "курылыс", "№1", "g1.p2"] {
      #expect(index.search(query, owners: owners, within: nil) == naive.hits(query), "«\(query)»")
    }
  }

  @Test func aTitleEditedInEitherHalfIsFoundByItsNewWords() throws {
    let loaded = try Self.hostile(activities: 3_000)
    var index = SearchIndex(loaded.roadmap, generation: 0, halves: true)
    let owners = RoadmapDigest(loaded.roadmap, today: snapshotDay).owners
    let last = loaded.roadmap.directions.count - 1
    let lastProject = loaded.roadmap.directions[last].projects.count - 1
    let places = [
      ActivityLocation(direction: 0, project: 0, activity: 0),
      ActivityLocation(direction: last, project: lastProject, activity: 0),
    ]
    for (k, l) in places.enumerated() {
      let title = LocalizedText(translations: [LocalizedText.Translation(language: "kk", text: "Қарағай \(k)")])
      index.retitle(activityAt: l, title, id: loaded.roadmap[l].id)
      #expect(index.search("карагай \(k)", owners: owners, within: nil) == [.activity(l)])
    }
    #expect(index.search("карагай", owners: owners, within: nil) == places.map(SearchHit.activity))
  }
}

/// The search's bytes: а…я one byte each, everything else as folded UTF-8.
@Suite struct SearchBytesTests {
  func bytes(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    SearchBytes.append(s, to: &out)
    return out
  }

  @Test func theRussianLettersTakeOneByteAndTheRestStayAsFolded() {
    #expect(bytes("Мектеп").count == 6)
    #expect(bytes("ҚҰРЫЛЫС") == bytes("курылыс"))
    #expect(bytes("School №1").count == "school №1".utf8.count)
    for text in SearchIndexHalvesTests.pieces + ["Батыс Қазақстан облысы", "5°C ‰ € ўЎ Ѐ"] {
      var folded: [UInt8] = []
      FastLowercase.append(text, to: &folded, folding: true)
      // Written with their first bytes again, they are the folded UTF-8.
      #expect(SearchBytes.utf8(bytes(text)) == folded, "«\(text)»")
    }
  }

  @Test func aLetterInsideAnotherScalarIsNotALetter() {
    // ° is C2 B0, ‰ E2 80 B0: their last bytes are а's and р's.
    let text = bytes("°‰а")
    text.withUnsafeBytes { raw in
      #expect(SearchBytes.isInsideScalar(raw, at: 1))
      #expect(SearchBytes.isInsideScalar(raw, at: 3) && SearchBytes.isInsideScalar(raw, at: 4))
      #expect(!SearchBytes.isInsideScalar(raw, at: 5))
      let a = Needle(bytes: bytes("а"), key: 0)
      #expect(a.find(in: raw, from: 0, to: raw.count) == 5)
    }
  }
}
