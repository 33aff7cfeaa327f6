import Foundation
import Testing

extension TmuxEndToEnd {
  /// The whole roadmap edited from the keyboard in the release binary: an indicator's
  /// figure, an activity added and removed; the screens, the slides and the file agree.
  @Suite(.serialized)
  struct EditRoadmap {
    /// What Python's json module reads in the file: the schools indicator's figures and
    /// the ids of the schools project's activities, as one line of JSON.
    static let readSchools = """
      import json, sys
      r = json.load(open(sys.argv[1], encoding="utf-8"))
      p = [p for d in r["directions"] for p in d["projects"] if p["id"] == "d1.schools"][0]
      i = [i for i in p["indicators"] if i["id"] == "d1.schools.commissioned"][0]
      print(json.dumps({"actual": i["actual"], "plan": i.get("plan"),
        "ids": [a["id"] for a in p["activities"]],
        "added": [a for a in p["activities"] if a["id"] == "d1.schools.12"]}, ensure_ascii=False))
      """

    /// The schools project as the file says now.
    func schools(_ path: String) throws -> [String: Any] {
      let result = try runProcess(executablePath("python3"), ["-c", Self.readSchools, path])
      guard result.status == 0,
        let object = try JSONSerialization.jsonObject(with: result.output) as? [String: Any]
      else {
        throw TmuxError(
          "python3 could not read \(path): \(String(decoding: result.errorOutput, as: UTF8.self))")
      }
      return object
    }

    /// Polls the file every 50 ms until `condition` holds, for at most `timeout` seconds.
    func waitForFile(
      _ path: String, _ what: String, timeout: Double = 10, _ condition: ([String: Any]) -> Bool
    ) throws -> [String: Any] {
      let deadline = Date().addingTimeInterval(timeout)
      while true {
        let now = try schools(path)
        if condition(now) { return now }
        if Date() > deadline {
          throw TmuxError("timed out waiting for the file: \(what); it says \(now)")
        }
        usleep(50_000)
      }
    }

    /// The ids of d1.schools in data/roadmap.json: .01 to .11.
    static let schoolIDs = (1...11).map { String(format: "d1.schools.%02d", $0) }

