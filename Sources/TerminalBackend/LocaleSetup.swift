import CNcursesW

#if canImport(Glibc)
  import Glibc
#endif

/// Chooses the locale before curses starts, since ncursesw decides then how to encode text.
enum LocaleSetup {
  /// Applies the user's locale and says whether the screen is drawn in UTF-8.
  ///
  /// Under `LANG=C` or an unset locale (codeset ASCII) no encoding was chosen at all,
  /// which on today's systems means a UTF-8 terminal with no locale set up (a container,
  /// ssh without `LANG`): `C.UTF-8` is tried for `LC_CTYPE` alone, so Kazakh is shown.
  /// A locale that names an 8-bit encoding (KOI8-R, CP1251, PT154, ISO-8859-5) is a real
  /// choice of a terminal that is not UTF-8: the screen is drawn in ASCII, so no byte it
  /// would read as a control (0x80–0x9F) is ever written.
  static func apply() -> Bool {
    _ = setlocale(LC_ALL, "")
    switch choice(forCodeset: codeset) {
    case .utf8: return true
    case .ascii: return false
    case .tryUTF8:
      for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
        if isUTF8 { return true }
      }
      return false
    }
  }

  /// What a locale's codeset asks for.
  enum Choice: Equatable {
    /// UTF-8 already.
    case utf8
    /// No encoding chosen (C, POSIX): UTF-8 if the system has a UTF-8 locale.
    case tryUTF8
    /// An 8-bit encoding chosen: ASCII only.
    case ascii
  }

  /// The choice for a codeset name as `nl_langinfo(CODESET)` gives it.
  static func choice(forCodeset name: String?) -> Choice {
    let upper = (name ?? "").uppercased()
    if upper == "UTF-8" || upper == "UTF8" { return .utf8 }
    if upper.isEmpty || upper == "ANSI_X3.4-1968" || upper == "ASCII" || upper == "US-ASCII" {
      return .tryUTF8
    }
    return .ascii
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
