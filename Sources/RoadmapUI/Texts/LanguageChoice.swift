extension Language {
  /// The interface language every command uses: the `--lang` code, else `JOLKARTA_LANG`,
  /// else the locale (the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders
  /// them), else Kazakh.
  ///
  /// A locale naming another language (`C`, `de_DE.UTF-8`) gives Kazakh, the language of
  /// the region's roadmap, rather than falling through to a less specific variable.
  public static func choose(option: String?, environment: [String: String]) -> Language {
    if let option, let l = Language(code: option) { return l }
    if let v = environment["JOLKARTA_LANG"], let l = Language(code: v) { return l }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let v = environment[key], !v.isEmpty { return Language(code: v) ?? .kk }
    }
    return .kk
  }
}