    @Test(
      "7 of 14 schools becomes 8 from the keyboard; project, overview and slide follow; an activity added, started, removed"
    )
    func figureAddAndRemove() throws {
      guard let release = TmuxSession.releaseBinary(for: "drives") else { return }
      let path = try temporaryRoadmapCopy("tmux-edit-roadmap")
      defer {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
      }
      let before = try schools(path)
      #expect(before["actual"] as? Int == 7)
      #expect(before["plan"] as? Int == 14)
      #expect(before["ids"] as? [String] == Self.schoolIDs)

      let s = try TmuxSession(
        width: 120, height: 40, arguments: [path, "--lang", "kk", "--author", "тест"],
        binary: release)
      defer { s.close() }
      try s.waitFor("the overview") { $0.contains("барлығы 122") && $0.contains("7 / 14 мектеп") }
      try s.send("1", "Down", "Down", "Enter")
      try s.waitFor("«Мектептер салу»") {
        $0.contains("Шолу › Өмір сапасын арттыру › Мектептер салу")
      }

      // The figure: ↑ onto the indicator, = opens the form, 7 becomes 8.
      try s.send("Up", "=")
      try s.waitFor("the figure form") {
        $0.contains("Көрсеткіш: d1.schools.commissioned") && $0.contains("▸ Нақты мәні 7")
      }
      try s.send("BSpace")
      try s.type("8")
      try s.send("Enter")
      try s.waitFor("8 of 14 on the project screen") {
        $0.contains("8 / 14 мектеп") && !$0.contains("Көрсеткіш:")
      }
      let eight = try waitForFile(path, "actual 8") { $0["actual"] as? Int == 8 }
      #expect(eight["plan"] as? Int == 14)
      #expect(eight["ids"] as? [String] == Self.schoolIDs)
      try s.send("Escape", "Escape")
      try s.waitFor("8 of 14 on the overview") {
        $0.contains("барлығы 122") && $0.contains("8 / 14 мектеп")
      }
      // The edit is in the history after the file's meeting: two points, so slide 2 is the
      // progress over time, and slide 9 is «Мектептер салу»: 8 of 14 is 57 %.
      // The slides ask for the history afresh: "2" again until it has come.
      try s.send("P")
      var trend = false
      for _ in 0..<100 where !trend {
        try s.send("2")
        usleep(100_000)
        let screen = try s.screen()
        trend = TmuxEndToEnd.Present.counter(screen)?.0 == 2 && screen.contains("Орындалу динамикасы")
      }
      #expect(trend, "the trend slide is slide 2")
      try s.send("9")
      try s.waitFor("the schools slide at 57 %") {
        TmuxEndToEnd.Present.counter($0)?.0 == 9 && $0.contains("1 710 орындық")
          && $0.contains("57%")
      }
      try s.send("q")
      try s.waitFor("back on the overview") { $0.contains("барлығы 122") }

      // An activity added: title, agency by typing, no due date; pending, at the end.
      try s.send("1", "Down", "Down", "Enter")
      try s.waitFor("«Мектептер салу» again") {
        $0.contains("Шолу › Өмір сапасын арттыру › Мектептер салу")
      }
      try s.send("A")
      try s.waitFor("the title step") { $0.contains("Жаңа іс-шараның атауы:") }
      try s.type("Ақсайда 200 орындық мектеп салу")
      try s.send("Enter")
      try s.waitFor("the agency step") { $0.contains("Жауапты орган: таңдаңыз не жаңасын жазыңыз") }
      try s.type("білім")
      try s.send("Enter")
      try s.waitFor("the due step") { $0.contains("Мерзімі (ЖЖЖЖ-АА-КК, бос қалдыруға болады):") }
      try s.send("Enter")
      try s.waitFor("the new row") {
        $0.contains("○ Ақсайда 200 орындық мектеп салу") && $0.contains("барлығы 12")
      }
      let added = try waitForFile(path, "d1.schools.12 added") {
        ($0["ids"] as? [String])?.count == 12
      }
      #expect(added["ids"] as? [String] == Self.schoolIDs + ["d1.schools.12"])
      let object = (added["added"] as? [[String: Any]])?.first
      #expect((object?["title"] as? [String: String]) == ["kk": "Ақсайда 200 орындық мектеп салу"])
      #expect(object?["status"] as? String == "pending")
      #expect(
        (object?["owner"] as? [String: String])?["kk"]
          == "Батыс Қазақстан облысының білім басқармасы")
      #expect(object?["due"] == nil)
      #expect(added["actual"] as? Int == 8)

      // Started: its status set, as any activity's.
      try s.send("i")
      try s.waitFor("in progress") { $0.contains("◐ Ақсайда 200 орындық мектеп салу") }
      let started = try waitForFile(path, "d1.schools.12 in progress") {
        ($0["added"] as? [[String: Any]])?.first?["status"] as? String == "in_progress"
      }
      #expect(started["ids"] as? [String] == Self.schoolIDs + ["d1.schools.12"])

      // Removed again: the cursor is on it; X asks naming it, y removes it.
      try s.send("X")
      try s.waitFor("the question") {
        $0.contains("d1.schools.12 «Ақсайда 200 орындық мектеп салу» іс-шарасы жойылсын ба?")
      }
      try s.send("y")
      try s.waitFor("the row gone") { !$0.contains("Ақсайда 200") && $0.contains("барлығы 11") }
      let removed = try waitForFile(path, "d1.schools.12 removed") {
        ($0["ids"] as? [String])?.count == 11
      }
      #expect(removed["ids"] as? [String] == Self.schoolIDs)
      #expect(removed["actual"] as? Int == 8)

      // The history has the four saves, each confirmed by the file.
      let history = try runProcess(release, ["history", path, "--json"])
      #expect(history.status == 0)
      let lines = String(decoding: history.output, as: UTF8.self).split(separator: "\n").compactMap
      {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
      }
      #expect(
        lines.map { "\($0["id"] ?? "") \($0["field"] ?? "")" } == [
          "d1.schools.commissioned actual", "d1.schools.12 entry", "d1.schools.12 status",
          "d1.schools.12 entry",
        ])

      try s.send("q")
      let exit = try s.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
    }
  }
}
