/// One problem found in a roadmap file, with its place.
public struct Problem: Sendable, Hashable, CustomStringConvertible {
  /// Errors make a file unusable; warnings are reported but the file loads.
  public enum Severity: String, Sendable, Hashable {
    case error, warning
  }

  /// Error or warning.
  public var severity: Severity
  /// The file's path as given, or "" for text not read from a file.
  public var file: String
  /// Line and column, when the problem has a place in the text.
  public var location: SourceLocation?
  /// The JSON path, e.g. `directions[1].projects[0].activities[3].status` ("" for the root).
  public var path: String
  /// The id of the nearest enclosing item that has one.
  public var id: String?
  /// What is wrong and what is allowed, in English.
  public var message: String
  /// The same as a case with its values, for the interface to word in its language; nil
  /// for a problem found elsewhere (the history's lines), whose `message` is all there is.
  public var text: ProblemText?

  /// Makes a problem.
  public init(
    severity: Severity = .error, file: String = "", location: SourceLocation? = nil,
    path: String = "", id: String? = nil, message: String
  ) {
    self.severity = severity
    self.file = file
    self.location = location
    self.path = path
    self.id = id
    self.message = message
  }

  /// Makes a problem from its case; `message` is its English.
  public init(
    severity: Severity = .error, file: String = "", location: SourceLocation? = nil,
    path: String = "", id: String? = nil, _ text: ProblemText
  ) {
    self.init(severity: severity, file: file, location: location, path: path, id: id, message: text.english)
    self.text = text
  }

  /// `file:line:col: error: path (id "x"): message`, as compilers print it.
  public var description: String {
    var s = file.isEmpty ? "" : file + ":"
    if let location { s += "\(location):" }
    if !s.isEmpty { s += " " }
    s += "\(severity.rawValue): "
    if !path.isEmpty { s += path }
    if let id { s += path.isEmpty ? "(id \"\(id)\")" : " (id \"\(id)\")" }
    if !path.isEmpty || id != nil { s += ": " }
    return s + message
  }
}

/// A roadmap file that could not be read or is not valid: every problem found.
public struct RoadmapLoadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// All problems, errors first in file order, then warnings.
  public var problems: [Problem]
  /// True when the file could not be read at all (missing, unreadable, a folder).
  public var isUnreadable: Bool

  /// Makes an error from its problems.
  public init(problems: [Problem], isUnreadable: Bool = false) {
    self.problems = problems
    self.isUnreadable = isUnreadable
  }

  /// One problem a line.
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
