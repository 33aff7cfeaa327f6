/// What a locale's character set says about the terminal, for the dashboard and every
/// command alike.
///
/// `LANG=C` or no locale at all names no encoding, which on today's systems means a
/// UTF-8 terminal without a locale set up (a container, ssh without `LANG`): UTF-8 is
/// used. A locale that names an 8-bit encoding (KOI8-R, CP1251, PT154, ISO-8859-5) is a
/// real choice of a terminal that is not UTF-8: only ASCII is written to it, so no byte
/// it would read as a C1 control (0x80–0x9F) ever reaches it.
public enum TerminalEncoding: Equatable, Sendable {
  /// UTF-8 already.
  case utf8
  /// No encoding chosen (C, POSIX): UTF-8 if the system has a UTF-8 locale.
  case unchosen
  /// An 8-bit encoding chosen: ASCII only.
  case eightBit

  /// The encoding a codeset name as `nl_langinfo(CODESET)` gives it stands for.
  public init(codeset name: String?) {
    let upper = (name ?? "").uppercased()
    if upper == "UTF-8" || upper == "UTF8" {
      self = .utf8
    } else if upper.isEmpty || upper == "ANSI_X3.4-1968" || upper == "ASCII" || upper == "US-ASCII" {
      self = .unchosen
    } else {
      self = .eightBit
    }
  }

  /// Whether only ASCII may be written.
  public var asciiOnly: Bool { self == .eightBit }
}
