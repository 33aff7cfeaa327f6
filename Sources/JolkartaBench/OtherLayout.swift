import Foundation
import RoadmapKit

/// The second file layout the bench measures: the one a user writes by hand or with a
/// script (issue 16), not `jolkarta generate`'s.
///
/// The same activities as the generated file, rewritten with two-space indent, every
/// title a plain string (no `{kk, ru}` objects), and one indicator in each project. The
/// commands must be as fast on it as on the generated layout; the decoder's paths for
/// plain strings and indicators are different code, so only a second file shows them.
enum OtherLayout {
  /// The generated file at `from` rewritten into this layout at `to` (kept once made).
  static func write(from: String, to: String) throws {
    let roadmap = try RoadmapLoader.load(path: from).roadmap
    var out: [UInt8] = []
    out.reserveCapacity(try RoadmapLoader.readFile(from).count)
    var w = Writer(out: out)
    w.line(0, "{")
    w.member(1, "format", string: "jolkarta-roadmap", last: false)
    w.member(1, "version", raw: "1", last: false)
    w.member(1, "title", string: roadmap.title.resolved("kk"), last: false)
    w.member(1, "region", string: roadmap.region.resolved("kk"), last: false)
    w.line(1, "\"period\": {")
    w.member(2, "start", raw: String(roadmap.period.lowerBound), last: false)
    w.member(2, "end", raw: String(roadmap.period.upperBound), last: true)
    w.line(1, "},")
    w.member(1, "as_of", string: roadmap.asOf.description, last: false)
    w.line(1, "\"directions\": [")
    for (d, direction) in roadmap.directions.enumerated() {
      w.line(2, "{")
      w.member(3, "id", string: direction.id, last: false)
      w.member(3, "title", string: direction.title.resolved("kk"), last: false)
      w.line(3, "\"projects\": [")
      for (p, project) in direction.projects.enumerated() {
        w.line(4, "{")
        w.member(5, "id", string: project.id, last: false)
        w.member(5, "title", string: project.title.resolved("kk"), last: false)
        // One indicator a project: its activities done of all, as a plan and a figure.
        w.line(5, "\"indicators\": [")
        w.line(6, "{")
        w.member(7, "id", string: project.id + ".i1", last: false)
        w.member(7, "title", string: "Орындалған іс-шаралар", last: false)
        w.member(7, "unit", string: "іс-шара", last: false)
        w.member(7, "plan", raw: String(max(1, project.activities.count)), last: false)
        w.member(7, "actual", raw: String(project.counts.done), last: true)
        w.line(6, "}")
        w.line(5, "],")
        w.line(5, project.activities.isEmpty ? "\"activities\": []" : "\"activities\": [")
        for (a, activity) in project.activities.enumerated() {
          w.line(6, "{")
          var fields: [(String, String)] = [("title", activity.title.resolved("kk")), ("status", activity.status.rawValue)]
          if let owner = activity.owner { fields.append(("owner", owner.resolved("kk"))) }
          if let due = activity.due { fields.append(("due", due.description)) }
          if let note = activity.note { fields.append(("note", note.resolved("kk"))) }
          w.member(7, "id", string: activity.id, last: false)
          for (k, f) in fields.enumerated() { w.member(7, f.0, string: f.1, last: k == fields.count - 1) }
          w.line(6, a == project.activities.count - 1 ? "}" : "},")
        }
        if !project.activities.isEmpty { w.line(5, "]") }
        w.line(4, p == direction.projects.count - 1 ? "}" : "},")
      }
      w.line(3, "]")
      w.line(2, d == roadmap.directions.count - 1 ? "}" : "},")
    }
    w.line(1, "]")
    w.line(0, "}")
    try AtomicFile.write(w.out, to: to)
  }

  /// Lines of JSON at an indent of two spaces a level.
  struct Writer {
    var out: [UInt8]

    mutating func line(_ level: Int, _ text: String) {
      out.append(contentsOf: repeatElement(0x20, count: 2 * level))
      out.append(contentsOf: text.utf8)
      out.append(0x0A)
    }

    mutating func member(_ level: Int, _ name: String, string: String, last: Bool) {
      member(level, name, raw: Self.quoted(string), last: last)
    }

    mutating func member(_ level: Int, _ name: String, raw: String, last: Bool) {
      line(level, Self.quoted(name) + ": " + raw + (last ? "" : ","))
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ s: String) -> String {
      var r = "\""
      for u in s.unicodeScalars {
        switch u {
        case "\"": r += "\\\""
        case "\\": r += "\\\\"
        case _ where u.value < 0x20: r += String(format: "\\u%04x", u.value)
        default: r.unicodeScalars.append(u)
        }
      }
      return r + "\""
    }
  }
}
