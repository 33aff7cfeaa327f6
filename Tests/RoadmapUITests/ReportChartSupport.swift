import Foundation
import RoadmapKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An element read by Foundation's XMLParser (libxml2): its name, attributes, and the text
/// directly inside it.
struct ParsedElement {
  var name: String
  var attributes: [String: String]
  var text: String
  /// The index of the enclosing element in the list, nil for the root.
  var parent: Int?
}

/// Parses `xml` with XMLParser, which fails on anything that is not well-formed; every
/// element in document order.
func parseXML(_ xml: String) throws -> [ParsedElement] {
  final class Collector: NSObject, XMLParserDelegate {
    var elements: [ParsedElement] = []
    var open: [Int] = []
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String]
    ) {
      elements.append(ParsedElement(name: name, attributes: attributes, text: "", parent: open.last))
      open.append(elements.count - 1)
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      open.removeLast()
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if let top = open.last { elements[top].text += string }
    }
  }
  let parser = XMLParser(data: Data(xml.utf8))
  let collector = Collector()
  parser.delegate = collector
  guard parser.parse() else {
    throw MarkupError(description: "XMLParser: \(parser.parserError.map { "\($0)" } ?? "failed")")
  }
  return collector.elements
}

/// A history of the region for the charts, and the counts it implies, worked out forward
/// from the file's own statuses (read with JSONSerialization) without the series code.
struct RegionHistory {
  /// The days of changes, in order.
  static let days = ["2024-01-15", "2024-02-20", "2024-03-28", "2024-05-30", "2024-07-10", "2024-09-05", "2024-10-12"]

  var entries: [HistoryEntry] = []
  /// Per activity id: the status it had before each change and the day it changed.
  private var steps: [String: [(day: String, before: String)]] = [:]
  let region: RegionJSON

  /// Twenty done activities went pending → in progress → done, ten in progress were
  /// started, on the days above.
  init() throws {
    region = try RegionJSON()
    let done = region.activities.filter { $0.status == "done" }.prefix(20).map(\.id)
    let going = region.activities.filter { $0.status == "in_progress" }.prefix(10).map(\.id)
    func add(_ day: String, _ second: Int, _ id: String, _ old: Status, _ new: Status) {
      entries.append(HistoryEntry(
        time: "\(day)T09:00:\(second < 10 ? "0" : "")\(second)Z", author: "А", id: id, field: .status,
        old: .status(old), new: .status(new)))
      steps[id, default: []].append((day, old.rawValue))
    }
    for (i, id) in done.enumerated() {
      add(Self.days[i % 3], i, id, .pending, .inProgress)
      add(Self.days[3 + i % 4], i, id, .inProgress, .done)
    }
    for (i, id) in going.enumerated() { add(Self.days[i % 7], 30 + i, id, .pending, .inProgress) }
  }

  /// Done, in progress, not started at the end of `day` (YYYY-MM-DD).
  func counts(_ day: String) -> [Int] {
    var c = [0, 0, 0]
    for a in region.activities {
      // The status before the first change made after `day`, else the file's.
      let status = steps[a.id]?.first { $0.day > day }?.before ?? a.status
      c[["done", "in_progress", "pending"].firstIndex(of: status)!] += 1
    }
    return c
  }

  /// Days between two ISO dates, by Foundation's calendar.
  static func days(from a: String, to b: String) -> Int {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withFullDate]
    return Calendar(identifier: .gregorian).dateComponents([.day], from: f.date(from: a)!, to: f.date(from: b)!).day!
  }
}
