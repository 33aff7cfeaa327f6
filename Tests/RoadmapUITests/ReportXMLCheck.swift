// A strict well-formedness check of the report's HTML (which is written as XML-compatible
// markup), since Foundation's XMLDocument on Linux recovers from broken markup instead of
// failing. Also collects the text of elements for checking figures.

/// A parsed element: its name, attributes, children and text.
final class XMLNode {
  let name: String
  var attributes: [String: String] = [:]
  var children: [XMLNode] = []
  var text = ""
  init(_ name: String) { self.name = name }

  /// All text below this node, in document order.
  var allText: String { text + children.map(\.allText).joined() }

  /// Every descendant (and self) named `name`.
  func all(_ name: String) -> [XMLNode] {
    (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
  }
}

/// Why markup is not well-formed, with the offset where it was noticed.
struct MarkupError: Error, CustomStringConvertible {
  let description: String
}

/// Parses `text` strictly: one root, tags nested and closed, attributes quoted and unique,
/// `<` and `&` only as markup or known entities, no control characters. Throws otherwise.
func parseStrictly(_ text: String) throws -> XMLNode {
  let s = Array(text.unicodeScalars)
  var i = 0
  func fail(_ why: String) -> MarkupError { MarkupError(description: "\(why) at \(i)") }
  func starts(_ p: String) -> Bool {
    let u = Array(p.unicodeScalars)
    return i + u.count <= s.count && Array(s[i..<(i + u.count)]) == u
  }
  func isNameChar(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ":" || c == "."
  }
  func name() throws -> String {
    var n = ""
    while i < s.count, isNameChar(s[i]) { n.unicodeScalars.append(s[i]); i += 1 }
    if n.isEmpty { throw fail("expected a name") }
    return n
  }
  func skipSpace() { while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\t" || s[i] == "\r" { i += 1 } }
  func character() throws -> String {
    let c = s[i]
    if c == "<" { throw fail("raw <") }
    if c.value < 0x20 && c != "\n" && c != "\t" && c != "\r" { throw fail("control character") }
    if c == "&" {
      guard let end = s[i...].firstIndex(of: ";"), end - i <= 10 else { throw fail("bare &") }
      let entity = String(String.UnicodeScalarView(s[(i + 1)..<end]))
      i = end + 1
      switch entity {
      case "amp": return "&"
      case "lt": return "<"
      case "gt": return ">"
      case "quot": return "\""
      case "apos": return "'"
      default:
        if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let u = Unicode.Scalar(v) { return String(u) }
        throw fail("unknown entity &\(entity);")
      }
    }
    i += 1
    return String(c)
  }
  // Prolog: an optional doctype.
  skipSpace()
  if starts("<!DOCTYPE") {
    guard let end = s[i...].firstIndex(of: ">") else { throw fail("unclosed doctype") }
    i = end + 1
  }
  var stack: [XMLNode] = []
  var root: XMLNode?
  skipSpace()
  while i < s.count {
    if starts("</") {
      i += 2
      let n = try name()
      skipSpace()
      guard i < s.count, s[i] == ">" else { throw fail("bad end tag") }
      i += 1
      guard let open = stack.popLast(), open.name == n else { throw fail("</\(n)> does not close the open element") }
      if stack.isEmpty { root = open }
    } else if starts("<!--") {
      guard let r = String(String.UnicodeScalarView(s[i...])).range(of: "-->") else { throw fail("unclosed comment") }
      i += String(String.UnicodeScalarView(s[i...]))[..<r.upperBound].unicodeScalars.count
    } else if s[i] == "<" {
      i += 1
      if root != nil { throw fail("a second root element") }
      let node = XMLNode(try name())
      while true {
        skipSpace()
        guard i < s.count else { throw fail("unclosed tag") }
        if s[i] == ">" || starts("/>") { break }
        let a = try name()
        guard i < s.count, s[i] == "=" else { throw fail("attribute \(a) without a value") }
        i += 1
        guard i < s.count, s[i] == "\"" || s[i] == "'" else { throw fail("unquoted attribute \(a)") }
        let q = s[i]
        i += 1
        var v = ""
        while i < s.count, s[i] != q { v += try character() }
        guard i < s.count else { throw fail("unclosed attribute value") }
        i += 1
        if node.attributes[a] != nil { throw fail("duplicate attribute \(a)") }
        node.attributes[a] = v
      }
      stack.last?.children.append(node)
      if starts("/>") {
        i += 2
        if stack.isEmpty { root = node }
      } else {
        i += 1
        stack.append(node)
      }
    } else {
      let c = try character()
      guard let top = stack.last else {
        if c.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\n" }) { continue }
        throw fail("text outside the root element")
      }
      top.text += c
    }
  }
  guard stack.isEmpty else { throw fail("unclosed <\(stack.last!.name)>") }
  guard let root else { throw fail("no root element") }
  return root
}
