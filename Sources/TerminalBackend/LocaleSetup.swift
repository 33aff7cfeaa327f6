import CNcursesW
import RoadmapUI

#if canImport(Glibc)
  import Glibc
#endif

/// Chooses the locale before curses starts, since ncursesw decides then how to encode text.
enum LocaleSetup {
  /// Applies the user's locale and says whether the screen is drawn in UTF-8.
  ///
  /// The rule is `TerminalEncoding`'s, shared with every command: no encoding chosen
  /// (`LANG=C`, none) tries `C.UTF-8` for `LC_CTYPE` alone, so Kazakh is shown; an 8-bit
  /// encoding gets ASCII.
  static func apply() -> Bool {
    _ = setlocale(LC_ALL, "")
    switch TerminalEncoding(codeset: codeset) {
    case .utf8: return true
    case .eightBit: return false
    case .unchosen:
      for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
        if isUTF8 { return true }
      }
      return false
    }
  }

  /// The current `LC_CTYPE` codeset.
  static var codeset: String? { nc_codeset().map { String(cString: $0) } }

  /// Whether the current `LC_CTYPE` codeset is UTF-8.
  static var isUTF8: Bool {
    guard let codeset = nc_codeset() else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
