import Foundation
import RoadmapKit

/// Five region files of different shapes, written to a fresh folder for the national views'
/// tests: four and five directions, names translated or plain, shared directions by id and
/// by title only, and one file that is not a roadmap.
enum NationalFixture {
  /// A direction: its id, titles, and how many activities of each status it holds.
  struct Direction {
    var id: String
    var title: [String: String]
    var done: Int, inProgress: Int, pending: Int
    /// Of the activities not done, how many are due before `as_of`.
    var overdue: Int
  }

  static let asOf = "2024-06-30"

  static let quality = ["kk": "Өмір сапасын арттыру", "ru": "Повышение качества жизни", "en": "Better quality of life"]
  static let incomes = ["kk": "Кірістерді арттыру", "ru": "Рост доходов", "en": "Higher incomes"]
  static let ecology = ["kk": "Экологиялық жағдайды жақсарту", "ru": "Улучшение экологии", "en": "A cleaner environment"]
  static let culture = ["kk": "Мәдениет және спорт", "ru": "Культура и спорт", "en": "Culture and sport"]
  static let digital = ["kk": "Цифрландыру", "ru": "Цифровизация", "en": "Digitalisation"]

  /// One roadmap file's JSON object.
  static func roadmap(region: Any, title: Any, _ directions: [Direction]) -> [String: Any] {
    var dirs: [[String: Any]] = []
    for d in directions {
      var activities: [[String: Any]] = []
      let statuses = Array(repeating: "done", count: d.done) + Array(repeating: "in_progress", count: d.inProgress)
        + Array(repeating: "pending", count: d.pending)
      var late = d.overdue
      for (i, status) in statuses.enumerated() {
        var a: [String: Any] = [
          "id": "\(d.id).p1.a\(i + 1)", "title": ["kk": "Іс-шара \(i + 1)", "ru": "Мероприятие \(i + 1)"],
          "status": status,
        ]
        if status != "done", late > 0 {
          a["due"] = "2024-03-31"
          late -= 1
        } else {
          a["due"] = "2025-12-31"
        }
        activities.append(a)
      }
      dirs.append([
        "id": d.id, "title": d.title,
        "projects": [["id": "\(d.id).p1", "title": ["kk": "Жоба", "ru": "Проект"], "activities": activities]],
      ])
    }
    return [
      "format": "jolkarta-roadmap", "version": 1, "title": title, "region": region,
      "period": ["start": 2023, "end": 2027], "as_of": asOf, "directions": dirs,
    ]
  }

  /// Akmola's meeting: the change since it ("Δ") is measured from its day.
  static let meetingDate = "2024-05-31"

  /// A roadmap of version 2 with one meeting, on `meetingDate`.
  static func withMeeting(_ doc: [String: Any]) -> [String: Any] {
    var doc = doc
    doc["version"] = 2
    doc["meetings"] = [["id": "meeting.\(meetingDate)", "date": meetingDate, "chair": "Ә. Сейітов"]]
    return doc
  }

  /// The history beside a file, by the file's name: who changed which status, when. In
  /// Akmola, one activity was done before the meeting, three after it, one done went back
  /// to in progress after it and one was started: done since the meeting is 3 - 1 = 2.
  /// Each entry's new status is the file's.
  static let histories: [String: [(time: String, id: String, old: String, new: String)]] = [
    "akmola.json": [
      ("2024-05-20T09:00:00Z", "d1.p1.a1", "in_progress", "done"),
      ("2024-06-10T09:00:00Z", "d1.p1.a10", "in_progress", "done"),
      ("2024-06-12T11:30:00Z", "d2.p1.a7", "pending", "in_progress"),
      ("2024-06-14T10:00:00Z", "d1.p1.a11", "pending", "done"),
      ("2024-06-15T16:45:00Z", "d3.p1.a4", "done", "in_progress"),
      ("2024-06-20T08:15:00Z", "d1.p1.a12", "in_progress", "done"),
    ]
  ]

  /// Done since the meeting of each file that has one, from `histories` (not the loader):
  /// the entries after the meeting's day that made an activity done, less those that
  /// took one back from done.
  static var doneSinceMeeting: [String: Int] {
    histories.mapValues { entries in
      entries.filter { String($0.time.prefix(10)) > meetingDate }
        .reduce(0) { $0 + ($1.new == "done" ? 1 : 0) - ($1.old == "done" ? 1 : 0) }
    }
  }

