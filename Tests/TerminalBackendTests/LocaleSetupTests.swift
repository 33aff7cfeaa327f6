import Testing

@testable import TerminalBackend

/// Which locales draw in UTF-8 and which in ASCII.
struct LocaleSetupTests {
  @Test("UTF-8 as is; no encoding chosen tries UTF-8; an 8-bit encoding gets ASCII")
  func choiceFollowsTheCodeset() {
    #expect(LocaleSetup.choice(forCodeset: "UTF-8") == .utf8)
    #expect(LocaleSetup.choice(forCodeset: "utf8") == .utf8)
    #expect(LocaleSetup.choice(forCodeset: "ANSI_X3.4-1968") == .tryUTF8)
    #expect(LocaleSetup.choice(forCodeset: nil) == .tryUTF8)
    for eight in ["KOI8-R", "CP1251", "PT154", "ISO-8859-5"] {
      #expect(LocaleSetup.choice(forCodeset: eight) == .ascii, "\(eight)")
    }
  }
}
