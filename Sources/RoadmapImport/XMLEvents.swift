import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A SAX walk over one XML part, element names without their namespace prefix.
///
/// The parts of a workbook are read as streams of start, text and end events: a sheet
/// of thousands of rows never becomes a tree. Writers differ in prefixes (`x:row` from
/// some .NET libraries, `row` from Excel and LibreOffice), so the prefix is dropped.
final class XMLEvents: NSObject, XMLParserDelegate {
  /// An element begins: its name and attributes (names also without prefixes).
  var start: (String, [String: String]) -> Void = { _, _ in }
  /// An element ends.
  var end: (String) -> Void = { _ in }
  /// Text inside the current element.
  var text: (String) -> Void = { _ in }

  /// How deep the walk is: elements begun and not yet ended.
  private var depth = 0
  /// Whether a root element was seen.
  private var sawRoot = false

  /// Walks `data`; a part that is not well-formed throws with its line and the parser's words.
  ///
  /// FoundationXML on Linux returns true from `parse()` for a document with mismatched tags
  /// (setting `parserError` all the same) and for one cut off inside a tag (setting
  /// nothing), so both the error and the balance of elements are checked.
  func walk(_ data: Data, part: String) throws(ImportFailure) {
    let parser = XMLParser(data: data)
    parser.delegate = self
    parser.shouldResolveExternalEntities = false
    let ok = parser.parse()
    guard !ok || parser.parserError != nil || depth != 0 || !sawRoot else { return }
    let code = (parser.parserError as NSError?).flatMap { XMLParser.ErrorCode(rawValue: $0.code) }
    let reason = code.map { String(describing: $0) } ?? "prematureDocumentEndError"
    throw ImportFailure(
      ImportProblem(.unreadable(.badXML(part: part, line: max(1, parser.lineNumber), reason: reason))))
  }

  static func local(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    var attributes: [String: String] = [:]
    for (k, v) in attributeDict { attributes[Self.local(k)] = v }
    depth += 1
    sawRoot = true
    start(Self.local(elementName), attributes)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    depth -= 1
    end(Self.local(elementName))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    text(String(decoding: CDATABlock, as: UTF8.self))
  }
}
