import Foundation
import Testing

extension TmuxEndToEnd {
  /// A meeting recorded from the keyboard in the release binary: the file keeps it, and the
  /// changes slide measures from it without any flag.
  @Suite(.serialized)
  struct RecordMeeting {
    static let readMeetings = """
      import json, sys
      r = json.load(open(sys.argv[1], encoding="utf-8"))
      print(json.dumps({"version": r["version"], "as_of": r["as_of"], "meetings": r.get("meetings", [])}, ensure_ascii=False))
      """

    @Test("M records a meeting; a status set after it fills the changes slide")
    func recordAndSeeTheChanges() throws {
      guard let release = TmuxSession.releaseBinary(for: "records a meeting") else { return }
      let path = try temporaryRoadmapCopy("tmux-meeting")
      defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
      let s = try TmuxSession(width: 120, height: 40, arguments: [path, "--lang", "kk", "--author", "хатшы"], binary: release)
      defer { s.close() }
      try s.waitFor("the overview") { $0.contains("барлығы 122") }
      try s.send("M")
      try s.waitFor("the meeting form") { $0.contains("Отырысты жазу") && $0.contains("Соңғы отырыс: ") && $0.contains("30 қараша") }
      try s.send("Tab")
      try s.type("С. Ізмұханбетова")
      try s.send("Enter")
      try s.waitFor("the form closed and the meeting recorded") { $0.contains("Отырыс жазылды") && !$0.contains("Соңғы отырыс:") }
      // The file, read by Python: version 2, as of today, the meeting in the list.
      let today = ISO8601DateFormatter().string(from: Date()).prefix(10)
      let deadline = Date().addingTimeInterval(10)
      var file: [String: Any] = [:]
      repeat {
        let r = try runProcess(executablePath("python3"), ["-c", Self.readMeetings, path])
        file = (try? JSONSerialization.jsonObject(with: r.output) as? [String: Any]) ?? [:]
        if (file["meetings"] as? [Any])?.count == 1 { break }
        usleep(50_000)
      } while Date() < deadline
      #expect(file["version"] as? Int == 2)
      #expect(file["as_of"] as? String == String(today))
      let meeting = (file["meetings"] as? [[String: Any]])?.first
      #expect(meeting?["chair"] as? String == "С. Ізмұханбетова")
      #expect(meeting?["date"] as? String == String(today))
      // Nothing changed since it yet: the changes slide says so.
      try s.send("P")
      try s.waitFor("the presentation") { $0.contains("1/") || $0.contains("Жол картасы") }
      try goToChangesSlide(s)
      try s.waitFor("no changes since the meeting yet") { $0.contains("Өзгеріс жоқ") }
      try s.send("q")
      try s.waitFor("back on the dashboard") { $0.contains("барлығы 122") }
      // d1.roads.06 («…100 жаңа автобус сатып алу») is in progress in the file; set done after the meeting.
      try s.send("/")
      try s.type("d1.roads.06")
      try s.send("Enter")
      try s.waitFor("the activity's project, the activity selected") { $0.contains("› Автомобиль жолдарын жөндеу") }
      try s.send("d")
      try s.waitFor("saved") { $0.contains("сақталды") }
      try s.send("P")
      try s.waitFor("the presentation again") { $0.contains("1/") || $0.contains("Жол картасы") }
      try goToChangesSlide(s)
      try s.waitFor("the changes slide lists the activity done since the meeting") {
        !$0.contains("Өзгеріс жоқ") && $0.contains("100 жаңа автобус")
      }
    }

    /// Steps through the slides until the changes slide is shown (at most 40 steps).
    func goToChangesSlide(_ s: TmuxSession) throws {
      for _ in 0..<40 {
        if try s.screen().contains("Соңғы отырыстан бергі өзгерістер") { return }
        try s.send("Right")
        usleep(30_000)
      }
      throw TmuxError("the changes slide was not found")
    }
  }
}
