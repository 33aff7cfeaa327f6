import RoadmapKit

/// A reason from the model (why a save failed, why the file is read-only) in the
/// interface language.
///
/// The model words its reasons in English, naming the file (`RoadmapStore`,
/// `RoadmapLock`): "cannot save: roadmap.json is read-only (mode 0444); nothing was
/// written". The frame ("cannot save …:", "; nothing was written") is what the status
/// line's own words already say («Сақталмады (өзгерістер жадта): …»), so it is dropped;
/// a reason that is jolkarta's own is put in the language from the catalogue; what the
/// system says (strerror: "Permission denied", "No space left on device") is shown as the
/// system gives it. A test builds the model's messages and checks each is recognised.
public enum SaveFailure {
  /// `message` (its first line) in `language`.
  public static func words(_ message: String, _ language: Language) -> String {
    var s = String(message.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")
    if s.hasPrefix("cannot save: ") {
      s.removeFirst("cannot save: ".count)
    } else if s.hasPrefix("cannot save "), let colon = s.range(of: ": ") {
      s = String(s[colon.upperBound...])
    }
    for tail in ["; nothing was written. Reload it and try again.", "; nothing was written. Try again.",
      "; nothing was written"]
    where s.hasSuffix(tail) {
      s.removeLast(tail.count)
      break
    }
    return reason(s, language) ?? s
  }

  /// One of the model's reasons in `language`; nil when it is not one of them.
  static func reason(_ s: String, _ language: Language) -> String? {
    func say(_ m: Message, _ args: String...) -> String { Catalogue.format(m, language, args) }
    if let (path, mode) = split(s, " is read-only (mode ", ")") { return say(.reasonReadOnly, path, mode) }
    if s.hasSuffix(" is on a read-only file system") {
      return say(.reasonReadOnlyFileSystem, String(s.dropLast(" is on a read-only file system".count)))
    }
    if let (path, mode) = split(s, " cannot be written by this user (mode ", ")") {
      return say(.reasonNotWritable, path, mode)
    }
    let folder = ("the folder of ", " cannot be written by this user, so it cannot be replaced")
    if s.hasPrefix(folder.0), s.hasSuffix(folder.1) {
      return say(.reasonFolderNotWritable, String(s.dropFirst(folder.0.count).dropLast(folder.1.count)))
    }
    if s.hasSuffix(" was changed on disk since it was read") {
      return say(.reasonChangedOnDisk, String(s.dropLast(" was changed on disk since it was read".count)))
    }
    if let r = s.range(of: " kept being changed by another program while saving") {
      return say(.reasonKeptChanging, String(s[..<r.lowerBound]))
    }
    if s.hasPrefix("cannot lock: ") { return say(.reasonCannotLock, String(s.dropFirst("cannot lock: ".count))) }
    return nil
  }

  /// `s` as `X` + `middle` + `Y` + `end`: (X, Y).
  static func split(_ s: String, _ middle: String, _ end: String) -> (String, String)? {
    guard s.hasSuffix(end), let r = s.range(of: middle, options: .backwards) else { return nil }
    let tail = s[r.upperBound...].dropLast(end.count)
    return (String(s[..<r.lowerBound]), String(tail))
  }
}