  /// The five files, by name.
  static var files: [(String, [String: Any]?)] {
    [
      ("akmola.json", withMeeting(roadmap(
        region: ["kk": "Ақмола облысы", "ru": "Акмолинская область", "en": "Akmola Region"],
        title: ["kk": "Ақмола облысының жол картасы", "ru": "Дорожная карта Акмолинской области", "en": "Akmola roadmap"],
        [Direction(id: "d1", title: quality, done: 12, inProgress: 5, pending: 3, overdue: 2),
         Direction(id: "d2", title: incomes, done: 6, inProgress: 6, pending: 2, overdue: 1),
         Direction(id: "d3", title: ecology, done: 3, inProgress: 4, pending: 1, overdue: 0),
         Direction(id: "d4", title: culture, done: 8, inProgress: 1, pending: 0, overdue: 1)]))),
      ("almaty.json", roadmap(
        region: ["kk": "Алматы қаласы", "ru": "город Алматы", "en": "Almaty City"],
        title: ["kk": "Алматы қаласының жол картасы", "ru": "Дорожная карта города Алматы", "en": "Almaty roadmap"],
        [Direction(id: "d1", title: quality, done: 20, inProgress: 4, pending: 1, overdue: 0),
         Direction(id: "d2", title: incomes, done: 9, inProgress: 2, pending: 0, overdue: 1),
         Direction(id: "d3", title: ecology, done: 5, inProgress: 5, pending: 5, overdue: 4),
         Direction(id: "d4", title: culture, done: 7, inProgress: 0, pending: 1, overdue: 0),
         Direction(id: "d5", title: digital, done: 4, inProgress: 3, pending: 0, overdue: 0)])),
      // Its own ids: the directions are shared by their Kazakh titles only.
      ("atyrau.json", roadmap(
        region: ["kk": "Атырау облысы", "ru": "Атырауская область", "en": "Atyrau Region"],
        title: "Атырау облысының жол картасы",
        [Direction(id: "a1", title: quality, done: 2, inProgress: 9, pending: 6, overdue: 5),
         Direction(id: "a2", title: incomes, done: 1, inProgress: 3, pending: 4, overdue: 3),
         Direction(id: "a3", title: ecology, done: 0, inProgress: 2, pending: 2, overdue: 2),
         Direction(id: "a4", title: culture, done: 3, inProgress: 1, pending: 1, overdue: 0)])),
      // A plain region name, shown in every language as the file writes it.
      ("zhetisu.json", roadmap(
        region: "Жетісу облысы", title: ["kk": "Жетісу облысының жол картасы"],
        [Direction(id: "d1", title: quality, done: 10, inProgress: 10, pending: 0, overdue: 3),
         Direction(id: "d2", title: incomes, done: 4, inProgress: 2, pending: 2, overdue: 0),
         Direction(id: "d3", title: ecology, done: 2, inProgress: 2, pending: 0, overdue: 1),
         Direction(id: "d4", title: culture, done: 5, inProgress: 0, pending: 0, overdue: 0),
         Direction(id: "d5", title: digital, done: 1, inProgress: 1, pending: 4, overdue: 2)])),
      ("broken.json", nil),
    ]
  }

  /// Writes the five files to a new temporary folder; returns it.
  static func folder() throws -> String {
    let dir = NSTemporaryDirectory() + "jolkarta-national-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for (name, doc) in files {
      let data = try doc.map { try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
        ?? Data("{\"format\": \"jolkarta-roadmap\", \"version\": 1, \"title\": \"Түркістан\"\n  \"as_of\"".utf8)
      try data.write(to: URL(fileURLWithPath: dir + "/" + name))
    }
    for (name, entries) in histories {
      let lines = entries.map {
        "{\"time\":\"\($0.time)\",\"author\":\"Ә. Сейітов\",\"id\":\"\($0.id)\",\"field\":\"status\",\"old\":\"\($0.old)\",\"new\":\"\($0.new)\"}\n"
      }
      let history = dir + "/" + name.replacingOccurrences(of: ".json", with: ".history.jsonl")
      try Data(lines.joined().utf8).write(to: URL(fileURLWithPath: history))
    }
    return dir
  }
}
