import CNcursesW

#if canImport(Glibc)
  import Glibc
#endif

/// Chooses the locale before curses starts, since ncursesw decides then how to encode text.
enum LocaleSetup {
  /// Applies the user's locale and makes sure characters are UTF-8 if at all possible.
  ///
  /// Returns whether the character set is UTF-8. Under `LANG=C` or an unset locale the
  /// codeset is ASCII and Cyrillic would come out as junk, so `C.UTF-8` is tried for
  /// `LC_CTYPE` alone (messages and sorting keep the user's choice).
  static func apply() -> Bool {
    _ = setlocale(LC_ALL, "")
    if isUTF8 { return true }
    for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
      if isUTF8 { return true }
    }
    return false
  }

  /// Whether the current `LC_CTYPE` codeset is UTF-8.
  static var isUTF8: Bool {
    guard let codeset = nc_codeset() else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
