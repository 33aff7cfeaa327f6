import RoadmapUI
import Testing

/// Which locales draw in UTF-8 and which in ASCII, for the dashboard and every command.
struct LocaleSetupTests {
  @Test("UTF-8 as is; no encoding chosen tries UTF-8; an 8-bit encoding gets ASCII")
  func choiceFollowsTheCodeset() {
    #expect(TerminalEncoding(codeset: "UTF-8") == .utf8)
    #expect(TerminalEncoding(codeset: "utf8") == .utf8)
    #expect(TerminalEncoding(codeset: "ANSI_X3.4-1968") == .unchosen)
    #expect(TerminalEncoding(codeset: nil) == .unchosen)
    #expect(!TerminalEncoding(codeset: "ANSI_X3.4-1968").asciiOnly)
    for eight in ["KOI8-R", "CP1251", "PT154", "ISO-8859-5"] {
      #expect(TerminalEncoding(codeset: eight) == .eightBit, "\(eight)")
      #expect(TerminalEncoding(codeset: eight).asciiOnly)
    }
  }
}
